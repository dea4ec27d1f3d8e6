#pragma once
// NumPy's elementwise math: abs, sqrt, exp, log, log1p, expm1, sin, cos, tanh, floor, ceil,
// round, clip, isnan, isfinite and where (maximum/minimum live in operators.hpp).
//
// Result types are NumPy 1.24's: the float functions (sqrt ... ceil) give float64 for integer
// arrays and keep float32; abs, round and clip keep integer types; isnan/isfinite give bool.
// One deliberate difference: NumPy gives float16 for the float functions and round of a bool
// array; tabula has no float16 and gives float64 (the same values, at full precision).
// Domain errors give NaN/inf as in NumPy (log(-1) is nan, log(0) is -inf), without warnings.
#include <type_traits>
#include <utility>

#include "tabula/array/creation.hpp"
#include "tabula/array/ndarray.hpp"
#include "tabula/array/operators.hpp"

namespace tabula {

// Element type of round(): integers keep their type, bool becomes float64 (see above).
template <ArrayElement A>
using round_t = std::conditional_t<std::is_same_v<A, bool>, double, A>;

// np.abs; the most negative integer stays itself, as in NumPy (wrap-around).
template <ArrayElement A>
NDArray<A> abs(const NDArray<A>& a);

template <ArrayElement A>
NDArray<float_t<A>> sqrt(const NDArray<A>& a);
template <ArrayElement A>
NDArray<float_t<A>> exp(const NDArray<A>& a);
template <ArrayElement A>
NDArray<float_t<A>> log(const NDArray<A>& a);
template <ArrayElement A>
NDArray<float_t<A>> log1p(const NDArray<A>& a);
template <ArrayElement A>
NDArray<float_t<A>> expm1(const NDArray<A>& a);
template <ArrayElement A>
NDArray<float_t<A>> sin(const NDArray<A>& a);
template <ArrayElement A>
NDArray<float_t<A>> cos(const NDArray<A>& a);
template <ArrayElement A>
NDArray<float_t<A>> tanh(const NDArray<A>& a);
template <ArrayElement A>
NDArray<float_t<A>> floor(const NDArray<A>& a);
template <ArrayElement A>
NDArray<float_t<A>> ceil(const NDArray<A>& a);

// np.round(a, decimals) / np.around: half to even. Floats are computed as NumPy does,
// rint(a * 10**decimals) / 10**decimals (rint(a / 10**-d) * 10**-d for negative decimals), so
// np.round(0.125, 2) is 0.12 and results are bit-identical. Integers are returned unchanged for
// decimals >= 0 and rounded through float64 otherwise (round(25, -1) is 20).
template <ArrayElement A>
NDArray<round_t<A>> round(const NDArray<A>& a, int decimals = 0);

template <ArrayElement A>
NDArray<bool> isnan(const NDArray<A>& a);
template <ArrayElement A>
NDArray<bool> isfinite(const NDArray<A>& a);

namespace detail {
template <ArrayElement A, ArrayElement R>
NDArray<R> clip(const NDArray<A>& a, R lo, R hi);

// The scalar as an element of the array type it promotes to, refused when out of range (as
// the operators do).
template <ArrayElement A, ArrayElement R, ArithmeticScalar S>
R scalar_element(S value) {
    return static_cast<R>(scalar_operand<A>(value).item());
}
}  // namespace detail

// Element type of clip(a, lo, hi) with scalar bounds.
template <ArrayElement A, ArithmeticScalar L, ArithmeticScalar H>
using clip_t = promote_t<scalar_promote_t<A, L>, scalar_promote_t<A, H>>;

// np.clip(a, lo, hi) with scalar bounds, min(max(a, lo), hi): lo > hi gives hi everywhere and a
// NaN element stays NaN. A NaN bound means "no bound", as NumPy 1.24 still does (deprecated
// there). The type is NumPy's: int32 array with int bounds stays int32, float bounds give float64.
template <ArrayElement A, ArithmeticScalar L, ArithmeticScalar H>
NDArray<clip_t<A, L, H>> clip(const NDArray<A>& a, L lo, H hi) {
    using R = clip_t<A, L, H>;
    return detail::clip<A, R>(a, detail::scalar_element<A, R>(lo),
                              detail::scalar_element<A, R>(hi));
}

// np.where(cond, x, y): x where cond is true, else y, all three broadcast together; the type is
// the promotion of x and y. Scalars for x or y are taken as Python scalars are by NumPy 1.24:
// where(c, int32_array, 2) is int32, where(c, 1, 2) int64, where(c, 1.0, 2) float64.
template <ArrayElement X, ArrayElement Y>
NDArray<promote_t<X, Y>> where(const NDArray<bool>& cond, const NDArray<X>& x, const NDArray<Y>& y);
template <ArrayElement X, ArithmeticScalar S>
NDArray<scalar_promote_t<X, S>> where(const NDArray<bool>& cond, const NDArray<X>& x, S y) {
    return where(cond, x, detail::scalar_operand<X>(y));
}
template <ArithmeticScalar S, ArrayElement Y>
NDArray<scalar_promote_t<Y, S>> where(const NDArray<bool>& cond, S x, const NDArray<Y>& y) {
    return where(cond, detail::scalar_operand<Y>(x), y);
}
template <ArithmeticScalar S, ArithmeticScalar T>
NDArray<promote_t<detail::default_element_t<S>, detail::default_element_t<T>>> where(
    const NDArray<bool>& cond, S x, T y) {
    return where(cond, NDArray<detail::default_element_t<S>>::scalar(x),
                 NDArray<detail::default_element_t<T>>::scalar(y));
}

}  // namespace tabula
