#pragma once
// Order statistics (the k-th smallest of n numbers) without sorting or copying every value, for
// quantiles and medians (DESIGN.md: selection, not a full sort). Two passes over the values:
// the first counts them in 65536 buckets by the top 16 bits of an order-preserving integer key
// (sign, exponent, 4 mantissa bits), the second gathers only the values in the buckets that hold
// a wanted rank; the ranks are then found inside those few small buckets. The result is exact
// whatever the data: a bucket holding everything just means selecting among all of them.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <span>
#include <vector>

namespace tabula::detail {

// The key orders as the doubles do (-0.0 just below 0.0); NaN never reaches it.
inline std::uint64_t order_key(double value) noexcept {
    const auto bits = std::bit_cast<std::uint64_t>(value);
    return (bits >> 63) != 0 ? ~bits : bits | (std::uint64_t{1} << 63);
}

inline double key_value(std::uint64_t key) noexcept {
    const std::uint64_t bits = (key >> 63) != 0 ? key & ~(std::uint64_t{1} << 63) : ~key;
    return std::bit_cast<double>(bits);
}

inline constexpr int bucket_shift = 48;
inline constexpr std::size_t bucket_count = std::size_t{1} << (64 - bucket_shift);
// A bucket's slot is one byte, so one gathering round holds at most this many buckets.
inline constexpr std::size_t max_buckets = 255;

// The buckets to gather and where each wanted rank falls inside them.
struct BucketPlan {
    std::vector<std::uint8_t> slot_of;     // bucket -> 1 + index into gathered buckets, or 0
    std::vector<std::int64_t> first_rank;  // per gathered bucket: rank of its smallest value
    std::vector<std::int64_t> sizes;       // per gathered bucket: number of values
};

// Plans from the bucket counts (`histogram`, bucket_count entries) and the ascending, distinct
// ranks wanted.
BucketPlan plan_buckets(std::span<const std::int64_t> histogram,
                        std::span<const std::int64_t> ranks);

// The values at `ranks` (ascending, distinct, each < the number of values) given the gathered
// keys of each planned bucket; the buckets' contents are reordered.
std::vector<double> select_in_buckets(const BucketPlan& plan,
                                      std::vector<std::vector<std::uint64_t>>& gathered,
                                      std::span<const std::int64_t> ranks);

// Up to this many numbers a copy and nth_element beat the buckets' 512 KB histogram.
inline constexpr std::int64_t direct_selection = 16384;

// The values at `ranks` (ascending, distinct) of a copy of the numbers.
std::vector<double> select_in_copy(std::vector<double>& numbers,
                                   std::span<const std::int64_t> ranks);

// The values at `ranks` (ascending, distinct) among the `count` numbers for_each(f) passes to
// f(double); for_each may be called several times and must give the same numbers every time.
template <class ForEach>
std::vector<double> select_ranks(const ForEach& for_each, std::span<const std::int64_t> ranks,
                                 std::int64_t count) {
    if (ranks.empty()) return {};
    if (count <= direct_selection) {
        std::vector<double> numbers;
        numbers.reserve(static_cast<std::size_t>(count));
        for_each([&](double v) { numbers.push_back(v); });
        return select_in_copy(numbers, ranks);
    }
    // Each rank needs at most one bucket.
    constexpr std::size_t ranks_per_round = max_buckets;
    std::vector<double> out;
    out.reserve(ranks.size());
    std::vector<std::int64_t> histogram;
    for (std::size_t start = 0; start < ranks.size(); start += ranks_per_round) {
        const auto group = ranks.subspan(start, std::min(ranks_per_round, ranks.size() - start));
        if (histogram.empty()) {
            histogram.assign(bucket_count, 0);
            for_each([&](double v) { ++histogram[order_key(v) >> bucket_shift]; });
        }
        const BucketPlan plan = plan_buckets(histogram, group);
        std::vector<std::vector<std::uint64_t>> gathered(plan.sizes.size());
        for (std::size_t b = 0; b < gathered.size(); ++b) {
            gathered[b].reserve(static_cast<std::size_t>(plan.sizes[b]));
        }
        const std::uint8_t* slot_of = plan.slot_of.data();
        for_each([&](double v) {
            const std::uint64_t key = order_key(v);
            const std::uint8_t slot = slot_of[key >> bucket_shift];
            if (slot != 0) gathered[slot - 1].push_back(key);
        });
        const std::vector<double> values = select_in_buckets(plan, gathered, group);
        out.insert(out.end(), values.begin(), values.end());
    }
    return out;
}

}  // namespace tabula::detail
