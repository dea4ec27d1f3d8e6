#include "tabula/array/indexing.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "elementwise.hpp"
#include "strided_loop.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

namespace {

// Calls f(offset in a) for each element of `shape` whose mask element is true, in C order and
// on one thread, because the callers number the selected elements as they go.
template <class F>
void walk_selected(Shape shape, const Strides& a_strides, const bool* mask,
                   const Strides& mask_strides, F&& f) {
    if (shape_size(shape) == 0) return;
    std::array<Strides, 2> strides{a_strides, mask_strides};
    detail::coalesce(shape, strides);
    detail::for_each_run<2>(shape, strides, 0, detail::outer_count(shape),
                            [&](std::int64_t n, const auto& offset, const auto& inner) {
                                const bool* m = mask + offset[1];
                                for (std::int64_t i = 0; i < n; ++i) {
                                    if (m[i * inner[1]]) f(offset[0] + i * inner[0]);
                                }
                            });
}

// How a mask indexes an array: over its leading mask.ndim() axes, read on all of a's axes with
// stride 0 beyond them; the selection has shape (selected, a.shape[mask.ndim():]).
struct MaskPlan {
    Strides mask_strides;
    Shape selection;
    bool full;
};

MaskPlan plan_mask(const Shape& shape, const NDArray<bool>& mask) {
    if (mask.ndim() > static_cast<int>(shape.size())) {
        throw IndexError(
            fmt::format("too many indices for array: array is {}-dimensional, but {} were indexed",
                        shape.size(), mask.ndim()));
    }
    for (int axis = 0; axis < mask.ndim(); ++axis) {
        if (mask.shape()[axis] != shape[axis]) {
            throw IndexError(
                fmt::format("boolean index did not match indexed array along dimension {}; "
                            "dimension is {} but corresponding boolean dimension is {}",
                            axis, shape[axis], mask.shape()[axis]));
        }
    }
    MaskPlan plan;
    plan.mask_strides = mask.strides();
    plan.mask_strides.resize(shape.size(), 0);
    std::int64_t selected = 0;
    walk_selected(mask.shape(), mask.strides(), mask.data(), mask.strides(),
                  [&](std::int64_t) { ++selected; });
    plan.selection.push_back(selected);
    plan.selection.insert(plan.selection.end(), shape.begin() + mask.ndim(), shape.end());
    plan.full = mask.ndim() == static_cast<int>(shape.size());
    return plan;
}

// The values of `values` broadcast to `target`, as a contiguous array; false when they do not
// broadcast.
template <ArrayElement E>
bool broadcast_to(const NDArray<E>& values, const Shape& target, NDArray<E>& out) {
    if (values.ndim() > static_cast<int>(target.size())) return false;
    const std::size_t lead = target.size() - values.shape().size();
    for (std::size_t axis = 0; axis < values.shape().size(); ++axis) {
        const std::int64_t d = values.shape()[axis];
        if (d != 1 && d != target[lead + axis]) return false;
    }
    const NDArray<E> view(values.buffer(), values.data() - values.buffer()->template as<E>(),
                          target, broadcast_strides(values.shape(), values.strides(), target));
    out = view.copy();
    return true;
}

std::vector<std::int64_t> checked_indices(const NDArray<std::int64_t>& indices, int axis,
                                          std::int64_t n) {
    std::vector<std::int64_t> index = indices.to_vector();
    for (std::int64_t& i : index) {
        if (i < -n || i >= n) {
            throw IndexError(
                fmt::format("index {} is out of bounds for axis {} with size {}", i, axis, n));
        }
        if (i < 0) i += n;
    }
    return index;
}

template <ArrayElement E>
bool is_nonzero(E value) {
    return value != E{};
}

// Flat C-order positions of the non-zero elements.
template <ArrayElement E>
std::vector<std::int64_t> nonzero_positions(const NDArray<E>& a) {
    const std::vector<E> values = a.to_vector();
    std::vector<std::int64_t> positions;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (is_nonzero(values[i])) positions.push_back(static_cast<std::int64_t>(i));
    }
    return positions;
}

}  // namespace

