#pragma once
// Arithmetic, comparison and logical operators on NDArrays and scalars, with NumPy's
// broadcasting and type promotion. Combinations NumPy refuses (bool - bool, float & float,
// int += float) do not compile.
#include <string>
#include <type_traits>
#include <utility>

#include "tabula/array/ndarray.hpp"

namespace tabula {

enum class BinaryOp {
    Add,
    Subtract,
    Multiply,
    Divide,
    Equal,
    NotEqual,
    Less,
    LessEqual,
    Greater,
    GreaterEqual,
    BitAnd,
    BitOr,
    BitXor,
    Maximum,
    Minimum,
};

namespace detail {
template <BinaryOp Op>
inline constexpr bool is_comparison =
    Op == BinaryOp::Equal || Op == BinaryOp::NotEqual || Op == BinaryOp::Less ||
    Op == BinaryOp::LessEqual || Op == BinaryOp::Greater || Op == BinaryOp::GreaterEqual;
template <BinaryOp Op>
inline constexpr bool is_bitwise =
    Op == BinaryOp::BitAnd || Op == BinaryOp::BitOr || Op == BinaryOp::BitXor;

template <BinaryOp Op, class A, class B>
using binary_result_t =
    std::conditional_t<is_comparison<Op>, bool,
                       std::conditional_t<Op == BinaryOp::Divide, divide_t<A, B>, promote_t<A, B>>>;

// NumPy refuses these type combinations with a TypeError; here they do not compile.
template <BinaryOp Op, class A, class B>
inline constexpr bool binary_supported =
    !(Op == BinaryOp::Subtract && std::is_same_v<A, bool> &&
      std::is_same_v<B, bool>)&&!(is_bitwise<Op> && std::is_floating_point_v<promote_t<A, B>>);

// Kind order bool < integer < float: in-place results may not move up a kind (NumPy's
// same_kind casting rule: int_array += 1.5 is a UFuncTypeError).
template <class T>
inline constexpr int kind = std::is_same_v<T, bool> ? 0
                            : std::is_integral_v<T> ? 1
                                                    : 2;

// Explicitly instantiated in src/array for all supported combinations.
template <BinaryOp Op, ArrayElement A, ArrayElement B>
requires binary_supported<Op, A, B> NDArray<binary_result_t<Op, A, B>> binary(NDArray<A> a,
                                                                              NDArray<B> b);

template <BinaryOp Op, ArrayElement A, ArrayElement B>
requires binary_supported<Op, A, B> &&
    (kind<binary_result_t<Op, A, B>> <=
     kind<A>)&&(!is_comparison<Op>)void binary_inplace(NDArray<A>& out, const NDArray<B>& b);

[[noreturn]] void throw_integer_out_of_bounds(const std::string& value, DType dtype);

// The scalar as a 0-d array of the type NumPy gives it beside an array of A. Integer scalars
// that do not fit that type are refused, as NumPy 2 does, rather than wrapped silently.
template <ArrayElement A, ArithmeticScalar S>
NDArray<scalar_promote_t<A, S>> scalar_operand(S value) {
    using R = scalar_promote_t<A, S>;
    if constexpr (std::is_integral_v<S> && !std::is_same_v<S, bool> && std::is_integral_v<R> &&
                  !std::is_same_v<R, bool>) {
        if (!std::in_range<R>(value))
            throw_integer_out_of_bounds(std::to_string(value), dtype_of_v<R>);
    }
    return NDArray<R>::scalar(static_cast<R>(value));
}
}  // namespace detail

#define TABULA_BINARY_OPERATOR(symbol, op)                                                 \
    template <ArrayElement A, ArrayElement B>                                              \
    requires detail::binary_supported<op, A, B> NDArray<detail::binary_result_t<op, A, B>> \
    operator symbol(NDArray<A> a, NDArray<B> b) {                                          \
        return detail::binary<op>(std::move(a), std::move(b));                             \
    }                                                                                      \
    template <ArrayElement A, ArithmeticScalar S>                                          \
    requires detail::binary_supported<op, A, scalar_promote_t<A, S>>                       \
    auto operator symbol(NDArray<A> a, S s) {                                              \
        return detail::binary<op>(std::move(a), detail::scalar_operand<A>(s));             \
    }                                                                                      \
    template <ArithmeticScalar S, ArrayElement A>                                          \
    requires detail::binary_supported<op, scalar_promote_t<A, S>, A>                       \
    auto operator symbol(S s, NDArray<A> a) {                                              \
        return detail::binary<op>(detail::scalar_operand<A>(s), std::move(a));             \
    }

TABULA_BINARY_OPERATOR(+, BinaryOp::Add)
TABULA_BINARY_OPERATOR(-, BinaryOp::Subtract)
TABULA_BINARY_OPERATOR(*, BinaryOp::Multiply)
TABULA_BINARY_OPERATOR(/, BinaryOp::Divide)
TABULA_BINARY_OPERATOR(==, BinaryOp::Equal)
TABULA_BINARY_OPERATOR(!=, BinaryOp::NotEqual)
TABULA_BINARY_OPERATOR(<, BinaryOp::Less)
TABULA_BINARY_OPERATOR(<=, BinaryOp::LessEqual)
TABULA_BINARY_OPERATOR(>, BinaryOp::Greater)
TABULA_BINARY_OPERATOR(>=, BinaryOp::GreaterEqual)
TABULA_BINARY_OPERATOR(&, BinaryOp::BitAnd)
TABULA_BINARY_OPERATOR(|, BinaryOp::BitOr)
TABULA_BINARY_OPERATOR(^, BinaryOp::BitXor)
#undef TABULA_BINARY_OPERATOR

#define TABULA_INPLACE_OPERATOR(symbol, op)                                       \
    template <ArrayElement A, ArrayElement B>                                     \
    requires requires(NDArray<A> & a, const NDArray<B>& b) {                      \
        detail::binary_inplace<op>(a, b);                                         \
    }                                                                             \
    NDArray<A>& operator symbol(NDArray<A>& a, const NDArray<B>& b) {             \
        detail::binary_inplace<op>(a, b);                                         \
        return a;                                                                 \
    }                                                                             \
    template <ArrayElement A, ArithmeticScalar S>                                 \
    requires requires(NDArray<A> & a, const NDArray<scalar_promote_t<A, S>>& b) { \
        detail::binary_inplace<op>(a, b);                                         \
    }                                                                             \
    NDArray<A>& operator symbol(NDArray<A>& a, S s) {                             \
        detail::binary_inplace<op>(a, detail::scalar_operand<A>(s));              \
        return a;                                                                 \
    }

TABULA_INPLACE_OPERATOR(+=, BinaryOp::Add)
TABULA_INPLACE_OPERATOR(-=, BinaryOp::Subtract)
TABULA_INPLACE_OPERATOR(*=, BinaryOp::Multiply)
TABULA_INPLACE_OPERATOR(/=, BinaryOp::Divide)
TABULA_INPLACE_OPERATOR(&=, BinaryOp::BitAnd)
TABULA_INPLACE_OPERATOR(|=, BinaryOp::BitOr)
TABULA_INPLACE_OPERATOR(^=, BinaryOp::BitXor)
#undef TABULA_INPLACE_OPERATOR

// np.maximum / np.minimum: elementwise, NaN propagates.
template <ArrayElement A, ArrayElement B>
NDArray<promote_t<A, B>> maximum(NDArray<A> a, NDArray<B> b) {
    return detail::binary<BinaryOp::Maximum>(std::move(a), std::move(b));
}
template <ArrayElement A, ArithmeticScalar S>
NDArray<scalar_promote_t<A, S>> maximum(NDArray<A> a, S s) {
    return detail::binary<BinaryOp::Maximum>(std::move(a), detail::scalar_operand<A>(s));
}
template <ArrayElement A, ArrayElement B>
NDArray<promote_t<A, B>> minimum(NDArray<A> a, NDArray<B> b) {
    return detail::binary<BinaryOp::Minimum>(std::move(a), std::move(b));
}
template <ArrayElement A, ArithmeticScalar S>
NDArray<scalar_promote_t<A, S>> minimum(NDArray<A> a, S s) {
    return detail::binary<BinaryOp::Minimum>(std::move(a), detail::scalar_operand<A>(s));
}

// Unary minus (not for bool arrays, which NumPy refuses) and ~ (logical not for bool, bitwise
// not for integers).
template <ArrayElement A>
requires(!std::is_same_v<A, bool>) NDArray<A>
operator-(const NDArray<A>& a);
template <ArrayElement A>
requires std::is_integral_v<A> NDArray<A>
operator~(const NDArray<A>& a);

}  // namespace tabula
