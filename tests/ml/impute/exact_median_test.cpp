#include "../../../src/ml/impute/exact_median.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <functional>
#include <limits>
#include <random>
#include <vector>

namespace tabula::impute {
namespace {

// What SimpleImputer computed before the radix selection: nth_element on a copy of the present
// values, in the column's order.
std::uint64_t reference_bits(const std::vector<double>& column) {
    std::vector<double> present;
    for (double v : column) {
        if (!std::isnan(v)) present.push_back(v);
    }
    if (present.empty()) return std::bit_cast<std::uint64_t>(std::nan(""));
    return std::bit_cast<std::uint64_t>(median_by_selection(present));
}

// Sizes around the point where the histograms start and odd and even counts of present values,
// each column compared bit for bit (the sign of a zero included).
TEST(ExactMedian, MatchesNthElementOnTiesZerosAndGaps) {
    std::mt19937_64 rng(42);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    std::normal_distribution<double> normal(50.0, 1000.0);
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<std::function<double()>> draws = {
        [&] { return static_cast<double>(static_cast<int>(unit(rng) * 7) - 3); },
        [&] { return unit(rng) < 0.5 ? -0.0 : 0.0; },
        [&] { return unit(rng) < 0.7 ? (unit(rng) < 0.5 ? -0.0 : 0.0) : unit(rng) - 0.5; },
        [&] { return normal(rng); },
        [&] { return 7.5; },
        [&] { return unit(rng) < 0.5 ? -1e300 : 1e-300; },
        [&] { return unit(rng) < 0.1 ? (unit(rng) < 0.5 ? -inf : inf) : std::round(normal(rng)); },
        [&] { return 100000.0 + std::floor(unit(rng) * 70000.0); },
        [&] { return 1e6 + std::floor(unit(rng) * 64.0) / 8.0; },
        [&] { return unit(rng) < 0.7 ? 1.0 : 0.0; },
    };
    const std::vector<std::size_t> sizes = {0,     1,     2,      3,      4,      5,     17,
                                            65536, 65537, 131072, 131073, 300000, 300001};
    for (std::size_t d = 0; d < draws.size(); ++d) {
        for (const double gaps : {0.0, 0.1, 1.0}) {
            for (const std::size_t n : sizes) {
                std::vector<double> column(n);
                for (auto& v : column) v = unit(rng) < gaps ? std::nan("") : draws[d]();
                EXPECT_EQ(std::bit_cast<std::uint64_t>(exact_median(column)),
                          reference_bits(column))
                    << "draw " << d << ", gaps " << gaps << ", size " << n;
            }
        }
    }
}

// Halves far apart put the two middle values in different buckets of the first pass.
TEST(ExactMedian, AveragesMiddleValuesFromDifferentBuckets) {
    std::vector<double> column(200000, -3.0);
    std::fill(column.begin() + 100000, column.end(), 5.0);
    EXPECT_EQ(exact_median(column), 1.0);
    column.push_back(std::nan(""));
    column.push_back(5.0);
    EXPECT_EQ(exact_median(column), 5.0);
}

}  // namespace
}  // namespace tabula::impute
