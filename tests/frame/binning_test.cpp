// cut and qcut against pandas 1.5.3: category text (Interval labels) and each value's bin,
// with integer and float edges, include_lowest, right=False, precision, duplicates="drop",
// labels and labels=False; the error messages.
#include "tabula/frame/binning.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "sort_fixture.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace {

using tabula::Bins;
using tabula::CutOptions;
using tabula::QcutOptions;
using tabula::Series;

Series input(const std::string& name) {
    return tabula::testing::sort_input("cut_" + name)["x"];
}

// Each fixture case as tabula's call.
std::map<std::string, std::function<Series(const Series&)>> cases() {
    using tabula::cut;
    using tabula::qcut;
    return {
        {"cut3", [](const Series& x) { return cut(x, 3); }},
        {"cut3_left", [](const Series& x) { return cut(x, 3, {.right = false}); }},
        {"cut3_p1", [](const Series& x) { return cut(x, 3, {.precision = 1}); }},
        {"cut3_p5", [](const Series& x) { return cut(x, 3, {.precision = 5}); }},
        {"cut_edges_int",
         [](const Series& x) {
             return cut(x, {0, 5, 10});
         }},
        {"cut_edges_int_first",
         [](const Series& x) {
             return cut(x, {1, 5, 10});
         }},
        {"cut_edges_lowest",
         [](const Series& x) {
             return cut(x, {1, 5, 10}, {.include_lowest = true});
         }},
        {"cut_edges_float",
         [](const Series& x) {
             return cut(x, {0.0, 5.0, 10.0});
         }},
        {"cut_edges_left",
         [](const Series& x) {
             return cut(x, {1, 5, 10}, {.right = false});
         }},
        {"cut_edges_left_lowest",
         [](const Series& x) {
             return cut(x, {1, 5, 10}, {.right = false, .include_lowest = true});
         }},
        {"cut_big", [](const Series& x) { return cut(x, 3); }},
        {"cut_frac", [](const Series& x) { return cut(x, 4); }},
        {"cut_const", [](const Series& x) { return cut(x, 3); }},
        {"cut_zero", [](const Series& x) { return cut(x, 2); }},
        {"cut_sym", [](const Series& x) { return cut(x, 2); }},
        {"cut_income", [](const Series& x) { return cut(x, 3); }},
        {"cut_out",
         [](const Series& x) {
             return cut(x, {0, 5, 10});
         }},
        {"cut_ages_labels",
         [](const Series& x) {
             return cut(x, {0, 18, 35, 60, 100}, {.labels = {"<18", "18-35", "35-60", "60+"}});
         }},
        {"cut_wide", [](const Series& x) { return cut(x, 5); }},
        {"cut_neg", [](const Series& x) { return cut(x, 3); }},
        {"cut_neg_left", [](const Series& x) { return cut(x, 4, {.right = false}); }},
        {"cut_dups_drop",
         [](const Series& x) {
             return cut(x, {0, 5, 5, 10}, {.duplicates = "drop"});
         }},
        {"cut_two_equal",
         [](const Series& x) {
             return cut(x, {5, 5}, {.include_lowest = true});
         }},
        {"qcut4", [](const Series& x) { return qcut(x, 4); }},
        {"qcut_nan", [](const Series& x) { return qcut(x, 3); }},
        {"qcut_tiny", [](const Series& x) { return qcut(x, 2); }},
        {"qcut_list",
         [](const Series& x) {
             return qcut(x, {0, 0.5, 0.9, 1});
         }},
        {"qcut_income", [](const Series& x) { return qcut(x, 4); }},
        {"qcut_dups_drop", [](const Series& x) { return qcut(x, 4, {.duplicates = "drop"}); }},
        {"qcut_zeros_drop", [](const Series& x) { return qcut(x, 2, {.duplicates = "drop"}); }},
        {"qcut_labels",
         [](const Series& x) {
             return qcut(x, 3, {.labels = {"low", "mid", "high"}});
         }},
        {"qcut_wide", [](const Series& x) { return qcut(x, 10); }},
        {"qcut_neg", [](const Series& x) { return qcut(x, 3); }},
        {"cut3_codes", [](const Series& x) { return cut(x, 3, {.integer_codes = true}); }},
        {"cut_out_codes",
         [](const Series& x) {
             return cut(x, {0, 5, 10}, {.integer_codes = true});
         }},
        {"qcut4_codes", [](const Series& x) { return qcut(x, 4, {.integer_codes = true}); }},
    };
}

