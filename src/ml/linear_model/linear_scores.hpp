#pragma once
// What the linear models share: X's centring for the least-squares fits and X @ coef.T +
// intercept for predictions, read column by column from NumericColumns.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/frame/series.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula::detail {

// scikit-learn's _preprocess_data without sample weights: with fit_intercept, X and y minus
// their means (X_offset, y_offset); without, unchanged and zero offsets.
struct CenteredDesign {
    // (n_features, n_samples): X transposed, each feature's values contiguous.
    NDArray<double> Xt;
    NDArray<double> y;
    std::vector<double> X_offset;
    double y_offset = 0.0;
};

CenteredDesign center_design(const NumericColumns& X, const std::vector<double>& y,
                             bool fit_intercept);

// X @ coef.T + intercept as (n_samples, n_outputs) row-major values; coef is (n_outputs,
// n_features) row-major and intercept has n_outputs values.
std::vector<double> linear_scores(const NumericColumns& X, std::span<const double> coef,
                                  std::span<const double> intercept);

// A single-output regressor's predictions X @ coef + intercept, indexed as X (whose features
// the caller has checked).
Series linear_prediction(const Features& X, std::string_view estimator,
                         std::span<const double> coef, double intercept);

}  // namespace tabula::detail
