#pragma once
// What the per-feature scalers (MinMaxScaler, MaxAbsScaler, RobustScaler) share: scikit-learn's
// _handle_zeros_in_scale, Python's text of their (low, high) tuples, the inverse of the standard
// normal CDF (scipy.stats.norm.ppf) and the column-parallel map from input to output columns.
#include <cstddef>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tabula/ml/data.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula::detail {

// A scale below 10 machine epsilons (a constant feature) becomes 1 so that dividing keeps the
// values; NaN (an all-NaN feature) stays NaN.
double handle_zeros_in_scale(double scale);

// Python's str() of a tuple of the values, for messages: "(1, 0)", "(0.5, 0.5)". Integral values
// print as Python ints, because a parameter held as floats cannot tell 1 from 1.0 apart and
// scikit-learn's defaults of feature_range are ints.
std::string python_tuple(const std::vector<double>& values);

// The (low, high) pair of a range parameter: ValueError "The 'feature_range' parameter of
// MinMaxScaler must be a tuple of 2 numbers. Got (0, 1, 2) instead." for another length.
void check_pair(std::string_view estimator, std::string_view parameter,
                const std::vector<double>& values);

// scipy.stats.norm.ppf(p) for p in (0, 1): Acklam's rational approximation refined by one Halley
// step on std::erfc, within a few units in the last place of scipy's cephes ndtri.
double normal_ppf(double p);

// f(j, values, out) fills out[0, rows) from column j's values; the columns run in parallel. The
// result is named and indexed as X.
using ColumnMap = std::function<void(std::size_t j, std::span<const double> values, double* out)>;
Features map_columns(const Features& X, const NumericColumns& columns, const ColumnMap& f);

}  // namespace tabula::detail
