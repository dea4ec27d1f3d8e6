#include "tabula/ml/linear_model/bayesian_ridge.hpp"

#include <cmath>
#include <limits>
#include <numbers>

#include "linear_scores.hpp"
#include "param_checks.hpp"
#include "tabula/array/linalg.hpp"
#include "tabula/ml/labels.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {
namespace {

// The SVD of the centred X and what every update reuses.
struct Decomposition {
    std::int64_t n = 0;
    std::int64_t p = 0;
    std::int64_t k = 0;         // min(n, p)
    std::vector<double> X;      // (n, p) row-major, centred
    std::vector<double> y;      // centred
    std::vector<double> XT_y;   // (p)
    std::vector<double> U;      // (n, k) row-major
    std::vector<double> Vh;     // (k, p) row-major
    std::vector<double> eigen;  // S**2
};

// _update_coef_: the posterior mean for (alpha, lambda) and its residual sum of squares.
std::pair<std::vector<double>, double> update_coef(const Decomposition& s, double alpha,
                                                   double lambda) {
    const auto n = static_cast<std::size_t>(s.n);
    const auto p = static_cast<std::size_t>(s.p);
    const auto k = static_cast<std::size_t>(s.k);
    std::vector<double> coef(p, 0.0);
    std::vector<double> mid(k, 0.0);
    if (s.n > s.p) {
        // Vh.T @ (Vh / (eigen + lambda / alpha)[:, None] @ XT_y)
        for (std::size_t r = 0; r < k; ++r) {
            const double scale = s.eigen[r] + lambda / alpha;
            double acc = 0.0;
            for (std::size_t j = 0; j < p; ++j) acc += s.Vh[r * p + j] / scale * s.XT_y[j];
            mid[r] = acc;
        }
        for (std::size_t j = 0; j < p; ++j) {
            double acc = 0.0;
            for (std::size_t r = 0; r < k; ++r) acc += s.Vh[r * p + j] * mid[r];
            coef[j] = acc;
        }
    } else {
        // X.T @ (U / (eigen + lambda / alpha)[None, :] @ (U.T @ y))
        std::vector<double> uty(k, 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t r = 0; r < k; ++r) uty[r] += s.U[i * k + r] * s.y[i];
        }
        std::vector<double> w(n, 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            double acc = 0.0;
            for (std::size_t r = 0; r < k; ++r) {
                acc += s.U[i * k + r] / (s.eigen[r] + lambda / alpha) * uty[r];
            }
            w[i] = acc;
        }
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < p; ++j) coef[j] += s.X[i * p + j] * w[i];
        }
    }
    double rmse = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        double fitted = 0.0;
        for (std::size_t j = 0; j < p; ++j) fitted += s.X[i * p + j] * coef[j];
        const double r = s.y[i] - fitted;
        rmse += r * r;
    }
    return {std::move(coef), rmse};
}

double sum_of_squares(const std::vector<double>& v) {
    double acc = 0.0;
    for (double x : v) acc += x * x;
    return acc;
}

double log_marginal_likelihood(const BayesianRidgeParams& params, const Decomposition& s,
                               double alpha, double lambda, const std::vector<double>& coef,
                               double rmse) {
    double logdet_sigma = 0.0;
    for (std::int64_t j = 0; j < s.p; ++j) {
        const double eig = j < s.k ? s.eigen[static_cast<std::size_t>(j)] : 0.0;
        if (s.n > s.p || j < s.k) {
            logdet_sigma -= std::log(lambda + alpha * eig);
        } else {
            logdet_sigma -= std::log(lambda);
        }
    }
    const auto n = static_cast<double>(s.n);
    const auto p = static_cast<double>(s.p);
    double score = params.lambda_1 * std::log(lambda) - params.lambda_2 * lambda;
    score += params.alpha_1 * std::log(alpha) - params.alpha_2 * alpha;
    score +=
        0.5 * (p * std::log(lambda) + n * std::log(alpha) - alpha * rmse -
               lambda * sum_of_squares(coef) + logdet_sigma - n * std::log(2 * std::numbers::pi));
    return score;
}

void check_params(const BayesianRidgeParams& params) {
    constexpr std::string_view name = BayesianRidge::name;
    detail::check_lower_bound(name, "n_iter", static_cast<double>(params.n_iter), 1.0, true, true);
    detail::check_lower_bound(name, "tol", params.tol, 0.0, true);
    detail::check_lower_bound(name, "alpha_1", params.alpha_1, 0.0, true);
    detail::check_lower_bound(name, "alpha_2", params.alpha_2, 0.0, true);
    detail::check_lower_bound(name, "lambda_1", params.lambda_1, 0.0, true);
    detail::check_lower_bound(name, "lambda_2", params.lambda_2, 0.0, true);
    if (params.alpha_init)
        detail::check_lower_bound(name, "alpha_init", *params.alpha_init, 0.0, true);
    if (params.lambda_init) {
        detail::check_lower_bound(name, "lambda_init", *params.lambda_init, 0.0, true);
    }
}

}  // namespace

BayesianRidgeModel BayesianRidge::fit(const Features& X, const Target& y) const {
    return BayesianRidgeModel(params_, X, y);
}

