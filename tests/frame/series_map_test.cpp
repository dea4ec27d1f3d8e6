#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {
namespace {

TEST(SeriesMap, ResultDtypeFollowsTheReturnType) {
    const Series age(Column::from_optionals<std::int64_t>({25, std::nullopt, 67}), "age",
                     Index(std::vector<std::string>{"a", "b", "c"}));
    int calls = 0;
    const Series doubled = age.map([&](std::int64_t x) {
        ++calls;
        return x * 2;
    });
    EXPECT_EQ(calls, 2);  // never called for the null
    ASSERT_EQ(doubled.dtype(), DType::Int64);
    EXPECT_EQ(doubled.column().data<std::int64_t>()[2], 134);
    EXPECT_TRUE(doubled.column().is_null(1));
    EXPECT_EQ(doubled.name(), "age");
    EXPECT_EQ(doubled.index().label_string(2), "c");

    const Series halves = age.map([](double x) { return x / 2; });
    ASSERT_EQ(halves.dtype(), DType::Float64);
    EXPECT_EQ(halves.value(0), 12.5);
    const Series old = age.map([](std::int64_t x) { return x > 60; });
    ASSERT_EQ(old.dtype(), DType::Bool);
    EXPECT_TRUE(old.column().data<bool>()[2]);
    const Series label = age.map([](std::int64_t x) { return std::to_string(x) + "y"; });
    ASSERT_EQ(label.dtype(), DType::String);
    EXPECT_EQ(label.text(0), "25y");
    const Series f32 = age.map([](std::int64_t x) { return static_cast<float>(x); });
    EXPECT_EQ(f32.dtype(), DType::Float64);
}

TEST(SeriesMap, OptionalResultsGiveNulls) {
    const Series city(Column::from_optional_strings({"Oslo", "Rome", std::nullopt}));
    const Series code = city.map([](std::string_view c) -> std::optional<std::int64_t> {
        if (c == "Oslo") return 47;
        return std::nullopt;
    });
    ASSERT_EQ(code.dtype(), DType::Int64);
    EXPECT_EQ(code.column().data<std::int64_t>()[0], 47);
    EXPECT_TRUE(code.column().is_null(1));
    EXPECT_TRUE(code.column().is_null(2));
    const Series upper = city.astype(DType::Categorical).map([](std::string_view c) {
        return std::string_view(c).substr(0, 1);
    });
    ASSERT_EQ(upper.dtype(), DType::String);
    EXPECT_EQ(upper.text(1), "R");
}

TEST(SeriesMap, FloatsAndBools) {
    const Series x(std::vector<double>{0.25, NAN});
    const Series y = x.map([](double v) { return std::isnan(v) ? -1.0 : v * 4; });
    EXPECT_EQ(y.value(0), 1.0);
    EXPECT_EQ(y.value(1), -1.0);  // NaN is a value, not a null: f sees it
    const Series flags(std::vector<bool>{true, false});
    const Series flipped = flags.map([](bool b) { return !b; });
    EXPECT_FALSE(flipped.column().data<bool>()[0]);
}

TEST(SeriesMap, TypeErrorWhenFCannotTakeTheValues) {
    const Series n(std::vector<std::int64_t>{1});
    tabula::testing::expect_error<TypeError>(
        [&] { n.map([](std::string_view s) { return s.size(); }); },
        "Series.map: the function does not take std::int64_t, the argument a series of dtype "
        "int64 passes");
}

}  // namespace
}  // namespace tabula
