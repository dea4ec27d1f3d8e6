// Missing data beyond the pandas fixture: the dtype a fill gives, values that do not fit a
// column, float32, bool and datetime columns, and the exact error messages.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula {
namespace {

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();

Series ints_with_gap() {
    return Series(Column::from_optionals(std::vector<std::optional<std::int64_t>>{1, {}, 3}), "n");
}

Series floats_with_gap() {
    return Series(Column::from_optionals(std::vector<std::optional<double>>{1.5, {}, NaN}),
                  "income");
}

TEST(Missing, FillingAnIntColumnWithAFloatGivesFloat64) {
    const Series filled = ints_with_gap().fillna(2.5);
    EXPECT_EQ(filled.dtype(), DType::Float64);
    EXPECT_EQ(filled.value(1), 2.5);
    EXPECT_EQ(filled.value(2), 3.0);
    EXPECT_FALSE(filled.column().has_nulls());
    // An int fill keeps int64, and a column with nothing to fill keeps its dtype whatever the
    // value, as pandas leaves it alone.
    EXPECT_EQ(ints_with_gap().fillna(0).dtype(), DType::Int64);
    EXPECT_EQ(ints_with_gap().fillna(0).value(1), 0.0);
    const Series full(std::vector<std::int64_t>{4, 5}, "full");
    EXPECT_EQ(full.fillna(2.5).dtype(), DType::Int64);
    EXPECT_EQ(full.fillna("text").dtype(), DType::Int64);
}

TEST(Missing, FillingFloatsFillsNullsAndNaN) {
    const Series filled = floats_with_gap().fillna(0);
    EXPECT_EQ(filled.dtype(), DType::Float64);
    EXPECT_EQ(filled.value(1), 0.0);
    EXPECT_EQ(filled.value(2), 0.0);
    EXPECT_EQ(filled.count(), 3);
}

TEST(Missing, AValueThatDoesNotFitIsATypeError) {
    tabula::testing::expect_error<TypeError>(
        [] { floats_with_gap().fillna("x"); },
        "cannot fill the missing values of column 'income' (float64) with the str 'x': a column "
        "holds one dtype (pandas would make it object)");
    tabula::testing::expect_error<TypeError>(
        [] { ints_with_gap().rename("").fillna(true); },
        "cannot fill the missing values of a int64 series (int64) with the bool True: a column "
        "holds one dtype (pandas would make it object)");
    const DataFrame frame({{"city", Column::from_optional_strings({"Oslo", std::nullopt})}});
    tabula::testing::expect_error<TypeError>(
        [&] { frame.fillna(0); },
        "cannot fill the missing values of column 'city' (string) with the int 0: a column holds "
        "one dtype (pandas would make it object)");
    tabula::testing::expect_error<ValueError>(
        [&] {
            frame.fillna({{"city", Scalar()}});
        },
        "Must specify a fill 'value' or 'method'.");
}

TEST(Missing, CategoricalFillTakesOnlyAKnownCategory) {
    const Series city(
        Column::from_optional_strings({"Oslo", std::nullopt, "Rome"}).astype(DType::Categorical),
        "city");
    const Series filled = city.fillna("Rome");
    EXPECT_EQ(filled.dtype(), DType::Categorical);
    EXPECT_EQ(filled.text(1), "Rome");
    EXPECT_EQ(filled.column().categories().size(), 2);
    tabula::testing::expect_error<TypeError>(
        [&] { city.fillna("Lima"); },
        "Cannot setitem on a Categorical with a new category (Lima), set the categories first");
    tabula::testing::expect_error<TypeError>(
        [&] { city.fillna(1); },
        "Cannot setitem on a Categorical with a new category (1), set the categories first");
}

TEST(Missing, BoolAndDatetimeFills) {
    const Series flags(Column::from_optionals(std::vector<std::optional<bool>>{true, {}}), "f");
    EXPECT_EQ(flags.fillna(false).dtype(), DType::Bool);
    EXPECT_EQ(flags.fillna(false).value(1), 0.0);
    EXPECT_EQ(flags.ffill().value(1), 1.0);
    Bitmap validity(2);
    validity.set(1, false);
    const Series when(Column::from_datetimes({86'400'000'000'000, 0}, validity), "when");
    const Series filled = when.fillna(std::int64_t{5});
    EXPECT_EQ(filled.dtype(), DType::Datetime);
    EXPECT_EQ(filled.column().data<std::int64_t>()[1], 5);
    EXPECT_EQ(when.bfill().column().null_count(), 1);
    EXPECT_EQ(when.ffill().column().data<std::int64_t>()[1], 86'400'000'000'000);
}

TEST(Missing, FillsKeepNameAndIndex) {
    const Series s = Series(Column::from_vector(std::vector<double>{NaN, 2.0, NaN}), "x",
                            Index(std::vector<std::string>{"a", "b", "c"}));
    for (const Series& out : {s.fillna(1), s.ffill(), s.bfill(), s.interpolate()}) {
        EXPECT_EQ(out.name(), "x");
        EXPECT_EQ(out.index().label_string(2), "c");
    }
    const Series kept = s.dropna();
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(kept.index().label_string(0), "b");
}

TEST(Missing, LimitMustBePositive) {
    tabula::testing::expect_error<ValueError>([] { floats_with_gap().ffill(0); },
                                              "Limit must be greater than 0");
    tabula::testing::expect_error<ValueError>([] { floats_with_gap().bfill(-1); },
                                              "Limit must be greater than 0");
}

TEST(Missing, InterpolateKeepsFloat32AndLeavesStringsAndBools) {
    const Series single(Column::from_vector(std::vector<float>{1.0F, NAN, 2.0F}), "f");
    const Series out = single.interpolate();
    EXPECT_EQ(out.dtype(), DType::Float32);
    EXPECT_EQ(out.column().data<float>()[1], 1.5F);
    const Series words(Column::from_optional_strings({"a", std::nullopt, "b"}), "w");
    EXPECT_TRUE(words.interpolate().equals(words));
    const Series flags(Column::from_optionals(std::vector<std::optional<bool>>{true, {}, false}));
    EXPECT_TRUE(flags.interpolate().equals(flags));
    // A column without gaps keeps its dtype (pandas' int64 has none).
    const Series ints(std::vector<std::int64_t>{1, 2}, "i");
    EXPECT_EQ(ints.interpolate().dtype(), DType::Int64);
    EXPECT_EQ(ints_with_gap().interpolate().dtype(), DType::Float64);
    EXPECT_EQ(ints_with_gap().interpolate().value(1), 2.0);
}

TEST(Missing, InterpolateRefusesCategoriesAndDatetimes) {
    const DataFrame frame(
        {{"k", Column::from_strings({"a", "b"}).astype(DType::Categorical)}, {"v", {1.0, 2.0}}});
    tabula::testing::expect_error<ValueError>(
        [&] { frame.interpolate(); },
        "Invalid fill method. Expecting pad (ffill) or backfill (bfill). Got linear (column 'k' "
        "has dtype category)");
    const Series when(Column::from_datetimes({0, 1}));
    tabula::testing::expect_error<ValueError>(
        [&] { when.interpolate(); },
        "Invalid fill method. Expecting pad (ffill) or backfill (bfill). Got linear (a "
        "datetime64[ns] series has dtype datetime64[ns])");
    EXPECT_EQ(DataFrame().interpolate().num_columns(), 0);
}

TEST(Missing, DropnaMessages) {
    const DataFrame frame({{"age", {1.0, NaN}}, {"city", {"Oslo", "Rome"}}});
    tabula::testing::expect_error<KeyError>([&] { frame.dropna({.subset = {"agee"}}); },
                                            "['agee']");
    tabula::testing::expect_error<KeyError>(
        [&] { frame.set_index("city").dropna({.axis = 1, .subset = {"Lima"}}); }, "['Lima']");
    tabula::testing::expect_error<ValueError>([&] { frame.dropna({.axis = -1}); },
                                              "No axis named -1 for object type DataFrame");
    // Nothing dropped: the frame itself comes back.
    EXPECT_TRUE(frame.dropna({.subset = {"city"}}).equals(frame));
    EXPECT_EQ(frame.dropna().num_rows(), 1);
    EXPECT_EQ(frame.dropna({.axis = 1}).columns(), std::vector<std::string>{"city"});
}

TEST(Missing, IsnullCountsNanAsMissing) {
    const DataFrame frame({{"x", {1.0, NaN, 3.0}},
                           {"n", std::vector<std::optional<std::int64_t>>{1, std::nullopt, 3}}});
    const DataFrame mask = frame.isnull();
    EXPECT_FALSE(mask["x"].column().data<bool>()[0]);
    EXPECT_TRUE(mask["x"].column().data<bool>()[1]);
    EXPECT_TRUE(mask["n"].column().data<bool>()[1]);
    EXPECT_EQ(frame.isnull().sum().value(0), 1.0);  // x first
    EXPECT_FALSE(frame["x"].notnull().column().data<bool>()[1]);
}

}  // namespace
}  // namespace tabula
