#pragma once
// NumPy's advanced indexing: boolean masks (a[mask]), integer arrays (a[indices], take), the
// positions of non-zero elements (nonzero, flatnonzero, argwhere) and assignment through a mask.
//
// a[mask] with a mask of a's full shape selects elements into a 1-d array in C order; a mask
// over a's leading axes (X[y == 1] on a (1000, 5) X with a (1000,) mask) selects whole rows,
// giving (k, 5). Any other shape is NumPy's IndexError.
//
// Mask assignment. On a mutable array a[mask] is an NDArray<E>::MaskSelection: an NDArray<E>
// holding the selected copy (so it goes wherever an NDArray goes) that, assigned to as a
// temporary, also writes into a, as NumPy's setitem does:
//     a[a < 0] = 0.0;                          // one value everywhere the mask is true
//     a[mask] = values;                        // NumPy's broadcasting and messages
//     X(Slice{}, 0)[X(Slice{}, 0) > 1] = 1.0;  // through a view, into X
// A named selection (auto s = a[mask]) is an ordinary copy: assigning to it does not compile,
// so a copy is never mistaken for a write-through (it does keep a's buffer alive; convert with
// NDArray<E> s = a[mask] to drop it). Writing through first gathers the selection (one more
// pass over a); putmask() writes without it. On a const array a[mask] is a plain NDArray.
#include <cstdint>
#include <utility>
#include <vector>

#include "tabula/array/ndarray.hpp"

namespace tabula {

namespace detail {
// The elements of `a` selected by `mask`, and the writes through it; defined in indexing.cpp.
template <ArrayElement E>
NDArray<E> mask_select(const NDArray<E>& a, const NDArray<bool>& mask);
template <ArrayElement E>
void mask_assign(NDArray<E>& a, const NDArray<bool>& mask, E value);
template <ArrayElement E>
void mask_assign(NDArray<E>& a, const NDArray<bool>& mask, const NDArray<E>& values);
}  // namespace detail

template <ArrayElement E>
class NDArray<E>::MaskSelection : public NDArray<E> {
  public:
    MaskSelection(NDArray<E> target, NDArray<bool> mask)
        : NDArray<E>(detail::mask_select(target, mask)),
          target_(std::move(target)),
          mask_(std::move(mask)) {}
    MaskSelection(const MaskSelection&) = default;
    MaskSelection(MaskSelection&&) noexcept = default;

    // a[mask] = value: sets every selected element of the indexed array.
    void operator=(E value) && { detail::mask_assign(target_, mask_, value); }
    // a[mask] = values. A full-shape mask takes k values (or one) in a 0-d or 1-d array:
    // ValueError "NumPy boolean array indexing assignment cannot assign 3 input values to the 2
    // output values where the mask is true", TypeError for 2-d values. A mask over leading axes
    // broadcasts values to the selection's shape: ValueError "shape mismatch: value array of
    // shape (2,) could not be broadcast to indexing result of shape (2,3)".
    void operator=(const NDArray<E>& values) && { detail::mask_assign(target_, mask_, values); }
    void operator=(const MaskSelection& values) && {
        detail::mask_assign(target_, mask_, static_cast<const NDArray<E>&>(values));
    }

  private:
    NDArray<E> target_;
    NDArray<bool> mask_;
};

// np.take(a, indices): elements of the flattened array; negative indices count from the end.
// IndexError "index 7 is out of bounds for axis 0 with size 5".
template <ArrayElement E>
NDArray<E> take(const NDArray<E>& a, const NDArray<std::int64_t>& indices);
// np.take(a, indices, axis): shape a.shape[:axis] + indices.shape + a.shape[axis+1:].
template <ArrayElement E>
NDArray<E> take(const NDArray<E>& a, const NDArray<std::int64_t>& indices, int axis);

// np.putmask(a, mask, values): a[i] = values[i % values.size()] wherever mask[i], i counting
// positions in flat C order (so values repeat by position, not by selected element); empty
// values change nothing. `a` is a handle, so a view writes into the array it views. ValueError
// "putmask: mask and data must be the same size".
template <ArrayElement E>
void putmask(NDArray<E> a, const NDArray<bool>& mask, const NDArray<E>& values);
template <ArrayElement E>
void putmask(NDArray<E> a, const NDArray<bool>& mask, E value);

// np.nonzero(a): one index array per axis (NumPy's tuple), C order. NaN counts as non-zero. A
// 0-d array is read as 1-d, as NumPy 1.24 does.
template <ArrayElement E>
std::vector<NDArray<std::int64_t>> nonzero(const NDArray<E>& a);
// np.flatnonzero(a): indices of the non-zero elements of the flattened array.
template <ArrayElement E>
NDArray<std::int64_t> flatnonzero(const NDArray<E>& a);
// np.argwhere(a): (N, a.ndim()) array of the non-zero elements' indices.
template <ArrayElement E>
NDArray<std::int64_t> argwhere(const NDArray<E>& a);

}  // namespace tabula
