#include "tabula/array/sorting.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>
#include <utility>
#include <vector>

#include "elementwise.hpp"

namespace tabula {

namespace {

template <ArrayElement E>
bool is_nan(E x) {
    if constexpr (std::is_floating_point_v<E>) {
        return std::isnan(x);
    } else {
        return false;
    }
}

// NumPy's order: numbers ascending, then every NaN (NaNs are equivalent to each other).
template <ArrayElement E>
bool nan_last_less(E x, E y) {
    return x < y || (is_nan(y) && !is_nan(x));
}

template <ArrayElement E>
bool same_value(E x, E y) {
    return x == y || (is_nan(x) && is_nan(y));
}

template <ArrayElement E>
void sort_values(E* first, E* last) {
    if constexpr (std::is_floating_point_v<E>) {
        // NaNs go to the end first, so the sort itself runs on plain `<`.
        last = std::partition(first, last, [](E x) { return !std::isnan(x); });
    }
    std::sort(first, last);
}

// Stable ordering of values[0, n): the value and its position travel together so the sort
// reads memory in order rather than through an index.
template <ArrayElement E>
void stable_order(std::vector<std::pair<E, std::int64_t>>& keyed) {
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& x, const auto& y) { return nan_last_less(x.first, y.first); });
}

// The 1-d lanes along one axis of a C-contiguous array: lane l starts at base(l) and steps by
// `inner` elements, `n` times.
struct Lanes {
    std::int64_t n;
    std::int64_t inner;
    std::int64_t count;
    std::int64_t base(std::int64_t lane) const { return lane / inner * n * inner + lane % inner; }
};

Lanes lanes_of(const Shape& shape, int axis) {
    const std::int64_t n = shape[axis];
    const std::int64_t inner = shape_size(Shape(shape.begin() + axis + 1, shape.end()));
    const std::int64_t outer = shape_size(Shape(shape.begin(), shape.begin() + axis));
    return {n, inner, outer * inner};
}

// body(first_lane, end_lane) over all lanes; in parallel chunks when the array is large. Lanes
// are independent, so the result does not depend on the thread count.
template <class F>
void run_lanes(const Lanes& lanes, F&& body) {
    if (lanes.count == 0 || lanes.n == 0) return;
    if (lanes.count * lanes.n < 2 * detail::elementwise_chunk || lanes.count == 1) {
        body(0, lanes.count);
        return;
    }
    const std::int64_t per_chunk = std::max<std::int64_t>(1, detail::elementwise_chunk / lanes.n);
    parallel_chunks(lanes.count, per_chunk,
                    [&](std::int64_t, std::int64_t b, std::int64_t e) { body(b, e); });
}

}  // namespace

template <ArrayElement E>
NDArray<E> sort(const NDArray<E>& a, int axis) {
    const int ax = normalize_axis(axis, a.ndim());
    NDArray<E> out = a.copy();
    const Lanes lanes = lanes_of(out.shape(), ax);
    E* data = out.data();
    run_lanes(lanes, [&](std::int64_t first, std::int64_t last) {
        // Not std::vector, whose bool specialisation has no data().
        const auto scratch = std::make_unique_for_overwrite<E[]>(lanes.inner == 1 ? 0 : lanes.n);
        for (std::int64_t lane = first; lane < last; ++lane) {
            E* p = data + lanes.base(lane);
            if (lanes.inner == 1) {
                sort_values(p, p + lanes.n);
                continue;
            }
            for (std::int64_t j = 0; j < lanes.n; ++j) scratch[j] = p[j * lanes.inner];
            sort_values(scratch.get(), scratch.get() + lanes.n);
            for (std::int64_t j = 0; j < lanes.n; ++j) p[j * lanes.inner] = scratch[j];
        }
    });
    return out;
}

