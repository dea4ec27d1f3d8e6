#pragma once
// Joining arrays as NumPy: concatenate, stack, vstack, hstack, column_stack. All inputs share
// one element type; to join an int and a float array, convert first with astype<double>()
// (NumPy would promote silently). The result is a new contiguous array.
#include <vector>

#include "tabula/array/ndarray.hpp"

namespace tabula {

// np.concatenate(arrays, axis). ValueError: "need at least one array to concatenate",
// "zero-dimensional arrays cannot be concatenated", "all the input arrays must have same number
// of dimensions, but the array at index 0 has 2 dimension(s) and the array at index 1 has 1
// dimension(s)", "all the input array dimensions except for the concatenation axis must match
// exactly, but along dimension 1, the array at index 0 has size 3 and the array at index 1 has
// size 2"; an axis out of range is NumPy's AxisError text as IndexError.
template <ArrayElement E>
NDArray<E> concatenate(const std::vector<NDArray<E>>& arrays, int axis = 0);

// np.stack(arrays, axis): joins along a new axis. ValueError "need at least one array to stack",
// "all input arrays must have the same shape".
template <ArrayElement E>
NDArray<E> stack(const std::vector<NDArray<E>>& arrays, int axis = 0);

// np.vstack: rows; a 1-d array of length n is one row (1, n), a 0-d array is (1, 1).
template <ArrayElement E>
NDArray<E> vstack(const std::vector<NDArray<E>>& arrays);

// np.hstack: 1-d arrays join end to end (axis 0), anything else along axis 1.
template <ArrayElement E>
NDArray<E> hstack(const std::vector<NDArray<E>>& arrays);

// np.column_stack: 1-d arrays become columns (n, 1), then join along axis 1.
template <ArrayElement E>
NDArray<E> column_stack(const std::vector<NDArray<E>>& arrays);

}  // namespace tabula
