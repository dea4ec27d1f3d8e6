#include "../../../src/ml/impute/argpartition.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <utility>
#include <vector>

#include "tabula/core/random.hpp"

namespace tabula {
namespace {

// NumPy 1.24's introselect on float64 as it was replayed before the partition collected its
// swaps in blocks: one comparison and one swap at a time, in NumPy's order. The block version
// must give the same permutation on every input.
class ReferenceSelect {
  public:
    ReferenceSelect(double* values, const std::int64_t* base) : values_(values), base_(base) {}

    void introselect(std::int64_t* tosort, std::int64_t num, std::int64_t kth) const {
        std::int64_t low = 0;
        std::int64_t high = num - 1;
        if (kth - low < 3) {
            dumb_select(tosort + low, high - low + 1, kth - low);
            return;
        }
        if (kth == num - 1) {
            std::int64_t maxidx = low;
            double maxval = at(tosort, low);
            for (std::int64_t k = low + 1; k < num; ++k) {
                if (!less(at(tosort, k), maxval)) {
                    maxidx = k;
                    maxval = at(tosort, k);
                }
            }
            swap(tosort, kth, maxidx);
            return;
        }
        int depth_limit = 0;
        for (auto n = static_cast<std::uint64_t>(num); n >>= 1;) ++depth_limit;
        depth_limit *= 2;
        for (; low + 1 < high;) {
            std::int64_t ll = low + 1;
            std::int64_t hh = high;
            if (depth_limit > 0 || hh - ll < 5) {
                const std::int64_t mid = low + (high - low) / 2;
                median3_swap(tosort, low, mid, high);
            } else {
                const std::int64_t mid = ll + median_of_median5(tosort + ll, hh - ll);
                swap(tosort, mid, low);
                --ll;
                ++hh;
            }
            --depth_limit;
            unguarded_partition(tosort, at(tosort, low), ll, hh);
            swap(tosort, low, hh);
            if (hh >= kth) high = hh - 1;
            if (hh <= kth) low = ll;
        }
        if (high == low + 1 && less(at(tosort, high), at(tosort, low))) {
            swap(tosort, high, low);
        }
    }

  private:
    static bool less(double a, double b) { return a < b || (b != b && a == a); }
    double at(const std::int64_t* tosort, std::int64_t i) const {
        return values_[(tosort - base_) + i];
    }
    void swap(std::int64_t* tosort, std::int64_t i, std::int64_t j) const {
        std::swap(tosort[i], tosort[j]);
        const auto offset = tosort - base_;
        std::swap(values_[offset + i], values_[offset + j]);
    }
    void median3_swap(std::int64_t* t, std::int64_t low, std::int64_t mid,
                      std::int64_t high) const {
        if (less(at(t, high), at(t, mid))) swap(t, high, mid);
        if (less(at(t, high), at(t, low))) swap(t, high, low);
        if (less(at(t, low), at(t, mid))) swap(t, low, mid);
        swap(t, mid, low + 1);
    }
    std::int64_t median5(std::int64_t* t) const {
        if (less(at(t, 1), at(t, 0))) swap(t, 1, 0);
        if (less(at(t, 4), at(t, 3))) swap(t, 4, 3);
        if (less(at(t, 3), at(t, 0))) swap(t, 3, 0);
        if (less(at(t, 4), at(t, 1))) swap(t, 4, 1);
        if (less(at(t, 2), at(t, 1))) swap(t, 2, 1);
        if (less(at(t, 3), at(t, 2))) return less(at(t, 3), at(t, 1)) ? 1 : 3;
        return 2;
    }
    void unguarded_partition(std::int64_t* t, double pivot, std::int64_t& ll,
                             std::int64_t& hh) const {
        for (;;) {
            do {
                ++ll;
            } while (less(at(t, ll), pivot));
            do {
                --hh;
            } while (less(pivot, at(t, hh)));
            if (hh < ll) break;
            swap(t, ll, hh);
        }
    }
    std::int64_t median_of_median5(std::int64_t* t, std::int64_t num) const {
        const std::int64_t nmed = num / 5;
        for (std::int64_t i = 0, subleft = 0; i < nmed; ++i, subleft += 5) {
            const std::int64_t m = median5(t + subleft);
            swap(t, subleft + m, i);
        }
        if (nmed > 2) introselect(t, nmed, nmed / 2);
        return nmed / 2;
    }
    void dumb_select(std::int64_t* t, std::int64_t num, std::int64_t kth) const {
        for (std::int64_t i = 0; i <= kth; ++i) {
            std::int64_t minidx = i;
            double minval = at(t, i);
            for (std::int64_t k = i + 1; k < num; ++k) {
                if (less(at(t, k), minval)) {
                    minidx = k;
                    minval = at(t, k);
                }
            }
            swap(t, i, minidx);
        }
    }

