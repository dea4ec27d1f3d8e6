#pragma once
// NumPy's array creation functions: zeros, ones, full, empty and their *_like forms, arange,
// linspace, eye, identity, asarray. A C++ scalar stands for the Python scalar a NumPy user would
// write: an integer is int64, a double is float64, a bool is bool (and a float is float32).
#include <cstdint>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "tabula/array/ndarray.hpp"

namespace tabula {

namespace detail {
// The element type NumPy gives a Python scalar of this kind on its own.
template <ArithmeticScalar S>
using default_element_t = std::conditional_t<
    std::is_same_v<S, bool>, bool,
    std::conditional_t<std::is_same_v<S, float>, float,
                       std::conditional_t<std::is_floating_point_v<S>, double, std::int64_t>>>;

// Element type of full(): the requested one, else the value's own.
template <class E, ArithmeticScalar S>
using full_element_t = std::conditional_t<std::is_void_v<E>, default_element_t<S>, E>;

// Element type of a *_like result: the requested one, else the prototype's.
template <class U, ArrayElement E>
using like_element_t = std::conditional_t<std::is_void_v<U>, E, U>;

// `value` stored into an E as np.full / np.full_like do (copyto with casting="unsafe"): 2.7 -> 2,
// NaN -> INT_MIN, 2**40 -> 0 in int32; the same conversion as astype.
template <ArrayElement E, ArithmeticScalar S>
E cast_scalar(S value) {
    using D = default_element_t<S>;
    if constexpr (std::is_same_v<D, E>) {
        return static_cast<E>(value);
    } else {
        return NDArray<D>::scalar(static_cast<D>(value)).template astype<E>().item();
    }
}

NDArray<std::int64_t> arange_integer(std::int64_t start, std::int64_t stop, std::int64_t step);
NDArray<double> arange_floating(double start, double stop, double step);
}  // namespace detail

// np.zeros / np.ones / np.empty (uninitialised) with float64 as the default element type.
template <ArrayElement E = double>
NDArray<E> zeros(const Shape& shape) {
    return NDArray<E>::zeros(shape);
}
template <ArrayElement E = double>
NDArray<E> ones(const Shape& shape) {
    return NDArray<E>::ones(shape);
}
template <ArrayElement E = double>
NDArray<E> empty(const Shape& shape) {
    return NDArray<E>::empty(shape);
}

// np.full(shape, value[, dtype]): full({2}, 3) is int64, full({2}, 2.5) float64,
// full<std::int32_t>({2}, 2.7) holds 2.
template <class E = void, ArithmeticScalar S>
NDArray<detail::full_element_t<E, S>> full(const Shape& shape, S value) {
    using R = detail::full_element_t<E, S>;
    return NDArray<R>::full(shape, detail::cast_scalar<R>(value));
}

// np.zeros_like(a) and friends: the shape of `a`, its element type unless one is given
// (zeros_like<double>(ints)). The result is C-contiguous whatever the layout of `a`.
template <class U = void, ArrayElement E>
NDArray<detail::like_element_t<U, E>> zeros_like(const NDArray<E>& a) {
    return NDArray<detail::like_element_t<U, E>>::zeros(a.shape());
}
template <class U = void, ArrayElement E>
NDArray<detail::like_element_t<U, E>> ones_like(const NDArray<E>& a) {
    return NDArray<detail::like_element_t<U, E>>::ones(a.shape());
}
template <class U = void, ArrayElement E>
NDArray<detail::like_element_t<U, E>> empty_like(const NDArray<E>& a) {
    return NDArray<detail::like_element_t<U, E>>::empty(a.shape());
}
template <class U = void, ArrayElement E, ArithmeticScalar S>
NDArray<detail::like_element_t<U, E>> full_like(const NDArray<E>& a, S value) {
    using R = detail::like_element_t<U, E>;
    return NDArray<R>::full(a.shape(), detail::cast_scalar<R>(value));
}

// Numbers arange accepts (bool is not one).
template <class T>
concept RangeBound = ArithmeticScalar<T> && !std::is_same_v<T, bool>;

// arange's element type: int64 when every argument is an integer, else float64.
template <RangeBound... T>
using arange_element_t = std::conditional_t<(std::is_integral_v<T> && ...), std::int64_t, double>;

// np.arange(start, stop, step): ceil((stop - start) / step) values start + i * delta, where
// delta = (start + step) - start, computed as NumPy computes them (bit-identical for floats).
// A zero step or a length that is NaN or beyond int64 is a ValueError with NumPy's message for
// NumPy-scalar arguments ("Maximum allowed size exceeded", "arange: cannot compute length").
template <RangeBound A, RangeBound B, RangeBound C = std::int64_t>
NDArray<arange_element_t<A, B, C>> arange(A start, B stop, C step = 1) {
    if constexpr (std::is_same_v<arange_element_t<A, B, C>, std::int64_t>) {
        return detail::arange_integer(static_cast<std::int64_t>(start),
                                      static_cast<std::int64_t>(stop),
                                      static_cast<std::int64_t>(step));
    } else {
        return detail::arange_floating(static_cast<double>(start), static_cast<double>(stop),
                                       static_cast<double>(step));
    }
}
template <RangeBound T>
NDArray<arange_element_t<T>> arange(T stop) {
    return arange(T{0}, stop, T{1});
}

// np.linspace(start, stop, num, endpoint) in float64, with NumPy's formula (y = i * step + start,
// the last value set to stop), so the values are bit-identical. ValueError for num < 0.
NDArray<double> linspace(double start, double stop, std::int64_t num = 50, bool endpoint = true);

// np.eye(n, m, k): ones on the k-th diagonal of an n x m (default n x n) array.
template <ArrayElement E = double>
NDArray<E> eye(std::int64_t n, std::optional<std::int64_t> m = std::nullopt, std::int64_t k = 0);
// np.identity(n).
template <ArrayElement E = double>
NDArray<E> identity(std::int64_t n) {
    return eye<E>(n);
}

// np.asarray(list): a 1-d array of the values.
template <ArrayElement E>
NDArray<E> asarray(std::vector<E> values) {
    const auto n = static_cast<std::int64_t>(values.size());
    return NDArray<E>(std::move(values), Shape{n});
}

extern template NDArray<bool> eye(std::int64_t, std::optional<std::int64_t>, std::int64_t);
extern template NDArray<std::int32_t> eye(std::int64_t, std::optional<std::int64_t>, std::int64_t);
extern template NDArray<std::int64_t> eye(std::int64_t, std::optional<std::int64_t>, std::int64_t);
extern template NDArray<float> eye(std::int64_t, std::optional<std::int64_t>, std::int64_t);
extern template NDArray<double> eye(std::int64_t, std::optional<std::int64_t>, std::int64_t);

}  // namespace tabula
