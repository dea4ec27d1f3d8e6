#pragma once
// The N-dimensional loop under every elementwise kernel: walks the outer axes of a shape in C
// order and hands each innermost run to a kernel, with one stride per operand. Private to
// src/array.
#include <array>
#include <cstdint>

#include "tabula/array/shape.hpp"

namespace tabula::detail {

// Merges adjacent axes that every operand steps through contiguously, so that a C-contiguous
// (1000000, 20) array is one run of 2e7 elements; drops length-1 axes.
template <std::size_t N>
void coalesce(Shape& shape, std::array<Strides, N>& strides) {
    Shape out_shape;
    std::array<Strides, N> out_strides;
    for (std::size_t axis = 0; axis < shape.size(); ++axis) {
        if (shape[axis] == 1) continue;
        bool mergeable = !out_shape.empty();
        for (std::size_t k = 0; k < N && mergeable; ++k) {
            mergeable = out_strides[k].back() == strides[k][axis] * shape[axis];
        }
        if (mergeable) {
            out_shape.back() *= shape[axis];
            for (std::size_t k = 0; k < N; ++k) out_strides[k].back() = strides[k][axis];
        } else {
            out_shape.push_back(shape[axis]);
            for (std::size_t k = 0; k < N; ++k) out_strides[k].push_back(strides[k][axis]);
        }
    }
    if (out_shape.empty()) {
        out_shape.push_back(1);
        for (std::size_t k = 0; k < N; ++k) out_strides[k].push_back(0);
    }
    shape = std::move(out_shape);
    strides = std::move(out_strides);
}

// Runs kernel(run_length, offsets, inner_strides) for the runs of outer positions
// [outer_begin, outer_end), where the outer positions enumerate all axes but the last in C
// order. Offsets are element offsets from each operand's base pointer.
template <std::size_t N, class Kernel>
void for_each_run(const Shape& shape, const std::array<Strides, N>& strides,
                  std::int64_t outer_begin, std::int64_t outer_end, Kernel&& kernel) {
    const std::size_t nd = shape.size();
    const std::int64_t run = shape[nd - 1];
    std::array<std::int64_t, N> inner;
    for (std::size_t k = 0; k < N; ++k) inner[k] = strides[k][nd - 1];
    // Decompose outer_begin into a multi-index over the outer axes.
    Shape index(nd, 0);
    std::int64_t rest = outer_begin;
    for (std::size_t axis = nd - 1; axis-- > 0;) {
        index[axis] = rest % shape[axis];
        rest /= shape[axis];
    }
    std::array<std::int64_t, N> offset{};
    for (std::size_t k = 0; k < N; ++k) {
        for (std::size_t axis = 0; axis + 1 < nd; ++axis)
            offset[k] += index[axis] * strides[k][axis];
    }
    for (std::int64_t outer = outer_begin; outer < outer_end; ++outer) {
        kernel(run, offset, inner);
        for (std::size_t axis = nd - 1; axis-- > 0;) {
            if (++index[axis] < shape[axis]) {
                for (std::size_t k = 0; k < N; ++k) offset[k] += strides[k][axis];
                break;
            }
            for (std::size_t k = 0; k < N; ++k) offset[k] -= (shape[axis] - 1) * strides[k][axis];
            index[axis] = 0;
        }
    }
}

// Number of outer positions of a coalesced shape (all axes but the last).
inline std::int64_t outer_count(const Shape& shape) {
    std::int64_t n = 1;
    for (std::size_t axis = 0; axis + 1 < shape.size(); ++axis) n *= shape[axis];
    return n;
}

}  // namespace tabula::detail
