#pragma once
// scikit-learn's Ridge: least squares with an L2 penalty alpha * ||w||^2, solved directly as
// scikit-learn does for dense X: "auto" and "cholesky" solve (X.T X + alpha I) w = X.T y (the
// dual (X X.T + alpha I) c = y, w = X.T c, when there are more features than samples) by
// Cholesky factorisation, falling back to "svd" when the matrix is not positive definite.
// The iterative solvers ("sparse_cg", "lsqr", "sag", "saga", "lbfgs") are not implemented, so
// their `max_iter`, `tol`, `random_state` and `positive` are not parameters; nor is `copy_X`
// (inputs are never changed). alpha is one float (not one per target: y is 1-d).
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "tabula/ml/estimator.hpp"

namespace tabula {

struct RidgeParams {
    double alpha = 1.0;
    bool fit_intercept = true;
    std::string solver = "auto";

    static constexpr auto fields() {
        return std::tuple{param("alpha", &RidgeParams::alpha),
                          param("fit_intercept", &RidgeParams::fit_intercept),
                          param("solver", &RidgeParams::solver)};
    }
    bool operator==(const RidgeParams&) const = default;
};

class RidgeModel;

class Ridge : public EstimatorBase<Ridge, RidgeParams> {
  public:
    static constexpr std::string_view name = "Ridge";
    static constexpr EstimatorKind kind = EstimatorKind::Regressor;
    using EstimatorBase::EstimatorBase;

    // ValueError for alpha < 0, an unknown solver (scikit-learn's texts) or one of the
    // iterative solvers, and for X and y as LinearRegression::fit.
    RidgeModel fit(const Features& X, const Target& y) const;
};

class RidgeModel final : public ModelBase, public PredictMethods<RidgeModel> {
  public:
    RidgeModel(const RidgeParams& params, const Features& X, const Target& y);

    // scikit-learn's coef_ and intercept_ (0.0 without fit_intercept).
    const std::vector<double>& coef() const noexcept { return coef_; }
    double intercept() const noexcept { return intercept_; }
    // The solver that produced coef: "cholesky", or "svd" after its fallback (scikit-learn
    // 1.2.1 does not expose it).
    const std::string& solver() const noexcept { return solver_; }

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Predict; }
    bool is_regressor() const override { return true; }
    Series predict_features(const Features& X) const override;

  private:
    std::vector<double> coef_;
    double intercept_ = 0.0;
    std::string solver_;
};

}  // namespace tabula
