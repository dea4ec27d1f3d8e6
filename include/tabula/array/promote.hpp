#pragma once
// NumPy's type promotion for the five NDArray element types.
#include <cstdint>
#include <type_traits>

#include "tabula/core/dtype.hpp"

namespace tabula {

namespace detail {
template <class T>
inline constexpr int promote_rank = std::is_same_v<T, bool>           ? 0
                                    : std::is_same_v<T, std::int32_t> ? 1
                                    : std::is_same_v<T, std::int64_t> ? 2
                                    : std::is_same_v<T, float>        ? 3
                                                                      : 4;

template <class A, class B>
struct promote_impl {
    // int32/int64 mixed with float32 needs float64 to hold every integer exactly, as in NumPy.
    using type = std::conditional_t<
        (std::is_integral_v<A> && !std::is_same_v<A, bool> && std::is_same_v<B, float>) ||
            (std::is_integral_v<B> && !std::is_same_v<B, bool> && std::is_same_v<A, float>),
        double, std::conditional_t<(promote_rank<A> >= promote_rank<B>), A, B>>;
};
}  // namespace detail

// np.result_type of two arrays: promote_t<int32_t, float> is double, promote_t<bool, int32_t> is
// int32_t.
template <ArrayElement A, ArrayElement B>
using promote_t = typename detail::promote_impl<A, B>::type;

// Result of true division: integers and bools divide into float64.
template <ArrayElement A, ArrayElement B>
using divide_t =
    std::conditional_t<std::is_floating_point_v<promote_t<A, B>>, promote_t<A, B>, double>;

// Element type of float-valued ufuncs (sqrt, exp, mean, ...): floats keep their width.
template <ArrayElement T>
using float_t = std::conditional_t<std::is_floating_point_v<T>, T, double>;

// Accumulator type of sum/prod/cumsum: bools and int32 accumulate in int64 as NumPy on Linux.
template <ArrayElement T>
using sum_t = std::conditional_t<std::is_floating_point_v<T>, T, std::int64_t>;

// C++ scalar types accepted beside arrays (named apart from the frame module's Scalar value).
template <class S>
concept ArithmeticScalar = std::is_arithmetic_v<S>;

namespace detail {
template <ArrayElement A, ArithmeticScalar S>
struct scalar_promote_impl {
    // A Python scalar is "weak" in NumPy: it adapts to the array's type unless its kind is
    // higher (a float with an int array gives float64; an int with a bool array gives int64).
    using type = std::conditional_t<
        std::is_same_v<S, bool>, A,
        std::conditional_t<std::is_floating_point_v<S>,
                           std::conditional_t<std::is_floating_point_v<A>, A, double>,
                           std::conditional_t<std::is_same_v<A, bool>, std::int64_t, A>>>;
};
}  // namespace detail

// Element type an array of A takes when combined with a scalar of type S.
template <ArrayElement A, ArithmeticScalar S>
using scalar_promote_t = typename detail::scalar_promote_impl<A, S>::type;

}  // namespace tabula
