// describe() of Series and DataFrame against pandas 1.5.3: make_eda.py.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "../support/fixtures.hpp"
#include "eda_fixture.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace {

using tabula::Column;
using tabula::DataFrame;
using tabula::DescribeOptions;
using tabula::DType;
using tabula::Series;
using tabula::testing::eda_results;
using tabula::testing::expect_bits;
using tabula::testing::expect_error;
using tabula::testing::main_frame;

std::vector<std::string> tail(const std::vector<std::string>& row, std::size_t from) {
    return {row.begin() + static_cast<std::ptrdiff_t>(from), row.end()};
}

std::vector<std::string> row_labels(const DataFrame& d) {
    std::vector<std::string> out;
    for (std::int64_t i = 0; i < d.num_rows(); ++i) out.push_back(d.index().label_string(i));
    return out;
}

// Compares one described column with pandas' cells: numbers bit for bit (NA: a null or NaN),
// text cells as pandas prints them.
void expect_column(const Column& column, const std::vector<std::string>& cells,
                   const std::string& context) {
    ASSERT_EQ(column.size(), static_cast<std::int64_t>(cells.size())) << context;
    for (std::int64_t i = 0; i < column.size(); ++i) {
        const std::string& cell = cells[static_cast<std::size_t>(i)];
        const std::string where = context + " row " + std::to_string(i);
        if (column.dtype() == DType::Float64) {
            const double v = column.is_null(i) ? std::nan("") : column.data<double>()[i];
            expect_bits(v, cell, where);
        } else if (cell == "NA") {
            EXPECT_TRUE(column.is_null(i)) << where;
        } else {
            ASSERT_FALSE(column.is_null(i)) << where;
            EXPECT_EQ(column.string_at(i), cell) << where;
        }
    }
}

void expect_frame(const DataFrame& d, const std::string& kind) {
    const auto index = eda_results("main.tsv", kind + "_index");
    EXPECT_EQ(row_labels(d), tail(index[0], 3)) << kind;
    const auto rows = eda_results("main.tsv", kind);
    ASSERT_EQ(d.num_columns(), static_cast<std::int64_t>(rows.size())) << kind;
    for (const auto& row : rows) expect_column(d.column(row[1]), tail(row, 3), kind + " " + row[1]);
}

TEST(Describe, NumericColumnsMatchPandas) {
    const DataFrame d = main_frame().describe();
    EXPECT_EQ(d.columns(), tail(eda_results("main.tsv", "describe_columns")[0], 3));
    expect_frame(d, "describe");
}

TEST(Describe, IncludeAllAddsUniqueTopFreq) {
    const DataFrame d = main_frame().describe({.include = "all"});
    EXPECT_EQ(d.columns(), tail(eda_results("main.tsv", "describe_all_columns")[0], 3));
    expect_frame(d, "describe_all");
    EXPECT_EQ(d.column("norm").dtype(), DType::Float64);
    EXPECT_EQ(d.column("city").dtype(), DType::String);
}

TEST(Describe, WithoutNumbersDescribesTheOthers) {
    expect_frame(main_frame()[{"city", "flag"}].describe(), "describe_object");
}

TEST(Describe, CustomPercentiles) {
    expect_frame(main_frame().describe({.include = "", .percentiles = {0.1, 1.0 / 3.0, 0.999}}),
                 "describe_pct");
}

TEST(Describe, PercentileLabelsAsPandas) {
    const DataFrame one({{"x", {1.0, 2.0}}});
    for (const auto& row : eda_results("edge.tsv", "percentile_labels")) {
        std::vector<double> percentiles;
        for (const std::string& p : tabula::testing::split(row[1], ',')) {
            percentiles.push_back(std::stod(p));
        }
        EXPECT_EQ(row_labels(one.describe({.include = "", .percentiles = percentiles})),
                  tail(row, 3))
            << row[1];
    }
}

