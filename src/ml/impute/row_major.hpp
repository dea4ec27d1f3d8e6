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
// Given `output`, a fresh array the caller fills next, one thread sums every column while the
// others fault in the output's pages: the fill then finds them mapped instead of waiting for the
// kernel to zero each one. Without it the columns are split between the threads.
std::optional<std::vector<double>> row_major_means(const NDArray<double>& X,
                                                   NDArray<double>* output = nullptr);

// `out` (a fresh C-ordered array of shape {rows of X, kept.size()}) filled with the columns
// `kept` of X, every NaN of column j replaced by fill[j]; null when X holds an infinity (in any
// column, kept or not).
std::optional<NDArray<double>> row_major_fill(const NDArray<double>& X,
                                              const std::vector<double>& fill,
                                              const std::vector<std::int64_t>& kept,
                                              NDArray<double> out);

}  // namespace tabula::impute
