#include "selection.hpp"

#include <algorithm>

namespace tabula::detail {

namespace {

// Below this many values a bucket is sorted outright: cheaper than repeated nth_element.
constexpr std::size_t sort_below = 2048;

}  // namespace

BucketPlan plan_buckets(std::span<const std::int64_t> histogram,
                        std::span<const std::int64_t> ranks) {
    BucketPlan plan;
    plan.slot_of.assign(histogram.size(), 0);
    std::int64_t before = 0;
    std::size_t next = 0;
    for (std::size_t b = 0; b < histogram.size() && next < ranks.size(); ++b) {
        const std::int64_t end = before + histogram[b];
        if (ranks[next] < end) {
            plan.first_rank.push_back(before);
            plan.sizes.push_back(histogram[b]);
            plan.slot_of[b] = static_cast<std::uint8_t>(plan.sizes.size());
            while (next < ranks.size() && ranks[next] < end) ++next;
        }
        before = end;
    }
    return plan;
}

std::vector<double> select_in_buckets(const BucketPlan& plan,
                                      std::vector<std::vector<std::uint64_t>>& gathered,
                                      std::span<const std::int64_t> ranks) {
    std::vector<double> out;
    out.reserve(ranks.size());
    std::size_t next = 0;
    for (std::size_t b = 0; b < gathered.size(); ++b) {
        auto& keys = gathered[b];
        const std::int64_t first = plan.first_rank[b];
        const std::int64_t end = first + plan.sizes[b];
        const bool sort_all = keys.size() < sort_below;
        if (sort_all) std::sort(keys.begin(), keys.end());
        auto from = keys.begin();
        while (next < ranks.size() && ranks[next] < end) {
            const auto at = keys.begin() + (ranks[next] - first);
            if (!sort_all) {
                std::nth_element(from, at, keys.end());
                from = at + 1;
            }
            out.push_back(key_value(*at));
            ++next;
        }
    }
    return out;
}

std::vector<double> select_in_copy(std::vector<double>& numbers,
                                   std::span<const std::int64_t> ranks) {
    std::vector<double> out;
    out.reserve(ranks.size());
    auto from = numbers.begin();
    for (std::int64_t rank : ranks) {
        const auto at = numbers.begin() + rank;
        std::nth_element(from, at, numbers.end());
        out.push_back(*at);
        from = at + 1;
    }
    return out;
}

}  // namespace tabula::detail
