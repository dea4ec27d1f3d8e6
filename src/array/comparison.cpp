// == != < <= > >= and the bitwise & | ^, ~ and unary minus.
#include "binary_impl.hpp"

namespace tabula {

namespace detail {

TABULA_BINARY_ALL_PAIRS(BinaryOp::Equal)
TABULA_BINARY_ALL_PAIRS(BinaryOp::NotEqual)
TABULA_BINARY_ALL_PAIRS(BinaryOp::Less)
TABULA_BINARY_ALL_PAIRS(BinaryOp::LessEqual)
TABULA_BINARY_ALL_PAIRS(BinaryOp::Greater)
TABULA_BINARY_ALL_PAIRS(BinaryOp::GreaterEqual)

#define TABULA_BITWISE(op)                                          \
    TABULA_WITH_INTEGRAL(TABULA_BINARY_INSTANCE, op, bool)          \
    TABULA_WITH_INTEGRAL(TABULA_BINARY_INSTANCE, op, std::int32_t)  \
    TABULA_WITH_INTEGRAL(TABULA_BINARY_INSTANCE, op, std::int64_t)  \
    TABULA_INPLACE_INSTANCE(op, bool, bool)                         \
    TABULA_WITH_INTEGRAL(TABULA_INPLACE_INSTANCE, op, std::int32_t) \
    TABULA_WITH_INTEGRAL(TABULA_INPLACE_INSTANCE, op, std::int64_t)
TABULA_BITWISE(BinaryOp::BitAnd)
TABULA_BITWISE(BinaryOp::BitOr)
TABULA_BITWISE(BinaryOp::BitXor)
#undef TABULA_BITWISE

}  // namespace detail

template <ArrayElement A>
requires(!std::is_same_v<A, bool>) NDArray<A>
operator-(const NDArray<A>& a) {
    NDArray<A> out = NDArray<A>::empty(a.shape());
    detail::unary_loop(out.data(), a.data(), a.shape(), out.strides(), a.strides(), [](A x) {
        if constexpr (std::is_integral_v<A>) {
            return static_cast<A>(0u - static_cast<std::make_unsigned_t<A>>(x));
        } else {
            return -x;
        }
    });
    return out;
}

template <ArrayElement A>
requires std::is_integral_v<A> NDArray<A>
operator~(const NDArray<A>& a) {
    NDArray<A> out = NDArray<A>::empty(a.shape());
    detail::unary_loop(out.data(), a.data(), a.shape(), out.strides(), a.strides(), [](A x) {
        if constexpr (std::is_same_v<A, bool>) {
            return !x;
        } else {
            return static_cast<A>(~x);
        }
    });
    return out;
}

template NDArray<std::int32_t> operator-(const NDArray<std::int32_t>&);
template NDArray<std::int64_t> operator-(const NDArray<std::int64_t>&);
template NDArray<float> operator-(const NDArray<float>&);
template NDArray<double> operator-(const NDArray<double>&);
template NDArray<bool> operator~(const NDArray<bool>&);
template NDArray<std::int32_t> operator~(const NDArray<std::int32_t>&);
template NDArray<std::int64_t> operator~(const NDArray<std::int64_t>&);

}  // namespace tabula
