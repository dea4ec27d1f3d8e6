#include "tabula/ml/linear_model/logistic_regression.hpp"

#include <algorithm>
#include <cmath>

#include "../invalid_parameter.hpp"
#include "lbfgs.hpp"
#include "linear_scores.hpp"
#include "logistic_loss.hpp"
#include "param_checks.hpp"
#include "tabula/array/ufuncs.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/ml/labels.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {
namespace {

constexpr std::string_view estimator = LogisticRegression::name;

bool unpenalised(const LogisticRegressionParams& params) {
    return !params.penalty || *params.penalty == "none";
}

const std::string* class_weight_mode(const LogisticRegressionParams& params) {
    return params.class_weight ? std::get_if<std::string>(&*params.class_weight) : nullptr;
}

void check_params(const LogisticRegressionParams& params) {
    if (params.penalty && *params.penalty != "l1" && *params.penalty != "l2" &&
        *params.penalty != "elasticnet" && *params.penalty != "none") {
        detail::throw_invalid_parameter(
            estimator, "penalty",
            "a str among {'l1', 'l2', 'elasticnet', 'none' (deprecated)} or None",
            "'" + *params.penalty + "'");
    }
    detail::check_lower_bound(estimator, "tol", params.tol, 0.0, true);
    detail::check_lower_bound(estimator, "C", params.C, 0.0, false);
    if (const auto* mode = class_weight_mode(params); mode != nullptr && *mode != "balanced") {
        detail::throw_invalid_parameter(estimator, "class_weight",
                                        "an instance of 'dict', a str among {'balanced'} or None",
                                        "'" + *mode + "'");
    }
    detail::check_str_option(estimator, "solver", params.solver,
                             {"lbfgs", "liblinear", "newton-cg", "newton-cholesky", "sag", "saga"});
    detail::check_lower_bound(estimator, "max_iter", static_cast<double>(params.max_iter), 0.0,
                              true, true);
    detail::check_str_option(estimator, "multi_class", params.multi_class,
                             {"auto", "ovr", "multinomial"});
    if (params.penalty && *params.penalty != "l2" && *params.penalty != "none" &&
        params.solver != "liblinear" && params.solver != "saga") {
        throw ValueError("Solver " + params.solver +
                         " supports only 'l2' or 'none' penalties, got " + *params.penalty +
                         " penalty.");
    }
    if (params.solver != "lbfgs") {
        throw ValueError("solver='" + params.solver +
                         "' is not implemented by tabula's LogisticRegression; use "
                         "solver='lbfgs'");
    }
}

// A label as Python's repr prints it in scikit-learn's messages.
std::string label_repr(const Series& classes, std::int64_t i) {
    switch (classes.dtype()) {
        case DType::String:
        case DType::Categorical: {
            std::string text = "'";
            text += classes.text(i);
            text += "'";
            return text;
        }
        case DType::Bool:
            return classes.value(i) != 0.0 ? "True" : "False";
        case DType::Float32:
        case DType::Float64:
            return float_repr(classes.value(i));
        default:
            return std::to_string(static_cast<std::int64_t>(classes.value(i)));
    }
}

// check_classification_targets: float labels must be whole numbers.
void check_discrete(const Series& classes) {
    if (classes.dtype() != DType::Float64 && classes.dtype() != DType::Float32) return;
    for (std::int64_t i = 0; i < classes.size(); ++i) {
        const double v = classes.value(i);
        if (v != std::trunc(v)) throw ValueError("Unknown label type: 'continuous'");
    }
}

// compute_class_weight: n_samples / (n_classes * count) for "balanced", the given weights, or
// ones.
std::vector<double> class_weights(const LogisticRegressionParams& params, const Series& classes,
                                  std::span<const std::int32_t> codes) {
    const auto k = static_cast<std::size_t>(classes.size());
    if (!params.class_weight) return std::vector<double>(k, 1.0);
    if (const auto* given = std::get_if<std::vector<double>>(&*params.class_weight)) {
        if (given->size() != k) {
            std::string message = "class_weight has ";
            message += std::to_string(given->size());
            message += " weights, one per class is needed: [";
            for (std::int64_t i = 0; i < classes.size(); ++i) {
                if (i > 0) message += ", ";
                message += label_repr(classes, i);
            }
            throw ValueError(message + "]");
        }
        return *given;
    }
    std::vector<double> counts(k, 0.0);
    for (const auto c : codes) counts[static_cast<std::size_t>(c)] += 1.0;
    std::vector<double> weights(k);
    for (std::size_t c = 0; c < k; ++c) {
        weights[c] = static_cast<double>(codes.size()) / (static_cast<double>(k) * counts[c]);
    }
    return weights;
}

struct Fit {
    std::vector<double> coef;
    std::int64_t n_iter = 0;
};

Fit minimise(const NumericColumns& X, std::vector<double> target, std::vector<double> weights,
             std::int64_t outputs, const LogisticRegressionParams& params) {
    const double l2 = unpenalised(params) ? 0.0 : 1.0 / params.C;
    const detail::LogisticLoss loss(X, std::move(target), std::move(weights), outputs,
                                    params.fit_intercept, l2);
    detail::LbfgsOptions options;
    options.max_iter = params.max_iter;
    options.gtol = params.tol;
    options.ftol = 2.220446049250313e-09;
    auto result = detail::minimize_lbfgs(
        [&loss](std::span<const double> w, std::span<double> g) { return loss(w, g); },
        std::vector<double>(static_cast<std::size_t>(loss.num_coefficients()), 0.0), options);
    return {std::move(result.x), result.n_iter};
}

}  // namespace

