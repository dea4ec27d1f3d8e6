#include <string>

#include "../metrics/targets.hpp"
#include "tabula/ml/model_selection/cross_validator.hpp"

namespace tabula {

std::string type_of_target(const Target& y) {
    if (y.size() == 0) return "binary";  // scikit-learn's answer for an empty 1-d y
    return std::string(metrics_detail::type_name(metrics_detail::type_of_target(y.series(), "y")));
}

}  // namespace tabula
