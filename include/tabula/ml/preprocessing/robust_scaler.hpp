#pragma once
// scikit-learn's RobustScaler: (x - median) / (interquantile range) per feature, with NumPy's
// nanmedian and nanpercentile ('linear'); NaN ignored in fit and kept in transform.
// quantile_range is a list of two percentiles (scikit-learn's tuple). (scikit-learn's `copy` is
// not a parameter: inputs are never changed.)
#include <string_view>
#include <tuple>
#include <vector>

#include "tabula/ml/estimator.hpp"

namespace tabula {

struct RobustScalerParams {
    bool with_centering = true;
    bool with_scaling = true;
    std::vector<double> quantile_range = {25.0, 75.0};
    bool unit_variance = false;

    static constexpr auto fields() {
        return std::tuple{param("with_centering", &RobustScalerParams::with_centering),
                          param("with_scaling", &RobustScalerParams::with_scaling),
                          param("quantile_range", &RobustScalerParams::quantile_range),
                          param("unit_variance", &RobustScalerParams::unit_variance)};
    }
    bool operator==(const RobustScalerParams&) const = default;
};

class RobustScalerModel;

class RobustScaler : public EstimatorBase<RobustScaler, RobustScalerParams>,
                     public FitTransformMethods<RobustScaler> {
  public:
    static constexpr std::string_view name = "RobustScaler";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    // ValueError "Invalid quantile range: (75.0, 25.0)" unless 0 <= low <= high <= 100.
    RobustScalerModel fit(const Features& X) const;
};

class RobustScalerModel final : public ModelBase, public TransformMethods<RobustScalerModel> {
  public:
    RobustScalerModel(const RobustScalerParams& params, const Features& X);

    // scikit-learn's center_ (medians; empty without with_centering) and scale_ (quantile
    // ranges, 1 where below 10 eps, divided by the normal distribution's range for the same
    // quantiles with unit_variance; empty without with_scaling). NaN for all-NaN features.
    const std::vector<double>& center() const noexcept { return center_; }
    const std::vector<double>& scale() const noexcept { return scale_; }

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    std::vector<std::string> get_feature_names_out() const override {
        return input_feature_names();
    }
    Features transform_features(const Features& X) const override;
    Features inverse_transform_features(const Features& Xt) const;
    DataFrame inverse_transform(const DataFrame& Xt) const {
        return inverse_transform_features(Xt).frame();
    }
    NDArray<double> inverse_transform(const NDArray<double>& Xt) const {
        return inverse_transform_features(Xt).to_numpy();
    }

  private:
    std::vector<double> center_;
    std::vector<double> scale_;
};

}  // namespace tabula
