#include "exact_median.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace tabula::impute {
namespace {

constexpr int kDigitBits = 16;
constexpr std::uint64_t kDigits = std::uint64_t{1} << kDigitBits;
// A column this small is selected in a copy without a histogram.
constexpr std::int64_t kSmallColumn = std::int64_t{1} << 16;

// Unsigned keys in the order of the doubles, -0.0 just below 0.0.
std::uint64_t key_of(double v) {
    const auto bits = std::bit_cast<std::uint64_t>(v);
    return (bits >> 63) != 0 ? ~bits : bits | (std::uint64_t{1} << 63);
}

// (the value of rank `low` + that of rank `high`) / 2.0, or the one value when they are the same
// rank; the lower one is the largest of those before `high` once nth_element has placed it.
double middle_of(std::vector<double>& values, std::size_t low, std::size_t high) {
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(high);
    std::nth_element(values.begin(), at, values.end());
    if (low == high) return *at;
    return (*std::max_element(values.begin(), at) + *at) / 2.0;
}

// The present values with keys in [first, last], at most `count`: each value is written and
// kept or not by a count, with no branch to mispredict on values in and out of the range.
std::vector<double> present_between(std::span<const double> column, std::uint64_t first,
                                    std::uint64_t last, std::int64_t count) {
    std::vector<double> out(static_cast<std::size_t>(count) + 1);
    std::size_t kept = 0;
    for (double v : column) {
        out[kept] = v;
        kept += !std::isnan(v) && key_of(v) - first <= last - first ? 1 : 0;
    }
    out.resize(kept);
    return out;
}

}  // namespace

double median_by_selection(std::vector<double> values) {
    const std::size_t h = values.size() / 2;
    return middle_of(values, values.size() % 2 == 1 ? h : h - 1, h);
}

double exact_median(std::span<const double> column) {
    constexpr std::uint64_t all = std::numeric_limits<std::uint64_t>::max();
    if (std::ssize(column) <= kSmallColumn) {
        auto present = present_between(column, 0, all, std::ssize(column));
        if (present.empty()) return std::numeric_limits<double>::quiet_NaN();
        return median_by_selection(std::move(present));
    }
    // The present keys in [first, last] hold both middle ranks; `below` keys are smaller. Each
    // pass narrows the range to the buckets of the next 16 bits that hold the middle ranks, while
    // they hold over half the column: another pass costs about what copying that half does, and
    // passes cannot split a run of equal values.
    std::uint64_t first = 0;
    std::uint64_t last = all;
    std::int64_t below = 0;
    std::int64_t n = -1;
    std::int64_t low_rank = 0;
    std::int64_t high_rank = 0;
    std::int64_t candidates = std::ssize(column);
    std::vector<std::int64_t> counts(kDigits);
    for (int shift = 64 - kDigitBits; shift >= 0 && candidates * 2 > std::ssize(column);
         shift -= kDigitBits) {
        std::fill(counts.begin(), counts.end(), 0);
        for (double v : column) {
            if (std::isnan(v)) continue;
            const std::uint64_t key = key_of(v);
            if (key >= first && key <= last) ++counts[(key >> shift) & (kDigits - 1)];
        }
        if (n < 0) {
            n = 0;
            for (const auto c : counts) n += c;
            if (n == 0) return std::numeric_limits<double>::quiet_NaN();
            high_rank = n / 2;
            low_rank = n % 2 == 1 ? high_rank : high_rank - 1;
        }
        std::uint64_t low_digit = 0;
        while (below + counts[low_digit] <= low_rank) below += counts[low_digit++];
        std::uint64_t high_digit = low_digit;
        candidates = counts[low_digit];
        while (below + candidates <= high_rank) candidates += counts[++high_digit];
        const std::uint64_t width = (std::uint64_t{1} << shift) - 1;
        last = first | high_digit << shift | width;
        first |= low_digit << shift;
        // The middle ranks in two buckets: no one prefix to refine further.
        if (high_digit != low_digit) break;
    }
    auto bucket = present_between(column, first, last, candidates);
    const double median = middle_of(bucket, static_cast<std::size_t>(low_rank - below),
                                    static_cast<std::size_t>(high_rank - below));
    // Keys order -0.0 below 0.0 where nth_element sees equals: a zero median from both kinds
    // of zero is left to the full selection, whose choice between them it reproduces.
    if (median == 0.0 &&
        std::any_of(column.begin(), column.end(),
                    [](double v) { return v == 0.0 && std::signbit(v); }) &&
        std::any_of(column.begin(), column.end(),
                    [](double v) { return v == 0.0 && !std::signbit(v); })) {
        return median_by_selection(present_between(column, 0, all, n));
    }
    return median;
}

}  // namespace tabula::impute
