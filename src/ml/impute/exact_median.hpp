#pragma once
// np.ma.median of a column's present values, by radix selection instead of a sorted copy.
#include <span>
#include <vector>

namespace tabula::impute {

// np.ma.median of the values: the middle one, or (low + high) / 2.0 of the two middle ones, by
// std::nth_element on `values` (not empty, no NaN).
double median_by_selection(std::vector<double> values);

// The same value for the values of `column` that are not NaN (NaN when there are none), found
// from histograms of the values' order-preserving bits: a streaming pass per 16 bits until the
// middle ones' bucket is small, then median_by_selection on that bucket alone.
double exact_median(std::span<const double> column);

}  // namespace tabula::impute
