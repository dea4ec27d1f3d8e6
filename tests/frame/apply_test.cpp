// DataFrame::apply with a RowView (axis 1) or a Series (axis 0).
#include <gtest/gtest.h>

#include <cmath>
#include <optional>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula {
namespace {

DataFrame people() {
    return DataFrame({{"age", {30, 70, 50}},
                      {"credit_score", {700.0, 850.0, 425.0}},
                      {"city", {"Oslo", "Rome", "Lima"}},
                      {"member", {true, false, true}}});
}

TEST(Apply, RowsByNameAndPosition) {
    const DataFrame df = people();
    const Series risk = df.apply(
        [](const RowView& row) {
            return 0.3 * row.get<double>("age") / 100 +
                   0.4 * (1 - row.get<double>("credit_score") / 850);
        },
        1);
    ASSERT_EQ(risk.dtype(), DType::Float64);
    ASSERT_EQ(risk.size(), 3);
    // The same arithmetic in the same order, so exactly equal.
    EXPECT_EQ(risk.value(0), 0.3 * 30.0 / 100 + 0.4 * (1 - 700.0 / 850));
    EXPECT_EQ(risk.value(1), 0.3 * 70.0 / 100 + 0.4 * (1 - 850.0 / 850));
    EXPECT_TRUE(risk.index().equals(df.index()));
    const Series by_position =
        df.apply([](const RowView& row) { return row.get<std::int64_t>(0) + 1; }, 1);
    EXPECT_EQ(by_position.dtype(), DType::Int64);
    EXPECT_EQ(by_position.value(2), 51.0);
}

TEST(Apply, ResultDtypeFollowsTheReturnType) {
    const DataFrame df = people();
    const Series flags = df.apply([](const RowView& row) { return row.get<bool>("member"); }, 1);
    EXPECT_EQ(flags.dtype(), DType::Bool);
    EXPECT_EQ(flags.value(1), 0.0);
    const Series texts = df.apply(
        [](const RowView& row) {
            return std::string(row.get<std::string_view>("city")) + "/" + row.label();
        },
        1);
    EXPECT_EQ(texts.dtype(), DType::String);
    EXPECT_EQ(texts.text(1), "Rome/1");
    const Series ints = df.apply([](const RowView& row) { return int(row.position()); }, 1);
    EXPECT_EQ(ints.dtype(), DType::Int64);
    const Series maybe = df.apply(
        [](const RowView& row) -> std::optional<double> {
            if (row.get<std::int64_t>("age") > 60) return std::nullopt;
            return row.get<double>("age");
        },
        1);
    EXPECT_EQ(maybe.dtype(), DType::Float64);
    EXPECT_TRUE(maybe.column().is_null(1));
    EXPECT_EQ(maybe.value(2), 50.0);
}

TEST(Apply, NullsAndConversions) {
    const DataFrame df(
        {{"n", std::vector<std::optional<std::int64_t>>{1, std::nullopt}},
         {"s", std::vector<std::optional<std::string>>{std::string("a"), std::nullopt}}});
    const Series as_double = df.apply([](const RowView& row) { return row.get<double>("n"); }, 1);
    EXPECT_TRUE(std::isnan(as_double.value(1)));
    const Series nulls = df.apply([](const RowView& row) { return row.is_null("s"); }, 1);
    EXPECT_EQ(nulls.value(1), 1.0);
    const Series optional = df.apply(
        [](const RowView& row) { return row.get<std::optional<std::int64_t>>("n").value_or(-1); },
        1);
    EXPECT_EQ(optional.value(1), -1.0);
    testing::expect_error<ValueError>(
        [&] { df.apply([](const RowView& row) { return row.get<std::int64_t>("n"); }, 1); },
        "column 'n' is null at row 1 (label 1); read it as get<std::optional<T>> or test is_null");
    testing::expect_error<ValueError>(
        [&] { df.apply([](const RowView& row) { return row.get<std::string>("s"); }, 1); },
        "column 's' is null at row 1 (label 1); read it as get<std::optional<T>> or test is_null");
}

TEST(Apply, WrongTypesAndNames) {
    const DataFrame df = people();
    testing::expect_error<TypeError>(
        [&] { df.apply([](const RowView& row) { return row.get<double>("city"); }, 1); },
        "column 'city' holds strings, not numbers");
    testing::expect_error<TypeError>(
        [&] {
            df.apply([](const RowView& row) { return row.get<std::int64_t>("credit_score"); }, 1);
        },
        "column 'credit_score' holds float64 values, not integers");
    testing::expect_error<TypeError>(
        [&] {
            df.apply([](const RowView& row) { return row.get<std::string_view>("age").size(); }, 1);
        },
        "column 'age' holds int64 values, not strings");
    testing::expect_error<TypeError>(
        [&] { df.apply([](const RowView& row) { return row.get<bool>("age"); }, 1); },
        "column 'age' holds int64 values, not bools");
    testing::expect_error<KeyError>(
        [&] { df.apply([](const RowView& row) { return row.get<double>("agee"); }, 1); },
        "'agee' (closest column: 'age')");
    testing::expect_error<IndexError>(
        [&] { df.apply([](const RowView& row) { return row.get<double>(std::int64_t{9}); }, 1); },
        "column position 9 is out of bounds for 4 columns");
    testing::expect_error<ValueError>(
        [&] { df.apply([](const RowView& row) { return row.get<double>("age"); }, 2); },
        "No axis named 2 for object type DataFrame");
    testing::expect_error<TypeError>(
        [&] { df.apply([](const RowView& row) { return row.get<double>("age"); }); },
        "apply(f, 0) passes each column as a Series, but f takes a RowView");
    testing::expect_error<TypeError>(
        [&] { df.apply([](const Series& s) { return s.count(); }, 1); },
        "apply(f, 1) passes each row as a RowView, but f takes a Series");
}

TEST(Apply, NameCacheFollowsTheText) {
    // Names built at run time may reuse one buffer for different texts: the text decides.
    const DataFrame df = people();
    const Series sums = df.apply(
        [](const RowView& row) {
            double total = 0;
            for (const char* name : {"age", "credit_score"}) {
                std::string copy(name);  // same small-string buffer address on each iteration
                total += row.get<double>(copy);
            }
            return total;
        },
        1);
    EXPECT_EQ(sums.value(0), 730.0);
    const Series many = df.apply(
        [](const RowView& row) {
            // More distinct names than cache slots.
            double total = 0;
            for (int k = 0; k < 5; ++k) {
                total += row.get<double>("age") + row.get<double>("credit_score") +
                         row.get<double>("member");
            }
            return total;
        },
        1);
    EXPECT_EQ(many.value(0), 5 * 731.0);
}

TEST(Apply, Columns) {
    const DataFrame df({{"a", {1.0, 2.0, 6.0}}, {"b", {10, 20, 30}}});
    const Series means = df.apply([](const Series& s) { return s.mean(); });
    EXPECT_EQ(means.dtype(), DType::Float64);
    EXPECT_EQ(means.index().label_string(1), "b");
    EXPECT_EQ(means.value(0), 3.0);
    EXPECT_EQ(means.value(1), 20.0);
    const Series names = df.apply([](const Series& s) { return s.name(); }, 0);
    EXPECT_EQ(names.text(1), "b");
}

TEST(Apply, EmptyFrame) {
    const DataFrame df({{"a", std::vector<double>{}}});
    const Series out = df.apply([](const RowView& row) { return row.get<double>("a"); }, 1);
    EXPECT_EQ(out.size(), 0);
    EXPECT_EQ(out.dtype(), DType::Float64);
}

}  // namespace
}  // namespace tabula
