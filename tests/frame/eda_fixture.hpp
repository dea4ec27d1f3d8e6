#pragma once
// The EDA fixtures written by tests/fixtures/frame/eda/make_eda.py: its data tables as frames
// and its tab-separated expected results.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula::testing {

inline std::vector<std::vector<std::string>> eda_rows(const std::string& file) {
    std::vector<std::vector<std::string>> rows;
    for (const std::string& line : fixture_lines("frame/eda/" + file)) {
        rows.push_back(split(line, '\t'));
    }
    EXPECT_FALSE(rows.empty()) << file;
    return rows;
}

// The rows of `file` whose first field is `kind`.
inline std::vector<std::vector<std::string>> eda_results(const std::string& file,
                                                         const std::string& kind) {
    std::vector<std::vector<std::string>> out;
    for (auto& row : eda_rows(file)) {
        if (row[0] == kind) out.push_back(std::move(row));
    }
    EXPECT_FALSE(out.empty()) << "no " << kind << " rows in " << file;
    return out;
}

// "NA", "nan", "inf", "-inf" or a Python float repr.
inline double eda_number(const std::string& text) {
    if (text == "NA") return std::nan("");
    return parse_value<double>(text);
}

// data_<name>.tsv as a frame: int64 columns keep their nulls (pandas makes them float64).
inline DataFrame eda_frame(const std::string& name) {
    const auto rows = eda_rows("data_" + name + ".tsv");
    std::vector<std::string> names;
    std::vector<Column> columns;
    const auto& header = rows[0];
    for (std::size_t c = 0; c < header.size(); ++c) {
        const auto spec = split(header[c], ':');
        names.push_back(spec[0]);
        const std::string& dtype = spec[1];
        auto cell = [&](std::size_t r) -> const std::string& { return rows[r][c]; };
        if (dtype == "float64") {
            std::vector<std::optional<double>> v;
            for (std::size_t r = 1; r < rows.size(); ++r) {
                if (cell(r) == "NA") {
                    v.emplace_back();
                } else {
                    v.emplace_back(eda_number(cell(r)));
                }
            }
            columns.push_back(Column::from_optionals(v));
        } else if (dtype == "int64") {
            std::vector<std::optional<std::int64_t>> v;
            for (std::size_t r = 1; r < rows.size(); ++r) {
                if (cell(r) == "NA") {
                    v.emplace_back();
                } else {
                    v.emplace_back(std::stoll(cell(r)));
                }
            }
            columns.push_back(Column::from_optionals(v));
        } else if (dtype == "bool") {
            std::vector<std::optional<bool>> v;
            for (std::size_t r = 1; r < rows.size(); ++r) v.emplace_back(cell(r) == "True");
            columns.push_back(Column::from_optionals(v));
        } else {
            std::vector<std::optional<std::string>> v;
            for (std::size_t r = 1; r < rows.size(); ++r) {
                if (cell(r) == "NA") {
                    v.emplace_back();
                } else {
                    v.emplace_back(cell(r));
                }
            }
            columns.push_back(Column::from_optional_strings(v));
        }
    }
    return DataFrame(names, columns);
}

// Bit-for-bit: NaN equals NaN, and the sign of zero counts.
// A series of edge.tsv: row[1] names it ("ints" makes it int64), row[2] holds its values
// (NA for a null).
inline Series edge_series(const std::vector<std::string>& row) {
    std::vector<std::optional<double>> values;
    for (const std::string& v : split(row[2], ',')) {
        if (v == "NA") {
            values.emplace_back();
        } else {
            values.emplace_back(eda_number(v));
        }
    }
    Column column = Column::from_optionals(values);
    if (row[1] == "ints") column = column.astype(DType::Int64);
    return Series(column, row[1]);
}

// The frame most EDA fixtures describe, read once per test binary.
inline const DataFrame& main_frame() {
    static const DataFrame frame = eda_frame("main");
    return frame;
}

inline void expect_bits(double actual, const std::string& expected, const std::string& context) {
    const double e = eda_number(expected);
    if (std::isnan(e)) {
        EXPECT_TRUE(std::isnan(actual)) << context << ": " << actual << " vs nan";
        return;
    }
    EXPECT_EQ(actual, e) << context;
    EXPECT_EQ(std::signbit(actual), std::signbit(e)) << context << ": sign of " << actual;
}

}  // namespace tabula::testing
