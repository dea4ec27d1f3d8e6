// np.median, np.nanmedian, np.quantile and np.percentile as NumPy 1.24 computes them, so that the
// results match its bits:
//
// - median: the middle one or two values are selected (std::nth_element on a copy, as NumPy
//   partitions) and averaged as np.mean does, (0 + lo + hi) / 2 or (0 + mid) / 1; any NaN gives
//   NaN.
// - nanmedian drops the NaNs and takes the median of the rest. Along an axis shorter than 600,
//   NumPy goes through masked arrays, which average (0 + lo + hi) / 2 with lo = hi for an odd count
//   (so (x + x) / 2, which overflows for huge x): reproduced.
// - quantile, method 'linear': virtual index v = (n - 1) q; below it i = floor(v), above it i + 1,
//   both clamped to the last element when v >= n - 1 (then NumPy's "previous index" is -1, so its
//   gamma is v + 1); gamma = v - i; NumPy's _lerp: b - a in the element type, then
//   a + (b - a) gamma, or b - (b - a)(1 - gamma) where gamma >= 0.5, in float64.
#include <algorithm>
#include <cmath>
#include <limits>
#include <type_traits>
#include <vector>

#include "reductions_plan.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

namespace {

using detail::AxisPlan;

// Lane storage: bytes for bool, which std::vector<bool> would pack (nth_element needs real refs).
template <class E>
using Cell = std::conditional_t<std::is_same_v<E, bool>, std::uint8_t, E>;

template <class E>
bool any_nan(const std::vector<Cell<E>>& v) {
    if constexpr (std::is_floating_point_v<E>) {
        return std::any_of(v.begin(), v.end(), [](E x) { return x != x; });
    } else {
        return false;
    }
}

// The mean of the middle value(s) of v, NaN-free; reorders v.
template <class E>
float_t<E> middle_mean(std::vector<Cell<E>>& v) {
    using T = float_t<E>;
    const auto n = static_cast<std::ptrdiff_t>(v.size());
    if (n == 0) return std::numeric_limits<T>::quiet_NaN();
    const auto half = v.begin() + n / 2;
    std::nth_element(v.begin(), half, v.end());
    const T hi = static_cast<T>(*half);
    if (n % 2 == 1) return (T(0) + hi) / T(1);
    const T lo = static_cast<T>(*std::max_element(v.begin(), half));
    return (T(0) + lo + hi) / T(2);
}

template <class E>
float_t<E> median_of(std::vector<Cell<E>>& v) {
    if (any_nan<E>(v)) return std::numeric_limits<float_t<E>>::quiet_NaN();
    return middle_mean<E>(v);
}

template <class E>
void drop_nans(std::vector<Cell<E>>& v) {
    if constexpr (std::is_floating_point_v<E>) {
        v.erase(std::remove_if(v.begin(), v.end(), [](E x) { return x != x; }), v.end());
    }
}

// nanmedian of a lane shorter than 600 along an axis (NumPy's masked-array median).
template <class E>
float_t<E> masked_median(std::vector<Cell<E>>& v) {
    using T = float_t<E>;
    drop_nans<E>(v);
    const auto n = static_cast<std::ptrdiff_t>(v.size());
    if (n == 0) return std::numeric_limits<T>::quiet_NaN();
    const auto half = v.begin() + n / 2;
    std::nth_element(v.begin(), half, v.end());
    const T hi = static_cast<T>(*half);
    const T lo = n % 2 == 1 ? hi : static_cast<T>(*std::max_element(v.begin(), half));
    return (T(0) + lo + hi) / T(2);
}

template <class E>
double lerp(E a, E b, double t) {
    E diff;
    if constexpr (std::is_integral_v<E>) {
        using U = std::make_unsigned_t<E>;
        diff = static_cast<E>(static_cast<U>(static_cast<U>(b) - static_cast<U>(a)));
    } else {
        diff = b - a;
    }
    const double d = static_cast<double>(diff);
    return t >= 0.5 ? static_cast<double>(b) - d * (1 - t) : static_cast<double>(a) + d * t;
}

// The 'linear' quantile q of v; reorders v. v is not empty.
template <class E>
double quantile_of(std::vector<Cell<E>>& v, double q) {
    if (any_nan<E>(v)) return std::numeric_limits<double>::quiet_NaN();
    const auto n = static_cast<std::int64_t>(v.size());
    const double virtual_index = static_cast<double>(n - 1) * q;
    std::int64_t below = n - 1;
    std::int64_t above = n - 1;
    double gamma = virtual_index + 1;
    if (virtual_index < static_cast<double>(n - 1)) {
        below = static_cast<std::int64_t>(std::floor(virtual_index));
        above = below + 1;
        gamma = virtual_index - static_cast<double>(below);
    }
    const auto at = v.begin() + below;
    std::nth_element(v.begin(), at, v.end());
    const E a = static_cast<E>(*at);
    const E b = above == below ? a : static_cast<E>(*std::min_element(at + 1, v.end()));
    return lerp(a, b, gamma);
}

template <ArrayElement E>
std::vector<Cell<E>> all_values(const NDArray<E>& a) {
    const NDArray<E> flat = a.flatten();
    return std::vector<Cell<E>>(flat.data(), flat.data() + flat.size());
}

// Calls f(lane, o) for each lane along the plan's axis (o: offset of its result in C order), in
// parallel; f may reorder the lane.
template <class E, class F>
void for_each_lane(const AxisPlan& plan, const E* x, const F& f) {
    const detail::ChunkWalk<2> walk(
        plan.kept, plan.strides,
        std::max<std::int64_t>(
            1, detail::reduce_task_elements / std::max<std::int64_t>(1, plan.length)));
    walk.run(1, [&](std::int64_t, std::int64_t, std::int64_t n, const auto& off, const auto& in,
                    std::int64_t) {
        std::vector<Cell<E>> lane;
        for (std::int64_t i = 0; i < n; ++i) {
            lane.resize(static_cast<std::size_t>(plan.length));  // f may have shrunk it
            const E* p = x + off[1] + i * in[1];
            for (std::int64_t k = 0; k < plan.length; ++k) {
                lane[static_cast<std::size_t>(k)] = p[k * plan.stride];
            }
            f(lane, off[0] + i * in[0]);
        }
    });
}

template <ArrayElement E, class F>
NDArray<float_t<E>> median_along(const NDArray<E>& a, int axis, ReduceOptions options, const F& f) {
    const AxisPlan plan = detail::plan_axis(a.shape(), a.strides(), axis, options.keepdims);
    auto out = NDArray<float_t<E>>::empty(plan.result_shape);
    float_t<E>* o = out.data();
    for_each_lane(plan, a.data(),
                  [&](std::vector<Cell<E>>& lane, std::int64_t at) { o[at] = f(lane); });
    return out;
}

void check_quantiles(const std::vector<double>& qs, const char* message) {
    for (double q : qs) {
        if (!(q >= 0.0 && q <= 1.0)) throw ValueError(message);
    }
}

[[noreturn]] void throw_empty_take() {
    throw IndexError("cannot do a non-empty take from an empty axes.");
}

constexpr const char* quantile_range = "Quantiles must be in the range [0, 1]";
constexpr const char* percentile_range = "Percentiles must be in the range [0, 100]";

template <ArrayElement E>
std::vector<double> quantiles_flat(const NDArray<E>& a, const std::vector<double>& qs,
                                   const char* message) {
    check_quantiles(qs, message);
    std::vector<Cell<E>> v = all_values(a);
    if (v.empty()) throw_empty_take();
    std::vector<double> out;
    out.reserve(qs.size());
    for (double q : qs) out.push_back(quantile_of<E>(v, q));
    return out;
}

// The quantiles along `axis`; with `stacked`, they make a new first axis of the result.
template <ArrayElement E>
NDArray<double> quantiles_along(const NDArray<E>& a, const std::vector<double>& qs, int axis,
                                ReduceOptions options, bool stacked, const char* message) {
    check_quantiles(qs, message);
    const AxisPlan plan = detail::plan_axis(a.shape(), a.strides(), axis, options.keepdims);
    Shape shape = plan.result_shape;
    if (stacked) shape.insert(shape.begin(), static_cast<std::int64_t>(qs.size()));
    auto out = NDArray<double>::empty(shape);
    if (plan.out_size == 0) return out;
    if (plan.length == 0) throw_empty_take();
    double* o = out.data();
    for_each_lane(plan, a.data(), [&](std::vector<Cell<E>>& lane, std::int64_t at) {
        for (std::size_t j = 0; j < qs.size(); ++j) {
            o[static_cast<std::int64_t>(j) * plan.out_size + at] = quantile_of<E>(lane, qs[j]);
        }
    });
    return out;
}

std::vector<double> as_fractions(const std::vector<double>& ps) {
    std::vector<double> qs;
    qs.reserve(ps.size());
    for (double p : ps) qs.push_back(p / 100);
    return qs;
}

}  // namespace

