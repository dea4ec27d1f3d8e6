#include <cmath>
#include <span>

#include "splitter_support.hpp"
#include "tabula/core/error.hpp"
#include "tabula/ml/labels.hpp"
#include "tabula/ml/model_selection/cross_validator.hpp"

namespace tabula {
namespace {

// True when every value is a finite whole number (NumPy's y == y.astype(int)); otherwise y is
// continuous, and scikit-learn then rejects NaN (named first, wherever it is) and infinity.
template <class F>
bool is_integral(std::span<const F> values, const Column& column) {
    bool integral = true;
    for (std::size_t i = 0; i < values.size() && integral; ++i) {
        integral = std::isfinite(values[i]) && values[i] == std::trunc(values[i]);
    }
    if (integral && !column.has_nulls()) return true;
    bool has_nan = column.has_nulls();
    for (std::size_t i = 0; i < values.size() && !has_nan; ++i) has_nan = std::isnan(values[i]);
    if (has_nan) throw ValueError("Input y contains NaN.");
    for (F v : values) {
        if (std::isinf(v)) {
            throw ValueError(
                "Input y contains infinity or a value too large for dtype('float64').");
        }
    }
    return false;
}

bool is_continuous(const Target& y) {
    const Column& column = y.series().column();
    const auto n = static_cast<std::size_t>(column.size());
    if (column.dtype() == DType::Float64) {
        return !is_integral(std::span<const double>(column.data<double>(), n), column);
    }
    if (column.dtype() == DType::Float32) {
        return !is_integral(std::span<const float>(column.data<float>(), n), column);
    }
    return false;
}

}  // namespace

std::string type_of_target(const Target& y) {
    if (is_continuous(y)) return "continuous";
    if (y.size() == 0) return "binary";
    return encode_labels(y).classes.size() > 2 ? "multiclass" : "binary";
}

namespace detail {

std::string type_of_target(const Target& y, std::int64_t n_classes) {
    if (is_continuous(y)) return "continuous";
    return n_classes > 2 ? "multiclass" : "binary";
}

}  // namespace detail
}  // namespace tabula