TEST(Describe, SeriesEdgeCasesMatchPandas) {
    for (const auto& row : eda_results("edge.tsv", "edge_describe")) {
        const Series d = tabula::testing::edge_series(row).describe();
        EXPECT_EQ(d.name(), row[1]);
        const std::vector<std::string> cells = tail(row, 3);
        ASSERT_EQ(d.size(), 8) << row[1];
        for (std::int64_t i = 0; i < d.size(); ++i) {
            const std::string& cell = cells[static_cast<std::size_t>(i)];
            if (row[1] == "zeros" && tabula::testing::eda_number(cell) == 0.0) {
                EXPECT_EQ(d.value(i), 0.0);  // the sign of an order statistic's zero differs
            } else {
                expect_bits(d.value(i), cell, row[1] + " " + d.index().label_string(i));
            }
        }
    }
}

TEST(Describe, TextSeries) {
    const Series s(Column::from_optional_strings({"x", "y", std::nullopt, "y"}), "txt");
    const Series d = s.describe();
    const auto expected = eda_results("edge.tsv", "text_describe")[0];
    EXPECT_EQ(d.dtype(), DType::String);
    for (std::int64_t i = 0; i < 4; ++i) {
        EXPECT_EQ(d.text(i), expected[static_cast<std::size_t>(i) + 3]);
    }
    EXPECT_EQ(d.index().label_string(2), "top");
}

TEST(Describe, AllNullTextHasNoTop) {
    const Series s(Column::from_optional_strings({std::nullopt, std::nullopt}), "none");
    const Series d = s.describe();
    EXPECT_EQ(d.text(0), "0");
    EXPECT_EQ(d.text(1), "0");
    EXPECT_TRUE(d.column().is_null(2));
    EXPECT_TRUE(d.column().is_null(3));
}

Column datetimes() {
    constexpr std::int64_t day = 86'400'000'000'000;
    constexpr std::int64_t hour = 3'600'000'000'000;
    tabula::Bitmap validity(4, true);
    validity.set(2, false);
    // 2021-01-03, 2021-01-01 10:00, NaT, 2021-01-03
    return Column::from_datetimes({18630 * day, 18628 * day + 10 * hour, 0, 18630 * day}, validity);
}

TEST(Describe, DatetimeAsCategoricalWithFirstAndLast) {
    const Series d = Series(datetimes(), "when").describe();
    const auto expected = eda_results("edge.tsv", "datetime_describe")[0];
    ASSERT_EQ(d.size(), 6);
    const std::vector<std::string> labels = {"count", "unique", "top", "freq", "first", "last"};
    for (std::int64_t i = 0; i < d.size(); ++i) {
        EXPECT_EQ(d.index().label_string(i), labels[static_cast<std::size_t>(i)]);
        EXPECT_EQ(d.text(i), expected[static_cast<std::size_t>(i) + 3]);
    }
}

TEST(Describe, MixedFrameRowsInPandasOrder) {
    const DataFrame mixed(
        {{"x", {1.0, 2.0, 3.0, 4.0}}, {"when", datetimes()}, {"flag", {true, false, true, true}}});
    const DataFrame d = mixed.describe({.include = "all"});
    EXPECT_EQ(row_labels(d), tail(eda_results("edge.tsv", "mixed_index")[0], 3));
    for (const auto& row : eda_results("edge.tsv", "mixed")) {
        expect_column(d.column(row[1]), tail(row, 3), "mixed " + row[1]);
    }
}

