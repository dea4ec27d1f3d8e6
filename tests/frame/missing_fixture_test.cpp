// dropna, fillna, ffill, bfill and interpolate against pandas 1.5.3: the inputs and the results
// come from tests/fixtures/frame/missing/make_missing.py. Every case runs twice, with the float
// gaps stored as NaN and as nulls, since pandas' isna() counts both as missing.
#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula {
namespace {

constexpr const char* kFixture = "frame/missing/missing.txt";

using Frames = std::map<std::string, DataFrame>;

double parse_double(const std::string& text) {
    double value = 0.0;
    const char* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    EXPECT_TRUE(result.ec == std::errc() && result.ptr == end) << "not a number: " << text;
    return value;
}

Column input_column(const std::string& kind, const std::vector<std::string>& values,
                    bool nan_gaps) {
    if (kind == "float" && nan_gaps) {
        std::vector<double> numbers;
        for (const auto& v : values) {
            numbers.push_back(v == "NA" ? std::numeric_limits<double>::quiet_NaN()
                                        : parse_double(v));
        }
        return Column::from_vector(numbers);
    }
    if (kind == "float") {
        std::vector<std::optional<double>> numbers;
        for (const auto& v : values) {
            numbers.push_back(v == "NA" ? std::nullopt : std::optional(parse_double(v)));
        }
        return Column::from_optionals(numbers);
    }
    if (kind == "int") {
        std::vector<std::optional<std::int64_t>> numbers;
        for (const auto& v : values) {
            numbers.push_back(v == "NA" ? std::nullopt : std::optional(std::stoll(v)));
        }
        return Column::from_optionals(numbers);
    }
    std::vector<std::optional<std::string>> texts;
    for (const auto& v : values) texts.push_back(v == "NA" ? std::nullopt : std::optional(v));
    const Column strings = Column::from_optional_strings(texts);
    return kind == "category" ? strings.astype(DType::Categorical) : strings;
}

Frames input_frames(bool nan_gaps) {
    std::map<std::string, std::pair<std::vector<std::string>, std::vector<Column>>> parts;
    for (const auto& row : tabula::testing::fixture_rows(kFixture, "input")) {
        auto& [names, columns] = parts[row[1]];
        names.push_back(row[2]);
        columns.push_back(input_column(row[3], tabula::testing::words(row[4]), nan_gaps));
    }
    Frames frames;
    for (auto& [name, part] : parts) frames[name] = DataFrame(part.first, part.second);
    return frames;
}

DataFrame as_frame(const Series& s) {
    return DataFrame({s.name()}, {s.column()}, s.index());
}

Series series(std::vector<double> values, bool nan_gaps) {
    std::vector<std::optional<double>> optionals;
    for (double v : values) optionals.push_back(std::isnan(v) ? std::nullopt : std::optional(v));
    return Series(nan_gaps ? Column::from_vector(values) : Column::from_optionals(optionals), "x");
}

constexpr double NA = std::numeric_limits<double>::quiet_NaN();

// The tabula twin of each pandas call in make_missing.py.
std::map<std::string, std::function<DataFrame(const Frames&, bool)>> cases() {
    using Opts = DropnaOptions;
    const auto frame = [](const char* name, auto call) {
        return [name, call](const Frames& f, bool) { return call(f.at(name)); };
    };
    return {
        {"dropna_any", frame("M", [](const DataFrame& m) { return m.dropna(); })},
        {"dropna_all", frame("M", [](const DataFrame& m) { return m.dropna({.how = "all"}); })},
        {"dropna_subset_a",
         frame("M", [](const DataFrame& m) { return m.dropna({.subset = {"a"}}); })},
        {"dropna_subset_ab_all", frame("M",
                                       [](const DataFrame& m) {
                                           return m.dropna({.how = "all", .subset = {"a", "b"}});
                                       })},
        {"dropna_thresh_1", frame("M", [](const DataFrame& m) { return m.dropna({.thresh = 1}); })},
        {"dropna_thresh_2", frame("M", [](const DataFrame& m) { return m.dropna({.thresh = 2}); })},
        {"dropna_thresh_3", frame("M", [](const DataFrame& m) { return m.dropna({.thresh = 3}); })},
        {"dropna_thresh_4", frame("M", [](const DataFrame& m) { return m.dropna({.thresh = 4}); })},
        {"dropna_thresh_5", frame("M", [](const DataFrame& m) { return m.dropna({.thresh = 5}); })},
        {"dropna_thresh_0", frame("M", [](const DataFrame& m) { return m.dropna({.thresh = 0}); })},
        {"dropna_thresh_subset",
         frame("G",
               [](const DataFrame& g) {
                   return g.dropna({.thresh = 2, .subset = {"f", "i", "s"}});
               })},
        {"dropna_axis1", frame("M", [](const DataFrame& m) { return m.dropna({.axis = 1}); })},
        {"dropna_axis1_all",
         frame("M", [](const DataFrame& m) { return m.dropna({.axis = 1, .how = "all"}); })},
        {"dropna_axis1_thresh",
         frame("M", [](const DataFrame& m) { return m.dropna({.axis = 1, .thresh = 3}); })},
        {"dropna_axis1_subset", frame("M",
                                      [](const DataFrame& m) {
                                          return m.dropna({.axis = 1, .subset = {"0", "1"}});
                                      })},
        {"dropna_axis1_subset_last",
         frame("M", [](const DataFrame& m) { return m.dropna({.axis = 1, .subset = {"4"}}); })},
        {"dropna_G", frame("G",
                           [](const DataFrame& g) {
                               return g.dropna({.subset = {"f", "k"}});
                           })},
        {"dropna_after_slice",
         frame("G",
               [](const DataFrame& g) {
                   return g.slice(3, g.num_rows() - 3).dropna({.subset = {"i"}});
               })},
        {"dropna_how_thresh",
         frame("M", [](const DataFrame& m) { return m.dropna({.how = "all", .thresh = 2}); })},
        {"dropna_subset_absent", frame("M",
                                       [](const DataFrame& m) {
                                           return m.dropna({.subset = {"zz", "a", "yy"}});
                                       })},
        {"dropna_axis1_absent",
         frame("M", [](const DataFrame& m) { return m.dropna({.axis = 1, .subset = {"7"}}); })},
        {"dropna_bad_how",
         frame("M", [](const DataFrame& m) { return m.dropna({.how = "some"}); })},
        {"dropna_bad_axis",
         frame("M", [](const DataFrame& m) { return m.dropna(Opts{.axis = 2}); })},
        {"series_dropna", frame("G", [](const DataFrame& g) { return as_frame(g["f"].dropna()); })},
        {"series_dropna_str",
         frame("G", [](const DataFrame& g) { return as_frame(g["s"].dropna()); })},
        {"series_dropna_category",
         frame("G", [](const DataFrame& g) { return as_frame(g["k"].dropna()); })},
        {"fillna_zero", frame("M",
                              [](const DataFrame& m) {
                                  return m[{"a", "c", "d"}].fillna(0);
                              })},
        {"fillna_float", frame("G",
                               [](const DataFrame& g) {
                                   return g[{"f", "i"}].fillna(-0.5);
                               })},
        {"fillna_int", frame("G",
                             [](const DataFrame& g) {
                                 return g[{"f", "i"}].fillna(7);
                             })},
        {"fillna_map",
         frame("M",
               [](const DataFrame& m) {
                   return m.fillna({{"a", Scalar(-1)}, {"b", Scalar("?")}, {"zz", Scalar(5)}});
               })},
        {"fillna_map_G", frame("G",
                               [](const DataFrame& g) {
                                   return g.fillna({{"f", Scalar(2.25)},
                                                    {"i", Scalar(0)},
                                                    {"s", Scalar("none")},
                                                    {"k", Scalar("mid")}});
                               })},
        {"fillna_string", frame("G", [](const DataFrame& g) { return g[{"s"}].fillna("gap"); })},
        {"fillna_category", frame("G", [](const DataFrame& g) { return g[{"k"}].fillna("hi"); })},
        {"fillna_category_new",
         frame("G", [](const DataFrame& g) { return g[{"k"}].fillna("zz"); })},
        {"fillna_none", frame("M", [](const DataFrame& m) { return m.fillna(Scalar()); })},
        {"series_fillna_nan",
         frame("E", [](const DataFrame& e) { return as_frame(e["none"].fillna(NA)); })},
        {"ffill", frame("M", [](const DataFrame& m) { return m.ffill(); })},
        {"bfill", frame("M", [](const DataFrame& m) { return m.bfill(); })},
        {"ffill_G", frame("G", [](const DataFrame& g) { return g.ffill(); })},
        {"bfill_G", frame("G", [](const DataFrame& g) { return g.bfill(); })},
        {"ffill_limit_1", frame("G", [](const DataFrame& g) { return g.ffill(1); })},
        {"ffill_limit_2", frame("G", [](const DataFrame& g) { return g.ffill(2); })},
        {"bfill_limit_1", frame("G", [](const DataFrame& g) { return g.bfill(1); })},
        {"bfill_limit_2", frame("G", [](const DataFrame& g) { return g.bfill(2); })},
        {"ffill_limit_0", frame("G", [](const DataFrame& g) { return g.ffill(0); })},
        {"series_ffill_limit",
         [](const Frames&, bool nan_gaps) {
             return as_frame(series({1.0, NA, NA, NA, 5.0}, nan_gaps).ffill(1));
         }},
        {"series_bfill_limit",
         [](const Frames&, bool nan_gaps) {
             return as_frame(series({1.0, NA, NA, NA, 5.0}, nan_gaps).bfill(2));
         }},
        {"interpolate_M", frame("M", [](const DataFrame& m) { return m.interpolate(); })},
        {"interpolate_G", frame("G",
                                [](const DataFrame& g) {
                                    return g[{"f", "i", "s"}].interpolate();
                                })},
        {"interpolate_E", frame("E", [](const DataFrame& e) { return e.interpolate(); })},
        {"interpolate_strings",
         frame("G", [](const DataFrame& g) { return g[{"s"}].interpolate(); })},
        {"interpolate_category", frame("G", [](const DataFrame& g) { return g.interpolate(); })},
        {"series_interpolate",
         frame("G", [](const DataFrame& g) { return as_frame(g["f"].interpolate()); })},
        {"series_interpolate_index",
         [](const Frames&, bool nan_gaps) {
             const Series s = series({1.0, NA, 3.0}, nan_gaps);
             const Index labels(Column::from_vector(std::vector<std::int64_t>{0, 1, 10}));
             return as_frame(Series(s.column(), "x", labels).interpolate());
         }},
        {"series_interpolate_str",
         frame("G", [](const DataFrame& g) { return as_frame(g["s"].interpolate()); })},
    };
}

// pandas' dtype names for tabula's.
std::string pandas_dtype(DType dtype) {
    if (dtype == DType::String) return "object";
    return std::string(dtype_name(dtype));
}

bool is_missing(const Column& column, std::int64_t i) {
    if (column.is_null(i)) return true;
    if (column.dtype() == DType::Float64) return std::isnan(column.data<double>()[i]);
    return false;
}

void expect_column(const Column& column, const std::string& dtype,
                   const std::vector<std::string>& values, const std::string& where) {
    // pandas has no int64 with gaps: it holds such a column as float64, tabula as int64.
    const std::string actual = pandas_dtype(column.dtype());
    EXPECT_TRUE(actual == dtype || (actual == "int64" && dtype == "float64"))
        << where << ": " << actual << " vs pandas " << dtype;
    ASSERT_EQ(column.size(), static_cast<std::int64_t>(values.size())) << where;
    for (std::int64_t i = 0; i < column.size(); ++i) {
        const std::string& expected = values[static_cast<std::size_t>(i)];
        const std::string at = where + " row " + std::to_string(i);
        if (expected == "NA") {
            EXPECT_TRUE(is_missing(column, i)) << at;
            continue;
        }
        ASSERT_FALSE(is_missing(column, i)) << at << " expected " << expected;
        if (column.dtype() == DType::String || column.dtype() == DType::Categorical) {
            EXPECT_EQ(column.string_at(i), expected) << at;
        } else if (column.dtype() == DType::Int64) {
            EXPECT_EQ(static_cast<double>(column.data<std::int64_t>()[i]), parse_double(expected))
                << at;
        } else {
            // The same arithmetic as np.interp, so equal to the bit.
            EXPECT_EQ(column.data<double>()[i], parse_double(expected)) << at;
        }
    }
}

struct Expected {
    std::vector<std::string> index;
    std::vector<std::vector<std::string>> columns;  // name, dtype, values
    std::vector<std::string> error;                 // class, message
};

std::map<std::string, Expected> expected_results() {
    std::map<std::string, Expected> results;
    for (const std::string& line : tabula::testing::fixture_lines(kFixture)) {
        auto fields = tabula::testing::split(line, '|');
        if (fields[0] == "index") results[fields[1]].index = tabula::testing::words(fields[2]);
        if (fields[0] == "column")
            results[fields[1]].columns.push_back({fields[2], fields[3], fields[4]});
        if (fields[0] == "error") results[fields[1]].error = {fields[2], fields[3]};
    }
    return results;
}

std::string error_class(const std::exception& e) {
    if (dynamic_cast<const KeyError*>(&e)) return "KeyError";
    if (dynamic_cast<const TypeError*>(&e)) return "TypeError";
    if (dynamic_cast<const ValueError*>(&e)) return "ValueError";
    return "other";
}

void run_cases(bool nan_gaps) {
    const Frames frames = input_frames(nan_gaps);
    const auto expected = expected_results();
    const auto calls = cases();
    ASSERT_EQ(calls.size(), expected.size()) << "the fixture and the test list the same cases";
    for (const auto& [name, call] : calls) {
        SCOPED_TRACE(name + (nan_gaps ? " (NaN gaps)" : " (null gaps)"));
        ASSERT_TRUE(expected.contains(name));
        const Expected& want = expected.at(name);
        if (!want.error.empty()) {
            try {
                call(frames, nan_gaps);
                ADD_FAILURE() << "no exception; pandas raises " << want.error[1];
            } catch (const Error& e) {
                EXPECT_EQ(error_class(e), want.error[0]);
                // pandas' message, which tabula may follow with where it happened.
                EXPECT_EQ(std::string(e.what()).substr(0, want.error[1].size()), want.error[1]);
            }
            continue;
        }
        const DataFrame result = call(frames, nan_gaps);
        ASSERT_EQ(result.num_rows(), static_cast<std::int64_t>(want.index.size()));
        for (std::int64_t i = 0; i < result.num_rows(); ++i) {
            EXPECT_EQ(result.index().label_string(i), want.index[static_cast<std::size_t>(i)]);
        }
        ASSERT_EQ(result.num_columns(), static_cast<std::int64_t>(want.columns.size()));
        for (std::size_t j = 0; j < want.columns.size(); ++j) {
            const auto& column = want.columns[j];
            EXPECT_EQ(result.columns()[j], column[0]);
            expect_column(result.column(j), column[1], tabula::testing::words(column[2]),
                          name + " column " + column[0]);
        }
    }
}

TEST(MissingFixture, NaNGapsMatchPandas) {
    run_cases(true);
}

TEST(MissingFixture, NullGapsMatchPandas) {
    run_cases(false);
}

}  // namespace
}  // namespace tabula
