#pragma once
// scikit-learn's InvalidParameterError texts (a ValueError) for the linear models' values.
#include <string>
#include <string_view>
#include <vector>

namespace tabula::detail {

// "The 'C' parameter of LogisticRegression must be a float in the range (0, inf]. Got -1
// instead." unless `value` lies above `low` (at or above it when `closed`, the interval then
// being [low, inf), else (low, inf]). `other` names the parameter's other accepted forms
// (" or an instance of 'numpy.ndarray'"). An integral value prints as the int a Python user
// would have written.
void check_lower_bound(std::string_view estimator, std::string_view name, double value, double low,
                       bool closed, bool integral = false, std::string_view other = {});

// "The 'solver' parameter of LogisticRegression must be a str among {'lbfgs', ...}. Got 'foo'
// instead." unless `value` is one of `options` (listed in the given order; scikit-learn's is
// its set's, which varies from run to run).
void check_option(std::string_view estimator, std::string_view name, const std::string& value,
                  const std::vector<std::string>& options);

}  // namespace tabula::detail