LogisticRegressionModel LogisticRegression::fit(const Features& X, const Target& y) const {
    return LogisticRegressionModel(params_, X, y);
}

LogisticRegressionModel::LogisticRegressionModel(const LogisticRegressionParams& params,
                                                 const Features& X, const Target& y)
    : ModelBase(std::string(estimator), X) {
    check_params(params);
    const NumericColumns columns(X, estimator);
    EncodedLabels labels = encode_labels(y);
    check_consistent_length(columns.num_rows(), y.size());
    check_discrete(labels.classes);
    classes_ = labels.classes;
    const std::int64_t n_classes = classes_.size();
    if (n_classes < 2) {
        throw ValueError(
            "This solver needs samples of at least 2 classes in the data, but the data "
            "contains only one class: " +
            label_repr(classes_, 0));
    }
    multinomial_ =
        params.multi_class == "multinomial" || (params.multi_class == "auto" && n_classes > 2);
    const auto n = static_cast<std::size_t>(columns.num_rows());
    const auto d = columns.num_columns();
    const std::int64_t stride = d + (params.fit_intercept ? 1 : 0);
    const auto* mode = class_weight_mode(params);
    // _logistic_regression_path weighs samples by class up front for a given weight list and
    // for the multinomial loss; "balanced" one-vs-rest problems weigh their own 0/1 labels.
    std::vector<double> weights(n, 1.0);
    if (!params.class_weight || multinomial_ || mode == nullptr) {
        const auto per_class = class_weights(params, classes_, labels.codes);
        for (std::size_t i = 0; i < n; ++i) {
            weights[i] = per_class[static_cast<std::size_t>(labels.codes[i])];
        }
    }

    std::vector<double> coef;
    if (multinomial_) {
        std::vector<double> target(n);
        for (std::size_t i = 0; i < n; ++i) target[i] = labels.codes[i];
        Fit fit = minimise(columns, std::move(target), std::move(weights), n_classes, params);
        coef = std::move(fit.coef);
        n_iter_.push_back(fit.n_iter);
        // Two classes: scikit-learn keeps the second class's row only.
        if (n_classes == 2) coef.erase(coef.begin(), coef.begin() + stride);
    } else {
        const std::int64_t first = n_classes == 2 ? 1 : 0;
        for (std::int64_t positive = first; positive < n_classes; ++positive) {
            std::vector<double> target(n);
            for (std::size_t i = 0; i < n; ++i) target[i] = labels.codes[i] == positive ? 1.0 : 0.0;
            std::vector<double> problem_weights = weights;
            if (mode != nullptr) {
                double ones = 0.0;
                for (double t : target) ones += t;
                const double total = static_cast<double>(n);
                const double w1 = total / (2.0 * ones);
                const double w0 = total / (2.0 * (total - ones));
                for (std::size_t i = 0; i < n; ++i)
                    problem_weights[i] *= target[i] == 1.0 ? w1 : w0;
            }
            Fit fit = minimise(columns, std::move(target), std::move(problem_weights), 1, params);
            coef.insert(coef.end(), fit.coef.begin(), fit.coef.end());
            n_iter_.push_back(fit.n_iter);
        }
    }
    const auto rows = static_cast<std::int64_t>(coef.size()) / stride;
    coef_ = NDArray<double>::empty({rows, d});
    intercept_.assign(static_cast<std::size_t>(rows), 0.0);
    for (std::int64_t k = 0; k < rows; ++k) {
        for (std::int64_t j = 0; j < d; ++j) {
            coef_.data()[k * d + j] = coef[static_cast<std::size_t>(k * stride + j)];
        }
        if (params.fit_intercept) {
            intercept_[static_cast<std::size_t>(k)] =
                coef[static_cast<std::size_t>(k * stride + d)];
        }
    }
}