    double* values_;
    const std::int64_t* base_;
};

// The kernels this CPU runs.
std::vector<impute::PartitionKernel> kernels() {
    std::vector<impute::PartitionKernel> out;
    for (const auto kernel : {impute::PartitionKernel::Baseline, impute::PartitionKernel::Avx512}) {
        if (impute::supports(kernel)) out.push_back(kernel);
    }
    return out;
}

// Compares, with every kernel, the whole permutation and the reordered values with the
// reference's, and positions 0..kth with Tail::Unspecified. With Key::Root the reference orders
// the values' roots.
void expect_same_as_reference(const std::vector<double>& values, std::int64_t kth,
                              impute::Key key = impute::Key::Value) {
    std::vector<double> expected_values = values;
    if (key == impute::Key::Root) {
        for (auto& v : expected_values) v = std::sqrt(v);
    }
    std::vector<std::int64_t> expected(values.size());
    std::iota(expected.begin(), expected.end(), std::int64_t{0});
    ReferenceSelect(expected_values.data(), expected.data())
        .introselect(expected.data(), static_cast<std::int64_t>(expected.size()), kth);
    for (const auto kernel : kernels()) {
        const int k = static_cast<int>(kernel);
        std::vector<double> got_values = values;
        std::vector<std::int64_t> got(values.size());
        std::iota(got.begin(), got.end(), std::int64_t{0});
        impute::argpartition(got_values, got, kth, impute::Tail::Kept, key, impute::Labels::Moved,
                             kernel);
        ASSERT_EQ(got, expected) << "kernel " << k << " n " << values.size() << " kth " << kth;
        for (std::size_t i = 0; i < got.size(); ++i) {
            const double want = values[static_cast<std::size_t>(got[i])];
            ASSERT_TRUE(got_values[i] == want || (std::isnan(got_values[i]) && std::isnan(want)))
                << "kernel " << k << " n " << values.size() << " kth " << kth << " at " << i;
        }
        std::vector<double> head_values = values;
        std::vector<std::int64_t> head(values.size());
        std::iota(head.begin(), head.end(), std::int64_t{0});
        impute::argpartition(head_values, head, kth, impute::Tail::Unspecified, key,
                             impute::Labels::Moved, kernel);
        // Without labels, the values land where they land with them.
        std::vector<double> bare_values = values;
        std::vector<std::int64_t> scratch(values.size());
        impute::argpartition(bare_values, scratch, kth, impute::Tail::Unspecified, key,
                             impute::Labels::Ignored, kernel);
        for (std::size_t i = 0; i <= static_cast<std::size_t>(kth); ++i) {
            ASSERT_EQ(head[i], expected[i])
                << "kernel " << k << " n " << values.size() << " kth " << kth << " at " << i;
            ASSERT_EQ(std::bit_cast<std::uint64_t>(head_values[i]),
                      std::bit_cast<std::uint64_t>(got_values[i]))
                << "kernel " << k << " n " << values.size() << " kth " << kth << " at " << i;
            ASSERT_EQ(std::bit_cast<std::uint64_t>(bare_values[i]),
                      std::bit_cast<std::uint64_t>(got_values[i]))
                << "kernel " << k << " n " << values.size() << " kth " << kth << " at " << i;
        }
    }
}

// Inputs of the shapes that steer the partition differently: many ties (a few integers, some
// NaN), distinct values, already sorted either way, one repeated value, organ pipes, (mostly)
// NaN.
std::vector<std::vector<double>> shapes(random::RandomState& rs, std::int64_t n) {
    std::vector<std::vector<double>> out;
    std::vector<double> ties(static_cast<std::size_t>(n));
    for (auto& v : ties) {
        const auto r = rs.randint(0, 5);
        v = r == 4 ? NAN : static_cast<double>(r);
    }
    out.push_back(ties);
    std::vector<double> pair(static_cast<std::size_t>(n));
    for (auto& v : pair) v = static_cast<double>(rs.randint(0, 2));
    out.push_back(pair);
    std::vector<double> distinct = rs.random_sample(n);
    out.push_back(distinct);
    std::sort(distinct.begin(), distinct.end());
    out.push_back(distinct);
    std::reverse(distinct.begin(), distinct.end());
    out.push_back(distinct);
    out.emplace_back(static_cast<std::size_t>(n), 1.5);
    out.emplace_back(static_cast<std::size_t>(n), NAN);
    // Organ pipes defeat the median of three, which sends the selection to the median of
    // medians.
    std::vector<double> pipes(static_cast<std::size_t>(n));
    std::vector<double> odd_pipes(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        pipes[static_cast<std::size_t>(i)] = static_cast<double>(i < n / 2 ? i : n - i);
        odd_pipes[static_cast<std::size_t>(i)] =
            static_cast<double>(2 * i < n ? 2 * i : 2 * (n - i) - 1);
    }
    out.push_back(pipes);
    out.push_back(odd_pipes);
    std::vector<double> mostly_nan(static_cast<std::size_t>(n));
    for (auto& v : mostly_nan) v = rs.random_sample() < 0.8 ? NAN : rs.random_sample();
    out.push_back(mostly_nan);
    return out;
}

TEST(Argpartition, MatchesTheOneAtATimeReplayForEveryKthOnSmallInputs) {
    random::RandomState rs(0);
    for (std::int64_t n = 1; n <= 200; ++n) {
        for (const auto& values : shapes(rs, n)) {
            for (std::int64_t kth = 0; kth < n; ++kth) expect_same_as_reference(values, kth);
        }
    }
}

TEST(Argpartition, MatchesTheOneAtATimeReplayOnLargeInputs) {
    random::RandomState rs(1);
    for (int trial = 0; trial < 30; ++trial) {
        const std::int64_t n = rs.randint(300, 20001);
        for (const auto& values : shapes(rs, n)) {
            for (const std::int64_t kth :
                 {std::int64_t{0}, std::int64_t{2}, std::int64_t{3}, std::int64_t{4},
                  std::int64_t{9}, n / 2, n - 2, n - 1, rs.randint(0, n)}) {
                expect_same_as_reference(values, kth);
            }
        }
    }
}

// Inputs where the pivot splits unevenly, so that one scan's stoppers are scarce and the
// other's pile up: a few distinct values among many ties low or high, and long runs.
std::vector<std::vector<double>> skewed_shapes(random::RandomState& rs, std::int64_t n) {
    std::vector<std::vector<double>> out;
    for (const double share : {0.03, 0.97}) {
        std::vector<double> v(static_cast<std::size_t>(n));
        for (auto& x : v) x = rs.random_sample() < share ? rs.random_sample() : 0.5;
        out.push_back(v);
    }
    std::vector<double> runs(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        runs[static_cast<std::size_t>(i)] = static_cast<double>((i / 37) % 3);
    }
    out.push_back(runs);
    std::vector<double> low_nan(static_cast<std::size_t>(n));
    for (auto& x : low_nan)
        x = rs.random_sample() < 0.3 ? NAN : static_cast<double>(rs.randint(0, 3));
    out.push_back(low_nan);
    return out;
}

TEST(Argpartition, MatchesTheOneAtATimeReplayAroundChunkSizes) {
    random::RandomState rs(2);
    std::vector<std::int64_t> sizes;
    for (std::int64_t chunks = 2; chunks <= 40; ++chunks) {
        for (const std::int64_t d : {-1, 0, 1}) sizes.push_back(8 * chunks + d);
    }
    for (const std::int64_t n : {1023, 1024, 1025, 4095, 4097, 9000}) sizes.push_back(n);
    for (const std::int64_t n : sizes) {
        auto inputs = shapes(rs, n);
        for (auto& values : skewed_shapes(rs, n)) inputs.push_back(std::move(values));
        for (const auto& values : inputs) {
            for (const std::int64_t kth :
                 {std::int64_t{3}, std::int64_t{4}, std::int64_t{7}, std::int64_t{15},
                  std::int64_t{16}, std::int64_t{17}, std::int64_t{18}, n / 3}) {
                if (kth < n) expect_same_as_reference(values, kth);
            }
        }
    }
}

// Squares ordered by their roots: squares a few ulps apart often share a root, which the
// partition must treat as the tie it is.
TEST(Argpartition, OrdersSquaresAsTheirRoots) {
    random::RandomState rs(4);
    std::vector<std::int64_t> sizes;
    for (std::int64_t n = 1; n <= 80; ++n) sizes.push_back(n);
    for (const std::int64_t n : {511, 512, 513, 2000, 9000}) sizes.push_back(n);
    for (const std::int64_t n : sizes) {
        std::vector<std::vector<double>> inputs;
        for (const auto& roots : shapes(rs, n)) {
            std::vector<double> squares;
            for (const double r : roots) {
                double v = r * r;
                for (auto step = rs.randint(-2, 3); step != 0; step += step < 0 ? 1 : -1) {
                    v = std::nextafter(v, step < 0 ? 0.0 : 10.0);
                }
                squares.push_back(v);
            }
            inputs.push_back(squares);
        }
        for (const auto& values : inputs) {
            for (std::int64_t kth : {std::int64_t{0}, std::int64_t{2}, std::int64_t{4},
                                     std::int64_t{17}, n / 2, n - 1, rs.randint(0, n)}) {
                if (kth < n) expect_same_as_reference(values, kth, impute::Key::Root);
            }
        }
    }
}

}  // namespace
}  // namespace tabula
