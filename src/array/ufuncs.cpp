#include "tabula/array/ufuncs.hpp"

#include <fmt/format.h>

#include <cmath>
#include <limits>

#include "elementwise.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

namespace {

// out = f(a) elementwise into a new C-contiguous array.
template <class R, class A, class F>
NDArray<R> map(const NDArray<A>& a, F f) {
    NDArray<R> out = NDArray<R>::empty(a.shape());
    detail::unary_loop(out.data(), a.data(), a.shape(), out.strides(), a.strides(), f);
    return out;
}

// A float function of an array: integers and bools are converted to float64 first.
template <ArrayElement A, class F>
NDArray<float_t<A>> map_float(const NDArray<A>& a, F f) {
    using R = float_t<A>;
    return map<R>(a, [f](A x) { return f(static_cast<R>(x)); });
}

// NumPy's power_of_ten (multiarray/calculation.c): a table to 1e8, then repeated
// multiplication, which for large n is not the correctly rounded power.
double power_of_ten(int n) {
    static constexpr double table[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8};
    if (n < 9) return table[n];
    double value = 1e9;
    while (n-- > 9) value *= 10.0;
    return value;
}

// np.round of floats with decimals != 0, step by step as PyArray_Round: the scale is a Python
// float, which NumPy 1.24 applies to a float32 array in float32 when it fits float32's range
// and in float64 otherwise; each intermediate is stored in the output's type.
template <class F>
NDArray<F> round_scaled(const NDArray<F>& a, int decimals) {
    const bool up = decimals >= 0;
    const double scale = power_of_ten(up ? decimals : -decimals);
    const bool narrow = std::is_same_v<F, float> && scale > std::numeric_limits<float>::max();
    if (narrow) {
        return map<F>(a, [up, scale](F x) {
            const F scaled = static_cast<F>(up ? x * scale : x / scale);
            const F rounded = std::nearbyint(scaled);
            return static_cast<F>(up ? rounded / scale : rounded * scale);
        });
    }
    const F s = static_cast<F>(scale);
    return map<F>(a, [up, s](F x) {
        const F rounded = std::nearbyint(up ? x * s : x / s);
        return up ? rounded / s : rounded * s;
    });
}

}  // namespace

template <ArrayElement A>
NDArray<A> abs(const NDArray<A>& a) {
    return map<A>(a, [](A x) {
        if constexpr (std::is_same_v<A, bool>) {
            return x;
        } else if constexpr (std::is_integral_v<A>) {
            using U = std::make_unsigned_t<A>;
            const U u = static_cast<U>(x);
            return static_cast<A>(x < 0 ? U{0} - u : u);
        } else {
            return std::fabs(x);
        }
    });
}

#define TABULA_FLOAT_UFUNC(name, function)                       \
    template <ArrayElement A>                                    \
    NDArray<float_t<A>> name(const NDArray<A>& a) {              \
        return map_float(a, [](auto x) { return function(x); }); \
    }
TABULA_FLOAT_UFUNC(sqrt, std::sqrt)
TABULA_FLOAT_UFUNC(exp, std::exp)
TABULA_FLOAT_UFUNC(log, std::log)
TABULA_FLOAT_UFUNC(log1p, std::log1p)
TABULA_FLOAT_UFUNC(expm1, std::expm1)
TABULA_FLOAT_UFUNC(sin, std::sin)
TABULA_FLOAT_UFUNC(cos, std::cos)
TABULA_FLOAT_UFUNC(tanh, std::tanh)
TABULA_FLOAT_UFUNC(floor, std::floor)
TABULA_FLOAT_UFUNC(ceil, std::ceil)
#undef TABULA_FLOAT_UFUNC

template <ArrayElement A>
NDArray<round_t<A>> round(const NDArray<A>& a, int decimals) {
    if constexpr (std::is_floating_point_v<A>) {
        if (decimals == 0) return map<A>(a, [](A x) { return std::nearbyint(x); });
        return round_scaled(a, decimals);
    } else if constexpr (std::is_same_v<A, bool>) {
        // rint of 0 and 1, whatever the decimals.
        return a.template astype<double>();
    } else {
        if (decimals >= 0) return a.copy();
        // NumPy rounds integers in float64 and casts back with astype's rules.
        return round_scaled(a.template astype<double>(), decimals).template astype<A>();
    }
}

template <ArrayElement A>
NDArray<bool> isnan(const NDArray<A>& a) {
    return map<bool>(a, [](A x) {
        if constexpr (std::is_floating_point_v<A>) {
            return std::isnan(x);
        } else {
            return false;
        }
    });
}

template <ArrayElement A>
NDArray<bool> isfinite(const NDArray<A>& a) {
    return map<bool>(a, [](A x) {
        if constexpr (std::is_floating_point_v<A>) {
            return std::isfinite(x);
        } else {
            return true;
        }
    });
}

namespace detail {

template <ArrayElement A, ArrayElement R>
NDArray<R> clip(const NDArray<A>& a, R lo, R hi) {
    if constexpr (std::is_floating_point_v<R>) {
        if (std::isnan(lo)) lo = -std::numeric_limits<R>::infinity();
        if (std::isnan(hi)) hi = std::numeric_limits<R>::infinity();
    }
    // NumPy's _NPY_CLIP: min(max(x, lo), hi) where a NaN first argument wins.
    return map<R>(a, [lo, hi](A value) {
        const R x = static_cast<R>(value);
        if constexpr (std::is_floating_point_v<R>) {
            if (std::isnan(x)) return x;
        }
        const R low = x > lo ? x : lo;
        return low < hi ? low : hi;
    });
}

}  // namespace detail

