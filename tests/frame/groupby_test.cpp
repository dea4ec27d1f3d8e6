// groupby: the seed's expressions, every agg spelling, printing as pandas, errors with pandas'
// messages, and results that do not depend on the thread count.
#include "tabula/frame/groupby.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <sstream>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula {

namespace {

// groupby.md §4's frame: a null city, NaN incomes, SF's income all missing.
DataFrame cities() {
    return DataFrame({
        {"city",
         std::vector<std::optional<std::string>>{"NY", "LA", std::nullopt, "NY", "LA", "SF"}},
        {"income",
         std::vector<std::optional<double>>{100.0, std::nullopt, 50.0, 300.0, 200.0, std::nullopt}},
        {"orders", {1, 2, 3, 4, 5, 6}},
    });
}

std::string printed(const auto& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}

std::vector<std::string> labels(const Series& s) {
    std::vector<std::string> out;
    for (std::int64_t i = 0; i < s.size(); ++i) out.push_back(s.index().label_string(i));
    return out;
}

TEST(GroupBy, SeedExpressionsPrintAsPandas) {
    const DataFrame df = cities();
    const Series avg_income = df.groupby("city")["income"].mean();
    EXPECT_EQ(printed(avg_income),
              "city\nLA    200.0\nNY    200.0\nSF      NaN\nName: income, dtype: float64\n");
    EXPECT_EQ(printed(df.groupby("city")["orders"].sum()),
              "city\nLA    7\nNY    5\nSF    6\nName: orders, dtype: int64\n");

    const Series per_row = df.groupby("city")["income"].transform("mean");
    EXPECT_TRUE(per_row.index().equals(df.index()));
    const DataFrame with_avg = df.with_column("city_avg_income", per_row.column());
    EXPECT_EQ(with_avg["city_avg_income"].value(0), 200.0);
    EXPECT_TRUE(with_avg.column("city_avg_income").is_null(2));  // its city is null
    EXPECT_TRUE(std::isnan(with_avg["city_avg_income"].value(5)));
}

TEST(GroupBy, AggSpellings) {
    const DataFrame df = cities();
    const DataFrameGroupBy g = df.groupby("city");
    const DataFrame named = g.agg({{"income_mean", "income", "mean"}, {"n", "orders", "count"}});
    EXPECT_EQ(printed(named),
              "      income_mean  n\ncity                \nLA          200.0  2\n"
              "NY          200.0  2\nSF            NaN  1\n");

    const DataFrame multi = g.agg({{"income", {"sum", "max"}}, {"orders", {"count"}}});
    EXPECT_EQ(multi.columns(),
              (std::vector<std::string>{"income_sum", "income_max", "orders_count"}));
    EXPECT_EQ(multi["income_sum"].value(2), 0.0);  // SF: all missing sums to 0
    EXPECT_TRUE(multi.column("income_max").is_null(2));

    const DataFrame product = g[{"income", "orders"}].agg({"min", "max"});
    EXPECT_EQ(product.columns(),
              (std::vector<std::string>{"income_min", "income_max", "orders_min", "orders_max"}));

    const DataFrame listed = g["orders"].agg({"sum", "mean"});
    EXPECT_EQ(listed.columns(), (std::vector<std::string>{"sum", "mean"}));
    EXPECT_EQ(listed["mean"].value(0), 3.5);

    const Series range = g["orders"].agg([](const Series& s) { return s.max() - s.min(); });
    EXPECT_EQ(labels(range), (std::vector<std::string>{"LA", "NY", "SF"}));
    EXPECT_EQ(range.value(0), 3.0);
    EXPECT_EQ(range.value(2), 0.0);

    const DataFrame user_named =
        g.agg({{"spread", "orders", [](const Series& s) { return s.max() - s.min(); }}});
    EXPECT_EQ(user_named["spread"].value(1), 3.0);

    const Series broadcast = g["orders"].transform([](const Series& s) { return s.sum(); });
    EXPECT_EQ(broadcast.value(0), 5.0);
    EXPECT_TRUE(broadcast.column().is_null(2));
    EXPECT_EQ(g.ngroups(), 3);
    EXPECT_EQ(g.size().value(2), 1.0);
}

TEST(GroupBy, KeysInPandasOrder) {
    const DataFrame df = cities();
    EXPECT_EQ(labels(df.groupby("city", {.sort = false})["orders"].sum()),
              (std::vector<std::string>{"NY", "LA", "SF"}));
    EXPECT_EQ(labels(df.groupby("city", {.dropna = false})["orders"].sum()),
              (std::vector<std::string>{"LA", "NY", "SF", "NaN"}));
    EXPECT_EQ(labels(df.groupby("city", {.sort = false, .dropna = false})["orders"].sum()),
              (std::vector<std::string>{"NY", "LA", "NaN", "SF"}));

    const DataFrame two(
        {{"k1", {"x", "y", "x", "y"}}, {"k2", {2.0, 1.0, 2.0, 1.5}}, {"v", {1, 2, 3, 4}}});
    const Series by_two = two.groupby({"k1", "k2"})["v"].sum();
    EXPECT_EQ(labels(by_two), (std::vector<std::string>{"(x, 2.0)", "(y, 1.0)", "(y, 1.5)"}));
    const DataFrame flat = two.groupby({"k1", "k2"}, {.as_index = false}).sum();
    EXPECT_EQ(flat.columns(), (std::vector<std::string>{"k1", "k2", "v"}));
    EXPECT_EQ(flat.column("k2").dtype(), DType::Float64);
    EXPECT_TRUE(flat.index().is_range());
}

TEST(GroupBy, CategoricalKeysShowUnobservedCategories) {
    auto codes = Buffer::allocate(3 * sizeof(std::int32_t));
    codes->as<std::int32_t>()[0] = 1;
    codes->as<std::int32_t>()[1] = 2;
    codes->as<std::int32_t>()[2] = 1;
    const Column k = Column::categorical(codes, 3, Column::from_strings({"c", "b", "a"}));
    const DataFrame df({"k", "v"}, {k, Column::from_vector(std::vector<std::int64_t>{1, 2, 3})});
    const Series sums = df.groupby("k")["v"].sum();
    EXPECT_EQ(labels(sums), (std::vector<std::string>{"c", "b", "a"}));
    EXPECT_EQ(sums.value(0), 0.0);
    EXPECT_EQ(sums.value(1), 4.0);
    EXPECT_TRUE(std::isnan(df.groupby("k")["v"].mean().value(0)));
    EXPECT_TRUE(df.groupby("k")["v"].min().column().is_null(0));
}

TEST(GroupBy, KahanSumsAsPandas) {
    const DataFrame df(
        {{"k", {"a", "a", "a", "a", "b", "b"}},
         {"v", {1e16, 1.0, 1.0, -1e16, std::numeric_limits<double>::infinity(), 1.0}}});
    const Series sums = df.groupby("k")["v"].sum();
    EXPECT_EQ(sums.value(0), 2.0);           // a plain loop gives 0.0
    EXPECT_TRUE(std::isnan(sums.value(1)));  // pandas 1.5.3: inf then a finite value is NaN
    EXPECT_EQ(df.groupby("k")["v"].mean().value(0), 0.5);
}

TEST(GroupBy, ValueCountsPerGroup) {
    const DataFrame df({{"city", {"NY", "LA", "NY", "NY", "LA", "SF", "NY"}},
                        {"emp", {"b", "a", "a", "b", "c", "c", "a"}}});
    const Series counts = df.groupby("city")["emp"].value_counts();
    EXPECT_EQ(labels(counts),
              (std::vector<std::string>{"(LA, a)", "(LA, c)", "(NY, a)", "(NY, b)", "(SF, c)"}));
    EXPECT_EQ(counts.name(), "emp");
    EXPECT_EQ(counts.value(2), 2.0);
}

TEST(GroupBy, ErrorsNameWhatAndWhere) {
    const DataFrame df = cities();
    testing::expect_error<KeyError>([&] { df.groupby("cty"); }, "'cty' (closest column: 'city')");
    testing::expect_error<KeyError>([&] { df.groupby("city")["incme"]; },
                                    "'incme' (closest column: 'income')");
    testing::expect_error<KeyError>(
        [&] {
            df.groupby("city").agg({{"x", "ordrs", "sum"}});
        },
        "'ordrs' (closest column: 'orders')");
    testing::expect_error<ValueError>([&] { df.groupby(std::vector<std::string>{}); },
                                      "No group keys passed!");
    testing::expect_error<ValueError>([&] { df.groupby("city")["income"].agg("foo"); },
                                      "'foo' is not a valid function for 'SeriesGroupBy' object");
    testing::expect_error<ValueError>(
        [&] {
            df.groupby("city").agg({{"income", {"foo"}}});
        },
        "'foo' is not a valid function for 'DataFrameGroupBy' object");
    testing::expect_error<ValueError>([&] { df.groupby("city")["income"].transform("foo"); },
                                      "'foo' is not a valid function name for transform(name)");
    testing::expect_error<ValueError>(
        [&] { df.groupby("city", {.as_index = false})["income"].sum(); },
        "SeriesGroupBy with as_index=false gives a DataFrame: select the column with a list, "
        "groupby(...)[{\"column\"}]");

    const DataFrame text({{"k", {"a", "a", "b"}}, {"s", {"x", "w", "z"}}});
    testing::expect_error<TypeError>([&] { text.groupby("k")["s"].mean(); },
                                     "Could not convert xw to numeric");
    testing::expect_error<TypeError>([&] { text.groupby("k")["s"].median(); },
                                     "could not convert string to float: 'x'");
    testing::expect_error<ValueError>([&] { text.groupby("k")["s"].std(); },
                                      "could not convert string to float: 'x'");
    EXPECT_EQ(text.groupby("k").mean().num_columns(), 0);  // numeric_only leaves s out
}

TEST(GroupBy, ResultsDoNotDependOnTheThreadCount) {
    const std::int64_t n = 300000;
    std::vector<std::optional<std::string>> keys;
    std::vector<double> values;
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int64_t h = (i * 2654435761) % 1000003;
        keys.push_back(h % 97 == 0 ? std::nullopt
                                   : std::optional("city-" + std::to_string(h % 61)));
        values.push_back(static_cast<double>(h) / 7.0 + 1e9 * static_cast<double>(i % 3));
    }
    const DataFrame df({{"k", keys}, {"v", values}});
    auto run = [&](int threads) {
        set_num_threads(threads);
        return df.groupby("k", {.sort = false}).agg({{"v", {"sum", "mean", "std"}}});
    };
    const DataFrame one = run(1);
    const DataFrame two = run(2);
    set_num_threads(0);
    EXPECT_TRUE(one.equals(two));
    EXPECT_EQ(one.num_rows(), 61);
}

}  // namespace

}  // namespace tabula
