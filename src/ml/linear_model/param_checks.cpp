#include "param_checks.hpp"

#include <cmath>
#include <cstdint>

#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"

namespace tabula::detail {
namespace {

std::string python_number(double value) {
    if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) < 1e15) {
        return std::to_string(static_cast<std::int64_t>(value));
    }
    return float_repr(value);
}

}  // namespace

void check_lower_bound(std::string_view estimator, std::string_view name, double value, double low,
                       bool closed, bool integral, std::string_view other) {
    if (closed ? value >= low : value > low) return;
    std::string message = "The '";
    message += name;
    message += "' parameter of ";
    message += estimator;
    message += integral ? " must be an int in the range " : " must be a float in the range ";
    message += closed ? "[" : "(";
    message += python_number(low);
    // The linear models' intervals are [low, inf) or (low, inf].
    message += closed ? ", inf)" : ", inf]";
    message += other;
    message += ". Got ";
    message += python_number(value);
    message += " instead.";
    throw ValueError(message);
}

void check_option(std::string_view estimator, std::string_view name, const std::string& value,
                  const std::vector<std::string>& options) {
    for (const auto& option : options) {
        if (option == value) return;
    }
    std::string message = "The '";
    message += name;
    message += "' parameter of ";
    message += estimator;
    message += " must be a str among {";
    for (std::size_t i = 0; i < options.size(); ++i) {
        if (i > 0) message += ", ";
        message += "'" + options[i] + "'";
    }
    message += "}. Got '";
    message += value;
    message += "' instead.";
    throw ValueError(message);
}

}  // namespace tabula::detail
