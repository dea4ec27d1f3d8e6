#pragma once
// scikit-learn's Normalizer: each row divided by its l1, l2 or max norm (rows of norm 0 are kept
// as they are). Stateless: fit only checks X. NaN is rejected, as scikit-learn's. (scikit-learn's
// `copy` is not a parameter: inputs are never changed.)
#include <string>
#include <string_view>
#include <tuple>

#include "tabula/ml/estimator.hpp"

namespace tabula {

struct NormalizerParams {
    std::string norm = "l2";

    static constexpr auto fields() { return std::tuple{param("norm", &NormalizerParams::norm)}; }
    bool operator==(const NormalizerParams&) const = default;
};

class NormalizerModel;

class Normalizer : public EstimatorBase<Normalizer, NormalizerParams>,
                   public FitTransformMethods<Normalizer> {
  public:
    static constexpr std::string_view name = "Normalizer";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    // ValueError "The 'norm' parameter of Normalizer must be a str among {'l2', 'l1', 'max'}.
    // Got 'l3' instead.".
    NormalizerModel fit(const Features& X) const;
};

class NormalizerModel final : public ModelBase, public TransformMethods<NormalizerModel> {
  public:
    NormalizerModel(const NormalizerParams& params, const Features& X);

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    std::vector<std::string> get_feature_names_out() const override {
        return input_feature_names();
    }
    Features transform_features(const Features& X) const override;

  private:
    NormalizerParams params_;
};

}  // namespace tabula
