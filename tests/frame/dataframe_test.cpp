#include "tabula/frame/dataframe.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

DataFrame people() {
    return DataFrame({{"age", {25, 31, 67, 72}},
                      {"income", {50000.0, 64000.5, 31000.0, 28000.25}},
                      {"city", {"Oslo", "Rome", "Oslo", "Lima"}},
                      {"premium", {true, false, false, true}}});
}

TEST(DataFrame, LiteralShapeColumnsDtypes) {
    const DataFrame df = people();
    EXPECT_EQ(df.shape(), (std::pair<std::int64_t, std::int64_t>{4, 4}));
    EXPECT_EQ(df.size(), 16);
    EXPECT_EQ(df.columns(), (std::vector<std::string>{"age", "income", "city", "premium"}));
    const Series dtypes = df.dtypes();
    EXPECT_EQ(dtypes.text(0), "int64");
    EXPECT_EQ(dtypes.text(1), "float64");
    EXPECT_EQ(dtypes.text(2), "object");
    EXPECT_EQ(dtypes.text(3), "bool");
    EXPECT_EQ(dtypes.index().label_string(2), "city");
    EXPECT_TRUE(df.index().is_range());
    tabula::testing::expect_error<ValueError>(
        [] {
            DataFrame({{"a", {1, 2}}, {"b", {1}}});
        },
        "All arrays must be of the same length: column 'b' has 1 rows, not 2");
}

TEST(DataFrame, SelectColumnsAndRows) {
    const DataFrame df = people();
    const Series age = df["age"];
    EXPECT_EQ(age.name(), "age");
    EXPECT_EQ(age.value(2), 67.0);
    const DataFrame sub = df[{"city", "age"}];
    EXPECT_EQ(sub.columns(), (std::vector<std::string>{"city", "age"}));
    const DataFrame seniors = df[df["age"] > 60];
    ASSERT_EQ(seniors.num_rows(), 2);
    EXPECT_EQ(seniors["city"].text(0), "Oslo");
    EXPECT_EQ(seniors.index().label_string(0), "2");
    EXPECT_EQ(seniors.index().label_string(1), "3");
    EXPECT_EQ(df[df["city"] == "Oslo"].num_rows(), 2);
    EXPECT_EQ(df[df["city"] != "Oslo"].num_rows(), 2);
    tabula::testing::expect_error<KeyError>([&] { df["agee"]; }, "'agee' (closest column: 'age')");
    tabula::testing::expect_error<TypeError>(
        [&] { df[df["city"] > 1.0]; },
        "'>' not supported between instances of 'str' and 'float' (column 'city')");
    tabula::testing::expect_error<ValueError>([&] { df[df.head(2)["age"] > 1.0]; },
                                              "Item wrong length 2 instead of 4.");
}

TEST(DataFrame, HeadTailSliceKeepLabels) {
    const DataFrame df = people();
    EXPECT_EQ(df.head(2).num_rows(), 2);
    EXPECT_EQ(df.head(-1).num_rows(), 3);
    EXPECT_EQ(df.head(10).num_rows(), 4);
    const DataFrame last = df.tail(2);
    EXPECT_EQ(last.index().start(), 2);
    EXPECT_EQ(last["city"].text(1), "Lima");
    EXPECT_EQ(df.tail(0).num_rows(), 0);
}

TEST(DataFrame, SetAndResetIndex) {
    const DataFrame df = people();
    const DataFrame by_city = df.set_index("city");
    EXPECT_EQ(by_city.num_columns(), 3);
    EXPECT_EQ(by_city.index().name(), "city");
    EXPECT_EQ(by_city.index().position("Rome"), 1);
    const DataFrame back = by_city.reset_index();
    EXPECT_EQ(back.columns()[0], "city");
    EXPECT_TRUE(back.index().is_range());
    EXPECT_EQ(df.reset_index().columns()[0], "index");
    EXPECT_TRUE(df.reset_index(true).equals(df));
}

TEST(DataFrame, ToNumpyMapsNullsToNan) {
    const DataFrame df(
        {{"a", std::vector<std::optional<std::int64_t>>{1, std::nullopt}}, {"b", {0.5, 1.5}}});
    const NDArray<double> x = df.to_numpy();
    EXPECT_EQ(x.shape(), (Shape{2, 2}));
    EXPECT_EQ(x(0, 0), 1.0);
    EXPECT_TRUE(std::isnan(x(1, 0)));
    EXPECT_EQ(x(1, 1), 1.5);
    const DataFrame round = DataFrame::from_numpy(x, {"a", "b"});
    EXPECT_EQ(round["b"].value(0), 0.5);
    EXPECT_EQ(DataFrame::from_numpy(x).columns()[1], "1");
    const DataFrame transposed = DataFrame::from_numpy(x.T(), {"r0", "r1"});
    EXPECT_TRUE(std::isnan(transposed["r1"].value(0)));
    EXPECT_EQ(transposed["r0"].value(1), 0.5);
    EXPECT_EQ(transposed["r1"].value(1), 1.5);
    tabula::testing::expect_error<TypeError>([] { people().to_numpy(); },
                                             "could not convert string column 'city' to float64");
}

TEST(DataFrame, IsnullAndWithColumn) {
    const DataFrame df({{"a", std::vector<std::optional<double>>{1.0, std::nullopt, 3.0}},
                        {"s", std::vector<std::optional<std::string>>{"x", "y", std::nullopt}}});
    const DataFrame nulls = df.isnull();
    EXPECT_EQ(nulls["a"].dtype(), DType::Bool);
    EXPECT_EQ(nulls["a"].value(1), 1.0);
    EXPECT_EQ(nulls["s"].value(2), 1.0);
    EXPECT_EQ(df.notnull()["s"].value(2), 0.0);
    const DataFrame twins({"a", "a"}, {Column::from_optionals<double>({1.0, std::nullopt}),
                                       Column::from_optionals<double>({std::nullopt, 2.0})});
    EXPECT_EQ(twins.isnull().column(1).data<bool>()[0], true);
    EXPECT_EQ(twins.isnull().column(std::size_t{0}).data<bool>()[0], false);
    const DataFrame more = df.with_column("b", Column::from_vector<std::int64_t>({7, 8, 9}));
    EXPECT_EQ(more.columns().back(), "b");
    EXPECT_EQ(df.num_columns(), 2);
    tabula::testing::expect_error<ValueError>(
        [&] { df.with_column("c", Column::from_vector<std::int64_t>({1})); },
        "Length of values (1) does not match length of index (3)");
}

}  // namespace
}  // namespace tabula
