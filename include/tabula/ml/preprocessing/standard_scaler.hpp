#pragma once
// scikit-learn's StandardScaler: z = (x - mean) / std per feature, ddof=0; NaN ignored in fit and
// kept in transform. (scikit-learn's `copy` is not a parameter: inputs are never changed.)
#include <cstdint>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "tabula/ml/estimator.hpp"

namespace tabula {

struct StandardScalerParams {
    bool with_mean = true;
    bool with_std = true;

    static constexpr auto fields() {
        return std::tuple{param("with_mean", &StandardScalerParams::with_mean),
                          param("with_std", &StandardScalerParams::with_std)};
    }
    bool operator==(const StandardScalerParams&) const = default;
};

class StandardScalerModel;
class NumericColumns;
struct FloatColumnBuilder;

class StandardScaler : public EstimatorBase<StandardScaler, StandardScalerParams> {
  public:
    static constexpr std::string_view name = "StandardScaler";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    StandardScalerModel fit(const Features& X) const;
    // fit(X) and its transform of X, X read and checked once (Pipelines and ColumnTransformers
    // fit through this).
    std::pair<StandardScalerModel, Features> fit_transform_model(const Features& X,
                                                                 const Target* y) const;
    DataFrame fit_transform(const DataFrame& X) const;
    NDArray<double> fit_transform(const NDArray<double>& X) const;
};

class StandardScalerModel final : public ModelBase, public TransformMethods<StandardScalerModel> {
  public:
    StandardScalerModel(const StandardScalerParams& params, const Features& X);

    // scikit-learn's mean_, var_, scale_ (1 where the variance is ~0), n_samples_seen_ (non-NaN
    // count per feature). mean is empty without with_mean, var and scale without with_std.
    const std::vector<double>& mean() const noexcept { return mean_; }
    const std::vector<double>& var() const noexcept { return var_; }
    const std::vector<double>& scale() const noexcept { return scale_; }
    const std::vector<std::int64_t>& n_samples_seen() const noexcept { return n_samples_seen_; }

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    std::vector<std::string> get_feature_names_out() const override {
        return input_feature_names();
    }
    Features transform_features(const Features& X) const override;
    DataFrame inverse_transform(const DataFrame& Xt) const;

  private:
    friend class StandardScaler;
    // Fitted on `columns` (X's values).
    StandardScalerModel(const StandardScalerParams& params, const Features& X,
                        const NumericColumns& columns);
    // `columns` scaled, named and indexed as X.
    Features scale(const Features& X, const NumericColumns& columns) const;

    StandardScalerParams params_;
    std::vector<double> mean_;
    std::vector<double> var_;
    std::vector<double> scale_;
    std::vector<std::int64_t> n_samples_seen_;
};

}  // namespace tabula
