#pragma once
// scikit-learn's BayesianRidge (1.2): ridge regression whose penalty (lambda) and noise
// precision (alpha) are estimated by evidence maximisation, through one SVD of the centred X.
// Not parameters: `copy_X` (inputs are never changed) and `verbose`. Fitting takes no
// sample_weight.
#include <cstdint>
#include <optional>
#include <string_view>
#include <tuple>
#include <vector>

#include "tabula/ml/estimator.hpp"

namespace tabula {

struct BayesianRidgeParams {
    std::int64_t n_iter = 300;
    double tol = 1e-3;
    double alpha_1 = 1e-6;
    double alpha_2 = 1e-6;
    double lambda_1 = 1e-6;
    double lambda_2 = 1e-6;
    std::optional<double> alpha_init;   // none: 1 / (var(y) + eps)
    std::optional<double> lambda_init;  // none: 1
    bool compute_score = false;
    bool fit_intercept = true;

    static constexpr auto fields() {
        return std::tuple{param("n_iter", &BayesianRidgeParams::n_iter),
                          param("tol", &BayesianRidgeParams::tol),
                          param("alpha_1", &BayesianRidgeParams::alpha_1),
                          param("alpha_2", &BayesianRidgeParams::alpha_2),
                          param("lambda_1", &BayesianRidgeParams::lambda_1),
                          param("lambda_2", &BayesianRidgeParams::lambda_2),
                          param("alpha_init", &BayesianRidgeParams::alpha_init),
                          param("lambda_init", &BayesianRidgeParams::lambda_init),
                          param("compute_score", &BayesianRidgeParams::compute_score),
                          param("fit_intercept", &BayesianRidgeParams::fit_intercept)};
    }
    bool operator==(const BayesianRidgeParams&) const = default;
};

class BayesianRidgeModel;

class BayesianRidge : public EstimatorBase<BayesianRidge, BayesianRidgeParams> {
  public:
    static constexpr std::string_view name = "BayesianRidge";
    static constexpr EstimatorKind kind = EstimatorKind::Regressor;
    using EstimatorBase::EstimatorBase;

    // ValueError for NaN, infinity or text in X, a non-numeric or NaN y, X and y of different
    // lengths, and parameters out of range, with scikit-learn's messages.
    BayesianRidgeModel fit(const Features& X, const Target& y) const;
};

class BayesianRidgeModel final : public ModelBase, public PredictMethods<BayesianRidgeModel> {
  public:
    BayesianRidgeModel(const BayesianRidgeParams& params, const Features& X, const Target& y);

    // scikit-learn's coef_, intercept_, alpha_, lambda_, sigma_ (n_features x n_features,
    // row-major), scores_ (with compute_score) and n_iter_.
    const std::vector<double>& coef() const noexcept { return coef_; }
    double intercept() const noexcept { return intercept_; }
    double alpha() const noexcept { return alpha_; }
    double lambda() const noexcept { return lambda_; }
    const std::vector<double>& sigma() const noexcept { return sigma_; }
    const std::vector<double>& scores() const noexcept { return scores_; }
    std::int64_t n_iter() const noexcept { return n_iter_; }

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Predict; }
    bool is_regressor() const override { return true; }
    Series predict_features(const Features& X) const override;
    // predict(X, return_std=True)'s second result: sqrt(x . sigma . x + 1 / alpha) per row (x
    // as given, not centred, as scikit-learn computes it).
    std::vector<double> predict_std(const Features& X) const;

  private:
    std::vector<double> coef_;
    double intercept_ = 0.0;
    double alpha_ = 0.0;
    double lambda_ = 0.0;
    std::vector<double> sigma_;
    std::vector<double> scores_;
    std::int64_t n_iter_ = 0;
};

}  // namespace tabula
