#pragma once
// scikit-learn's MaxAbsScaler: x / max|x| per feature, so each feature lies in [-1, 1] without
// being shifted; NaN ignored in fit and kept in transform. (scikit-learn's `copy` is not a
// parameter: inputs are never changed; partial_fit is not provided.)
#include <cstdint>
#include <string_view>
#include <tuple>
#include <vector>

#include "tabula/ml/estimator.hpp"

namespace tabula {

struct MaxAbsScalerParams {
    static constexpr auto fields() { return std::tuple{}; }
    bool operator==(const MaxAbsScalerParams&) const = default;
};

class MaxAbsScalerModel;

class MaxAbsScaler : public EstimatorBase<MaxAbsScaler, MaxAbsScalerParams>,
                     public FitTransformMethods<MaxAbsScaler> {
  public:
    static constexpr std::string_view name = "MaxAbsScaler";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    MaxAbsScalerModel fit(const Features& X) const;
};

class MaxAbsScalerModel final : public ModelBase, public TransformMethods<MaxAbsScalerModel> {
  public:
    explicit MaxAbsScalerModel(const Features& X);

    // scikit-learn's max_abs_ (NaN for an all-NaN feature), scale_ (max_abs, or 1 where it is
    // below 10 eps) and n_samples_seen_ (all rows).
    const std::vector<double>& max_abs() const noexcept { return max_abs_; }
    const std::vector<double>& scale() const noexcept { return scale_; }
    std::int64_t n_samples_seen() const noexcept { return n_samples_seen_; }

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
    std::vector<double> max_abs_;
    std::vector<double> scale_;
    std::int64_t n_samples_seen_ = 0;
};

}  // namespace tabula
