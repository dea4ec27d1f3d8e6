#pragma once
// scikit-learn's InvalidParameterError texts (a ValueError), for hyper-parameters checked at fit.
#include <string>
#include <string_view>
#include <vector>

namespace tabula::detail {

// "The 'strategy' parameter of DummyClassifier must be a str among {'constant', 'prior'}. Got
// 'foo' instead." Options are listed sorted (scikit-learn prints a Python set, in hash order).
void check_str_option(std::string_view estimator, std::string_view parameter,
                      const std::string& value, std::vector<std::string> options);

// "The 'quantile' parameter of DummyRegressor must be a float in the range [0.0, 1.0] or None.
// Got 1.5 instead." (`constraint` is the text after "must be").
[[noreturn]] void throw_invalid_parameter(std::string_view estimator, std::string_view parameter,
                                          std::string_view constraint, std::string_view got);

}  // namespace tabula::detail
