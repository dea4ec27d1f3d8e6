#pragma once
// Python's and NumPy's arithmetic where matplotlib's tick code relies on its exact rounding:
// float floor division (x // y), numpy.round, Python's round(x, n) and "%.*f" formatting.
#include <cstdint>
#include <string>

namespace tabula::plot::detail {

// Python's float x // y (CPython's _float_div_mod, which NumPy's floor_divide shares).
double floordiv(double x, double y);

// The remainder of Python's divmod(x, y): the sign of y.
double python_mod(double x, double y);

// numpy.round(x, decimals) for decimals >= 0: rint(x * 10**decimals) / 10**decimals.
double numpy_round(double x, int decimals);

// Python's round(x, ndigits): x correctly rounded to ndigits decimals.
double python_round(double x, int ndigits);

// Python's "%1.<decimals>f" % x.
std::string format_fixed(double x, int decimals);

// Python's "%1.10g" % x.
std::string format_general(double x, int precision);

// Python's format(x, spec) for the specs seaborn's annotations use: "[.precision]type" with
// type d (integers only), e, E, f, F, g, G or %, ".precision" alone (floats only: 'g' keeping a
// digit after the point), or "" (str(x)). ValueError for a float with "d" (Python's "Unknown
// format code 'd' for object of type 'float'"), for an integer with a precision, for a precision
// above 100 and for other specs.
std::string python_format(double x, const std::string& spec);
std::string python_format(std::int64_t x, const std::string& spec);

// matplotlib's unicode minus: every "-" becomes U+2212.
std::string fix_minus(const std::string& text);

}  // namespace tabula::plot::detail