template <ArrayElement E>
NDArray<std::int64_t> argsort(const NDArray<E>& a, int axis) {
    const int ax = normalize_axis(axis, a.ndim());
    const NDArray<E> src = a.is_contiguous() ? a : a.copy();
    NDArray<std::int64_t> out = NDArray<std::int64_t>::empty(a.shape());
    const Lanes lanes = lanes_of(a.shape(), ax);
    const E* values = src.data();
    std::int64_t* order = out.data();
    run_lanes(lanes, [&](std::int64_t first, std::int64_t last) {
        std::vector<std::pair<E, std::int64_t>> keyed(lanes.n);
        for (std::int64_t lane = first; lane < last; ++lane) {
            const std::int64_t base = lanes.base(lane);
            for (std::int64_t j = 0; j < lanes.n; ++j) {
                keyed[j] = {values[base + j * lanes.inner], j};
            }
            stable_order(keyed);
            for (std::int64_t j = 0; j < lanes.n; ++j) {
                order[base + j * lanes.inner] = keyed[j].second;
            }
        }
    });
    return out;
}

template <ArrayElement E>
NDArray<E> unique(const NDArray<E>& a) {
    return unique(a, UniqueOptions{}).values;
}

template <ArrayElement E>
UniqueResult<E> unique(const NDArray<E>& a, const UniqueOptions& options) {
    const auto n = static_cast<std::size_t>(a.size());
    NDArray<E> flat = a.flatten();
    E* sorted = flat.data();
    std::vector<std::int64_t> permutation;
    if (options.return_index || options.return_inverse) {
        // Stable, so that the first of equal values is the first occurrence (return_index).
        std::vector<std::pair<E, std::int64_t>> keyed(n);
        for (std::size_t i = 0; i < n; ++i) keyed[i] = {sorted[i], static_cast<std::int64_t>(i)};
        stable_order(keyed);
        permutation.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            sorted[i] = keyed[i].first;
            permutation[i] = keyed[i].second;
        }
    } else {
        sort_values(sorted, sorted + n);
    }
    std::vector<std::int64_t> starts;
    for (std::size_t i = 0; i < n; ++i) {
        if (i == 0 || !same_value(sorted[i - 1], sorted[i])) {
            starts.push_back(static_cast<std::int64_t>(i));
        }
    }
    const auto groups = static_cast<std::int64_t>(starts.size());
    UniqueResult<E> result;
    result.values = NDArray<E>::empty({groups});
    for (std::int64_t g = 0; g < groups; ++g) result.values.data()[g] = sorted[starts[g]];
    if (options.return_index) {
        result.index = NDArray<std::int64_t>::empty({groups});
        for (std::int64_t g = 0; g < groups; ++g) {
            result.index.data()[g] = permutation[starts[g]];
        }
    }
    if (options.return_inverse) {
        result.inverse = NDArray<std::int64_t>::empty({static_cast<std::int64_t>(n)});
        std::int64_t g = -1;
        for (std::size_t i = 0; i < n; ++i) {
            if (g + 1 < groups && starts[g + 1] == static_cast<std::int64_t>(i)) ++g;
            result.inverse.data()[permutation[i]] = g;
        }
    }
    if (options.return_counts) {
        result.counts = NDArray<std::int64_t>::empty({groups});
        for (std::int64_t g = 0; g < groups; ++g) {
            const std::int64_t end = g + 1 < groups ? starts[g + 1] : static_cast<std::int64_t>(n);
            result.counts.data()[g] = end - starts[g];
        }
    }
    return result;
}

#define TABULA_INSTANTIATE_SORTING(E)                               \
    template NDArray<E> sort(const NDArray<E>&, int);               \
    template NDArray<std::int64_t> argsort(const NDArray<E>&, int); \
    template NDArray<E> unique(const NDArray<E>&);                  \
    template UniqueResult<E> unique(const NDArray<E>&, const UniqueOptions&);

TABULA_INSTANTIATE_SORTING(bool)
TABULA_INSTANTIATE_SORTING(std::int32_t)
TABULA_INSTANTIATE_SORTING(std::int64_t)
TABULA_INSTANTIATE_SORTING(float)
TABULA_INSTANTIATE_SORTING(double)

}  // namespace tabula
