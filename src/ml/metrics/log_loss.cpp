#include "tabula/ml/metrics/log_loss.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "numpy_sums.hpp"
#include "tabula/array/shape.hpp"
#include "tabula/core/error.hpp"
#include "tabula/ml/labels.hpp"
#include "targets.hpp"

namespace tabula {
namespace {

// check_array(y_pred, ensure_2d=False): finite values, at most 2 dimensions.
void check_probabilities(const NDArray<double>& y_pred) {
    if (y_pred.ndim() > 2) {
        throw ValueError("Found array with dim " + std::to_string(y_pred.ndim()) +
                         ". None expected <= 2.");
    }
    for (const double v : y_pred.to_vector()) {
        if (std::isnan(v)) throw ValueError("Input contains NaN.");
        if (std::isinf(v)) {
            throw ValueError("Input contains infinity or a value too large for dtype('float64').");
        }
    }
}

}  // namespace

double log_loss(const Target& y_true, const NDArray<double>& y_pred,
                const LogLossOptions& options) {
    check_probabilities(y_pred);
    const double eps = options.eps.value_or(std::numeric_limits<double>::epsilon());
    const std::int64_t n = y_pred.ndim() == 0 ? 1 : y_pred.shape()[0];
    check_consistent_length(n, y_true.size());
    metrics_detail::check_samples(y_true.size());

    // LabelBinarizer fitted on `labels` or on y_true.
    const Series classes =
        options.labels
            ? encode_labels(Target(metrics_detail::labels_series(*options.labels))).classes
            : encode_labels(y_true).classes;
    if (classes.size() == 1) {
        if (!options.labels) {
            throw ValueError("y_true contains only one label (" +
                             metrics_detail::label_str(scalar_at(classes.column(), 0)) +
                             "). Please provide the true labels explicitly through the labels "
                             "argument.");
        }
        throw ValueError(
            "The labels array needs to contain at least two labels for log_loss, got " +
            metrics_detail::numpy_str(classes) + ".");
    }
    const std::vector<std::int32_t> truth = label_positions(classes, y_true.series());
    if (std::find(truth.begin(), truth.end(), -1) != truth.end()) {
        throw ValueError("'y_true' contains labels not in parameter 'labels'");
    }

    // Clip, then make a single column the positive class of two.
    const std::vector<double> values = y_pred.to_vector();
    const std::int64_t given = y_pred.ndim() == 2 ? y_pred.shape()[1] : 1;
    const std::int64_t k = given == 1 ? 2 : given;
    std::vector<double> proba(static_cast<std::size_t>(n * k));
    for (std::int64_t i = 0; i < n; ++i) {
        for (std::int64_t j = 0; j < given; ++j) {
            const double p =
                std::clamp(values[static_cast<std::size_t>(i * given + j)], eps, 1 - eps);
            if (given == 1) {
                proba[static_cast<std::size_t>(i * 2)] = 1 - p;
                proba[static_cast<std::size_t>(i * 2 + 1)] = p;
            } else {
                proba[static_cast<std::size_t>(i * k + j)] = p;
            }
        }
    }
    if (classes.size() != k) {
        if (!options.labels) {
            throw ValueError("y_true and y_pred contain different number of classes " +
                             std::to_string(classes.size()) + ", " + std::to_string(k) +
                             ". Please provide the true labels explicitly through the labels "
                             "argument. Classes found in y_true: " +
                             metrics_detail::numpy_str(classes));
        }
        throw ValueError(
            "The number of classes in labels is different from that in y_pred. Classes found "
            "in labels: " +
            metrics_detail::numpy_str(classes));
    }
    const NDArray<double> clipped(std::move(proba), {n, k});
    // Each row renormalised by its sum (NumPy's order); xlogy leaves only the true class.
    const NDArray<double> row_sums = clipped.sum(1);
    std::vector<double> loss(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        const double p =
            clipped.data()[i * k + truth[static_cast<std::size_t>(i)]] / row_sums.data()[i];
        loss[static_cast<std::size_t>(i)] = -std::log(p);
    }
    return options.normalize ? metrics_detail::numpy_mean(std::move(loss))
                             : metrics_detail::numpy_sum(std::move(loss));
}

}  // namespace tabula
