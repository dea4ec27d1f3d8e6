// np.linalg.norm, computed in the order NumPy 1.24 computes it (BLAS dot for the default norm,
// pairwise summation along a contiguous axis, plain accumulation across rows), so that results
// agree with NumPy to the last bit rather than to a tolerance.
#include <cblas.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "linalg_lapack.hpp"
#include "tabula/array/linalg.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

namespace {

constexpr double inf = std::numeric_limits<double>::infinity();

// NumPy's pairwise_sum for float types: blocks of 128 summed with eight accumulators, halves
// combined recursively.
template <class F>
F pairwise_sum(const F* a, std::int64_t n, std::int64_t stride) {
    if (n < 8) {
        F res = 0;
        for (std::int64_t i = 0; i < n; ++i) res += a[i * stride];
        return res;
    }
    if (n <= 128) {
        F r[8];
        for (int j = 0; j < 8; ++j) r[j] = a[j * stride];
        std::int64_t i = 8;
        for (; i < n - (n % 8); i += 8) {
            for (int j = 0; j < 8; ++j) r[j] += a[(i + j) * stride];
        }
        F res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        for (; i < n; ++i) res += a[i * stride];
        return res;
    }
    std::int64_t n2 = n / 2;
    n2 -= n2 % 8;
    return pairwise_sum(a, n2, stride) + pairwise_sum(a + n2 * stride, n - n2, stride);
}

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

// np.add.reduce over `axis` of a C-contiguous array: pairwise along the last axis, otherwise
// accumulated one slice after another, as NumPy's reduction loop runs.
template <class F>
NDArray<F> add_reduce(const NDArray<F>& x, int axis) {
    const Shape& s = x.shape();
    const std::int64_t outer = shape_size(Shape(s.begin(), s.begin() + axis));
    const std::int64_t len = s[static_cast<std::size_t>(axis)];
    const std::int64_t inner = shape_size(Shape(s.begin() + axis + 1, s.end()));
    Shape out_shape = s;
    out_shape.erase(out_shape.begin() + axis);
    NDArray<F> out = NDArray<F>::zeros(out_shape);
    F* o = out.data();
    const F* p = x.data();
    for (std::int64_t i = 0; i < outer; ++i) {
        if (inner == 1) {
            o[i] = F{0} + pairwise_sum(p + i * len, len, 1);
            continue;
        }
        for (std::int64_t r = 0; r < len; ++r) {
            const F* row = p + (i * len + r) * inner;
            for (std::int64_t j = 0; j < inner; ++j) o[i * inner + j] += row[j];
        }
    }
    return out;
}

// np.max / np.min over `axis` (NaN propagates); ValueError on an empty reduction as in NumPy.
template <class F>
NDArray<F> extreme_reduce(const NDArray<F>& x, int axis, bool maximum) {
    const Shape& s = x.shape();
    const std::int64_t outer = shape_size(Shape(s.begin(), s.begin() + axis));
    const std::int64_t len = s[static_cast<std::size_t>(axis)];
    const std::int64_t inner = shape_size(Shape(s.begin() + axis + 1, s.end()));
    Shape out_shape = s;
    out_shape.erase(out_shape.begin() + axis);
    if (len == 0 && shape_size(out_shape) > 0) {
        throw ValueError(
            fmt::format("zero-size array to reduction operation {} which has no identity",
                        maximum ? "maximum" : "minimum"));
    }
    NDArray<F> out = NDArray<F>::empty(out_shape);
    for (std::int64_t i = 0; i < outer; ++i) {
        for (std::int64_t j = 0; j < inner; ++j) {
            const F* p = x.data() + i * len * inner + j;
            F best = p[0];
            for (std::int64_t r = 1; r < len && !std::isnan(best); ++r) {
                const F v = p[r * inner];
                if (std::isnan(v) || (maximum ? v > best : v < best)) best = v;
            }
            out.data()[i * inner + j] = best;
        }
    }
    return out;
}

template <class F, class Fn>
NDArray<F> elementwise(const NDArray<F>& x, Fn f) {
    NDArray<F> out = NDArray<F>::empty(x.shape());
    for (std::int64_t i = 0; i < x.size(); ++i) out.data()[i] = f(x.data()[i]);
    return out;
}

template <class F>
NDArray<F> vector_norm(const NDArray<F>& x, int axis, std::optional<double> ord) {
    auto absolute = [](F v) { return std::abs(v); };
    if (!ord || *ord == 2) {
        NDArray<F> sums = add_reduce(elementwise(x, [](F v) { return v * v; }), axis);
        return elementwise(sums, [](F v) { return std::sqrt(v); });
    }
    const double p = *ord;
    if (p == inf) return extreme_reduce(elementwise(x, absolute), axis, true);
    if (p == -inf) return extreme_reduce(elementwise(x, absolute), axis, false);
    if (p == 0) return add_reduce(elementwise(x, [](F v) { return v != 0 ? F{1} : F{0}; }), axis);
    if (p == 1) return add_reduce(elementwise(x, absolute), axis);
    const F pf = static_cast<F>(p);
    NDArray<F> sums =
        add_reduce(elementwise(x, [&](F v) { return numpy_power(std::abs(v), pf); }), axis);
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
        return extreme_reduce(add_reduce(elementwise(x, absolute), 0), 0, ord == 1).item();
    }
    if (ord == inf || ord == -inf) {
        return extreme_reduce(add_reduce(elementwise(x, absolute), 1), 0, ord == inf).item();
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
