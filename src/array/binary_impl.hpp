#pragma once
// The definitions behind detail::binary and detail::binary_inplace, shared by the .cpp files
// that instantiate them for groups of operators. Private to src/array.
#include <fmt/format.h>

#include <cmath>
#include <type_traits>

#include "elementwise.hpp"
#include "tabula/array/operators.hpp"
#include "tabula/core/error.hpp"

namespace tabula::detail {

// Integer add/sub/mul wrap around as in NumPy, computed unsigned to stay defined in C++.
template <class R>
R wrapping(R a, R b, BinaryOp op) {
    using U = std::make_unsigned_t<R>;
    const U x = static_cast<U>(a);
    const U y = static_cast<U>(b);
    switch (op) {
        case BinaryOp::Add:
            return static_cast<R>(x + y);
        case BinaryOp::Subtract:
            return static_cast<R>(x - y);
        default:
            return static_cast<R>(x * y);
    }
}

template <BinaryOp Op, class R, class C>
struct BinaryFunctor {
    template <class A, class B>
    R operator()(A a, B b) const {
        const C x = static_cast<C>(a);
        const C y = static_cast<C>(b);
        if constexpr (Op == BinaryOp::Add || Op == BinaryOp::Subtract || Op == BinaryOp::Multiply) {
            if constexpr (std::is_integral_v<C> && !std::is_same_v<C, bool>) {
                return wrapping<C>(x, y, Op);
            } else if constexpr (std::is_same_v<C, bool>) {
                // NumPy: True + True is True (logical or), True * False is False (and).
                return Op == BinaryOp::Add ? (x || y) : (x && y);
            } else if constexpr (Op == BinaryOp::Add) {
                return x + y;
            } else if constexpr (Op == BinaryOp::Subtract) {
                return x - y;
            } else {
                return x * y;
            }
        } else if constexpr (Op == BinaryOp::Divide) {
            return static_cast<R>(x) / static_cast<R>(y);
        } else if constexpr (Op == BinaryOp::Equal) {
            return x == y;
        } else if constexpr (Op == BinaryOp::NotEqual) {
            return x != y;
        } else if constexpr (Op == BinaryOp::Less) {
            return x < y;
        } else if constexpr (Op == BinaryOp::LessEqual) {
            return x <= y;
        } else if constexpr (Op == BinaryOp::Greater) {
            return x > y;
        } else if constexpr (Op == BinaryOp::GreaterEqual) {
            return x >= y;
        } else if constexpr (Op == BinaryOp::BitAnd) {
            return static_cast<R>(x & y);
        } else if constexpr (Op == BinaryOp::BitOr) {
            return static_cast<R>(x | y);
        } else if constexpr (Op == BinaryOp::BitXor) {
            return static_cast<R>(x ^ y);
        } else if constexpr (Op == BinaryOp::Maximum) {
            // NaN wins in either position, as np.maximum.
            if constexpr (std::is_floating_point_v<C>) {
                if (x != x) return x;
                if (y != y) return y;
            }
            return x >= y ? x : y;
        } else {
            if constexpr (std::is_floating_point_v<C>) {
                if (x != x) return x;
                if (y != y) return y;
            }
            return x <= y ? x : y;
        }
    }
};

template <BinaryOp Op, class A, class B>
using compute_t = std::conditional_t<is_comparison<Op>, promote_t<A, B>, binary_result_t<Op, A, B>>;

template <BinaryOp Op, ArrayElement A, ArrayElement B>
requires binary_supported<Op, A, B> NDArray<binary_result_t<Op, A, B>> binary(NDArray<A> a,
                                                                              NDArray<B> b) {
    using R = binary_result_t<Op, A, B>;
    const Shape shape = broadcast_shapes(a.shape(), b.shape());
    // A temporary operand (sole owner of its buffer, already the result's shape and type) takes
    // the result in place: (X - mean) / std allocates one array, not two.
    auto reusable = [&](const auto& x) {
        return x.buffer().use_count() == 1 && x.shape() == shape && x.is_contiguous();
    };
    NDArray<R> out;
    if constexpr (std::is_same_v<A, R>) {
        if (reusable(a)) out = a;
    }
    if constexpr (std::is_same_v<B, R>) {
        if (out.size() != shape_size(shape) && reusable(b)) out = b;
    }
    if (out.shape() != shape) out = NDArray<R>::empty(shape);
    binary_loop(out.data(), a.data(), b.data(), shape, out.strides(),
                broadcast_strides(a.shape(), a.strides(), shape),
                broadcast_strides(b.shape(), b.strides(), shape),
                BinaryFunctor<Op, R, compute_t<Op, A, B>>{});
    return out;
}

template <BinaryOp Op, ArrayElement A, ArrayElement B>
requires binary_supported<Op, A, B> &&
    (kind<binary_result_t<Op, A, B>> <=
     kind<A>)&&(!is_comparison<Op>)void binary_inplace(NDArray<A>& out, const NDArray<B>& b) {
    const Shape shape = broadcast_shapes(out.shape(), b.shape());
    if (shape != out.shape()) {
        throw ValueError(fmt::format(
            "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
            shape_to_string(out.shape()), shape_to_string(shape)));
    }
    // An operand overlapping the output is read from a copy, as NumPy does.
    const NDArray<B> source = out.buffer() == b.buffer() ? b.copy() : b;
    using R = binary_result_t<Op, A, B>;
    const BinaryFunctor<Op, R, compute_t<Op, A, B>> f;
    binary_loop(out.data(), out.data(), source.data(), shape, out.strides(), out.strides(),
                broadcast_strides(source.shape(), source.strides(), shape),
                [f](A x, B y) { return static_cast<A>(f(x, y)); });
}

// Explicit instantiation lists: every element type pairing an operator supports.
#define TABULA_BINARY_INSTANCE(op, A, B) \
    template NDArray<binary_result_t<op, A, B>> binary<op, A, B>(NDArray<A>, NDArray<B>);
#define TABULA_INPLACE_INSTANCE(op, A, B) \
    template void binary_inplace<op, A, B>(NDArray<A>&, const NDArray<B>&);
#define TABULA_WITH_INTEGRAL(M, op, A) M(op, A, bool) M(op, A, std::int32_t) M(op, A, std::int64_t)
#define TABULA_WITH_ALL(M, op, A) TABULA_WITH_INTEGRAL(M, op, A) M(op, A, float) M(op, A, double)
#define TABULA_BINARY_ALL_PAIRS(op)                           \
    TABULA_WITH_ALL(TABULA_BINARY_INSTANCE, op, bool)         \
    TABULA_WITH_ALL(TABULA_BINARY_INSTANCE, op, std::int32_t) \
    TABULA_WITH_ALL(TABULA_BINARY_INSTANCE, op, std::int64_t) \
    TABULA_WITH_ALL(TABULA_BINARY_INSTANCE, op, float)        \
    TABULA_WITH_ALL(TABULA_BINARY_INSTANCE, op, double)
// In place, the result may not move up a kind: floats take anything, integers take integers
// and bools.
#define TABULA_INPLACE_NUMERIC(op)                                  \
    TABULA_WITH_INTEGRAL(TABULA_INPLACE_INSTANCE, op, std::int32_t) \
    TABULA_WITH_INTEGRAL(TABULA_INPLACE_INSTANCE, op, std::int64_t) \
    TABULA_WITH_ALL(TABULA_INPLACE_INSTANCE, op, float)             \
    TABULA_WITH_ALL(TABULA_INPLACE_INSTANCE, op, double)

}  // namespace tabula::detail
