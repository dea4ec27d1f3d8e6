#include "tabula/ml/linear_model/linear_regression.hpp"

#include <limits>

#include "linear_scores.hpp"
#include "tabula/array/linalg.hpp"
#include "tabula/ml/labels.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {

LinearRegressionModel LinearRegression::fit(const Features& X, const Target& y) const {
    return LinearRegressionModel(params_, X, y);
}

LinearRegressionModel::LinearRegressionModel(const LinearRegressionParams& params,
                                             const Features& X, const Target& y)
    : ModelBase(std::string(LinearRegression::name), X) {
    const NumericColumns columns(X, LinearRegression::name);
    const std::vector<double> target = regression_target(y);
    check_consistent_length(columns.num_rows(), static_cast<std::int64_t>(target.size()));
    const auto design = detail::center_design(columns, target, params.fit_intercept);
    // scipy.linalg.lstsq's default cond is machine epsilon (NumPy's would scale it by
    // max(M, N)), so singular values below eps * s_max count as zero, as in scikit-learn.
    const auto solution = lstsq(design.Xt.T(), design.y, std::numeric_limits<double>::epsilon());
    coef_ = solution.x.to_vector();
    rank_ = solution.rank;
    singular_ = solution.singular_values.to_vector();
    if (params.fit_intercept) {
        intercept_ = design.y_offset;
        for (std::size_t j = 0; j < coef_.size(); ++j) {
            intercept_ -= design.X_offset[j] * coef_[j];
        }
    }
}

Series LinearRegressionModel::predict_features(const Features& X) const {
    check_features(X);
    return detail::linear_prediction(X, LinearRegression::name, coef_, intercept_);
}

}  // namespace tabula
