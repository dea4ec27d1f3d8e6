#pragma once
// scikit-learn's regression metrics (sklearn/metrics/_regression.py) for one output.
// sample_weight and multioutput are not supported.
#include "tabula/ml/data.hpp"

namespace tabula {

// The mean squared error, or its square root when squared is false.
double mean_squared_error(const Target& y_true, const Target& y_pred, bool squared = true);
double mean_absolute_error(const Target& y_true, const Target& y_pred);
// R^2; NaN for fewer than two samples. force_finite: a constant y_true scores 1 when predicted
// perfectly and 0 otherwise, instead of NaN or -inf.
double r2_score(const Target& y_true, const Target& y_pred, bool force_finite = true);
double explained_variance_score(const Target& y_true, const Target& y_pred,
                                bool force_finite = true);

}  // namespace tabula
