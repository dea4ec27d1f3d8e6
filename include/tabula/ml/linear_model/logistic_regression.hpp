#pragma once
// scikit-learn's LogisticRegression with its default solver "lbfgs": minimises
//   sum_i sample_weight_i * log_loss_i + 0.5 / C * ||w||^2   (the intercept is not penalised)
// with tabula's own L-BFGS, which is scipy's L-BFGS-B without bounds (10 correction pairs, the
// Moré-Thuente line search, stops when max |gradient| <= tol or when f decreases by less than
// 2.2e-9 relative in one step): it takes the same iterates as scikit-learn and stops at the
// same one, so coefficients agree to rounding (measured within 2e-11 relative, n_iter equal).
// Two classes (or multi_class="ovr") fit a binomial model per class, more classes a
// multinomial one. As in scikit-learn, a tight tol (1e-10) usually ends by the decrease rule
// rather than at the exact optimum.
//
// At max_iter, scikit-learn warns (ConvergenceWarning) and keeps the last iterate; tabula
// keeps the last iterate too, without a warning: n_iter() then equals max_iter.
//
// Not parameters: `dual`, `intercept_scaling` (liblinear only), `l1_ratio` (elasticnet only),
// `random_state` (no random solver), `warm_start` (models are immutable), `verbose`, `n_jobs`
// (tabula's thread count applies; results do not depend on it). Fitting takes no
// sample_weight. class_weight is none, "balanced", or one weight per class in classes() order
// (sorted labels): scikit-learn's dict {label: weight} with every class listed.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <variant>
#include <vector>

#include "tabula/ml/estimator.hpp"

namespace tabula {

struct LogisticRegressionParams {
    // "l2", or none (also "none", deprecated in scikit-learn 1.2): no penalty, C ignored.
    std::optional<std::string> penalty = std::string("l2");
    double tol = 1e-4;
    double C = 1.0;
    bool fit_intercept = true;
    std::optional<std::variant<std::string, std::vector<double>>> class_weight = std::nullopt;
    // Only "lbfgs" is implemented; scikit-learn's other solvers are a ValueError.
    std::string solver = "lbfgs";
    std::int64_t max_iter = 100;
    // "auto", "ovr" or "multinomial".
    std::string multi_class = "auto";

    static constexpr auto fields() {
        using P = LogisticRegressionParams;
        return std::tuple{param("penalty", &P::penalty),
                          param("tol", &P::tol),
                          param("C", &P::C),
                          param("fit_intercept", &P::fit_intercept),
                          param("class_weight", &P::class_weight),
                          param("solver", &P::solver),
                          param("max_iter", &P::max_iter),
                          param("multi_class", &P::multi_class)};
    }
    bool operator==(const LogisticRegressionParams&) const = default;
};

class LogisticRegressionModel;

class LogisticRegression : public EstimatorBase<LogisticRegression, LogisticRegressionParams> {
  public:
    static constexpr std::string_view name = "LogisticRegression";
    static constexpr EstimatorKind kind = EstimatorKind::Classifier;
    using EstimatorBase::EstimatorBase;

    // ValueError with scikit-learn's texts for invalid parameters, a single class ("This
    // solver needs samples of at least 2 classes in the data, but the data contains only one
    // class: 0"), a continuous y, NaN/infinity/text in X, and X and y of different lengths.
    LogisticRegressionModel fit(const Features& X, const Target& y) const;
};

class LogisticRegressionModel final : public ModelBase,
                                      public PredictMethods<LogisticRegressionModel>,
                                      public ClassifierMethods<LogisticRegressionModel>,
                                      public DecisionMethods<LogisticRegressionModel> {
  public:
    LogisticRegressionModel(const LogisticRegressionParams& params, const Features& X,
                            const Target& y);

    // scikit-learn's coef_ ((1, n_features) for two classes, else (n_classes, n_features)),
    // intercept_ (zeros without fit_intercept) and n_iter_ (one count per binomial problem
    // fitted, or one for the multinomial one).
    const NDArray<double>& coef() const noexcept { return coef_; }
    const std::vector<double>& intercept() const noexcept { return intercept_; }
    const std::vector<std::int64_t>& n_iter() const noexcept { return n_iter_; }
    // The sorted labels, in y's dtype.
    Series classes() const override { return classes_; }

    NDArray<double> predict_log_proba(const DataFrame& X) const;
    NDArray<double> predict_log_proba(const NDArray<double>& X) const;

    bool has_method(ModelMethod method) const override { return method != ModelMethod::Transform; }
    bool is_classifier() const override { return true; }
    Series predict_features(const Features& X) const override;
    NDArray<double> predict_proba_features(const Features& X) const override;
    NDArray<double> decision_function_features(const Features& X) const override;

  private:
    // X @ coef.T + intercept, (n_samples, coef rows) row-major.
    std::vector<double> scores(const Features& X) const;

    Series classes_;
    NDArray<double> coef_;
    std::vector<double> intercept_;
    std::vector<std::int64_t> n_iter_;
    bool multinomial_ = false;
};

}  // namespace tabula