BayesianRidgeModel::BayesianRidgeModel(const BayesianRidgeParams& params, const Features& X,
                                       const Target& y)
    : ModelBase(std::string(BayesianRidge::name), X) {
    check_params(params);
    const NumericColumns columns(X, BayesianRidge::name);
    const std::vector<double> target = regression_target(y);
    check_consistent_length(columns.num_rows(), static_cast<std::int64_t>(target.size()));
    const auto design = detail::center_design(columns, target, params.fit_intercept);

    Decomposition s;
    s.n = columns.num_rows();
    s.p = columns.num_columns();
    s.k = std::min(s.n, s.p);
    const auto n = static_cast<std::size_t>(s.n);
    const auto p = static_cast<std::size_t>(s.p);
    s.X.resize(n * p);
    for (std::size_t j = 0; j < p; ++j) {
        for (std::size_t i = 0; i < n; ++i) s.X[i * p + j] = design.Xt.data()[j * n + i];
    }
    s.y.assign(design.y.data(), design.y.data() + n);
    s.XT_y.assign(p, 0.0);
    for (std::size_t j = 0; j < p; ++j) {
        double acc = 0.0;
        for (std::size_t i = 0; i < n; ++i) acc += design.Xt.data()[j * n + i] * s.y[i];
        s.XT_y[j] = acc;
    }
    const auto svd_result = svd(NDArray<double>(s.X, {s.n, s.p}), false);
    s.U = svd_result.U.to_vector();
    s.Vh = svd_result.Vh.to_vector();
    for (double v : svd_result.S.to_vector()) s.eigen.push_back(v * v);

    constexpr double eps = std::numeric_limits<double>::epsilon();
    double mean = 0.0;
    for (double v : s.y) mean += v;
    mean /= static_cast<double>(n);
    double var = 0.0;
    for (double v : s.y) var += (v - mean) * (v - mean);
    var /= static_cast<double>(n);
    double alpha = params.alpha_init ? *params.alpha_init : 1.0 / (var + eps);
    double lambda = params.lambda_init ? *params.lambda_init : 1.0;

    std::vector<double> coef_old;
    std::vector<double> last_coef;
    std::int64_t iter = 0;
    for (; iter < params.n_iter; ++iter) {
        auto [coef, rmse] = update_coef(s, alpha, lambda);
        if (params.compute_score) {
            scores_.push_back(log_marginal_likelihood(params, s, alpha, lambda, coef, rmse));
        }
        double gamma = 0.0;
        for (double eig : s.eigen) gamma += (alpha * eig) / (lambda + alpha * eig);
        lambda = (gamma + 2 * params.lambda_1) / (sum_of_squares(coef) + 2 * params.lambda_2);
        alpha = (static_cast<double>(n) - gamma + 2 * params.alpha_1) / (rmse + 2 * params.alpha_2);
        last_coef = coef;
        if (iter != 0) {
            double change = 0.0;
            for (std::size_t j = 0; j < p; ++j) change += std::abs(coef_old[j] - coef[j]);
            if (change < params.tol) break;
        }
        coef_old = std::move(coef);
    }
    n_iter_ = std::min(iter + 1, params.n_iter);
    alpha_ = alpha;
    lambda_ = lambda;
    auto [coef, rmse] = update_coef(s, alpha, lambda);
    // scikit-learn scores the final alpha and lambda with the last round's coefficients and the
    // final residuals.
    if (params.compute_score) {
        scores_.push_back(log_marginal_likelihood(params, s, alpha, lambda, last_coef, rmse));
    }
    coef_ = std::move(coef);
    // sigma_ = (1 / alpha) * Vh.T @ (Vh / (eigen + lambda / alpha)[:, None])
    sigma_.assign(p * p, 0.0);
    const auto k = static_cast<std::size_t>(s.k);
    for (std::size_t a = 0; a < p; ++a) {
        for (std::size_t b = 0; b < p; ++b) {
            double acc = 0.0;
            for (std::size_t r = 0; r < k; ++r) {
                acc += s.Vh[r * p + a] * (s.Vh[r * p + b] / (s.eigen[r] + lambda / alpha));
            }
            sigma_[a * p + b] = (1.0 / alpha) * acc;
        }
    }
    intercept_ = design.y_offset;
    if (params.fit_intercept) {
        for (std::size_t j = 0; j < p; ++j) intercept_ -= design.X_offset[j] * coef_[j];
    }
}

Series BayesianRidgeModel::predict_features(const Features& X) const {
    check_features(X);
    return detail::linear_prediction(X, BayesianRidge::name, coef_, intercept_);
}

std::vector<double> BayesianRidgeModel::predict_std(const Features& X) const {
    check_features(X);
    const NumericColumns columns(X, BayesianRidge::name);
    const auto n = static_cast<std::size_t>(columns.num_rows());
    const auto p = static_cast<std::size_t>(columns.num_columns());
    std::vector<double> out(n);
    std::vector<double> row(p);
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < p; ++j)
            row[j] = columns.column(static_cast<std::int64_t>(j))[i];
        double quad = 0.0;
        for (std::size_t b = 0; b < p; ++b) {
            double acc = 0.0;
            for (std::size_t a = 0; a < p; ++a) acc += row[a] * sigma_[a * p + b];
            quad += acc * row[b];
        }
        out[i] = std::sqrt(quad + 1.0 / alpha_);
    }
    return out;
}

}  // namespace tabula
