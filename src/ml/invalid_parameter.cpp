#include "invalid_parameter.hpp"

#include <algorithm>

#include "tabula/core/error.hpp"

namespace tabula::detail {

void check_str_option(std::string_view estimator, std::string_view parameter,
                      const std::string& value, std::vector<std::string> options) {
    if (std::find(options.begin(), options.end(), value) != options.end()) return;
    std::sort(options.begin(), options.end());
    std::string constraint = "a str among {";
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (i > 0) constraint += ", ";
        constraint += "'";
        constraint += options[i];
        constraint += "'";
    }
    constraint += "}";
    std::string got = "'";
    got += value;
    got += "'";
    throw_invalid_parameter(estimator, parameter, constraint, got);
}

void throw_invalid_parameter(std::string_view estimator, std::string_view parameter,
                             std::string_view constraint, std::string_view got) {
    std::string message = "The '";
    message += parameter;
    message += "' parameter of ";
    message += estimator;
    message += " must be ";
    message += constraint;
    message += ". Got ";
    message += got;
    message += " instead.";
    throw ValueError(message);
}

}  // namespace tabula::detail
