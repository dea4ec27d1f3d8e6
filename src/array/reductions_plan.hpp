#pragma once
// How a reduction walks its input, shared by reductions.cpp and statistics.cpp. Private to
// src/array.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <numeric>
#include <utility>
#include <vector>

#include "strided_loop.hpp"
#include "tabula/array/shape.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula::detail {

// Input elements per parallel task: large enough to amortise scheduling.
inline constexpr std::int64_t reduce_task_elements = 1 << 16;

// A reduction along one axis: the kept axes (coalesced; strides[0] of the C-ordered result,
// strides[1] of the input), the reduced axis' length and input stride, and the result's shape.
struct AxisPlan {
    Shape kept;
    std::array<Strides, 2> strides;
    std::int64_t length = 0;
    std::int64_t stride = 0;
    std::int64_t out_size = 0;
    // NumPy's iterator puts the axis with the smallest input stride innermost. When that is the
    // reduced axis, each result is one pairwise sum over its lane; otherwise whole slices are added
    // one after another.
    bool inner = true;
    Shape result_shape;
};

inline AxisPlan plan_axis(const Shape& shape, const Strides& strides, int axis, bool keepdims) {
    const int ndim = static_cast<int>(shape.size());
    axis = normalize_axis(axis, ndim);
    AxisPlan plan;
    plan.length = shape[axis];
    plan.stride = strides[axis];
    Strides in_strides;
    for (int d = 0; d < ndim; ++d) {
        if (d == axis) {
            if (keepdims) plan.result_shape.push_back(1);
            continue;
        }
        plan.kept.push_back(shape[d]);
        in_strides.push_back(strides[d]);
        plan.result_shape.push_back(shape[d]);
        const std::int64_t s = std::abs(strides[d]);
        const std::int64_t r = std::abs(plan.stride);
        if (shape[d] > 1 && (s < r || (s == r && d > axis))) plan.inner = false;
    }
    if (plan.length <= 1) plan.inner = true;
    plan.out_size = shape_size(plan.kept);
    plan.strides = {c_strides(plan.kept), in_strides};
    coalesce(plan.kept, plan.strides);
    return plan;
}

// Orders axes as NumPy's iterator walks an array it reduces completely: largest |stride|
// outermost (negative strides are not flipped: NumPy's reductions keep index order).
inline void to_iteration_order(Shape& shape, Strides& strides) {
    std::vector<std::size_t> order(shape.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::abs(strides[a]) > std::abs(strides[b]);
    });
    Shape s;
    Strides t;
    for (std::size_t axis : order) {
        s.push_back(shape[axis]);
        t.push_back(strides[axis]);
    }
    shape = std::move(s);
    strides = std::move(t);
}

// The positions of a coalesced layout cut into chunks of about `per_chunk` positions, fixed by
// the shape alone (so per-chunk partial results combined in chunk order do not depend on the
// thread count).
template <std::size_t N>
class ChunkWalk {
  public:
    ChunkWalk(const Shape& shape, const std::array<Strides, N>& strides, std::int64_t per_chunk)
        : shape_(shape), strides_(strides) {
        if (shape_size(shape_) == 0) return;
        const std::int64_t outer = outer_count(shape_);
        run_ = shape_.back();
        split_run_ = outer == 1;
        total_ = split_run_ ? run_ : outer;
        per_ = std::max<std::int64_t>(1, split_run_ ? per_chunk : per_chunk / run_);
        chunks_ = chunk_count(total_, per_);
    }

    std::int64_t chunks() const noexcept { return chunks_; }

    // Runs every chunk `blocks` times (one task per chunk and block), in parallel; calls
    // kernel(chunk, block, n, offsets, inner, position) for each piece of a run, where `position`
    // is the C-order index of the piece's first position.
    template <class Kernel>
    void run(std::int64_t blocks, Kernel&& kernel) const {
        auto task = [&](std::int64_t t) {
            const std::int64_t chunk = t % chunks_;
            const std::int64_t block = t / chunks_;
            const std::int64_t begin = chunk * per_;
            const std::int64_t end = std::min(total_, begin + per_);
            if (split_run_) {
                std::array<std::int64_t, N> offset;
                std::array<std::int64_t, N> inner;
                for (std::size_t k = 0; k < N; ++k) {
                    inner[k] = strides_[k].back();
                    offset[k] = begin * inner[k];
                }
                kernel(chunk, block, end - begin, offset, inner, begin);
                return;
            }
            std::int64_t position = begin * run_;
            for_each_run<N>(shape_, strides_, begin, end,
                            [&](std::int64_t n, const auto& offset, const auto& inner) {
                                kernel(chunk, block, n, offset, inner, position);
                                position += n;
                            });
        };
        const std::int64_t tasks = chunks_ * blocks;
        if (tasks == 1) {
            task(0);
        } else if (tasks > 1) {
            parallel_chunks(tasks, 1, [&](std::int64_t t, std::int64_t, std::int64_t) { task(t); });
        }
    }

  private:
    Shape shape_;
    std::array<Strides, N> strides_;
    std::int64_t run_ = 0;
    bool split_run_ = false;
    std::int64_t total_ = 0;
    std::int64_t per_ = 1;
    std::int64_t chunks_ = 0;
};

}  // namespace tabula::detail
