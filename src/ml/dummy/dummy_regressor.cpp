#include "tabula/ml/dummy/dummy_regressor.hpp"

#include "../invalid_parameter.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/ml/labels.hpp"

namespace tabula {

DummyRegressorModel DummyRegressor::fit(const Features& X, const Target& y) const {
    return DummyRegressorModel(params_, X, y);
}

DummyRegressorModel::DummyRegressorModel(const DummyRegressorParams& params, const Features& X,
                                         const Target& y)
    : ModelBase(std::string(DummyRegressor::name), X) {
    detail::check_str_option(DummyRegressor::name, "strategy", params.strategy,
                             {"mean", "median", "quantile", "constant"});
    if (params.quantile && !(*params.quantile >= 0.0 && *params.quantile <= 1.0)) {
        detail::throw_invalid_parameter(DummyRegressor::name, "quantile",
                                        "a float in the range [0.0, 1.0] or None",
                                        float_repr(*params.quantile));
    }
    std::vector<double> values = regression_target(y);
    if (values.empty()) {
        throw ValueError(
            "Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is required.");
    }
    check_consistent_length(X.num_rows(), y.size());
    const auto n = static_cast<std::int64_t>(values.size());
    const NDArray<double> target(std::move(values), Shape{n});
    if (params.strategy == "mean") {
        constant_ = mean(target);
    } else if (params.strategy == "median") {
        constant_ = median(target);
    } else if (params.strategy == "quantile") {
        if (!params.quantile) {
            throw ValueError(
                "When using `strategy='quantile', you have to specify the desired quantile in the "
                "range [0, 1].");
        }
        // np.percentile(y, q=quantile * 100.0), whose q / 100 may differ from quantile in the
        // last bit.
        constant_ = percentile(target, *params.quantile * 100.0);
    } else {
        if (!params.constant) {
            throw TypeError(
                "Constant target value has to be specified when the constant strategy is used.");
        }
        constant_ = *params.constant;
    }
}

Series DummyRegressorModel::predict_features(const Features& X) const {
    check_features(X);
    const std::vector<double> values(static_cast<std::size_t>(X.num_rows()), constant_);
    return Series(Column::from_vector(values), "", X.frame().index());
}

}  // namespace tabula