std::vector<double> LogisticRegressionModel::scores(const Features& X) const {
    check_features(X);
    const NumericColumns columns(X, estimator);
    return detail::linear_scores(columns, std::span<const double>(coef_.data(), coef_.size()),
                                 intercept_);
}

NDArray<double> LogisticRegressionModel::decision_function_features(const Features& X) const {
    auto values = scores(X);
    const std::int64_t rows = coef_.shape()[0];
    if (rows == 1) return NDArray<double>(std::move(values), {X.num_rows()});
    return NDArray<double>(std::move(values), {X.num_rows(), rows});
}

NDArray<double> LogisticRegressionModel::predict_proba_features(const Features& X) const {
    const auto s = scores(X);
    const std::int64_t n = X.num_rows();
    const std::int64_t rows = coef_.shape()[0];
    const std::int64_t k = classes_.size();
    auto proba = NDArray<double>::empty({n, k});
    double* p = proba.data();
    for (std::int64_t i = 0; i < n; ++i) {
        double* row = p + i * k;
        if (rows == 1) {
            // Two classes: expit(s) for one-vs-rest, softmax([-s, s]) for the multinomial fit.
            const double z = multinomial_ ? 2.0 * s[static_cast<std::size_t>(i)]
                                          : s[static_cast<std::size_t>(i)];
            const double positive =
                z >= 0.0 ? 1.0 / (1.0 + std::exp(-z)) : std::exp(z) / (1.0 + std::exp(z));
            row[0] = 1.0 - positive;
            row[1] = positive;
            continue;
        }
        const double* si = s.data() + i * k;
        double total = 0.0;
        if (multinomial_) {
            const double top = *std::max_element(si, si + k);
            for (std::int64_t c = 0; c < k; ++c) total += row[c] = std::exp(si[c] - top);
        } else {
            for (std::int64_t c = 0; c < k; ++c) total += row[c] = 1.0 / (1.0 + std::exp(-si[c]));
        }
        for (std::int64_t c = 0; c < k; ++c) row[c] /= total;
    }
    return proba;
}

NDArray<double> LogisticRegressionModel::predict_log_proba(const DataFrame& X) const {
    return log(predict_proba_features(X));
}

NDArray<double> LogisticRegressionModel::predict_log_proba(const NDArray<double>& X) const {
    return log(predict_proba_features(X));
}

Series LogisticRegressionModel::predict_features(const Features& X) const {
    const auto s = scores(X);
    const std::int64_t n = X.num_rows();
    const std::int64_t rows = coef_.shape()[0];
    std::vector<std::int32_t> codes(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        const double* si = s.data() + i * rows;
        codes[static_cast<std::size_t>(i)] =
            rows == 1 ? (si[0] > 0.0 ? 1 : 0)
                      : static_cast<std::int32_t>(std::max_element(si, si + rows) - si);
    }
    return decode_labels(classes_, codes, X.frame().index());
}

}  // namespace tabula
