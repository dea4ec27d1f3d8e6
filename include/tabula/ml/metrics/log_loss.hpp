#pragma once
// scikit-learn's log_loss (cross-entropy) of predicted class probabilities.
#include <optional>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/frame/scalar.hpp"
#include "tabula/ml/data.hpp"

namespace tabula {

struct LogLossOptions {
    // Probabilities are clipped to [eps, 1 - eps]; none is scikit-learn's "auto" (float64's
    // machine epsilon).
    std::optional<double> eps{};
    bool normalize = true;  // the mean over samples, else the sum
    // The classes of y_pred's columns (default: y_true's sorted labels).
    std::optional<std::vector<Scalar>> labels{};
};

// y_pred: (n_samples, n_classes) probabilities, columns in sorted label order, or 1-d (or one
// column) for the positive class of a binary problem. Rows are renormalised to sum to one.
// Unlike scikit-learn, a y_true label missing from `labels` is a ValueError (scikit-learn scores
// such rows as if they were of another class).
double log_loss(const Target& y_true, const NDArray<double>& y_pred,
                const LogLossOptions& options = {});

}  // namespace tabula
