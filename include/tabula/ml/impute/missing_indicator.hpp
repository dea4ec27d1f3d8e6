#pragma once
// scikit-learn's MissingIndicator: a bool column per feature telling where values are missing.
// Missing means NaN or null in a numeric column and null in a text column (scikit-learn's
// default missing_values=np.nan; other missing_values markers are not supported, so there is no
// such parameter). Text columns are accepted, as scikit-learn accepts object arrays.
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "tabula/ml/estimator.hpp"

namespace tabula {

struct MissingIndicatorParams {
    // "missing-only": only the features with a missing value at fit; "all": every feature.
    std::string features = "missing-only";
    // With "missing-only", a feature missing at transform but not at fit is a ValueError.
    bool error_on_new = true;

    static constexpr auto fields() {
        return std::tuple{param("features", &MissingIndicatorParams::features),
                          param("error_on_new", &MissingIndicatorParams::error_on_new)};
    }
    bool operator==(const MissingIndicatorParams&) const = default;
};

class MissingIndicatorModel;

class MissingIndicator : public EstimatorBase<MissingIndicator, MissingIndicatorParams>,
                         public FitTransformMethods<MissingIndicator> {
  public:
    static constexpr std::string_view name = "MissingIndicator";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    MissingIndicatorModel fit(const Features& X) const;
};

class MissingIndicatorModel final : public ModelBase,
                                    public TransformMethods<MissingIndicatorModel> {
  public:
    MissingIndicatorModel(const MissingIndicatorParams& params, const Features& X);

    // scikit-learn's features_: positions of the features that get an indicator column.
    const std::vector<std::int64_t>& features() const noexcept { return features_; }

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    // "missingindicator_<feature>" for each of features().
    std::vector<std::string> get_feature_names_out() const override;
    // Bool columns, one per features() entry.
    Features transform_features(const Features& X) const override;

  private:
    MissingIndicatorParams params_;
    std::vector<std::int64_t> features_;
};

}  // namespace tabula
