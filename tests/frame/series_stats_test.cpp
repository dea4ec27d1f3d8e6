// Series reductions against pandas 1.5.3 (with bottleneck 1.3.5), bit for bit:
// tests/fixtures/frame/eda/make_eda.py.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

#include "../support/fixtures.hpp"
#include "eda_fixture.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace {

using tabula::Column;
using tabula::DataFrame;
using tabula::Series;
using tabula::testing::eda_results;
using tabula::testing::expect_bits;
using tabula::testing::main_frame;

double statistic(const Series& s, const std::string& kind, const std::string& argument) {
    if (kind == "sum") return s.sum();
    if (kind == "mean") return s.mean();
    if (kind == "var") return s.var(std::stoll(argument));
    if (kind == "std") return s.std(std::stoll(argument));
    if (kind == "min") return s.min();
    if (kind == "max") return s.max();
    if (kind == "median") return s.median();
    if (kind == "quantile") return s.quantile(std::stod(argument));
    ADD_FAILURE() << "unknown statistic " << kind;
    return 0;
}

TEST(SeriesStats, MatchPandasBitForBit) {
    int checked = 0;
    for (const char* kind : {"sum", "mean", "var", "std", "min", "max", "median", "quantile"}) {
        for (const auto& row : eda_results("main.tsv", kind)) {
            const Series s = main_frame()[row[1]];
            const std::string context = row[0] + "(" + row[1] + ", " + row[2] + ")";
            const double actual = statistic(s, row[0], row[2]);
            const double expected = tabula::testing::eda_number(row[3]);
            // Which of several equal zeros an order statistic lands on depends on the
            // partitioning algorithm; tabula does not reproduce bottleneck's or NumPy's.
            if ((row[0] == "median" || row[0] == "quantile") && expected == 0.0) {
                EXPECT_EQ(actual, 0.0) << context;
            } else {
                expect_bits(actual, row[3], context);
            }
            ++checked;
        }
    }
    EXPECT_GT(checked, 100);
}

TEST(SeriesStats, CountSkipsNullsAndNaN) {
    for (const auto& row : eda_results("main.tsv", "count")) {
        EXPECT_EQ(main_frame()[row[1]].count(), std::stoll(row[3])) << row[1];
    }
}

TEST(SeriesStats, NuniqueMatchesPandas) {
    for (const auto& row : eda_results("main.tsv", "nunique")) {
        EXPECT_EQ(main_frame()[row[1]].nunique(row[2] == "True"), std::stoll(row[3]))
            << row[1] << " dropna=" << row[2];
    }
}

TEST(SeriesStats, BoolSumCountsAndMeanIsAFraction) {
    const Series flag = main_frame()["flag"];
    for (const auto& row : eda_results("main.tsv", "sum")) {
        if (row[1] == "flag") {
            EXPECT_EQ(flag.sum(), std::stod(row[3]));
        }
    }
    for (const auto& row : eda_results("main.tsv", "mean")) {
        if (row[1] == "flag") {
            expect_bits(flag.mean(), row[3], "mean(flag)");
        }
    }
}

// Small series: one value, two, signed zeros, all NaN, empty, ints, infinities.
TEST(SeriesStats, EdgeCasesMatchPandas) {
    for (const auto& row : eda_results("edge.tsv", "edge")) {
        const Series s = tabula::testing::edge_series(row);
        const std::string& name = row[1];
        EXPECT_EQ(s.count(), std::stoll(row[3])) << name;
        expect_bits(s.sum(), row[4], name + " sum");
        expect_bits(s.mean(), row[5], name + " mean");
        expect_bits(s.std(), row[6], name + " std");
        expect_bits(s.var(0), row[7], name + " var(ddof=0)");
        expect_bits(s.min(), row[8], name + " min");
        expect_bits(s.max(), row[9], name + " max");
        if (name == "zeros") {
            EXPECT_EQ(s.median(), 0.0);  // bottleneck's partition leaves -0.0 in the middle
        } else {
            expect_bits(s.median(), row[10], name + " median");
        }
        expect_bits(s.quantile(0.25), row[11], name + " quantile(0.25)");
        expect_bits(s.quantile(0.5), row[12], name + " quantile(0.5)");
    }
}

TEST(SeriesStats, QuantileOutsideUnitIntervalIsValueError) {
    const Series s(std::vector<double>{1.0, 2.0}, "x");
    for (const auto& row : eda_results("edge.tsv", "error")) {
        if (row[1] != "quantile") continue;
        tabula::testing::expect_error<tabula::ValueError>([&] { s.quantile(1.5); }, row[3]);
    }
    tabula::testing::expect_error<tabula::ValueError>(
        [&] { s.quantile(-0.5); },
        "percentiles should all be in the interval [0, 1]. Try -0.005 instead.");
    EXPECT_THROW(s.quantile(std::nan("")), tabula::ValueError);
}

TEST(SeriesStats, StringColumnsAreTypeErrors) {
    const Series city = main_frame()["city"];
    tabula::testing::expect_error<tabula::TypeError>(
        [&] { city.mean(); }, "cannot compute mean of column 'city' with dtype object");
    tabula::testing::expect_error<tabula::TypeError>(
        [&] { city.std(); }, "cannot compute std of column 'city' with dtype object");
    tabula::testing::expect_error<tabula::TypeError>(
        [&] { city.quantile(0.5); }, "cannot compute quantile of column 'city' with dtype object");
    EXPECT_THROW(city.sum(), tabula::TypeError);
    EXPECT_THROW(city.median(), tabula::TypeError);
}

TEST(SeriesStats, IntegerSumIsExactAndWraps) {
    const std::int64_t big = std::int64_t{1} << 62;
    const Series s(std::vector<std::int64_t>{big, big, 1}, "x");
    // 2^63 + 1 wraps to -2^63 + 1, as NumPy's int64 sum.
    EXPECT_EQ(s.sum(), static_cast<double>(std::numeric_limits<std::int64_t>::min() + 1));
}

TEST(SeriesStats, MemoryUsageCountsValuesAndIndex) {
    const Series s(std::vector<double>{1.0, 2.0, 3.0}, "x");
    EXPECT_EQ(s.memory_usage(false), s.column().memory_usage());
    // pandas: a RangeIndex counts its range object and three Python ints (132 bytes).
    EXPECT_EQ(s.memory_usage(), s.column().memory_usage() + 132);
    const Series labelled = s.rename("y");
    EXPECT_EQ(labelled.memory_usage(true, true), s.column().memory_usage(true) + 132);
}

}  // namespace