template <ArrayElement E>
float_t<E> median(const NDArray<E>& a) {
    std::vector<Cell<E>> v = all_values(a);
    return median_of<E>(v);
}

template <ArrayElement E>
NDArray<float_t<E>> median(const NDArray<E>& a, int axis, ReduceOptions options) {
    return median_along(a, axis, options,
                        [](std::vector<Cell<E>>& lane) { return median_of<E>(lane); });
}

template <ArrayElement E>
float_t<E> nanmedian(const NDArray<E>& a) {
    std::vector<Cell<E>> v = all_values(a);
    drop_nans<E>(v);
    return middle_mean<E>(v);
}

template <ArrayElement E>
NDArray<float_t<E>> nanmedian(const NDArray<E>& a, int axis, ReduceOptions options) {
    if (a.ndim() == 1) {
        // NumPy takes its whole-array path for 1-d input even with an axis.
        const AxisPlan plan = detail::plan_axis(a.shape(), a.strides(), axis, options.keepdims);
        return NDArray<float_t<E>>::full(plan.result_shape, nanmedian(a));
    }
    constexpr std::int64_t masked_below = 600;
    if (a.shape()[static_cast<std::size_t>(normalize_axis(axis, a.ndim()))] < masked_below) {
        return median_along(a, axis, options,
                            [](std::vector<Cell<E>>& lane) { return masked_median<E>(lane); });
    }
    return median_along(a, axis, options, [](std::vector<Cell<E>>& lane) {
        drop_nans<E>(lane);
        return middle_mean<E>(lane);
    });
}

