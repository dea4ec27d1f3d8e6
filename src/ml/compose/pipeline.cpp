#include "tabula/ml/compose/pipeline.hpp"

#include "composition.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

// Pipeline's own parameters (scikit-learn's memory and verbose are not kept).
const std::vector<std::string>& pipeline_parameters() {
    static const std::vector<std::string> names = {"steps"};
    return names;
}

}  // namespace

Pipeline::Pipeline(std::vector<NamedEstimator> steps) : steps_(std::move(steps)) {
    validate();
}

void Pipeline::validate() const {
    if (steps_.empty()) throw ValueError("A Pipeline needs at least one step, got none");
    compose::validate_names(compose::step_names(steps_), pipeline_parameters());
    for (std::size_t i = 0; i + 1 < steps_.size(); ++i) {
        compose::validate_transformer(steps_[i].estimator, {"passthrough"},
                                      "All intermediate steps should be transformers and "
                                      "implement fit and transform or be the string "
                                      "'passthrough'",
                                      "");
    }
    const StepEstimator& last = steps_.back().estimator;
    if (!last.is_estimator() && last.keyword() != "passthrough") {
        throw TypeError(
            "Last step of Pipeline should implement fit or be the string 'passthrough'. '" +
            last.keyword() + "' (type <class 'str'>) doesn't");
    }
}

EstimatorKind Pipeline::kind() const {
    const StepEstimator& last = steps_.back().estimator;
    return last.is_estimator() ? last.estimator().kind() : EstimatorKind::Transformer;
}

std::string Pipeline::repr() const {
    return "Pipeline(steps=" + compose::named_steps_repr(steps_) + ")";
}

ParamMap Pipeline::get_params(bool deep) const {
    return compose::named_step_params("steps", steps_, deep);
}

Pipeline& Pipeline::set_params(std::string_view name, const ParamValue& value) {
    compose::change_or_restore(*this, [&] {
        compose::set_named_step_param(steps_, name, value, Pipeline::name, "steps",
                                      [this] { return repr(); });
        validate();
    });
    return *this;
}

PipelineModel Pipeline::fit(const Features& X) const {
    return fit_steps(X, nullptr, false).first;
}

PipelineModel Pipeline::fit(const Features& X, const Target& y) const {
    return fit_steps(X, &y, false).first;
}

std::pair<PipelineModel, Features> Pipeline::fit_transform_model(const Features& X,
                                                                 const Target* y) const {
    return fit_steps(X, y, true);
}

std::pair<PipelineModel, Features> Pipeline::fit_steps(const Features& X, const Target* y,
                                                       bool transform_last) const {
    validate();
    std::vector<std::pair<std::string, Model>> fitted;
    Features current = X;
    for (std::size_t i = 0; i + 1 < steps_.size(); ++i) {
        auto [model, output] = compose::fit_transform_step(steps_[i].estimator, current, y);
        fitted.emplace_back(steps_[i].name, std::move(model));
        current = std::move(output);
    }
    const NamedEstimator& last = steps_.back();
    if (transform_last) {
        auto [model, output] = compose::fit_transform_step(last.estimator, current, y);
        fitted.emplace_back(last.name, std::move(model));
        current = std::move(output);
    } else {
        fitted.emplace_back(last.name, compose::fit_step(last.estimator, current, y));
    }
    return {PipelineModel(X, std::move(fitted)), std::move(current)};
}

Pipeline make_pipeline(std::vector<StepEstimator> steps) {
    const auto names = compose::name_estimators(steps);
    std::vector<NamedEstimator> named;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        named.push_back({names[i], std::move(steps[i])});
    }
    return Pipeline(std::move(named));
}

PipelineModel::PipelineModel(const Features& X, std::vector<std::pair<std::string, Model>> steps)
    : ModelBase(std::string(Pipeline::name), X), steps_(std::move(steps)) {
    if (steps_.empty()) throw ValueError("A PipelineModel needs at least one fitted step");
}

std::map<std::string, Model> PipelineModel::named_steps() const {
    return {steps_.begin(), steps_.end()};
}

const Model& PipelineModel::operator[](std::string_view name) const {
    for (const auto& [step, model] : steps_) {
        if (step == name) return model;
    }
    std::vector<std::string> names;
    for (const auto& step : steps_) names.push_back(step.first);
    throw KeyError("'" + std::string(name) + "' (the steps are " + compose::python_list(names) +
                   ")");
}

const Model& PipelineModel::operator[](std::size_t position) const {
    if (position >= steps_.size()) throw IndexError("list index out of range");
    return steps_[position].second;
}

bool PipelineModel::has_method(ModelMethod method) const {
    return final_estimator().has_method(method);
}

std::vector<std::string> PipelineModel::get_feature_names_out() const {
    return final_estimator().get_feature_names_out();
}

void PipelineModel::require(ModelMethod method, std::string_view attribute) const {
    if (final_estimator().has_method(method)) return;
    throw AttributeError("'" + final_estimator().estimator_name() + "' object has no attribute '" +
                         std::string(attribute) + "'");
}

Features PipelineModel::transform_intermediate(const Features& X) const {
    check_features(X);
    Features current = X;
    for (std::size_t i = 0; i + 1 < steps_.size(); ++i) {
        current = steps_[i].second.interface().transform_features(current);
    }
    return current;
}

Features PipelineModel::transform_features(const Features& X) const {
    require(ModelMethod::Transform, "transform");
    return final_estimator().interface().transform_features(transform_intermediate(X));
}

Series PipelineModel::predict_features(const Features& X) const {
    require(ModelMethod::Predict, "predict");
    return final_estimator().interface().predict_features(transform_intermediate(X));
}

NDArray<double> PipelineModel::predict_proba_features(const Features& X) const {
    require(ModelMethod::PredictProba, "predict_proba");
    return final_estimator().interface().predict_proba_features(transform_intermediate(X));
}

NDArray<double> PipelineModel::decision_function_features(const Features& X) const {
    require(ModelMethod::DecisionFunction, "decision_function");
    return final_estimator().interface().decision_function_features(transform_intermediate(X));
}

Series PipelineModel::classes() const {
    return final_estimator().classes();
}

double PipelineModel::score_features(const Features& X, const Target& y) const {
    require(ModelMethod::Predict, "score");
    return final_estimator().interface().score_features(transform_intermediate(X), y);
}

}  // namespace tabula
