#pragma once
// NumPy's .npy file format (versions 1.0, 2.0 and 3.0) for NDArray: np.save / np.load.
//
// save_npy writes the bytes np.save writes for the same array (format 1.0 unless the header
// needs 2.0; Fortran order for a transposed contiguous array, as NumPy). load_npy<E> reads
// '|b1', '<i4', '<i8', '<f4', '<f8' (big-endian '>' variants are byte-swapped, Fortran order is
// read into C order) and refuses a file of another dtype with a TypeError naming both types;
// load_npy_any returns whichever of the five array types the file holds. Malformed or hostile
// files fail with NumPy's ValueError messages before any allocation their header would ask for
// (a header claiming shape (10**12,) over a 100-byte file is refused without allocating);
// object arrays are refused as np.load(allow_pickle=False) refuses them.
#include <filesystem>
#include <iosfwd>
#include <variant>

#include "tabula/array/ndarray.hpp"

namespace tabula {

// One of the five NDArray types, as read from a file of unknown dtype.
using AnyNDArray = std::variant<NDArray<bool>, NDArray<std::int32_t>, NDArray<std::int64_t>,
                                NDArray<float>, NDArray<double>>;

// np.save(path, a). IOError when the file cannot be written.
template <ArrayElement E>
void save_npy(const std::filesystem::path& path, const NDArray<E>& a);
template <ArrayElement E>
void save_npy(std::ostream& out, const NDArray<E>& a);

// np.load(path) of a .npy file whose dtype is E. IOError when the file cannot be opened.
template <ArrayElement E>
NDArray<E> load_npy(const std::filesystem::path& path);
template <ArrayElement E>
NDArray<E> load_npy(std::istream& in);

// np.load(path) for any of the five supported dtypes.
AnyNDArray load_npy_any(const std::filesystem::path& path);
AnyNDArray load_npy_any(std::istream& in);

}  // namespace tabula
