#pragma once
// NumPy 1.24's argsort(kind="quicksort") behaviour for int64, written from its description: an
// introsort (median-of-3 quicksort, insertion sort for 16 elements or fewer, heapsort past the
// depth limit). It is not stable, and pandas' value_counts orders tied counts by exactly this
// algorithm, so ties come out as pandas has them only when it is reproduced step by step.
#include <cstdint>
#include <span>
#include <vector>

namespace tabula::detail {

// The permutation that sorts `values` ascending, as numpy.argsort(values, kind="quicksort").
std::vector<std::int64_t> numpy_quicksort_argsort(std::span<const std::int64_t> values);

// pandas' nargsort(values, kind="quicksort", ascending): for descending order it argsorts the
// reversed values and reverses the result, so equal values keep their order under a stable
// sort.
std::vector<std::int64_t> pandas_nargsort(std::span<const std::int64_t> values, bool ascending);

}  // namespace tabula::detail