TEST(Binning, MatchesPandasLabelsAndBins) {
    const auto calls = cases();
    std::size_t seen = 0;
    for (const auto& row : tabula::testing::sort_rows("cut.tsv")) {
        const std::string& name = row.at(0);
        const auto call = calls.find(name);
        ASSERT_NE(call, calls.end()) << "no call for fixture case " << name;
        ++seen;
        const Series x = input(row.at(1));
        const Series result = call->second(x);
        EXPECT_EQ(result.size(), x.size()) << name;
        const auto values = tabula::testing::split(row.at(3), ';');
        ASSERT_EQ(static_cast<std::size_t>(result.size()), values.size()) << name;
        if (row.at(2).empty()) {
            ASSERT_EQ(result.dtype(), tabula::DType::Int64) << name;
            for (std::size_t i = 0; i < values.size(); ++i) {
                const auto at = static_cast<std::int64_t>(i);
                if (values[i].empty()) {
                    EXPECT_TRUE(result.column().is_null(at)) << name << " at " << i;
                } else {
                    EXPECT_EQ(result.value(at), std::stod(values[i])) << name << " at " << i;
                }
            }
            continue;
        }
        ASSERT_EQ(result.dtype(), tabula::DType::Categorical) << name;
        const tabula::Column& categories = result.column().categories();
        std::vector<std::string> got_categories;
        for (std::int64_t k = 0; k < categories.size(); ++k) {
            got_categories.emplace_back(categories.string_at(k));
        }
        EXPECT_EQ(got_categories, tabula::testing::split(row.at(2), ';')) << name;
        for (std::size_t i = 0; i < values.size(); ++i) {
            const auto at = static_cast<std::int64_t>(i);
            if (values[i].empty()) {
                EXPECT_TRUE(result.column().is_null(at)) << name << " at " << i;
            } else {
                EXPECT_EQ(result.text(at), values[i]) << name << " at " << i;
            }
        }
    }
    EXPECT_EQ(seen, calls.size());
}

TEST(Binning, KeepsNameAndIndex) {
    const Series ages = Series(std::vector<std::int64_t>{18, 70}, "age");
    const Series binned = tabula::cut(ages, {0, 18, 100});
    EXPECT_EQ(binned.name(), "age");
    EXPECT_TRUE(binned.index().equals(ages.index()));
}

TEST(Binning, BadArgumentsRaiseAsPandas) {
    using tabula::cut;
    using tabula::qcut;
    using tabula::ValueError;
    using tabula::testing::expect_pandas_error;
    const Series s(std::vector<double>{1.0, 2.0});
    expect_pandas_error<ValueError>("cut_decreasing", "ValueError", [&] { (void)cut(s, {3, 1}); });
    expect_pandas_error<ValueError>("cut_dup_int", "ValueError", [&] {
        (void)cut(s, {0, 1, 1, 2});
    });
    expect_pandas_error<ValueError>("cut_dup_float", "ValueError", [&] {
        (void)cut(s, {0.0, 1.5, 1.5, 2.0, 1000.123});
    });
    expect_pandas_error<ValueError>("cut_dup_sci", "ValueError", [&] {
        (void)cut(s, {-10.0, 1.5, 1.5, 2.0, 100000000.5});
    });
    expect_pandas_error<ValueError>("qcut_dup", "ValueError",
                                    [&] { (void)qcut(input("dups"), 4); });
    expect_pandas_error<ValueError>("qcut_dup_frac", "ValueError", [&] {
        (void)qcut(
            Series(std::vector<double>{1.0, 1.0, 1.0, 1.0, 2.5, 3.0, 3.0, 3.0, 3.0, 3.0, 3.0, 7.0}),
            5);
    });
    expect_pandas_error<ValueError>("cut_labels_length", "ValueError",
                                    [&] { (void)cut(s, 3, {.labels = {"a"}}); });
    expect_pandas_error<ValueError>("cut_labels_unique", "ValueError", [&] {
        (void)cut(s, 3, {.labels = {"a", "a", "b"}});
    });
    expect_pandas_error<ValueError>("cut_zero_bins", "ValueError", [&] { (void)cut(s, 0); });
    expect_pandas_error<ValueError>("cut_empty", "ValueError",
                                    [&] { (void)cut(Series(std::vector<double>{}), 3); });
    expect_pandas_error<ValueError>("cut_infinity", "ValueError", [&] {
        (void)cut(Series(std::vector<double>{1.0, std::numeric_limits<double>::infinity()}), 3);
    });
    expect_pandas_error<ValueError>("cut_duplicates_option", "ValueError",
                                    [&] { (void)cut(s, 3, {.duplicates = "x"}); });
    expect_pandas_error<ValueError>("qcut_quantile_range", "ValueError", [&] {
        (void)qcut(s, {0.0, 2.0});
    });
    expect_pandas_error<tabula::IndexError>("qcut_all_null", "IndexError", [&] {
        (void)qcut(Series(std::vector<double>{std::nan(""), std::nan("")}), 2);
    });
    tabula::testing::expect_error<tabula::TypeError>(
        [&] {
            (void)cut(Series(std::vector<std::string>{"a", "b"}, "city"), 2);
        },
        "cut needs numbers; the series 'city' has dtype object");
}

}  // namespace
