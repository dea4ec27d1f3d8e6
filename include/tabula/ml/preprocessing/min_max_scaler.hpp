#pragma once
// scikit-learn's MinMaxScaler: x * scale + min per feature, mapping the fitted [data_min, data_max]
// onto feature_range; NaN ignored in fit and kept in transform. feature_range is a list of two
// floats (scikit-learn's tuple). (scikit-learn's `copy` is not a parameter: inputs are never
// changed; partial_fit is not provided.)
#include <cstdint>
#include <string_view>
#include <tuple>
#include <vector>

#include "tabula/ml/estimator.hpp"

namespace tabula {

struct MinMaxScalerParams {
    std::vector<double> feature_range = {0.0, 1.0};
    bool clip = false;

    static constexpr auto fields() {
        return std::tuple{param("feature_range", &MinMaxScalerParams::feature_range),
                          param("clip", &MinMaxScalerParams::clip)};
    }
    bool operator==(const MinMaxScalerParams&) const = default;
};

class MinMaxScalerModel;

class MinMaxScaler : public EstimatorBase<MinMaxScaler, MinMaxScalerParams>,
                     public FitTransformMethods<MinMaxScaler> {
  public:
    static constexpr std::string_view name = "MinMaxScaler";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    // ValueError "Minimum of desired feature range must be smaller than maximum. Got (1, 0).".
    MinMaxScalerModel fit(const Features& X) const;
};

class MinMaxScalerModel final : public ModelBase, public TransformMethods<MinMaxScalerModel> {
  public:
    MinMaxScalerModel(const MinMaxScalerParams& params, const Features& X);

    // scikit-learn's data_min_, data_max_ (NaN for an all-NaN feature), data_range_, scale_
    // (a range below 10 eps counts as 1), min_ and n_samples_seen_ (all rows).
    const std::vector<double>& data_min() const noexcept { return data_min_; }
    const std::vector<double>& data_max() const noexcept { return data_max_; }
    const std::vector<double>& data_range() const noexcept { return data_range_; }
    const std::vector<double>& scale() const noexcept { return scale_; }
    const std::vector<double>& min() const noexcept { return min_; }
    std::int64_t n_samples_seen() const noexcept { return n_samples_seen_; }

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    std::vector<std::string> get_feature_names_out() const override {
        return input_feature_names();
    }
    Features transform_features(const Features& X) const override;
    // (x - min) / scale; clip is not undone.
    Features inverse_transform_features(const Features& Xt) const;
    DataFrame inverse_transform(const DataFrame& Xt) const {
        return inverse_transform_features(Xt).frame();
    }
    NDArray<double> inverse_transform(const NDArray<double>& Xt) const {
        return inverse_transform_features(Xt).to_numpy();
    }

  private:
    MinMaxScalerParams params_;
    std::vector<double> data_min_;
    std::vector<double> data_max_;
    std::vector<double> data_range_;
    std::vector<double> scale_;
    std::vector<double> min_;
    std::int64_t n_samples_seen_ = 0;
};

}  // namespace tabula
