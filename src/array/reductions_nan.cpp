// The NaN-skipping reductions np.nansum, np.nanmean, np.nanvar, np.nanstd, np.nanmin, np.nanmax.
#include <cmath>
#include <limits>

#include "reductions_engine.hpp"
#include "tabula/array/reductions.hpp"

namespace tabula {

using namespace detail;
using namespace detail::reduce;

// ---- NaN-skipping variants ----
// NumPy replaces NaN by 0 in a copy and sums that; nanmean and nanvar divide by the count of
// numbers via float64, and nanvar makes every slice with ddof >= count NaN.

namespace {

template <ArrayElement E>
float_t<E> nanvar_flat(const NDArray<E>& a, int ddof) {
    using T = float_t<E>;
    const std::int64_t count = reduce_flat(a, count_numbers_op<E>());
    const T m = divide_wide(total<T>(a, NanToZero<T>{}), count);
    const T squares = total<T>(a, [m](E v) {
        const T d = is_nan(v) ? T(0) : static_cast<T>(v) - m;
        return d * d;
    });
    const std::int64_t dof = count - ddof;
    return dof <= 0 ? std::numeric_limits<T>::quiet_NaN() : divide_wide(squares, dof);
}

template <ArrayElement E, class Fin>
NDArray<float_t<E>> nanvar_along(const NDArray<E>& a, int axis, VarOptions options, Fin fin) {
    using T = float_t<E>;
    const AxisPlan plan = plan_axis(a.shape(), a.strides(), axis, options.keepdims);
    const auto size = static_cast<std::size_t>(plan.out_size);
    std::vector<std::int64_t> counts(size);
    reduce_axis(plan, a.data(), counts.data(), count_numbers_op<E>());
    const std::int64_t* c = counts.data();
    std::vector<T> means(size);
    reduce_axis(plan, a.data(), means.data(),
                sum_op<E, T>([](E v, std::int64_t) { return NanToZero<T>{}(v); },
                             [c](T total, std::int64_t o) { return divide_wide(total, c[o]); }));
    const T* m = means.data();
    const int ddof = options.ddof;
    auto out = NDArray<T>::empty(plan.result_shape);
    reduce_axis(plan, a.data(), out.data(),
                sum_op<E, T>(
                    [m](E v, std::int64_t o) {
                        const T d = is_nan(v) ? T(0) : static_cast<T>(v) - m[o];
                        return d * d;
                    },
                    [c, ddof, fin](T total, std::int64_t o) {
                        const std::int64_t dof = c[o] - ddof;
                        return dof <= 0 ? std::numeric_limits<T>::quiet_NaN()
                                        : fin(divide_wide(total, dof));
                    }));
    return out;
}

}  // namespace

template <ArrayElement E>
sum_t<E> nansum(const NDArray<E>& a) {
    if constexpr (std::is_floating_point_v<E>) {
        return total<E>(a, NanToZero<E>{});
    } else {
        return sum(a);
    }
}

template <ArrayElement E>
NDArray<sum_t<E>> nansum(const NDArray<E>& a, int axis, ReduceOptions options) {
    using A = sum_t<E>;
    return along(a, axis, options.keepdims,
                 sum_op<E, A>([](E v, std::int64_t) { return NanToZero<A>{}(v); },
                              [](A total, std::int64_t) { return total; }));
}

double nansum_deviations(const NDArray<double>& a, double shift) {
    return total<double>(a, [shift](double v) { return NanToZero<double>{}(v - shift); });
}

double nansum_squared_deviations(const NDArray<double>& a, double shift) {
    return total<double>(a, [shift](double v) {
        const double d = v - shift;
        return NanToZero<double>{}(d * d);
    });
}

template <ArrayElement E>
float_t<E> nanmean(const NDArray<E>& a) {
    if constexpr (std::is_floating_point_v<E>) {
        return divide_wide(total<E>(a, NanToZero<E>{}), reduce_flat(a, count_numbers_op<E>()));
    } else {
        return mean(a);
    }
}

template <ArrayElement E>
NDArray<float_t<E>> nanmean(const NDArray<E>& a, int axis, ReduceOptions options) {
    using T = float_t<E>;
    if constexpr (std::is_floating_point_v<E>) {
        const AxisPlan plan = plan_axis(a.shape(), a.strides(), axis, options.keepdims);
        std::vector<std::int64_t> counts(static_cast<std::size_t>(plan.out_size));
        reduce_axis(plan, a.data(), counts.data(), count_numbers_op<E>());
        const std::int64_t* c = counts.data();
        auto out = NDArray<T>::empty(plan.result_shape);
        reduce_axis(
            plan, a.data(), out.data(),
            sum_op<E, T>([](E v, std::int64_t) { return NanToZero<T>{}(v); },
                         [c](T total, std::int64_t o) { return divide_wide(total, c[o]); }));
        return out;
    } else {
        return mean(a, axis, options);
    }
}

template <ArrayElement E>
float_t<E> nanvar(const NDArray<E>& a, VarOptions options) {
    if constexpr (std::is_floating_point_v<E>) {
        return nanvar_flat(a, options.ddof);
    } else {
        return var(a, options);
    }
}

template <ArrayElement E>
NDArray<float_t<E>> nanvar(const NDArray<E>& a, int axis, VarOptions options) {
    if constexpr (std::is_floating_point_v<E>) {
        return nanvar_along(a, axis, options, [](float_t<E> v) { return v; });
    } else {
        return var(a, axis, options);
    }
}

template <ArrayElement E>
float_t<E> nanstd(const NDArray<E>& a, VarOptions options) {
    if constexpr (std::is_floating_point_v<E>) {
        return std::sqrt(nanvar_flat(a, options.ddof));
    } else {
        return tabula::std(a, options);
    }
}

template <ArrayElement E>
NDArray<float_t<E>> nanstd(const NDArray<E>& a, int axis, VarOptions options) {
    if constexpr (std::is_floating_point_v<E>) {
        return nanvar_along(a, axis, options, [](float_t<E> v) { return std::sqrt(v); });
    } else {
        return tabula::std(a, axis, options);
    }
}

template <ArrayElement E>
E nanmin(const NDArray<E>& a) {
    return extreme_flat<false, true>(a, "fmin");
}

template <ArrayElement E>
NDArray<E> nanmin(const NDArray<E>& a, int axis, ReduceOptions options) {
    return extreme_along<false, true>(a, axis, options, "fmin");
}

template <ArrayElement E>
E nanmax(const NDArray<E>& a) {
    return extreme_flat<true, true>(a, "fmax");
}

template <ArrayElement E>
NDArray<E> nanmax(const NDArray<E>& a, int axis, ReduceOptions options) {
    return extreme_along<true, true>(a, axis, options, "fmax");
}

#define TABULA_INSTANTIATE_REDUCTION(R, name, E) \
    template R name(const NDArray<E>&);          \
    template NDArray<R> name(const NDArray<E>&, int, ReduceOptions);
#define TABULA_INSTANTIATE_VAR(name, E)                      \
    template float_t<E> name(const NDArray<E>&, VarOptions); \
    template NDArray<float_t<E>> name(const NDArray<E>&, int, VarOptions);
#define TABULA_INSTANTIATE_NAN_REDUCTIONS(E)             \
    TABULA_INSTANTIATE_REDUCTION(sum_t<E>, nansum, E)    \
    TABULA_INSTANTIATE_REDUCTION(float_t<E>, nanmean, E) \
    TABULA_INSTANTIATE_REDUCTION(E, nanmin, E)           \
    TABULA_INSTANTIATE_REDUCTION(E, nanmax, E)           \
    TABULA_INSTANTIATE_VAR(nanvar, E)                    \
    TABULA_INSTANTIATE_VAR(nanstd, E)

TABULA_INSTANTIATE_NAN_REDUCTIONS(bool)
TABULA_INSTANTIATE_NAN_REDUCTIONS(std::int32_t)
TABULA_INSTANTIATE_NAN_REDUCTIONS(std::int64_t)
TABULA_INSTANTIATE_NAN_REDUCTIONS(float)
TABULA_INSTANTIATE_NAN_REDUCTIONS(double)

}  // namespace tabula
