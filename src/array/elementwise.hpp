#pragma once
// Runs an elementwise kernel over broadcast operands, in parallel for large outputs. The chunks
// are fixed by the shape, never by the thread count. Private to src/array.
#include <array>
#include <cstdint>

#include "strided_loop.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula::detail {

// Elements per parallel chunk: large enough to amortise scheduling, small enough to balance.
inline constexpr std::int64_t elementwise_chunk = 1 << 15;

// kernel(run, offsets, inner_strides) over the whole of `shape` (already broadcast); the
// strides include the output's at index 0.
template <std::size_t N, class Kernel>
void run_elementwise(Shape shape, std::array<Strides, N> strides, Kernel&& kernel) {
    if (shape_size(shape) == 0) return;
    coalesce(shape, strides);
    const std::int64_t run = shape.back();
    const std::int64_t outer = outer_count(shape);
    if (outer * run < 2 * elementwise_chunk) {
        for_each_run<N>(shape, strides, 0, outer, kernel);
        return;
    }
    if (outer == 1) {
        // One long run: cut it into pieces, shifting each operand by its stride.
        parallel_chunks(run, elementwise_chunk, [&](std::int64_t, std::int64_t b, std::int64_t e) {
            std::array<std::int64_t, N> offset;
            std::array<std::int64_t, N> inner;
            for (std::size_t k = 0; k < N; ++k) {
                inner[k] = strides[k].back();
                offset[k] = b * inner[k];
            }
            kernel(e - b, offset, inner);
        });
        return;
    }
    const std::int64_t rows_per_chunk = std::max<std::int64_t>(1, elementwise_chunk / run);
    parallel_chunks(outer, rows_per_chunk, [&](std::int64_t, std::int64_t b, std::int64_t e) {
        for_each_run<N>(shape, strides, b, e, kernel);
    });
}

// Applies out = f(a) for a unary functor, with the contiguous case as its own loop so that the
// compiler vectorises it.
template <class R, class A, class F>
void unary_loop(R* out, const A* a, const Shape& shape, const Strides& out_strides,
                const Strides& a_strides, F f) {
    run_elementwise<2>(shape, {out_strides, a_strides},
                       [&](std::int64_t n, const auto& off, const auto& in) {
                           R* o = out + off[0];
                           const A* x = a + off[1];
                           if (in[0] == 1 && in[1] == 1) {
                               for (std::int64_t i = 0; i < n; ++i) o[i] = f(x[i]);
                           } else {
                               for (std::int64_t i = 0; i < n; ++i) o[i * in[0]] = f(x[i * in[1]]);
                           }
                       });
}

// out = f(a, b) with the common stride patterns (both contiguous, one side a broadcast scalar)
// as separate loops for vectorisation.
template <class R, class A, class B, class F>
void binary_loop(R* out, const A* a, const B* b, const Shape& shape, const Strides& out_strides,
                 const Strides& a_strides, const Strides& b_strides, F f) {
    run_elementwise<3>(shape, {out_strides, a_strides, b_strides},
                       [&](std::int64_t n, const auto& off, const auto& in) {
                           R* o = out + off[0];
                           const A* x = a + off[1];
                           const B* y = b + off[2];
                           if (in[0] == 1 && in[1] == 1 && in[2] == 1) {
                               for (std::int64_t i = 0; i < n; ++i) o[i] = f(x[i], y[i]);
                           } else if (in[0] == 1 && in[1] == 1 && in[2] == 0) {
                               const B yv = *y;
                               for (std::int64_t i = 0; i < n; ++i) o[i] = f(x[i], yv);
                           } else if (in[0] == 1 && in[1] == 0 && in[2] == 1) {
                               const A xv = *x;
                               for (std::int64_t i = 0; i < n; ++i) o[i] = f(xv, y[i]);
                           } else {
                               for (std::int64_t i = 0; i < n; ++i) {
                                   o[i * in[0]] = f(x[i * in[1]], y[i * in[2]]);
                               }
                           }
                       });
}

}  // namespace tabula::detail
