#pragma once
// The category text of pandas' cut and qcut (tile.py's _format_labels): edges rounded to
// `precision` significant decimals by _round_frac, with more digits when rounding would make
// two edges equal, printed as Python prints floats (or ints for integer edges).
#include <string>
#include <vector>

namespace tabula::detail {

// numpy.around(x, decimals) for a float64: scaled by NumPy's power of ten, rounded half to
// even, scaled back.
double numpy_around(double x, int decimals);
// pandas' _round_frac: `precision` decimals, counted from the first non-zero digit for |x| < 1.
double round_frac(double x, int precision);
// pandas' _infer_precision: the first precision from `base` below 20 that keeps the rounded
// edges distinct; `base` when none does.
int infer_precision(int base, const std::vector<double>& edges);

// "(a, b]" (right) or "[a, b)" for each pair of neighbouring edges. `integer_edges` prints
// them as ints, unless include_lowest moved the first edge off its integer (as pandas, where
// the interval dtype then turns float).
std::vector<std::string> interval_labels(const std::vector<double>& edges, bool integer_edges,
                                         int precision, bool right, bool include_lowest);

}  // namespace tabula::detail
