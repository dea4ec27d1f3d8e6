#include "column_stats.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <type_traits>

#include "../array/reductions_engine.hpp"
#include "column_values.hpp"
#include "selection.hpp"

namespace tabula::detail {

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

// NumPy's pairwise sum of the column as float64, each missing row as 0 (nanops fills them before
// summing, so the pairs are formed over every row).
double pairwise_total(const Column& column) {
    return with_numbers(column, [&]<class T>(const T* values) {
        double total = 0.0;
        const std::int64_t n = column.size();
        if (!column.has_nulls()) {
            reduce::lane_sum(total, values, n, 1,
                             [](T v) { return is_nan_value(v) ? 0.0 : static_cast<double>(v); });
            return total;
        }
        std::array<double, reduce::buffer_size> piece{};
        for (std::int64_t begin = 0; begin < n; begin += reduce::buffer_size) {
            const std::int64_t end = std::min(n, begin + reduce::buffer_size);
            numbers_or_zero(column, values, begin, end, piece.data());
            total += reduce::pairwise_piece<double>(piece.data(), end - begin, 1,
                                                    [](double v) { return v; });
        }
        return total;
    });
}

// NumPy's pairwise sum of (mean - value)^2, each missing row as 0 (nanops' two-pass nanvar).
double pairwise_squares(const Column& column, double mean) {
    return with_numbers(column, [&]<class T>(const T* values) {
        double total = 0.0;
        const std::int64_t n = column.size();
        std::array<double, reduce::buffer_size> piece{};
        for (std::int64_t begin = 0; begin < n; begin += reduce::buffer_size) {
            const std::int64_t end = std::min(n, begin + reduce::buffer_size);
            for (std::int64_t i = begin; i < end; ++i) {
                const bool present = column.is_valid(i) && !is_nan_value(values[i]);
                const double d = mean - static_cast<double>(values[i]);
                piece[static_cast<std::size_t>(i - begin)] = present ? d * d : 0.0;
            }
            total += reduce::pairwise_piece<double>(piece.data(), end - begin, 1,
                                                    [](double v) { return v; });
        }
        return total;
    });
}

// nanops.nanvar without bottleneck: the pairwise two-pass form.
double two_pass_var(const Column& column, std::int64_t count, std::int64_t ddof) {
    if (count <= ddof) return nan;
    const double mean = pairwise_total(column) / static_cast<double>(count);
    return pairwise_squares(column, mean) / static_cast<double>(count - ddof);
}

// One left-to-right pass: bottleneck's count and sum, and its nanmin / nanmax.
struct Scan {
    std::int64_t count = 0;
    double sum = 0.0;
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
};

Scan scan(const Column& column) {
    Scan s;
    for_each_number(column, [&](double v) {
        ++s.count;
        s.sum += v;
        if (v <= s.min) s.min = v;
        if (v >= s.max) s.max = v;
    });
    return s;
}

// bottleneck's second pass: the left-to-right sum of squared deviations from its own mean.
double squared_deviations(const Column& column, double mean) {
    double total = 0.0;
    for_each_number(column, [&](double v) {
        const double d = v - mean;
        total += d * d;
    });
    return total;
}

// bottleneck's nanvar from a scan, and pandas' fallback when it overflows to ±inf.
double var_from_scan(const Column& column, const Scan& s, std::int64_t ddof) {
    if (column.dtype() == DType::Bool) return two_pass_var(column, s.count, ddof);
    if (s.count <= ddof) return nan;
    const double mean = s.sum / static_cast<double>(s.count);
    const double var = squared_deviations(column, mean) / static_cast<double>(s.count - ddof);
    return std::isinf(var) ? two_pass_var(column, s.count, ddof) : var;
}

double mean_from_count(const Column& column, std::int64_t count) {
    if (count == 0) return nan;
    if (column.dtype() == DType::Bool) return nan_sum(column) / static_cast<double>(count);
    return pairwise_total(column) / static_cast<double>(count);
}

// NumPy's _lerp: a + (b - a) * t, or from the upper end when t >= 0.5.
double lerp(double a, double b, double t) {
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

struct QuantileIndex {
    std::int64_t previous;
    std::int64_t next;
    double gamma;
};

// NumPy 1.24's _get_indexes / _get_gamma for the linear method over n values: an index past the
// end becomes -1 (the last value) on both sides, and gamma is taken from that -1.
QuantileIndex quantile_index(double q, std::int64_t n) {
    const double percent = q * 100.0;  // pandas: qs * 100.0
    const double virtual_index = static_cast<double>(n - 1) * (percent / 100.0);  // NumPy
    std::int64_t previous = static_cast<std::int64_t>(std::floor(virtual_index));
    std::int64_t next = previous + 1;
    if (virtual_index >= static_cast<double>(n - 1)) previous = next = -1;
    const double gamma = virtual_index - static_cast<double>(previous);
    return {previous < 0 ? n - 1 : previous, next < 0 ? n - 1 : next, gamma};
}

// The order statistics a set of quantiles needs: the ranks (ascending, distinct) and where
// each quantile's two neighbours are among them.
struct QuantilePlan {
    std::vector<QuantileIndex> at;
    std::vector<std::int64_t> ranks;

    QuantilePlan(std::span<const double> qs, std::int64_t count) {
        if (count == 0) return;
        for (double q : qs) {
            at.push_back(quantile_index(q, count));
            ranks.push_back(at.back().previous);
            ranks.push_back(at.back().next);
        }
        std::sort(ranks.begin(), ranks.end());
        ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
    }

    // The quantiles from the values at `ranks`; NaN for each when there are no values.
    std::vector<double> interpolate(std::span<const double> qs,
                                    const std::vector<double>& values) const {
        if (at.empty()) return std::vector<double>(qs.size(), nan);
        auto value_at = [&](std::int64_t rank) {
            const auto it = std::lower_bound(ranks.begin(), ranks.end(), rank);
            return values[static_cast<std::size_t>(it - ranks.begin())];
        };
        std::vector<double> out;
        out.reserve(at.size());
        for (const QuantileIndex& index : at) {
            out.push_back(lerp(value_at(index.previous), value_at(index.next), index.gamma));
        }
        return out;
    }
};

std::vector<double> quantiles_of(const Column& column, std::int64_t count,
                                 std::span<const double> qs) {
    const QuantilePlan plan(qs, count);
    const std::vector<double> values =
        select_ranks([&](auto&& f) { for_each_number(column, f); }, plan.ranks, count);
    return plan.interpolate(qs, values);
}

// The rows [begin, end) as doubles with NaN for each missing one: the column's own storage when
// it already is that (float64 without nulls), else a copy in `buffer`.
template <class T>
const double* nan_filled(const Column& column, const T* values, std::int64_t begin,
                         std::int64_t end, double* buffer) {
    if constexpr (std::is_same_v<T, double>) {
        if (!column.has_nulls()) return values + begin;
    }
    for (std::int64_t i = begin; i < end; ++i) {
        buffer[i - begin] = column.is_valid(i) ? static_cast<double>(values[i]) : nan;
    }
    return buffer;
}

// bottleneck's nanmin / nanmax keep the last of equal extremes; only a zero extreme can tell
// (0.0 or -0.0), and then it is the last zero of the column.
double last_zero(const Column& column) {
    double zero = 0.0;
    for_each_number(column, [&](double v) {
        if (v == 0.0) zero = v;
    });
    return zero;
}

// describe() of a numeric column in two sweeps over blocks of buffer_size rows instead of one
// pass per statistic. The first sweep sums each block pairwise (nanmean), runs bottleneck's
// left-to-right count and sum, counts the selection buckets and takes the extremes while the
// block is in cache; the second adds bottleneck's squared deviations and gathers the buckets
// that hold the quantiles' ranks. The arithmetic, and so every bit of the results, is the one
// of the separate reductions above.
template <class T>
NumericSummary summarize_blocks(const Column& column, const T* values, std::span<const double> qs) {
    constexpr std::int64_t lanes = 4;  // independent min/max chains
    const std::int64_t n = column.size();
    std::vector<std::int64_t> histogram(bucket_count, 0);
    std::vector<double> buffer(static_cast<std::size_t>(reduce::buffer_size));
    std::int64_t count = 0;
    double sum = 0.0;
    double total = 0.0;
    double low[lanes];
    double high[lanes];
    std::fill(low, low + lanes, std::numeric_limits<double>::infinity());
    std::fill(high, high + lanes, -std::numeric_limits<double>::infinity());
    for (std::int64_t begin = 0; begin < n; begin += reduce::buffer_size) {
        const std::int64_t len = std::min(n - begin, reduce::buffer_size);
        const double* x = nan_filled(column, values, begin, begin + len, buffer.data());
        total += reduce::pairwise_piece<double>(x, len, 1, reduce::NanToZero<double>{});
        for (std::int64_t i = 0; i < len; ++i) {
            const double v = x[i];
            if (v != v) continue;
            ++count;
            sum += v;
            ++histogram[order_key(v) >> bucket_shift];
        }
        // Any order finds the extreme's value (NaN compares false and is skipped).
        std::int64_t i = 0;
        for (; i + lanes <= len; i += lanes) {
            for (std::int64_t k = 0; k < lanes; ++k) {
                low[k] = x[i + k] < low[k] ? x[i + k] : low[k];
                high[k] = x[i + k] > high[k] ? x[i + k] : high[k];
            }
        }
        for (; i < len; ++i) {
            low[0] = x[i] < low[0] ? x[i] : low[0];
            high[0] = x[i] > high[0] ? x[i] : high[0];
        }
    }
    NumericSummary out;
    out.count = count;
    out.mean = count == 0 ? nan : total / static_cast<double>(count);
    if (count == 0) {
        out.min = out.max = nan;
    } else {
        out.min = *std::min_element(low, low + lanes);
        out.max = *std::max_element(high, high + lanes);
        if (out.min == 0.0) out.min = last_zero(column);
        if (out.max == 0.0) out.max = last_zero(column);
    }
    const QuantilePlan plan(qs, count);
    const BucketPlan buckets = plan_buckets(histogram, plan.ranks);
    // Sized from the counts, filled through plain pointers: no call in the loop, so the sum
    // of squares stays in a register.
    std::vector<std::vector<std::uint64_t>> gathered(buckets.sizes.size());
    std::vector<std::uint64_t*> cursor(buckets.sizes.size() + 1);  // by slot; 0 is unused
    for (std::size_t b = 0; b < gathered.size(); ++b) {
        gathered[b].resize(static_cast<std::size_t>(buckets.sizes[b]));
        cursor[b + 1] = gathered[b].data();
    }
    const std::uint8_t* slot_of = buckets.slot_of.data();
    std::uint64_t** to = cursor.data();
    const double bn_mean = sum / static_cast<double>(count);
    double squares = 0.0;
    for (std::int64_t begin = 0; begin < n; begin += reduce::buffer_size) {
        const std::int64_t len = std::min(n - begin, reduce::buffer_size);
        const double* x = nan_filled(column, values, begin, begin + len, buffer.data());
        for (std::int64_t i = 0; i < len; ++i) {
            const double v = x[i];
            if (v != v) continue;
            const double d = v - bn_mean;
            squares += d * d;
            const std::uint64_t key = order_key(v);
            const std::uint8_t slot = slot_of[key >> bucket_shift];
            if (slot != 0) *to[slot]++ = key;
        }
    }
    if (count <= 1) {
        out.std = nan;
    } else {
        const double var = squares / static_cast<double>(count - 1);
        out.std = std::sqrt(std::isinf(var) ? two_pass_var(column, count, 1) : var);
    }
    out.quantiles = plan.interpolate(qs, select_in_buckets(buckets, gathered, plan.ranks));
    return out;
}

}  // namespace

std::int64_t valid_count(const Column& column) {
    if (!is_reducible(column.dtype()) || !is_floating(column.dtype())) {
        return column.size() - column.null_count();
    }
    std::int64_t count = 0;
    for_each_number(column, [&](double) { ++count; });
    return count;
}

bool sums_as_integer(const Column& column) {
    const DType t = column.dtype();
    return t == DType::Bool || ((t == DType::Int32 || t == DType::Int64) && !column.has_nulls());
}

std::int64_t integer_sum(const Column& column) {
    return with_numbers(column, [&]<class T>(const T* values) {
        std::uint64_t total = 0;  // int64 wrap-around, as NumPy's, without signed overflow
        const std::int64_t n = column.size();
        for (std::int64_t i = 0; i < n; ++i) {
            if (column.is_valid(i)) {
                total += static_cast<std::uint64_t>(static_cast<std::int64_t>(values[i]));
            }
        }
        return static_cast<std::int64_t>(total);
    });
}

double nan_sum(const Column& column) {
    if (sums_as_integer(column)) return static_cast<double>(integer_sum(column));
    return pairwise_total(column);
}

double nan_mean(const Column& column) {
    return mean_from_count(column, valid_count(column));
}

double nan_var(const Column& column, std::int64_t ddof) {
    return var_from_scan(column, scan(column), ddof);
}

double nan_min(const Column& column) {
    const Scan s = scan(column);
    return s.count == 0 ? nan : s.min;
}

double nan_max(const Column& column) {
    const Scan s = scan(column);
    return s.count == 0 ? nan : s.max;
}

double nan_median(const Column& column) {
    const std::int64_t n = valid_count(column);
    if (n == 0) return nan;
    const std::int64_t k = n / 2;
    if (n % 2 == 1) {
        const std::int64_t rank[] = {k};
        return select_ranks([&](auto&& f) { for_each_number(column, f); }, rank, n)[0];
    }
    const std::int64_t ranks[] = {k - 1, k};
    const auto v = select_ranks([&](auto&& f) { for_each_number(column, f); }, ranks, n);
    return 0.5 * (v[1] + v[0]);
}

std::vector<double> nan_quantiles(const Column& column, std::span<const double> qs) {
    return quantiles_of(column, valid_count(column), qs);
}

NumericSummary summarize(const Column& column, std::span<const double> qs) {
    // One gathering round plans at most max_buckets buckets: two ranks per quantile. Small
    // columns select from a copy instead of the buckets.
    if (column.dtype() != DType::Bool && qs.size() * 2 <= max_buckets &&
        column.size() > direct_selection) {
        return with_numbers(
            column, [&]<class T>(const T* values) { return summarize_blocks(column, values, qs); });
    }
    const Scan s = scan(column);
    NumericSummary out;
    out.count = s.count;
    out.mean = mean_from_count(column, s.count);
    out.std = std::sqrt(var_from_scan(column, s, 1));
    out.min = s.count == 0 ? nan : s.min;
    out.max = s.count == 0 ? nan : s.max;
    out.quantiles = quantiles_of(column, s.count, qs);
    return out;
}

}  // namespace tabula::detail
