#include "tabula/array/combine.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "tabula/core/error.hpp"

namespace tabula {

namespace {

void require_some(std::size_t count) {
    if (count == 0) throw ValueError("need at least one array to concatenate");
}

// np.atleast_2d: (n,) -> (1, n), () -> (1, 1).
template <ArrayElement E>
NDArray<E> at_least_2d(const NDArray<E>& a) {
    if (a.ndim() == 0) return a.reshape({1, 1});
    if (a.ndim() == 1) return a.expand_dims(0);
    return a;
}

}  // namespace

template <ArrayElement E>
NDArray<E> concatenate(const std::vector<NDArray<E>>& arrays, int axis) {
    require_some(arrays.size());
    const NDArray<E>& first = arrays.front();
    if (first.ndim() == 0) throw ValueError("zero-dimensional arrays cannot be concatenated");
    const int ax = normalize_axis(axis, first.ndim());
    Shape shape = first.shape();
    shape[ax] = 0;
    for (std::size_t i = 0; i < arrays.size(); ++i) {
        const NDArray<E>& a = arrays[i];
        if (a.ndim() != first.ndim()) {
            throw ValueError(fmt::format(
                "all the input arrays must have same number of dimensions, but the array at "
                "index 0 has {} dimension(s) and the array at index {} has {} dimension(s)",
                first.ndim(), i, a.ndim()));
        }
        for (int d = 0; d < first.ndim(); ++d) {
            if (d != ax && a.shape()[d] != first.shape()[d]) {
                throw ValueError(fmt::format(
                    "all the input array dimensions except for the concatenation axis must "
                    "match exactly, but along dimension {}, the array at index 0 has size {} "
                    "and the array at index {} has size {}",
                    d, first.shape()[d], i, a.shape()[d]));
            }
        }
        shape[ax] += a.shape()[ax];
    }
    NDArray<E> out = NDArray<E>::empty(shape);
    const std::int64_t outer = shape_size(Shape(shape.begin(), shape.begin() + ax));
    const std::int64_t inner = shape_size(Shape(shape.begin() + ax + 1, shape.end()));
    std::vector<NDArray<E>> sources;
    sources.reserve(arrays.size());
    for (const NDArray<E>& a : arrays) sources.push_back(a.is_contiguous() ? a : a.copy());
    // Each source contributes one contiguous block of shape[ax] * inner elements per outer
    // position, so the copy is a sequence of block moves.
    E* dst = out.data();
    for (std::int64_t o = 0; o < outer; ++o) {
        for (const NDArray<E>& s : sources) {
            const std::int64_t block = s.shape()[ax] * inner;
            dst = std::copy_n(s.data() + o * block, block, dst);
        }
    }
    return out;
}

template <ArrayElement E>
NDArray<E> stack(const std::vector<NDArray<E>>& arrays, int axis) {
    if (arrays.empty()) throw ValueError("need at least one array to stack");
    for (const NDArray<E>& a : arrays) {
        if (a.shape() != arrays.front().shape()) {
            throw ValueError("all input arrays must have the same shape");
        }
    }
    const int ax = normalize_axis(axis, arrays.front().ndim() + 1);
    std::vector<NDArray<E>> expanded;
    expanded.reserve(arrays.size());
    for (const NDArray<E>& a : arrays) expanded.push_back(a.expand_dims(ax));
    return concatenate(expanded, ax);
}

template <ArrayElement E>
NDArray<E> vstack(const std::vector<NDArray<E>>& arrays) {
    require_some(arrays.size());
    std::vector<NDArray<E>> rows;
    rows.reserve(arrays.size());
    for (const NDArray<E>& a : arrays) rows.push_back(at_least_2d(a));
    return concatenate(rows, 0);
}

template <ArrayElement E>
NDArray<E> hstack(const std::vector<NDArray<E>>& arrays) {
    require_some(arrays.size());
    std::vector<NDArray<E>> parts;
    parts.reserve(arrays.size());
    for (const NDArray<E>& a : arrays) parts.push_back(a.ndim() == 0 ? a.reshape({1}) : a);
    return concatenate(parts, parts.front().ndim() == 1 ? 0 : 1);
}

template <ArrayElement E>
NDArray<E> column_stack(const std::vector<NDArray<E>>& arrays) {
    require_some(arrays.size());
    std::vector<NDArray<E>> columns;
    columns.reserve(arrays.size());
    for (const NDArray<E>& a : arrays) {
        columns.push_back(a.ndim() < 2 ? a.reshape({a.size(), 1}) : a);
    }
    return concatenate(columns, 1);
}

#define TABULA_INSTANTIATE_COMBINE(E)                                     \
    template NDArray<E> concatenate(const std::vector<NDArray<E>>&, int); \
    template NDArray<E> stack(const std::vector<NDArray<E>>&, int);       \
    template NDArray<E> vstack(const std::vector<NDArray<E>>&);           \
    template NDArray<E> hstack(const std::vector<NDArray<E>>&);           \
    template NDArray<E> column_stack(const std::vector<NDArray<E>>&);

TABULA_INSTANTIATE_COMBINE(bool)
TABULA_INSTANTIATE_COMBINE(std::int32_t)
TABULA_INSTANTIATE_COMBINE(std::int64_t)
TABULA_INSTANTIATE_COMBINE(float)
TABULA_INSTANTIATE_COMBINE(double)

}  // namespace tabula
