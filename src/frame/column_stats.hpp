#pragma once
// The reductions behind Series' and DataFrame's statistics, each in the order of operations that
// pandas 1.5.3 takes with bottleneck 1.3.5 installed (pandas/core/nanops.py), so that results
// match its bits:
// - sum, mean: nanops' own nansum / nanmean (bottleneck is never used for them): NumPy's pairwise
//   sum over the whole column with each missing value as 0 (so the pairs are the ones NumPy
//   forms), divided by the count. Integer and bool columns without nulls sum exactly as int64.
// - var, std: bottleneck's nanvar / nanstd: a left-to-right sum for the mean, then a
//   left-to-right sum of squared deviations, divided by (count - ddof). When that gives ±inf,
//   pandas recomputes with nanops' two-pass nanvar (pairwise sums), and so does this; bool
//   columns go to NumPy's var, which is that same two-pass form.
// - min, max: bottleneck's nanmin / nanmax, which compare with <= / >=, so among equal values
//   (0.0 and -0.0) the last one wins.
// - median: bottleneck's nanmedian, 0.5 * (upper middle + lower middle).
// - quantile: NumPy 1.24's percentile with the linear method: pandas passes q * 100 and NumPy
//   divides by 100 again; index (n - 1) * q, and _lerp's two-sided form.
// Missing means null, or NaN in a float column. An int column with nulls is float64 in pandas;
// its values are the same numbers, so the results are too.
// Not matched: float32 columns are reduced in float64 (pandas keeps float32 accumulators), and
// which of several equal zeros an order statistic returns (the sign of a zero median or quantile).
#include <cstdint>
#include <span>
#include <vector>

#include "tabula/frame/column.hpp"

namespace tabula::detail {

// Rows that are neither null nor NaN.
std::int64_t valid_count(const Column& column);
// True when pandas' sum of this column is an integer: int or bool without nulls (an int column
// with nulls is float64 in pandas).
bool sums_as_integer(const Column& column);

// The exact (wrapping) int64 sum of an integer or bool column's present values.
std::int64_t integer_sum(const Column& column);
double nan_sum(const Column& column);
double nan_mean(const Column& column);
double nan_var(const Column& column, std::int64_t ddof);
double nan_min(const Column& column);
double nan_max(const Column& column);
double nan_median(const Column& column);
// `qs` must already lie in [0, 1].
std::vector<double> nan_quantiles(const Column& column, std::span<const double> qs);

// describe()'s numbers for one column, in as few passes as the arithmetic allows.
struct NumericSummary {
    std::int64_t count = 0;
    double mean = 0;
    double std = 0;
    double min = 0;
    double max = 0;
    std::vector<double> quantiles;
};
NumericSummary summarize(const Column& column, std::span<const double> qs);

}  // namespace tabula::detail