namespace detail {

template <ArrayElement E>
NDArray<E> mask_select(const NDArray<E>& a, const NDArray<bool>& mask) {
    const MaskPlan plan = plan_mask(a.shape(), mask);
    NDArray<E> out = NDArray<E>::empty(plan.selection);
    E* dst = out.data();
    const E* src = a.data();
    walk_selected(a.shape(), a.strides(), mask.data(), plan.mask_strides,
                  [&](std::int64_t offset) { *dst++ = src[offset]; });
    return out;
}

template <ArrayElement E>
void mask_assign(NDArray<E>& a, const NDArray<bool>& mask, E value) {
    const MaskPlan plan = plan_mask(a.shape(), mask);
    E* dst = a.data();
    const bool* m = mask.data();
    // Every selected element gets the same value, so the order of the writes does not matter and
    // the parallel loop is safe.
    detail::run_elementwise<2>(a.shape(), {a.strides(), plan.mask_strides},
                               [&](std::int64_t n, const auto& offset, const auto& inner) {
                                   E* d = dst + offset[0];
                                   const bool* k = m + offset[1];
                                   for (std::int64_t i = 0; i < n; ++i) {
                                       if (k[i * inner[1]]) d[i * inner[0]] = value;
                                   }
                               });
}

template <ArrayElement E>
void mask_assign(NDArray<E>& a, const NDArray<bool>& mask, const NDArray<E>& values) {
    const MaskPlan plan = plan_mask(a.shape(), mask);
    NDArray<E> source;
    if (plan.full) {
        if (values.ndim() > 1) {
            throw TypeError(
                fmt::format("NumPy boolean array indexing assignment requires a 0 or "
                            "1-dimensional input, input has {} dimensions",
                            values.ndim()));
        }
        if (values.size() == 1) return mask_assign(a, mask, values.item());
        if (values.size() != plan.selection[0]) {
            throw ValueError(
                fmt::format("NumPy boolean array indexing assignment cannot assign {} input "
                            "values to the {} output values where the mask is true",
                            values.size(), plan.selection[0]));
        }
        source = values.copy();
    } else if (!broadcast_to(values, plan.selection, source)) {
        throw ValueError(fmt::format(
            "shape mismatch: value array of shape {} could not be broadcast to indexing result "
            "of shape {}",
            shape_to_string(values.shape()), shape_to_string(plan.selection)));
    }
    E* dst = a.data();
    const E* next = source.data();
    walk_selected(a.shape(), a.strides(), mask.data(), plan.mask_strides,
                  [&](std::int64_t offset) { dst[offset] = *next++; });
}

}  // namespace detail

template <ArrayElement E>
typename NDArray<E>::MaskSelection NDArray<E>::operator[](const NDArray<bool>& mask) & {
    return MaskSelection(*this, mask);
}

template <ArrayElement E>
typename NDArray<E>::MaskSelection NDArray<E>::operator[](const NDArray<bool>& mask) && {
    return MaskSelection(std::move(*this), mask);
}

template <ArrayElement E>
NDArray<E> NDArray<E>::operator[](const NDArray<bool>& mask) const& {
    return detail::mask_select(*this, mask);
}

template <ArrayElement E>
NDArray<E> NDArray<E>::operator[](const NDArray<std::int64_t>& indices) const {
    if (ndim() == 0) {
        throw IndexError("too many indices for array: array is 0-dimensional, but 1 were indexed");
    }
    return take(*this, indices, 0);
}

template <ArrayElement E>
NDArray<E> take(const NDArray<E>& a, const NDArray<std::int64_t>& indices) {
    return take(a.ravel(), indices, 0);
}

template <ArrayElement E>
NDArray<E> take(const NDArray<E>& a, const NDArray<std::int64_t>& indices, int axis) {
    const int ax = normalize_axis(axis, a.ndim());
    const Shape& shape = a.shape();
    const std::int64_t n = shape[ax];
    const std::vector<std::int64_t> index = checked_indices(indices, ax, n);
    Shape out_shape(shape.begin(), shape.begin() + ax);
    out_shape.insert(out_shape.end(), indices.shape().begin(), indices.shape().end());
    out_shape.insert(out_shape.end(), shape.begin() + ax + 1, shape.end());
    NDArray<E> out = NDArray<E>::empty(out_shape);
    const NDArray<E> src = a.is_contiguous() ? a : a.copy();
    const std::int64_t inner = shape_size(Shape(shape.begin() + ax + 1, shape.end()));
    const std::int64_t outer = shape_size(Shape(shape.begin(), shape.begin() + ax));
    E* dst = out.data();
    for (std::int64_t o = 0; o < outer; ++o) {
        const E* block = src.data() + o * n * inner;
        for (std::int64_t i : index) dst = std::copy_n(block + i * inner, inner, dst);
    }
    return out;
}