template <ArrayElement E>
requires(!std::is_same_v<E, bool>) double quantile(const NDArray<E>& a, double q) {
    return quantiles_flat(a, {q}, quantile_range).front();
}

template <ArrayElement E>
requires(!std::is_same_v<E, bool>) NDArray<double> quantile(const NDArray<E>& a,
                                                            const std::vector<double>& qs) {
    std::vector<double> values = quantiles_flat(a, qs, quantile_range);
    const auto n = static_cast<std::int64_t>(values.size());
    return NDArray<double>(std::move(values), Shape{n});
}

template <ArrayElement E>
requires(!std::is_same_v<E, bool>) NDArray<double> quantile(const NDArray<E>& a, double q, int axis,
                                                            ReduceOptions options) {
    return quantiles_along(a, {q}, axis, options, false, quantile_range);
}

template <ArrayElement E>
requires(!std::is_same_v<E, bool>) NDArray<double> quantile(const NDArray<E>& a,
                                                            const std::vector<double>& qs, int axis,
                                                            ReduceOptions options) {
    return quantiles_along(a, qs, axis, options, true, quantile_range);
}

template <ArrayElement E>
requires(!std::is_same_v<E, bool>) double percentile(const NDArray<E>& a, double p) {
    return quantiles_flat(a, {p / 100}, percentile_range).front();
}

template <ArrayElement E>
requires(!std::is_same_v<E, bool>) NDArray<double> percentile(const NDArray<E>& a,
                                                              const std::vector<double>& ps) {
    std::vector<double> values = quantiles_flat(a, as_fractions(ps), percentile_range);
    const auto n = static_cast<std::int64_t>(values.size());
    return NDArray<double>(std::move(values), Shape{n});
}

template <ArrayElement E>
requires(!std::is_same_v<E, bool>) NDArray<double> percentile(const NDArray<E>& a, double p,
                                                              int axis, ReduceOptions options) {
    return quantiles_along(a, {p / 100}, axis, options, false, percentile_range);
}

template <ArrayElement E>
requires(!std::is_same_v<E, bool>) NDArray<double> percentile(const NDArray<E>& a,
                                                              const std::vector<double>& ps,
                                                              int axis, ReduceOptions options) {
    return quantiles_along(a, as_fractions(ps), axis, options, true, percentile_range);
}

#define TABULA_INSTANTIATE_MEDIANS(E)                                           \
    template float_t<E> median(const NDArray<E>&);                              \
    template NDArray<float_t<E>> median(const NDArray<E>&, int, ReduceOptions); \
    template float_t<E> nanmedian(const NDArray<E>&);                           \
    template NDArray<float_t<E>> nanmedian(const NDArray<E>&, int, ReduceOptions);
#define TABULA_INSTANTIATE_QUANTILES(E)                                                     \
    template double quantile(const NDArray<E>&, double);                                    \
    template NDArray<double> quantile(const NDArray<E>&, const std::vector<double>&);       \
    template NDArray<double> quantile(const NDArray<E>&, double, int, ReduceOptions);       \
    template NDArray<double> quantile(const NDArray<E>&, const std::vector<double>&, int,   \
                                      ReduceOptions);                                       \
    template double percentile(const NDArray<E>&, double);                                  \
    template NDArray<double> percentile(const NDArray<E>&, const std::vector<double>&);     \
    template NDArray<double> percentile(const NDArray<E>&, double, int, ReduceOptions);     \
    template NDArray<double> percentile(const NDArray<E>&, const std::vector<double>&, int, \
                                        ReduceOptions);

TABULA_INSTANTIATE_MEDIANS(bool)
TABULA_INSTANTIATE_MEDIANS(std::int32_t)
TABULA_INSTANTIATE_MEDIANS(std::int64_t)
TABULA_INSTANTIATE_MEDIANS(float)
TABULA_INSTANTIATE_MEDIANS(double)
TABULA_INSTANTIATE_QUANTILES(std::int32_t)
TABULA_INSTANTIATE_QUANTILES(std::int64_t)
TABULA_INSTANTIATE_QUANTILES(float)
TABULA_INSTANTIATE_QUANTILES(double)

}  // namespace tabula
