#include <cmath>

#include "tabula/core/error.hpp"
#include "tabula/ml/labels.hpp"
#include "tabula/ml/model_selection/cross_validator.hpp"

namespace tabula {

std::string type_of_target(const Target& y) {
    const Series& s = y.series();
    const Column& column = s.column();
    if (column.dtype() == DType::Float64 || column.dtype() == DType::Float32) {
        bool integral = true;
        for (std::int64_t i = 0; i < s.size() && integral; ++i) {
            const double v = column.is_null(i) ? std::nan("") : s.value(i);
            integral = std::isfinite(v) && v == std::trunc(v);
        }
        if (!integral) {
            // scikit-learn names NaN before infinity, wherever each is.
            bool has_nan = false;
            for (std::int64_t i = 0; i < s.size() && !has_nan; ++i) {
                has_nan = column.is_null(i) || std::isnan(s.value(i));
            }
            if (has_nan) throw ValueError("Input y contains NaN.");
            for (std::int64_t i = 0; i < s.size(); ++i) {
                if (std::isinf(s.value(i))) {
                    throw ValueError(
                        "Input y contains infinity or a value too large for dtype('float64').");
                }
            }
            return "continuous";
        }
    }
    if (s.empty()) return "binary";
    return encode_labels(y).classes.size() > 2 ? "multiclass" : "binary";
}

}  // namespace tabula
