#pragma once
// scikit-learn's Pipeline: named steps fitted in turn, each on the output of the one before (on
// the training data only); the fitted PipelineModel transforms or predicts through all of them.
// scikit-learn's `memory` (caching fitted steps on disk) and `verbose` are not parameters.
#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <map>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "tabula/ml/estimator.hpp"

namespace tabula {

// An estimator inside a composition, or a keyword scikit-learn accepts in its place:
// "passthrough" (the input unchanged) and, in ColumnTransformer and FeatureUnion, "drop". Which
// keywords are valid is checked by the composition that holds it.
class StepEstimator {
  public:
    template <class E>
    requires std::derived_from<std::remove_cvref_t<E>, EstimatorTag> StepEstimator(
        E&& estimator)  // NOLINT(google-explicit-constructor)
        : estimator_(std::forward<E>(estimator)) {}
    // ValueError for an empty Estimator.
    StepEstimator(Estimator estimator);                                   // NOLINT
    StepEstimator(const char* keyword) : keyword_(keyword) {}             // NOLINT
    StepEstimator(std::string keyword) : keyword_(std::move(keyword)) {}  // NOLINT
    // What set_params receives for a whole step: an estimator or a str (TypeError otherwise).
    static StepEstimator from_param(const ParamValue& value);

    bool is_estimator() const noexcept { return keyword_.empty(); }
    // "passthrough", "drop", ...; empty for an estimator.
    const std::string& keyword() const noexcept { return keyword_; }
    const Estimator& estimator() const noexcept { return estimator_; }
    Estimator& estimator() noexcept { return estimator_; }
    // As get_params lists it: the estimator, or the keyword as a str.
    ParamValue param() const;
    // The estimator's repr, or the keyword quoted: "passthrough".
    std::string repr() const;
    friend bool operator==(const StepEstimator& a, const StepEstimator& b) {
        return a.keyword_ == b.keyword_ && a.estimator_ == b.estimator_;
    }

  private:
    Estimator estimator_;
    std::string keyword_;
};

// A named step: {"scale", StandardScaler()} or {"scale", "passthrough"}.
struct NamedEstimator {
    std::string name;
    StepEstimator estimator;
    friend bool operator==(const NamedEstimator&, const NamedEstimator&) = default;
};

// A composition's fit_transform in the caller's form, from Derived's
// fit_transform_model(X, y) -> {model, output} (y may be null).
template <class Derived>
class CompositeFitTransform {
  public:
    DataFrame fit_transform(const DataFrame& X) const { return output(X, nullptr).frame(); }
    DataFrame fit_transform(const DataFrame& X, const Target& y) const {
        return output(X, &y).frame();
    }
    NDArray<double> fit_transform(const NDArray<double>& X) const {
        return output(X, nullptr).to_numpy();
    }
    NDArray<double> fit_transform(const NDArray<double>& X, const Target& y) const {
        return output(X, &y).to_numpy();
    }

  private:
    Features output(const Features& X, const Target* y) const {
        return static_cast<const Derived&>(*this).fit_transform_model(X, y).second;
    }
};

class PipelineModel;

class Pipeline : public EstimatorTag, public CompositeFitTransform<Pipeline> {
  public:
    static constexpr std::string_view name = "Pipeline";

    // ValueError (scikit-learn's wording) for no steps, repeated names ("Names provided are not
    // unique: ['a', 'a']"), names with "__" or equal to a parameter ("steps"); TypeError for an
    // intermediate step that cannot transform ("All intermediate steps should be transformers
    // ...").
    explicit Pipeline(std::vector<NamedEstimator> steps);
    // Pipeline({{"scale", "passthrough"}}) would otherwise also read as a vector built from two
    // `const char*` iterators.
    Pipeline(std::initializer_list<NamedEstimator> steps)
        : Pipeline(std::vector<NamedEstimator>(steps)) {}

