#pragma once
// Python's repr() of a float: the shortest digits that round-trip, in Python's layout
// ("1.0", "-0.0", "0.0001", "1e-05", "1e+16", "1.5e+16", "nan", "inf"). Shared by astype(str),
// to_csv and JSON output so every text form of a number agrees with pandas'.
#include <string>

namespace tabula {

std::string float_repr(double value);
// The float32 value's own shortest digits, laid out as numpy.float32's repr (exponent form
// when |x| < 1e-4 or |x| >= 1e16 as a float32: 1e-4f prints "1e-04").
std::string float_repr(float value);

}  // namespace tabula
