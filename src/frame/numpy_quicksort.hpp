#pragma once
// NumPy 1.24's argsort(kind="quicksort") and argsort(kind="heapsort"), written from their
// description: an introsort (median-of-3 quicksort, insertion sort for 16 elements or fewer,
// heapsort past the depth limit) and a 1-based binary heap. Neither is stable, and pandas'
// single-key sorts and value_counts order ties by exactly these algorithms, so ties come out as
// pandas has them only when they are reproduced step by step. NumPy runs the same steps for
// int64, float64 and object (Python str) arrays, so one routine serves every key type.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace tabula::detail {

enum class NumpySort { Quicksort, Heapsort };

// The permutation that sorts `values` ascending, as numpy.argsort(values, kind=...). Float keys
// must hold no NaN (pandas drops nulls before it sorts); strings compare by bytes, which for
// UTF-8 is Python's code-point order.
std::vector<std::int64_t> numpy_argsort(std::span<const std::int64_t> values,
                                        NumpySort kind = NumpySort::Quicksort);
std::vector<std::int64_t> numpy_argsort(std::span<const double> values,
                                        NumpySort kind = NumpySort::Quicksort);
std::vector<std::int64_t> numpy_argsort(std::span<const std::string_view> values,
                                        NumpySort kind = NumpySort::Quicksort);

inline std::vector<std::int64_t> numpy_quicksort_argsort(std::span<const std::int64_t> values) {
    return numpy_argsort(values);
}

// pandas' nargsort(values, kind, ascending) without nulls: for descending order it argsorts the
// reversed values and reverses the result, so equal values keep their order under a stable
// sort.
std::vector<std::int64_t> pandas_nargsort(std::span<const std::int64_t> values, bool ascending,
                                          NumpySort kind = NumpySort::Quicksort);
std::vector<std::int64_t> pandas_nargsort(std::span<const double> values, bool ascending,
                                          NumpySort kind = NumpySort::Quicksort);
std::vector<std::int64_t> pandas_nargsort(std::span<const std::string_view> values, bool ascending,
                                          NumpySort kind = NumpySort::Quicksort);

}  // namespace tabula::detail
