#pragma once
// scikit-learn's LinearRegression: ordinary least squares through LAPACK's gelsd, as
// scipy.linalg.lstsq (the minimum-norm solution when X is rank-deficient). Not parameters:
// `copy_X` (inputs are never changed), `n_jobs` (tabula's thread count applies) and `positive`
// (non-negative least squares is not implemented). Fitting takes no sample_weight.
#include <cstdint>
#include <string_view>
#include <tuple>
#include <vector>

#include "tabula/ml/estimator.hpp"

namespace tabula {

struct LinearRegressionParams {
    bool fit_intercept = true;

    static constexpr auto fields() {
        return std::tuple{param("fit_intercept", &LinearRegressionParams::fit_intercept)};
    }
    bool operator==(const LinearRegressionParams&) const = default;
};

class LinearRegressionModel;

class LinearRegression : public EstimatorBase<LinearRegression, LinearRegressionParams> {
  public:
    static constexpr std::string_view name = "LinearRegression";
    static constexpr EstimatorKind kind = EstimatorKind::Regressor;
    using EstimatorBase::EstimatorBase;

    // ValueError for NaN, infinity or text in X, a non-numeric or NaN y, and X and y of
    // different lengths, with scikit-learn's messages.
    LinearRegressionModel fit(const Features& X, const Target& y) const;
};

class LinearRegressionModel final : public ModelBase, public PredictMethods<LinearRegressionModel> {
  public:
    LinearRegressionModel(const LinearRegressionParams& params, const Features& X, const Target& y);

    // scikit-learn's coef_, intercept_ (0.0 without fit_intercept), rank_ and singular_ (of the
    // centred X when fit_intercept).
    const std::vector<double>& coef() const noexcept { return coef_; }
    double intercept() const noexcept { return intercept_; }
    std::int64_t rank() const noexcept { return rank_; }
    const std::vector<double>& singular() const noexcept { return singular_; }

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Predict; }
    bool is_regressor() const override { return true; }
    Series predict_features(const Features& X) const override;

  private:
    std::vector<double> coef_;
    double intercept_ = 0.0;
    std::int64_t rank_ = 0;
    std::vector<double> singular_;
};

}  // namespace tabula
