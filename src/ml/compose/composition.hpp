#pragma once
// What Pipeline, ColumnTransformer and FeatureUnion share: fitting a child (nested compositions
// through their own fit_transform_model, so a TargetEncoder deep inside still cross-fits and y
// stays optional), the fitted "passthrough", scikit-learn's step-name checks and messages, the
// children run in parallel, and the outputs stacked side by side without copying values.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tabula/ml/compose/pipeline.hpp"

namespace tabula::compose {

// The fitted "passthrough": its input, unchanged.
class PassthroughModel final : public ModelBase {
  public:
    explicit PassthroughModel(const Features& X) : ModelBase("passthrough", X) {}
    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    std::vector<std::string> get_feature_names_out() const override {
        return input_feature_names();
    }
    Features transform_features(const Features& X) const override { return X; }
};

// A fitted model and its output on the data it was fitted on.
struct Fitted {
    Model model;
    Features output;
};

// step.fit(X[, y]) / step.fit_transform(X[, y]); "passthrough" gives a PassthroughModel.
Model fit_step(const StepEstimator& step, const Features& X, const Target* y);
Fitted fit_transform_step(const StepEstimator& step, const Features& X, const Target* y);

// scikit-learn's _validate_names: unique, not a constructor argument, no "__".
void validate_names(const std::vector<std::string>& names,
                    const std::vector<std::string>& parameters);
// TypeError `prefix + " '<repr>' (type <class 'X'>) doesn't" + suffix` unless the step is a
// transformer or one of `keywords`.
void validate_transformer(const StepEstimator& step, const std::vector<std::string>& keywords,
                          std::string_view prefix, std::string_view suffix);

// Python's repr of a list of str: ['a', 'b'].
std::string python_list(const std::vector<std::string>& items);
// C++ initializer text {"a", "b"}.
std::string braced_names(const std::vector<std::string>& items);

// The names make_pipeline, make_union and make_column_transformer give.
std::vector<std::string> name_estimators(const std::vector<StepEstimator>& steps);

template <class Step>
std::vector<std::string> step_names(const std::vector<Step>& steps) {
    std::vector<std::string> names;
    names.reserve(steps.size());
    for (const auto& step : steps) names.push_back(step.name);
    return names;
}

// {{"scale", StandardScaler(...)}, {"skip", "passthrough"}}
std::string named_steps_repr(const std::vector<NamedEstimator>& steps);
// Pipeline's and FeatureUnion's get_params: `list_parameter` (the step names), then the steps.
ParamMap named_step_params(std::string_view list_parameter,
                           const std::vector<NamedEstimator>& steps, bool deep);
// Their set_params: a step, a step's parameter, or `list_parameter` (see steps_by_name);
// ValueError naming the composite (`repr`) for anything else.
void set_named_step_param(std::vector<NamedEstimator>& steps, std::string_view name,
                          const ParamValue& value, std::string_view composite,
                          std::string_view list_parameter,
                          const std::function<std::string()>& repr);

// Runs `change` on `composite` and puts the composite back as it was when `change` throws, so a
// refused set_params leaves it unchanged.
template <class C, class F>
void change_or_restore(C& composite, F&& change) {
    C before = composite;
    try {
        change();
    } catch (...) {
        composite = std::move(before);
        throw;
    }
}

// Steps as get_params lists them after the composite's own parameters: each by name, then
// (deep) each one's parameters as "name__param".
void add_step_params(ParamMap& out, const std::vector<std::string>& names,
                     const std::vector<const StepEstimator*>& steps, bool deep);
// set_params on a step: the whole step when `rest` is empty, else its parameter `rest`.
void set_step_param(StepEstimator& step, std::string_view rest, const ParamValue& value);
[[noreturn]] void throw_unknown_step(std::string_view composite, std::string_view name);
// set_params("steps", {"scale", "classifier"}): the steps of those names, in that order (a list
// of named estimators is not a parameter value, so get_params lists the names). TypeError for a
// value that is not a list of str, ValueError for a name that is not a step.
template <class Step>
std::vector<Step> steps_by_name(const std::vector<Step>& steps, const ParamValue& value,
                                std::string_view composite, std::string_view parameter) {
    const auto* names = std::get_if<std::vector<std::string>>(&value.storage());
    if (names == nullptr) detail::throw_param_type(composite, parameter, "list of str", value);
    std::vector<Step> out;
    for (const auto& name : *names) {
        const auto found = std::find_if(steps.begin(), steps.end(),
                                        [&](const Step& step) { return step.name == name; });
        if (found == steps.end()) throw_unknown_step(composite, name);
        out.push_back(*found);
    }
    return out;
}

// A fitted composition's children that hold a model ("drop" and empty selections hold none).
template <class Child>
std::vector<const Child*> with_model(const std::vector<Child>& children) {
    std::vector<const Child*> out;
    for (const auto& child : children) {
        if (child.model) out.push_back(&child);
    }
    return out;
}

template <class Child>
std::map<std::string, Model> models_by_name(const std::vector<Child>& children) {
    std::map<std::string, Model> out;
    for (const Child* child : with_model(children)) out.emplace(child->name, *child->model);
    return out;
}

// body(i) for i in [0, n), in parallel; the failure of the smallest i is rethrown, so the error
// does not depend on the thread count.
void for_each_parallel(std::int64_t n, const std::function<void(std::int64_t)>& body);

// The columns of X at `positions`, shared, named as in X, with X's index and named-ness.
Features select_columns(const Features& X, const std::vector<std::int64_t>& positions);

// The outputs' columns side by side (shared, not copied), named `names`, indexed as X.
Features hstack(const Features& X, const std::vector<Features>& outputs,
                std::vector<std::string> names);
// The outputs' column names, prefixed "name__" (verbose) or checked for uniqueness with
// scikit-learn's message.
std::vector<std::string> output_names(const std::vector<std::string>& transformer_names,
                                      const std::vector<Features>& outputs, bool verbose);

}  // namespace tabula::compose
