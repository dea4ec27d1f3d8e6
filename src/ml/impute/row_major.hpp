#pragma once
// SimpleImputer's statistics and filling straight on a C-ordered float64 array, so that an array
// in, array out imputation reads the rows as they lie instead of going through columns.
#include <cstdint>
#include <optional>
#include <vector>

#include "tabula/array/ndarray.hpp"

namespace tabula::impute {

// np.ma.mean(X, axis=0) as NumPy computes it on a C-ordered array: each column summed row after
// row with the gaps as 0, over its count of present values (NaN when it has none). Null when X
// holds an infinity, which the caller's validation then reports with the column and row.
std::optional<std::vector<double>> row_major_means(const NDArray<double>& X);

// The columns `kept` of X with every NaN of column j replaced by fill[j]; null when X holds an
// infinity (in any column, kept or not).
std::optional<NDArray<double>> row_major_fill(const NDArray<double>& X,
                                              const std::vector<double>& fill,
                                              const std::vector<std::int64_t>& kept);

}  // namespace tabula::impute
