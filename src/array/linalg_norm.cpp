// np.linalg.norm, computed in the order NumPy 1.24 computes it (BLAS dot for the default norm,
// the reductions module's NumPy-ordered sums otherwise), so that results agree with NumPy to the
// last bit rather than to a tolerance.
#include <cblas.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

#include "elementwise.hpp"
#include "linalg_lapack.hpp"
#include "tabula/array/linalg.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

// x ** p with NumPy's fast paths for scalar exponents (ndarray.__pow__).
template <class F>
F numpy_power(F x, F p) {
    if (p == F{1}) return x;
    if (p == F{-1}) return F{1} / x;
    if (p == F{0}) return F{1};
    if (p == F{0.5}) return std::sqrt(x);
    if (p == F{2}) return x * x;
    return std::pow(x, p);
}

// np.max / np.min over `axis`: the reductions module reproduces NumPy's order and errors.
template <class F>
NDArray<F> extreme_reduce(const NDArray<F>& x, int axis, bool maximum) {
    return maximum ? tabula::max(x, axis) : tabula::min(x, axis);
}

template <class F, class Fn>
NDArray<F> elementwise(const NDArray<F>& x, Fn f) {
    NDArray<F> out = NDArray<F>::empty(x.shape());
    detail::unary_loop(out.data(), x.data(), x.shape(), out.strides(), x.strides(), f);
    return out;
}

template <class F>
NDArray<F> vector_norm(const NDArray<F>& x, int axis, std::optional<double> ord) {
    auto absolute = [](F v) { return std::abs(v); };
    if (!ord || *ord == 2) {
        NDArray<F> sums = tabula::sum(elementwise(x, [](F v) { return v * v; }), axis);
        return elementwise(sums, [](F v) { return std::sqrt(v); });
    }
    const double p = *ord;
    if (p == inf) return extreme_reduce(elementwise(x, absolute), axis, true);
    if (p == -inf) return extreme_reduce(elementwise(x, absolute), axis, false);
    if (p == 0) return tabula::sum(elementwise(x, [](F v) { return v != 0 ? F{1} : F{0}; }), axis);
    if (p == 1) return tabula::sum(elementwise(x, absolute), axis);
    const F pf = static_cast<F>(p);
    NDArray<F> sums =
        tabula::sum(elementwise(x, [&](F v) { return numpy_power(std::abs(v), pf); }), axis);
    const F reciprocal = F{1} / pf;
    return elementwise(sums, [&](F v) { return numpy_power(v, reciprocal); });
}

// sqrt(x . x) over the flattened array through BLAS, in the 2**30-element chunks NumPy's dot
// uses for long vectors.
template <class F>
F dot_norm(const NDArray<F>& x) {
    constexpr std::int64_t chunk = std::int64_t{1} << 30;
    F sum = 0;
    for (std::int64_t begin = 0; begin < x.size(); begin += chunk) {
        const int len = static_cast<int>(std::min(chunk, x.size() - begin));
        const F* p = x.data() + begin;
        if constexpr (std::is_same_v<F, double>) {
            sum += cblas_ddot(len, p, 1, p, 1);
        } else {
            sum += cblas_sdot(len, p, 1, p, 1);
        }
    }
    return std::sqrt(sum);
}

template <class F>
F matrix_norm(const NDArray<F>& x, double ord) {
    if (ord == 2 || ord == -2) {
        const NDArray<F> s = svdvals(x);
        return extreme_reduce(s, 0, ord == 2).item();
    }
    auto absolute = [](F v) { return std::abs(v); };
    if (ord == 1 || ord == -1) {
        return extreme_reduce(tabula::sum(elementwise(x, absolute), 0), 0, ord == 1).item();
    }
    if (ord == inf || ord == -inf) {
        return extreme_reduce(tabula::sum(elementwise(x, absolute), 1), 0, ord == inf).item();
    }
    throw ValueError("Invalid norm order for matrices.");
}

}  // namespace

template <ArrayElement E>
float_t<E> norm(const NDArray<E>& a, std::optional<double> ord) {
    using F = float_t<E>;
    const NDArray<F> x = detail::c_contiguous<F>(a);
    if (!ord || (*ord == 2 && x.ndim() == 1)) return dot_norm(x);
    if (x.ndim() == 1) return vector_norm(x, 0, ord).item();
    if (x.ndim() == 2) return matrix_norm(x, *ord);
    throw ValueError("Improper number of dimensions to norm.");
}

template <ArrayElement E>
NDArray<float_t<E>> norm(const NDArray<E>& a, const NormOptions& options) {
    using F = float_t<E>;
    const int axis = normalize_axis(options.axis, a.ndim());
    NDArray<F> out = vector_norm(detail::c_contiguous<F>(a), axis, options.ord);
    return options.keepdims ? out.expand_dims(axis) : out;
}

#define TABULA_INSTANTIATE_NORM(E)                                      \
    template float_t<E> norm(const NDArray<E>&, std::optional<double>); \
    template NDArray<float_t<E>> norm(const NDArray<E>&, const NormOptions&);

TABULA_INSTANTIATE_NORM(bool)
TABULA_INSTANTIATE_NORM(std::int32_t)
TABULA_INSTANTIATE_NORM(std::int64_t)
TABULA_INSTANTIATE_NORM(float)
TABULA_INSTANTIATE_NORM(double)

}  // namespace tabula
