#pragma once
// NumPy 1.24's repr() of a 1-d int64 or float64 array ("array([ 0,  5,  5, 10])",
// "array([1. , 1. , 2.7])", "array([-1.0e+01,  1.5e+00])"), which pandas puts in messages such
// as cut's "Bin edges must be unique: ...".
#include <string>
#include <vector>

namespace tabula::detail {

// `integer`: the values are int64 (they print without a decimal point).
std::string numpy_array_repr(const std::vector<double>& values, bool integer);

}  // namespace tabula::detail