    const std::vector<NamedEstimator>& steps() const noexcept { return steps_; }
    // The last step's kind (scikit-learn's _estimator_type); a transformer when it is
    // "passthrough".
    EstimatorKind kind() const;
    // Pipeline(steps={{"scale", StandardScaler(with_mean=true, with_std=true)}, ...}).
    std::string repr() const;
    // "steps" (the step names: a list of (name, estimator) pairs is not a parameter value), then
    // each step by name, then (deep) each step's parameters as "name__param".
    ParamMap get_params(bool deep = true) const;
    // A whole step by its name (an estimator or "passthrough"), or a step's parameter
    // ("classifier__C"). ValueError for an unknown name or for "steps".
    Pipeline& set_params(std::string_view name, const ParamValue& value);

    PipelineModel fit(const Features& X) const;
    PipelineModel fit(const Features& X, const Target& y) const;
    // Every step fitted with its fit_transform (so TargetEncoder's cross-fitting applies to the
    // last step too), and the last step's output. y may be null.
    std::pair<PipelineModel, Features> fit_transform_model(const Features& X,
                                                           const Target* y) const;

    friend bool operator==(const Pipeline& a, const Pipeline& b) { return a.steps_ == b.steps_; }
    friend std::ostream& operator<<(std::ostream& out, const Pipeline& p) {
        return out << p.repr();
    }

  private:
    void validate() const;
    // The steps fitted in turn; the last one's output only when `transform_last`.
    std::pair<PipelineModel, Features> fit_steps(const Features& X, const Target* y,
                                                 bool transform_last) const;
    std::vector<NamedEstimator> steps_;
};

// scikit-learn's make_pipeline: steps named by their lowercased class names ("standardscaler";
// "passthrough" for the keyword), repeated names numbered "-1", "-2", ... in order.
Pipeline make_pipeline(std::vector<StepEstimator> steps);
template <class... S>
requires(sizeof...(S) > 0) Pipeline make_pipeline(S&&... steps) {
    std::vector<StepEstimator> list;
    (list.emplace_back(std::forward<S>(steps)), ...);
    return make_pipeline(std::move(list));
}

// A fitted pipeline: every call checks X against the features the pipeline was fitted on (by
// name for frames, by count for arrays) and goes through the fitted steps. transform needs the last
// step to transform (or be "passthrough"), predict/predict_proba/decision_function/score/classes
// need the last step to have them (AttributeError otherwise, as scikit-learn).
class PipelineModel final : public ModelBase,
                            public TransformMethods<PipelineModel>,
                            public PredictMethods<PipelineModel>,
                            public ClassifierMethods<PipelineModel>,
                            public DecisionMethods<PipelineModel> {
  public:
    // The fitted steps in order ("passthrough" steps hold a model whose estimator_name() is
    // "passthrough" and whose transform returns its input).
    PipelineModel(const Features& X, std::vector<std::pair<std::string, Model>> steps);

    const std::vector<std::pair<std::string, Model>>& steps() const noexcept { return steps_; }
    std::map<std::string, Model> named_steps() const;
    // KeyError for an unknown name (naming the steps), IndexError for a position past the end.
    const Model& operator[](std::string_view name) const;
    const Model& operator[](std::size_t position) const;
    const Model& final_estimator() const { return steps_.back().second; }

    bool has_method(ModelMethod method) const override;
    bool is_classifier() const override { return final_estimator().is_classifier(); }
    bool is_regressor() const override { return final_estimator().is_regressor(); }
    // The last step's names (each step was fitted on the names of the one before).
    std::vector<std::string> get_feature_names_out() const override;
    Features transform_features(const Features& X) const override;
    Series predict_features(const Features& X) const override;
    NDArray<double> predict_proba_features(const Features& X) const override;
    NDArray<double> decision_function_features(const Features& X) const override;
    Series classes() const override;
    double score_features(const Features& X, const Target& y) const override;

  private:
    // AttributeError when the last step lacks `method`, with the last step's name (scikit-learn's
    // message is the last step's own).
    void require(ModelMethod method, std::string_view attribute) const;
    // X through every step but the last.
    Features transform_intermediate(const Features& X) const;
    std::vector<std::pair<std::string, Model>> steps_;
};

}  // namespace tabula