template <ArrayElement E>
void putmask(NDArray<E> a, const NDArray<bool>& mask, const NDArray<E>& values) {
    if (mask.size() != a.size()) throw ValueError("putmask: mask and data must be the same size");
    if (values.size() == 0 || a.size() == 0) return;
    const NDArray<E> source = values.copy();
    const E* src = source.data();
    const std::int64_t n = values.size();
    const NDArray<bool> shaped_mask = mask.reshape(a.shape());
    Shape shape = a.shape();
    std::array<Strides, 2> strides{a.strides(), shaped_mask.strides()};
    detail::coalesce(shape, strides);
    std::int64_t position = 0;
    E* dst = a.data();
    const bool* m = shaped_mask.data();
    detail::for_each_run<2>(shape, strides, 0, detail::outer_count(shape),
                            [&](std::int64_t run, const auto& offset, const auto& inner) {
                                for (std::int64_t i = 0; i < run; ++i, ++position) {
                                    if (m[offset[1] + i * inner[1]]) {
                                        dst[offset[0] + i * inner[0]] = src[position % n];
                                    }
                                }
                            });
}

template <ArrayElement E>
void putmask(NDArray<E> a, const NDArray<bool>& mask, E value) {
    putmask(std::move(a), mask, NDArray<E>::scalar(value));
}

template <ArrayElement E>
std::vector<NDArray<std::int64_t>> nonzero(const NDArray<E>& a) {
    const std::vector<std::int64_t> positions = nonzero_positions(a);
    const Shape shape = a.ndim() == 0 ? Shape{1} : a.shape();
    const Strides strides = c_strides(shape);
    const auto count = static_cast<std::int64_t>(positions.size());
    std::vector<NDArray<std::int64_t>> out;
    for (std::size_t axis = 0; axis < shape.size(); ++axis) {
        NDArray<std::int64_t> index = NDArray<std::int64_t>::empty({count});
        for (std::int64_t i = 0; i < count; ++i) {
            index.data()[i] = positions[i] / strides[axis] % shape[axis];
        }
        out.push_back(std::move(index));
    }
    return out;
}

template <ArrayElement E>
NDArray<std::int64_t> flatnonzero(const NDArray<E>& a) {
    std::vector<std::int64_t> positions = nonzero_positions(a);
    const auto count = static_cast<std::int64_t>(positions.size());
    return NDArray<std::int64_t>(std::move(positions), {count});
}

template <ArrayElement E>
NDArray<std::int64_t> argwhere(const NDArray<E>& a) {
    const std::vector<std::int64_t> positions = nonzero_positions(a);
    const Strides strides = c_strides(a.shape());
    const auto count = static_cast<std::int64_t>(positions.size());
    const std::int64_t nd = a.ndim();
    NDArray<std::int64_t> out = NDArray<std::int64_t>::empty({count, nd});
    for (std::int64_t i = 0; i < count; ++i) {
        for (std::int64_t axis = 0; axis < nd; ++axis) {
            out.data()[i * nd + axis] = positions[i] / strides[axis] % a.shape()[axis];
        }
    }
    return out;
}

#define TABULA_INSTANTIATE_INDEXING(E)                                                       \
    template NDArray<E> detail::mask_select(const NDArray<E>&, const NDArray<bool>&);        \
    template void detail::mask_assign(NDArray<E>&, const NDArray<bool>&, E);                 \
    template void detail::mask_assign(NDArray<E>&, const NDArray<bool>&, const NDArray<E>&); \
    template NDArray<E>::MaskSelection NDArray<E>::operator[](const NDArray<bool>&)&;        \
    template NDArray<E>::MaskSelection NDArray<E>::operator[](const NDArray<bool>&)&&;       \
    template NDArray<E> NDArray<E>::operator[](const NDArray<bool>&) const&;                 \
    template NDArray<E> NDArray<E>::operator[](const NDArray<std::int64_t>&) const;          \
    template NDArray<E> take(const NDArray<E>&, const NDArray<std::int64_t>&);               \
    template NDArray<E> take(const NDArray<E>&, const NDArray<std::int64_t>&, int);          \
    template void putmask(NDArray<E>, const NDArray<bool>&, const NDArray<E>&);              \
    template void putmask(NDArray<E>, const NDArray<bool>&, E);                              \
    template std::vector<NDArray<std::int64_t>> nonzero(const NDArray<E>&);                  \
    template NDArray<std::int64_t> flatnonzero(const NDArray<E>&);                           \
    template NDArray<std::int64_t> argwhere(const NDArray<E>&);

TABULA_INSTANTIATE_INDEXING(bool)
TABULA_INSTANTIATE_INDEXING(std::int32_t)
TABULA_INSTANTIATE_INDEXING(std::int64_t)
TABULA_INSTANTIATE_INDEXING(float)
TABULA_INSTANTIATE_INDEXING(double)

}  // namespace tabula
