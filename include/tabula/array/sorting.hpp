#pragma once
// Ordering as NumPy: sort, argsort and unique. Floats order NaN after every number, as NumPy
// does; -0.0 and 0.0 compare equal.
#include <cstdint>

#include "tabula/array/ndarray.hpp"

namespace tabula {

// np.sort(a, axis): a sorted copy, each 1-d lane along `axis` ordered on its own.
template <ArrayElement E>
NDArray<E> sort(const NDArray<E>& a, int axis = -1);

// np.argsort(a, axis, kind="stable"): indices that sort each lane; equal values keep their
// original order (NumPy's default kind is not stable, so for ties this is kind="stable").
template <ArrayElement E>
NDArray<std::int64_t> argsort(const NDArray<E>& a, int axis = -1);

// np.unique(a): the sorted distinct values of the flattened array. All NaNs count as one value
// (NumPy >= 1.21's equal_nan=True), placed last.
template <ArrayElement E>
NDArray<E> unique(const NDArray<E>& a);

// np.unique's return_index / return_inverse / return_counts, asked for by name:
//     auto u = unique(y, {.return_counts = true});   // u.values, u.counts
// Arrays that were not asked for are left empty, so only the requested work is done.
struct UniqueOptions {
    bool return_index = false;
    bool return_inverse = false;
    bool return_counts = false;
};

template <ArrayElement E>
struct UniqueResult {
    NDArray<E> values;              // sorted distinct values
    NDArray<std::int64_t> index;    // first position of each value in the flattened input
    NDArray<std::int64_t> inverse;  // for each input element, its value's position in values
    NDArray<std::int64_t> counts;   // occurrences of each value
};

template <ArrayElement E>
UniqueResult<E> unique(const NDArray<E>& a, const UniqueOptions& options);

}  // namespace tabula