// Columns past the size where describe() switches to its two-sweep kernel and bucket
// selection: every statistic must equal the separate reductions (checked against pandas above)
// and the quantiles the ones of a fully sorted copy.
TEST(Describe, LargeColumnsAgreeWithSeriesReductionsAndSorting) {
    const std::int64_t n = 70001;
    std::vector<std::optional<double>> floats;
    std::vector<std::optional<std::int64_t>> ints;
    std::vector<double> nonnegative;  // min is a zero: the last one, with its sign
    std::uint64_t state = 12345;
    auto next = [&] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(state >> 11) / 9007199254740992.0;
    };
    for (std::int64_t i = 0; i < n; ++i) {
        const double u = next();
        if (i % 97 == 0) {
            floats.emplace_back();
        } else if (i % 101 == 0) {
            floats.emplace_back(i % 2 == 0 ? 0.0 : -0.0);
        } else {
            floats.emplace_back((u - 0.3) * 1e4);
        }
        nonnegative.push_back(i % 101 == 0 ? (i % 2 == 0 ? 0.0 : -0.0) : u);
        ints.push_back(i % 89 == 0
                           ? std::nullopt
                           : std::optional<std::int64_t>(static_cast<std::int64_t>(u * 500)));
    }
    const DataFrame frame({{"f", floats}, {"i", ints}, {"z", nonnegative}});
    const std::vector<double> qs = {0.0, 0.05, 0.25, 0.5, 0.75, 0.999, 1.0};
    const DataFrame d = frame.describe({.include = "", .percentiles = qs});
    for (const std::string& name : frame.columns()) {
        const Series s = frame[name];
        const double* got = d.column(name).data<double>();
        EXPECT_EQ(got[0], static_cast<double>(s.count())) << name;
        EXPECT_EQ(got[1], s.mean()) << name;
        EXPECT_EQ(got[2], s.std()) << name;
        EXPECT_EQ(got[3], s.min()) << name;
        EXPECT_EQ(std::signbit(got[3]), std::signbit(s.min())) << name;
        EXPECT_EQ(got[4 + qs.size()], s.max()) << name;
        std::vector<double> sorted;
        for (std::int64_t i = 0; i < s.size(); ++i) {
            if (!s.column().is_null(i)) sorted.push_back(s.value(i));
        }
        std::sort(sorted.begin(), sorted.end());
        const auto count = static_cast<std::int64_t>(sorted.size());
        for (std::size_t k = 0; k < qs.size(); ++k) {
            // NumPy's linear method, written out: index (n - 1) * q, then _lerp.
            const double index = static_cast<double>(count - 1) * (qs[k] * 100.0 / 100.0);
            const auto below = std::min(static_cast<std::int64_t>(index), count - 1);
            const auto above = std::min(below + 1, count - 1);
            const double t = index >= static_cast<double>(count - 1)
                                 ? index + 1
                                 : index - static_cast<double>(below);
            const double a = sorted[static_cast<std::size_t>(below)];
            const double b = sorted[static_cast<std::size_t>(above)];
            const double expected = t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
            EXPECT_EQ(got[4 + k], expected) << name << " q=" << qs[k];
            EXPECT_EQ(s.quantile(qs[k]), expected) << name << " q=" << qs[k];
        }
    }
}

TEST(Describe, BadInputs) {
    std::map<std::string, std::string> messages;
    for (const auto& row : eda_results("edge.tsv", "error")) messages[row[1]] = row[3];
    expect_error<tabula::ValueError>([] { DataFrame().describe(); }, messages["describe_empty"]);
    const DataFrame one({{"x", {1.0}}});
    expect_error<tabula::ValueError>(
        [&] {
            one.describe({.include = "", .percentiles = {0.5, 0.5}});
        },
        messages["describe_duplicates"]);
    expect_error<tabula::ValueError>(
        [&] {
            one.describe({.include = "", .percentiles = {0.25, 1.5}});
        },
        messages["describe_range"]);
    const DataFrame text({{"s", {"a", "b"}}});
    expect_error<tabula::ValueError>([&] { text.describe({.include = "number"}); },
                                     "No objects to concatenate");
    expect_error<tabula::TypeError>([&] { text.describe({.include = "foo"}); },
                                    "data type 'foo' not understood");
}

}  // namespace
