#pragma once
// scikit-learn's DummyRegressor: predicts one value computed from the training targets (mean,
// median, a quantile, or a given constant), ignoring the feature values. Single-output y; no
// sample_weight or return_std. Unlike scikit-learn (which skips X validation), predict checks
// X's features against fit's.
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

#include "tabula/ml/estimator.hpp"

namespace tabula {

struct DummyRegressorParams {
    // The value predicted by "constant".
    std::optional<double> constant = std::nullopt;
    // The quantile in [0, 1] predicted by "quantile" (NumPy's percentile, method "linear").
    std::optional<double> quantile = std::nullopt;
    // "mean", "median", "quantile" or "constant".
    std::string strategy = "mean";

    static constexpr auto fields() {
        return std::tuple{param("constant", &DummyRegressorParams::constant),
                          param("quantile", &DummyRegressorParams::quantile),
                          param("strategy", &DummyRegressorParams::strategy)};
    }
    bool operator==(const DummyRegressorParams&) const = default;
};

class DummyRegressorModel;

class DummyRegressor : public EstimatorBase<DummyRegressor, DummyRegressorParams> {
  public:
    static constexpr std::string_view name = "DummyRegressor";
    static constexpr EstimatorKind kind = EstimatorKind::Regressor;
    using EstimatorBase::EstimatorBase;

    // ValueError for an unknown strategy or a quantile outside [0, 1], "quantile" without a
    // quantile; TypeError for "constant" without a constant (scikit-learn's messages).
    DummyRegressorModel fit(const Features& X, const Target& y) const;
};

class DummyRegressorModel final : public ModelBase, public PredictMethods<DummyRegressorModel> {
  public:
    DummyRegressorModel(const DummyRegressorParams& params, const Features& X, const Target& y);

    // scikit-learn's constant_ (a single output here).
    double constant() const noexcept { return constant_; }

    bool is_regressor() const override { return true; }
    bool has_method(ModelMethod method) const override { return method == ModelMethod::Predict; }
    Series predict_features(const Features& X) const override;

  private:
    double constant_ = 0.0;
};

}  // namespace tabula
