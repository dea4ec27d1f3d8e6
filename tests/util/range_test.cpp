#include "tabula/util/range.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <ranges>
#include <vector>

#include "tabula/core/error.hpp"

namespace tabula {
namespace {

std::vector<std::int64_t> collect(Generator<std::int64_t> g) {
    std::vector<std::int64_t> out;
    for (auto x : g) out.push_back(x);
    return out;
}

using V = std::vector<std::int64_t>;

// Expected values are Python's list(range(...)) for the same arguments.
TEST(Range, MatchesPythonRange) {
    EXPECT_EQ(collect(range(5)), (V{0, 1, 2, 3, 4}));
    EXPECT_EQ(collect(range(0)), V{});
    EXPECT_EQ(collect(range(-3)), V{});
    EXPECT_EQ(collect(range(2, 5)), (V{2, 3, 4}));
    EXPECT_EQ(collect(range(5, 2)), V{});
    EXPECT_EQ(collect(range(0, 10, 3)), (V{0, 3, 6, 9}));
    EXPECT_EQ(collect(range(0, 9, 3)), (V{0, 3, 6}));
    EXPECT_EQ(collect(range(10, 0, -3)), (V{10, 7, 4, 1}));
    EXPECT_EQ(collect(range(-5, -1)), (V{-5, -4, -3, -2}));
    EXPECT_EQ(collect(range(3, 3, -1)), V{});
    EXPECT_EQ(collect(range(0, 5, 10)), V{0});
}

TEST(Range, ZeroStepThrowsAtTheCallLikePython) {
    try {
        auto unused = range(0, 10, 0);
        FAIL() << "no exception";
    } catch (const ValueError& e) {
        EXPECT_STREQ(e.what(), "range() arg 3 must not be zero");
    }
}

TEST(Range, BoundsAtTheInt64LimitsNeitherOverflowNorLoop) {
    constexpr auto max = std::numeric_limits<std::int64_t>::max();
    constexpr auto min = std::numeric_limits<std::int64_t>::min();
    EXPECT_EQ(collect(range(max - 2, max)), (V{max - 2, max - 1}));
    EXPECT_EQ(collect(range(min, min + 2)), (V{min, min + 1}));
    EXPECT_EQ(collect(range(max, min, min)), (V{max, -1}));
    EXPECT_EQ(collect(range(min, max, max)), (V{min, -1, max - 1}));
}

TEST(Range, ComposesWithViews) {
    std::int64_t sum = 0;
    for (auto sq : range(10) | std::views::filter([](std::int64_t x) { return x % 2 == 0; }) |
                       std::views::transform([](std::int64_t x) { return x * x; })) {
        sum += sq;
    }
    EXPECT_EQ(sum, 0 + 4 + 16 + 36 + 64);
}

}  // namespace
}  // namespace tabula
