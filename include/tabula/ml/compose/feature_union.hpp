#pragma once
// scikit-learn's FeatureUnion: every transformer fitted on all of X (in parallel), the outputs
// side by side in the order given, each multiplied by its weight, named "pca__x0".
// scikit-learn's `n_jobs` and `verbose` are not parameters (tabula's threads do the work).
#include <initializer_list>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tabula/ml/compose/pipeline.hpp"

namespace tabula {

struct FeatureUnionOptions {
    // Multipliers of some transformers' outputs by name (the others are left as they are).
    std::vector<std::pair<std::string, double>> transformer_weights = {};
    friend bool operator==(const FeatureUnionOptions&, const FeatureUnionOptions&) = default;
};

class FeatureUnionModel;

class FeatureUnion : public EstimatorTag, public CompositeFitTransform<FeatureUnion> {
  public:
    static constexpr std::string_view name = "FeatureUnion";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;

    // ValueError for repeated names, names with "__" or equal to a parameter, a weight for an
    // unknown transformer; TypeError for a step that cannot transform or a keyword other than
    // "drop"/"passthrough" (scikit-learn's wording).
    explicit FeatureUnion(std::vector<NamedEstimator> transformer_list,
                          FeatureUnionOptions options = {});
    // As Pipeline's: {{"a", "passthrough"}} is not read as two `const char*` iterators.
    FeatureUnion(std::initializer_list<NamedEstimator> transformer_list,
                 FeatureUnionOptions options = {})
        : FeatureUnion(std::vector<NamedEstimator>(transformer_list), std::move(options)) {}

    const std::vector<NamedEstimator>& transformer_list() const noexcept {
        return transformer_list_;
    }
    const FeatureUnionOptions& options() const noexcept { return options_; }
    std::string repr() const;
    // "transformer_list" (the names), then each transformer by name and (deep) "name__param".
    // The weights (a dict in scikit-learn) are not a parameter value here: set them in the
    // options.
    ParamMap get_params(bool deep = true) const;
    FeatureUnion& set_params(std::string_view name, const ParamValue& value);

    FeatureUnionModel fit(const Features& X) const;
    FeatureUnionModel fit(const Features& X, const Target& y) const;
    std::pair<FeatureUnionModel, Features> fit_transform_model(const Features& X,
                                                               const Target* y) const;

    friend bool operator==(const FeatureUnion& a, const FeatureUnion& b) {
        return a.transformer_list_ == b.transformer_list_ && a.options_ == b.options_;
    }
    friend std::ostream& operator<<(std::ostream& out, const FeatureUnion& f) {
        return out << f.repr();
    }

  private:
    void validate() const;
    std::vector<NamedEstimator> transformer_list_;
    FeatureUnionOptions options_;
};

// scikit-learn's make_union: transformers named as make_pipeline names steps.
FeatureUnion make_union(std::vector<StepEstimator> transformers);

class FeatureUnionModel final : public ModelBase, public TransformMethods<FeatureUnionModel> {
  public:
    // `model` is empty for a "drop"ped transformer.
    struct Fitted {
        std::string name;
        std::optional<Model> model;
        double weight = 1.0;
    };

    FeatureUnionModel(const Features& X, std::vector<Fitted> transformers,
                      std::vector<std::string> feature_names_out);

    const std::vector<Fitted>& transformer_list() const noexcept { return transformers_; }
    std::map<std::string, Model> named_transformers() const;

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    std::vector<std::string> get_feature_names_out() const override { return feature_names_out_; }
    // X checked against the fitted features (by name for frames, by count for arrays) first.
    Features transform_features(const Features& X) const override;

  private:
    std::vector<Fitted> transformers_;
    std::vector<std::string> feature_names_out_;
};

}  // namespace tabula
