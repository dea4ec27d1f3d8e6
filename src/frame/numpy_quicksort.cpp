#include "numpy_quicksort.hpp"

#include <algorithm>
#include <bit>
#include <numeric>
#include <utility>

namespace tabula::detail {

namespace {

constexpr std::int64_t small_quicksort = 15;  // NumPy's SMALL_QUICKSORT

// Moves `item` down the 1-based max-heap heap[1..n] from slot `slot`.
template <class T>
void sift_down(const T* v, std::int64_t* heap, std::int64_t slot, std::int64_t n,
               std::int64_t item) {
    for (std::int64_t child = 2 * slot; child <= n; child = 2 * slot) {
        if (child < n && v[heap[child]] < v[heap[child + 1]]) ++child;
        if (!(v[item] < v[heap[child]])) break;
        heap[slot] = heap[child];
        slot = child;
    }
    heap[slot] = item;
}

// Heap sort of positions[0, n) by v, with NumPy's 1-based heap layout (equal values end up
// where NumPy's heapsort leaves them).
template <class T>
void heap_sort(const T* v, std::int64_t* positions, std::int64_t n) {
    std::int64_t* heap = positions - 1;
    for (std::int64_t slot = n / 2; slot > 0; --slot) sift_down(v, heap, slot, n, heap[slot]);
    for (; n > 1; --n) {
        const std::int64_t last = heap[n];
        heap[n] = heap[1];
        sift_down(v, heap, 1, n - 1, last);
    }
}

template <class T>
void insertion_sort(const T* v, std::int64_t* first, std::int64_t* last) {
    for (std::int64_t* next = first + 1; next <= last; ++next) {
        const std::int64_t item = *next;
        std::int64_t* hole = next;
        while (hole > first && v[item] < v[*(hole - 1)]) {
            *hole = *(hole - 1);
            --hole;
        }
        *hole = item;
    }
}

// Sorts positions [first, last] (inclusive). A range is checked against the depth limit only
// when it starts, not while its smaller side is being split further: NumPy keeps partitioning
// the side it continues with and tests the limit on the side it defers, and the result depends
// on that.
template <class T>
void introsort(const T* v, std::int64_t* first, std::int64_t* last, int depth) {
    if (depth < 0) {
        heap_sort(v, first, last - first + 1);
        return;
    }
    while (last - first > small_quicksort) {
        std::int64_t* middle = first + ((last - first) >> 1);
        if (v[*middle] < v[*first]) std::swap(*middle, *first);
        if (v[*last] < v[*middle]) std::swap(*last, *middle);
        if (v[*middle] < v[*first]) std::swap(*middle, *first);
        const T& pivot = v[*middle];
        std::swap(*middle, *(last - 1));
        std::int64_t* left = first;
        std::int64_t* right = last - 1;
        for (;;) {
            while (v[*++left] < pivot) {
            }
            while (pivot < v[*--right]) {
            }
            if (left >= right) break;
            std::swap(*left, *right);
        }
        std::swap(*left, *(last - 1));
        --depth;
        if (left - first < last - left) {
            introsort(v, left + 1, last, depth);
            last = left - 1;
        } else {
            introsort(v, first, left - 1, depth);
            first = left + 1;
        }
    }
    insertion_sort(v, first, last);
}

template <class T>
std::vector<std::int64_t> argsort(std::span<const T> values, NumpySort kind) {
    const auto n = static_cast<std::int64_t>(values.size());
    std::vector<std::int64_t> order(values.size());
    std::iota(order.begin(), order.end(), std::int64_t{0});
    if (n < 2) return order;
    if (kind == NumpySort::Heapsort) {
        heap_sort(values.data(), order.data(), n);
        return order;
    }
    // The depth limit is twice the index of the highest set bit of n, as NumPy's.
    const int depth = (std::bit_width(static_cast<std::uint64_t>(n)) - 1) * 2;
    introsort(values.data(), order.data(), order.data() + n - 1, depth);
    return order;
}

template <class T>
std::vector<std::int64_t> nargsort(std::span<const T> values, bool ascending, NumpySort kind) {
    if (ascending) return argsort(values, kind);
    const std::vector<T> reversed(values.rbegin(), values.rend());
    std::vector<std::int64_t> order = argsort(std::span<const T>(reversed), kind);
    const auto n = static_cast<std::int64_t>(values.size());
    for (std::int64_t& position : order) position = n - 1 - position;
    std::reverse(order.begin(), order.end());
    return order;
}

}  // namespace

std::vector<std::int64_t> numpy_argsort(std::span<const std::int64_t> values, NumpySort kind) {
    return argsort(values, kind);
}

std::vector<std::int64_t> numpy_argsort(std::span<const double> values, NumpySort kind) {
    return argsort(values, kind);
}

std::vector<std::int64_t> numpy_argsort(std::span<const std::string_view> values, NumpySort kind) {
    return argsort(values, kind);
}

std::vector<std::int64_t> pandas_nargsort(std::span<const std::int64_t> values, bool ascending,
                                          NumpySort kind) {
    return nargsort(values, ascending, kind);
}

std::vector<std::int64_t> pandas_nargsort(std::span<const double> values, bool ascending,
                                          NumpySort kind) {
    return nargsort(values, ascending, kind);
}

std::vector<std::int64_t> pandas_nargsort(std::span<const std::string_view> values, bool ascending,
                                          NumpySort kind) {
    return nargsort(values, ascending, kind);
}

}  // namespace tabula::detail