namespace {

// The broadcast shape of where's three operands; NumPy names all three when they do not fit.
Shape where_shape(const Shape& c, const Shape& x, const Shape& y) {
    try {
        return broadcast_shapes(broadcast_shapes(c, x), y);
    } catch (const ShapeError&) {
        throw ShapeError(
            fmt::format("operands could not be broadcast together with shapes {} {} {} ",
                        shape_to_string(c), shape_to_string(x), shape_to_string(y)));
    }
}

}  // namespace

template <ArrayElement X, ArrayElement Y>
NDArray<promote_t<X, Y>> where(const NDArray<bool>& cond, const NDArray<X>& x,
                               const NDArray<Y>& y) {
    using R = promote_t<X, Y>;
    const Shape shape = where_shape(cond.shape(), x.shape(), y.shape());
    NDArray<R> out = NDArray<R>::empty(shape);
    R* o = out.data();
    const bool* c = cond.data();
    const X* xs = x.data();
    const Y* ys = y.data();
    detail::run_elementwise<4>(
        shape,
        {out.strides(), broadcast_strides(cond.shape(), cond.strides(), shape),
         broadcast_strides(x.shape(), x.strides(), shape),
         broadcast_strides(y.shape(), y.strides(), shape)},
        [&](std::int64_t n, const auto& off, const auto& in) {
            R* po = o + off[0];
            const bool* pc = c + off[1];
            const X* px = xs + off[2];
            const Y* py = ys + off[3];
            if (in[0] == 1 && in[1] == 1 && in[2] == 1 && in[3] == 1) {
                for (std::int64_t i = 0; i < n; ++i) {
                    po[i] = pc[i] ? static_cast<R>(px[i]) : static_cast<R>(py[i]);
                }
            } else if (in[0] == 1 && in[1] == 1 && in[2] == 0 && in[3] == 0) {
                const R xv = static_cast<R>(*px);
                const R yv = static_cast<R>(*py);
                for (std::int64_t i = 0; i < n; ++i) po[i] = pc[i] ? xv : yv;
            } else {
                for (std::int64_t i = 0; i < n; ++i) {
                    po[i * in[0]] = pc[i * in[1]] ? static_cast<R>(px[i * in[2]])
                                                  : static_cast<R>(py[i * in[3]]);
                }
            }
        });
    return out;
}

#define TABULA_UFUNC_INSTANCES(A)                               \
    template NDArray<A> abs(const NDArray<A>&);                 \
    template NDArray<float_t<A>> sqrt(const NDArray<A>&);       \
    template NDArray<float_t<A>> exp(const NDArray<A>&);        \
    template NDArray<float_t<A>> log(const NDArray<A>&);        \
    template NDArray<float_t<A>> log1p(const NDArray<A>&);      \
    template NDArray<float_t<A>> expm1(const NDArray<A>&);      \
    template NDArray<float_t<A>> sin(const NDArray<A>&);        \
    template NDArray<float_t<A>> cos(const NDArray<A>&);        \
    template NDArray<float_t<A>> tanh(const NDArray<A>&);       \
    template NDArray<float_t<A>> floor(const NDArray<A>&);      \
    template NDArray<float_t<A>> ceil(const NDArray<A>&);       \
    template NDArray<round_t<A>> round(const NDArray<A>&, int); \
    template NDArray<bool> isnan(const NDArray<A>&);            \
    template NDArray<bool> isfinite(const NDArray<A>&);         \
    TABULA_WHERE_INSTANCE(A, bool)                              \
    TABULA_WHERE_INSTANCE(A, std::int32_t)                      \
    TABULA_WHERE_INSTANCE(A, std::int64_t)                      \
    TABULA_WHERE_INSTANCE(A, float)                             \
    TABULA_WHERE_INSTANCE(A, double)
#define TABULA_WHERE_INSTANCE(X, Y)                                                  \
    template NDArray<promote_t<X, Y>> where(const NDArray<bool>&, const NDArray<X>&, \
                                            const NDArray<Y>&);
TABULA_UFUNC_INSTANCES(bool)
TABULA_UFUNC_INSTANCES(std::int32_t)
TABULA_UFUNC_INSTANCES(std::int64_t)
TABULA_UFUNC_INSTANCES(float)
TABULA_UFUNC_INSTANCES(double)
#undef TABULA_WHERE_INSTANCE
#undef TABULA_UFUNC_INSTANCES

// clip's (array type, result type) pairs: every promotion of an array type with Python scalars.
#define TABULA_CLIP_INSTANCE(A, R) template NDArray<R> detail::clip(const NDArray<A>&, R, R);
TABULA_CLIP_INSTANCE(bool, bool)
TABULA_CLIP_INSTANCE(bool, std::int64_t)
TABULA_CLIP_INSTANCE(bool, double)
TABULA_CLIP_INSTANCE(std::int32_t, std::int32_t)
TABULA_CLIP_INSTANCE(std::int32_t, double)
TABULA_CLIP_INSTANCE(std::int64_t, std::int64_t)
TABULA_CLIP_INSTANCE(std::int64_t, double)
TABULA_CLIP_INSTANCE(float, float)
TABULA_CLIP_INSTANCE(double, double)
#undef TABULA_CLIP_INSTANCE

}  // namespace tabula
