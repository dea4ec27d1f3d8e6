#include "param_checks.hpp"

#include <cmath>
#include <cstdint>
#include <string>

#include "../invalid_parameter.hpp"
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
    std::string constraint = integral ? "an int in the range " : "a float in the range ";
    constraint += closed ? "[" : "(";
    constraint += python_number(low);
    constraint += closed ? ", inf)" : ", inf]";
    constraint += other;
    throw_invalid_parameter(estimator, name, constraint, python_number(value));
}

}  // namespace tabula::detail
