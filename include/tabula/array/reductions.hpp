#pragma once
// NumPy's reductions and statistics: np.sum, np.mean, np.var, np.median, np.quantile, ... over the
// whole array (a scalar) or along one axis (an NDArray), with NumPy's result types, errors and
// summation order, so that the values match NumPy's to the last bit (one documented exception, for
// speed: sums along an outer axis of more than 8192 slices into fewer than 4096 results; see
// src/array/reductions_engine.hpp). Defined in src/array/reductions*.cpp and statistics.cpp for the
// five element types.
//
// With `using namespace tabula`, an unqualified std(a) is ambiguous with namespace std (a C++
// rule): write tabula::std(a) or a.std().
//
// This header only needs NDArray declared, so ndarray.hpp includes it for the ndarray methods
// (X.mean(0), a.sum()); it includes ndarray.hpp at its end so that either include order works.
#include <cstdint>
#include <type_traits>
#include <vector>

#include "tabula/array/promote.hpp"
#include "tabula/core/dtype.hpp"

namespace tabula {

template <ArrayElement E>
class NDArray;

// keepdims=True keeps the reduced axis with length 1, so the result broadcasts against the input.
struct ReduceOptions {
    bool keepdims = false;
};

// var/std: the divisor is n - ddof (ddof=1 is the sample variance); keepdims as ReduceOptions
// (meaningful only with an axis).
struct VarOptions {
    int ddof = 0;
    bool keepdims = false;
};

// The whole-array forms return a scalar; the `axis` forms reduce one axis (negative counts from the
// end; an axis out of range is IndexError "axis 2 is out of bounds for array of dimension 2").
// sum/prod of bool and int32 give int64, as NumPy on Linux; mean/var/std/median of integers give
// float64 and float32 stays float32; min/max keep the type.

template <ArrayElement E>
sum_t<E> sum(const NDArray<E>& a);
template <ArrayElement E>
NDArray<sum_t<E>> sum(const NDArray<E>& a, int axis, ReduceOptions options = {});
template <ArrayElement E>
sum_t<E> prod(const NDArray<E>& a);
template <ArrayElement E>
NDArray<sum_t<E>> prod(const NDArray<E>& a, int axis, ReduceOptions options = {});
// Running sums: of the flattened array (C order), or along `axis` (same shape as `a`).
template <ArrayElement E>
NDArray<sum_t<E>> cumsum(const NDArray<E>& a);
template <ArrayElement E>
NDArray<sum_t<E>> cumsum(const NDArray<E>& a, int axis);

// The mean of an empty array (or slice) is NaN, as NumPy's (which also warns).
template <ArrayElement E>
float_t<E> mean(const NDArray<E>& a);
template <ArrayElement E>
NDArray<float_t<E>> mean(const NDArray<E>& a, int axis, ReduceOptions options = {});
// Two passes as NumPy: the mean, then the sum of squared deviations divided by max(n - ddof, 0)
// (so ddof >= n gives inf, or NaN when the deviations are all zero).
template <ArrayElement E>
float_t<E> var(const NDArray<E>& a, VarOptions options = {});
template <ArrayElement E>
NDArray<float_t<E>> var(const NDArray<E>& a, int axis, VarOptions options = {});
template <ArrayElement E>
float_t<E> std(const NDArray<E>& a, VarOptions options = {});
template <ArrayElement E>
NDArray<float_t<E>> std(const NDArray<E>& a, int axis, VarOptions options = {});

// NaN propagates. Empty input is ValueError "zero-size array to reduction operation minimum which
// has no identity" (maximum for max).
template <ArrayElement E>
E min(const NDArray<E>& a);
template <ArrayElement E>
NDArray<E> min(const NDArray<E>& a, int axis, ReduceOptions options = {});
template <ArrayElement E>
E max(const NDArray<E>& a);
template <ArrayElement E>
NDArray<E> max(const NDArray<E>& a, int axis, ReduceOptions options = {});
// Index of the first minimum (maximum) in C order; the first NaN wins. Empty input is ValueError
// "attempt to get argmin of an empty sequence".
template <ArrayElement E>
std::int64_t argmin(const NDArray<E>& a);
template <ArrayElement E>
NDArray<std::int64_t> argmin(const NDArray<E>& a, int axis, ReduceOptions options = {});
template <ArrayElement E>
std::int64_t argmax(const NDArray<E>& a);
template <ArrayElement E>
NDArray<std::int64_t> argmax(const NDArray<E>& a, int axis, ReduceOptions options = {});

// Truth tests; NaN counts as true.
template <ArrayElement E>
bool any(const NDArray<E>& a);
template <ArrayElement E>
NDArray<bool> any(const NDArray<E>& a, int axis, ReduceOptions options = {});
template <ArrayElement E>
bool all(const NDArray<E>& a);
template <ArrayElement E>
NDArray<bool> all(const NDArray<E>& a, int axis, ReduceOptions options = {});
template <ArrayElement E>
std::int64_t count_nonzero(const NDArray<E>& a);
template <ArrayElement E>
NDArray<std::int64_t> count_nonzero(const NDArray<E>& a, int axis, ReduceOptions options = {});

// The NaN-skipping variants (np.nansum, ...). On integer and bool arrays they equal the plain
// functions. nanmean/nanvar of a slice with no numbers is NaN, as is nanvar with ddof >= count;
// nanmin/nanmax of an all-NaN slice is NaN; an empty input to nanmin/nanmax is ValueError
// "zero-size array to reduction operation fmin which has no identity" (fmax).
template <ArrayElement E>
sum_t<E> nansum(const NDArray<E>& a);
template <ArrayElement E>
NDArray<sum_t<E>> nansum(const NDArray<E>& a, int axis, ReduceOptions options = {});
// np.nansum(a - shift) and np.nansum((a - shift) ** 2), summed as NumPy sums those temporaries
// (what scikit-learn's _incremental_mean_and_var forms) without making them.
double nansum_deviations(const NDArray<double>& a, double shift);
double nansum_squared_deviations(const NDArray<double>& a, double shift);
template <ArrayElement E>
float_t<E> nanmean(const NDArray<E>& a);
template <ArrayElement E>
NDArray<float_t<E>> nanmean(const NDArray<E>& a, int axis, ReduceOptions options = {});
template <ArrayElement E>
float_t<E> nanvar(const NDArray<E>& a, VarOptions options = {});
template <ArrayElement E>
NDArray<float_t<E>> nanvar(const NDArray<E>& a, int axis, VarOptions options = {});
template <ArrayElement E>
float_t<E> nanstd(const NDArray<E>& a, VarOptions options = {});
template <ArrayElement E>
NDArray<float_t<E>> nanstd(const NDArray<E>& a, int axis, VarOptions options = {});
template <ArrayElement E>
E nanmin(const NDArray<E>& a);
template <ArrayElement E>
NDArray<E> nanmin(const NDArray<E>& a, int axis, ReduceOptions options = {});
template <ArrayElement E>
E nanmax(const NDArray<E>& a);
template <ArrayElement E>
NDArray<E> nanmax(const NDArray<E>& a, int axis, ReduceOptions options = {});

// Median as NumPy: the mean of the middle one or two values (selected, not sorted); any NaN makes
// it NaN; the median of nothing is NaN.
template <ArrayElement E>
float_t<E> median(const NDArray<E>& a);
template <ArrayElement E>
NDArray<float_t<E>> median(const NDArray<E>& a, int axis, ReduceOptions options = {});
template <ArrayElement E>
float_t<E> nanmedian(const NDArray<E>& a);
template <ArrayElement E>
NDArray<float_t<E>> nanmedian(const NDArray<E>& a, int axis, ReduceOptions options = {});

// Quantiles with NumPy's default method 'linear' (virtual index (n - 1) q, NumPy's _lerp). The
// result is float64 for every input type, as NumPy 1.24 gives; bool arrays are refused as NumPy
// refuses them (TypeError there, no overload here). q outside [0, 1] is ValueError "Quantiles must
// be in the range [0, 1]"; percentile takes p = 100 q ("Percentiles must be in the range
// [0, 100]"). With several q, the quantiles make the first axis of the result.
template <ArrayElement E>
requires(!std::is_same_v<E, bool>) double quantile(const NDArray<E>& a, double q);
template <ArrayElement E>
requires(!std::is_same_v<E, bool>) NDArray<double> quantile(const NDArray<E>& a,
                                                            const std::vector<double>& qs);
template <ArrayElement E>
requires(!std::is_same_v<E, bool>) NDArray<double> quantile(const NDArray<E>& a, double q, int axis,
                                                            ReduceOptions options = {});
template <ArrayElement E>
requires(!std::is_same_v<E, bool>) NDArray<double> quantile(const NDArray<E>& a,
                                                            const std::vector<double>& qs, int axis,
                                                            ReduceOptions options = {});
template <ArrayElement E>
requires(!std::is_same_v<E, bool>) double percentile(const NDArray<E>& a, double p);
template <ArrayElement E>
requires(!std::is_same_v<E, bool>) NDArray<double> percentile(const NDArray<E>& a,
                                                              const std::vector<double>& ps);
template <ArrayElement E>
requires(!std::is_same_v<E, bool>) NDArray<double> percentile(const NDArray<E>& a, double p,
                                                              int axis, ReduceOptions options = {});
template <ArrayElement E>
requires(!std::is_same_v<E, bool>) NDArray<double> percentile(const NDArray<E>& a,
                                                              const std::vector<double>& ps,
                                                              int axis, ReduceOptions options = {});

}  // namespace tabula

#include "tabula/array/ndarray.hpp"
