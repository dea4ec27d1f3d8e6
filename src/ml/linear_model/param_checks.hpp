#pragma once
// scikit-learn's InvalidParameterError text (a ValueError) for the linear models' numeric
// parameters; string options go through ../invalid_parameter.hpp's check_str_option.
#include <string_view>

namespace tabula::detail {

// "The 'C' parameter of LogisticRegression must be a float in the range (0, inf]. Got -1
// instead." unless `value` lies above `low` (at or above it when `closed`, the interval then
// being [low, inf), else (low, inf]). `other` names the parameter's other accepted forms
// (" or an instance of 'numpy.ndarray'"). An integral value prints as the int a Python user
// would have written.
void check_lower_bound(std::string_view estimator, std::string_view name, double value, double low,
                       bool closed, bool integral = false, std::string_view other = {});

}  // namespace tabula::detail
