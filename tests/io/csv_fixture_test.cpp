// read_csv against pandas 1.5.3 on the nasty inputs of tests/fixtures/io/csv (make_fixtures.py):
// shape, names, dtypes, null counts and every cell. Floats compare exactly: both sides round
// correctly (the fixtures use pandas' float_precision="round_trip"; see the script).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/dtype.hpp"
#include "tabula/io/csv.hpp"

namespace tabula {
namespace {

std::string unescape(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        const char c = text[++i];
        if (c == 'n') {
            out += '\n';
        } else if (c == 'r') {
            out += '\r';
        } else if (c == 't') {
            out += '\t';
        } else if (c == 'x') {
            out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

std::vector<std::string> list(const std::string& text) {
    return text.empty() ? std::vector<std::string>{} : testing::split(text, ',');
}

ReadCsvOptions options_of(const std::vector<std::vector<std::string>>& lines) {
    ReadCsvOptions o;
    for (const auto& line : lines) {
        if (line[0] != "option") continue;
        const std::string& key = line[1];
        const std::string value = unescape(line[2]);
        if (key == "sep") {
            o.sep = value[0];
        } else if (key == "header") {
            o.header =
                value == "None" ? std::nullopt : std::optional<std::int64_t>(std::stoll(value));
        } else if (key == "names") {
            o.names = list(value);
        } else if (key == "usecols") {
            o.usecols = list(value);
        } else if (key == "parse_dates") {
            o.parse_dates = list(value);
        } else if (key == "na_values") {
            o.na_values = list(value);
        } else if (key == "keep_default_na") {
            o.keep_default_na = value == "True";
        } else if (key == "dtype") {
            for (const std::string& item : list(value)) {
                const auto colon = item.find(':');
                o.dtype[item.substr(0, colon)] = dtype_from_name(item.substr(colon + 1));
            }
        } else if (key == "nrows") {
            o.nrows = std::stoll(value);
        } else if (key == "skiprows") {
            o.skiprows = std::stoll(value);
        } else if (key == "escapechar") {
            o.escapechar = value[0];
        } else if (key == "comment") {
            o.comment = value[0];
        } else if (key == "thousands") {
            o.thousands = value[0];
        } else if (key == "decimal") {
            o.decimal = value[0];
        } else if (key == "encoding") {
            o.encoding = value;
        } else {
            ADD_FAILURE() << "unknown option " << key;
        }
    }
    return o;
}

void check_case(const std::string& name) {
    SCOPED_TRACE(name);
    std::vector<std::vector<std::string>> lines;
    for (const std::string& line : testing::fixture_lines("io/csv/" + name + ".expected")) {
        lines.push_back(testing::split(line, '|'));
    }
    const ReadCsvOptions options = options_of(lines);
    const DataFrame frame = read_csv(testing::fixture_path("io/csv/" + name + ".csv"), options);
    std::size_t column = 0;
    for (const auto& line : lines) {
        const std::string& kind = line[0];
        if (kind == "shape") {
            EXPECT_EQ(frame.num_rows(), std::stoll(line[1]));
            EXPECT_EQ(frame.num_columns(), std::stoll(line[2]));
        } else if (kind == "column") {
            ASSERT_LT(column, frame.columns().size());
            EXPECT_EQ(frame.columns()[column], line[1]);
            const Column& c = frame.column(column);
            EXPECT_EQ(dtype_name(c.dtype()), line[2]) << line[1];
            EXPECT_EQ(c.null_count(), std::stoll(line[3])) << line[1];
            ++column;
        } else if (kind == "category") {
            const Column& categories = frame.column(line[1]).categories();
            const std::vector<std::string> expected = list(line.size() > 2 ? line[2] : "");
            ASSERT_EQ(categories.size(), static_cast<std::int64_t>(expected.size()));
            for (std::size_t i = 0; i < expected.size(); ++i) {
                EXPECT_EQ(categories.string_at(static_cast<std::int64_t>(i)),
                          unescape(expected[i]));
            }
        } else if (kind == "describe") {
            const Series stats = frame[line[1]].describe();
            const std::int64_t row = stats.index().position(line[2]);
            const double want = std::strtod(line[3].c_str(), nullptr);
            if (std::isnan(want)) {
                EXPECT_TRUE(std::isnan(stats.value(row))) << line[1] << " " << line[2];
            } else {
                EXPECT_EQ(stats.value(row), want) << line[1] << " " << line[2];
            }
        } else if (kind == "null") {
            EXPECT_TRUE(frame.column(line[1]).is_null(std::stoll(line[2])))
                << line[1] << " row " << line[2];
        } else if (kind == "value") {
            const Column& c = frame.column(line[1]);
            const std::int64_t row = std::stoll(line[2]);
            const std::string expected = line.size() > 3 ? line[3] : "";
            SCOPED_TRACE(line[1] + " row " + line[2] + ": " + expected);
            ASSERT_TRUE(c.is_valid(row));
            switch (c.dtype()) {
                case DType::Int64:
                case DType::Datetime:
                    EXPECT_EQ(c.data<std::int64_t>()[row], std::stoll(expected));
                    break;
                case DType::Float64: {
                    const double want = std::strtod(expected.c_str(), nullptr);
                    const double got = c.data<double>()[row];
                    if (std::isnan(want)) {
                        EXPECT_TRUE(std::isnan(got));
                    } else {
                        EXPECT_EQ(got, want);
                        EXPECT_EQ(std::signbit(got), std::signbit(want));
                    }
                    break;
                }
                case DType::Bool:
                    EXPECT_EQ(c.data<bool>()[row], expected == "True");
                    break;
                case DType::String:
                case DType::Categorical:
                    EXPECT_EQ(c.string_at(row), unescape(expected));
                    break;
                default:
                    ADD_FAILURE() << "unexpected dtype " << dtype_name(c.dtype());
            }
        }
    }
    EXPECT_EQ(column, frame.columns().size());
}

TEST(CsvFixtures, EveryCaseMatchesPandas) {
    const std::vector<std::string> cases = testing::fixture_lines("io/csv/cases.txt");
    ASSERT_GT(cases.size(), 40u);
    for (const std::string& name : cases) check_case(name);
}

}  // namespace
}  // namespace tabula
