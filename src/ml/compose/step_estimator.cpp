#include "tabula/core/error.hpp"
#include "tabula/ml/compose/pipeline.hpp"

namespace tabula {

StepEstimator::StepEstimator(Estimator estimator) : estimator_(std::move(estimator)) {
    if (estimator_.empty()) {
        throw ValueError(
            "A step needs an estimator or a keyword such as \"passthrough\", got an "
            "empty Estimator");
    }
}

StepEstimator StepEstimator::from_param(const ParamValue& value) {
    if (const auto* keyword = std::get_if<std::string>(&value.storage())) return {*keyword};
    if (const auto* held = std::get_if<std::shared_ptr<const Estimator>>(&value.storage())) {
        return {**held};
    }
    throw TypeError("A step must be an estimator or a str such as \"passthrough\". Got " +
                    value.repr() + " (" + value.type_name() + ") instead.");
}

ParamValue StepEstimator::param() const {
    if (is_estimator()) return ParamValue(estimator_);
    return ParamValue(keyword_);
}

std::string StepEstimator::repr() const {
    return param().repr();
}

}  // namespace tabula
