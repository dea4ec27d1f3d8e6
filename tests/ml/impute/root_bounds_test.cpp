#include "../../../src/ml/impute/root_bounds.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "tabula/core/random.hpp"

namespace tabula {
namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// The bounds decide every comparison of roots as taking the roots does, for squares next to the
// bounds and far from them.
void expect_bounds_decide(double p) {
    SCOPED_TRACE(p);
    const auto [below, above] = impute::root_bounds(p);
    std::vector<double> xs = {0.0, p, below, above, infinity, nan};
    for (double x = below, step = 0; step < 4; ++step) {
        x = std::nextafter(x, 0.0);
        xs.push_back(x);
    }
    for (double x = above, step = 0; step < 4 && x < infinity; ++step) {
        x = std::nextafter(x, infinity);
        xs.push_back(x);
    }
    xs.push_back(p * 0.5);
    xs.push_back(p * 2.0);
    for (const double x : xs) {
        if (x < 0.0) continue;
        EXPECT_EQ(x < below, std::sqrt(x) < std::sqrt(p)) << x;
        EXPECT_EQ(x > above, std::sqrt(x) > std::sqrt(p)) << x;
        EXPECT_EQ(impute::root_less(x, p),
                  std::sqrt(x) < std::sqrt(p) || (std::isnan(std::sqrt(p)) && !std::isnan(x)))
            << x;
    }
}

TEST(RootBounds, DecideTheRootsComparisons) {
    for (const double p : {0.0, 1.0, 2.0, 4.0, 0.5, 1e-300, 5e-324, 1e300,
                           std::numeric_limits<double>::max(), infinity}) {
        expect_bounds_decide(p);
    }
    random::RandomState rs(7);
    for (int i = 0; i < 2000; ++i) {
        expect_bounds_decide(std::ldexp(rs.random_sample(), static_cast<int>(rs.randint(-60, 61))));
    }
}

// Squares that differ can share a root: the bounds then reach past p, which taking the roots
// would not tell apart.
TEST(RootBounds, SpanTheSquaresThatShareARoot) {
    random::RandomState rs(3);
    int shared = 0;
    for (int i = 0; i < 1000; ++i) {
        const double p = 1.0 + rs.random_sample() * 3.0;
        const auto [below, above] = impute::root_bounds(p);
        EXPECT_LE(below, p);
        EXPECT_GE(above, p);
        EXPECT_EQ(std::sqrt(below), std::sqrt(p));
        EXPECT_EQ(std::sqrt(above), std::sqrt(p));
        if (below < p || above > p) ++shared;
    }
    EXPECT_GT(shared, 100);
}

TEST(RootBounds, RootLessSortsNanLast) {
    EXPECT_TRUE(impute::root_less(4.0, nan));
    EXPECT_FALSE(impute::root_less(nan, 4.0));
    EXPECT_FALSE(impute::root_less(nan, nan));
    EXPECT_TRUE(impute::root_less(1.0, 4.0));
    EXPECT_FALSE(impute::root_less(4.0, 4.0));
}

}  // namespace
}  // namespace tabula
