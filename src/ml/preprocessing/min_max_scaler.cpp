#include "tabula/ml/preprocessing/min_max_scaler.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "column_scaling.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {

MinMaxScalerModel MinMaxScaler::fit(const Features& X) const {
    return MinMaxScalerModel(params_, X);
}

MinMaxScalerModel::MinMaxScalerModel(const MinMaxScalerParams& params, const Features& X)
    : ModelBase(std::string(MinMaxScaler::name), X), params_(params) {
    detail::check_pair(MinMaxScaler::name, "feature_range", params.feature_range);
    const double low = params.feature_range[0];
    const double high = params.feature_range[1];
    if (!(low < high)) {
        throw ValueError("Minimum of desired feature range must be smaller than maximum. Got " +
                         detail::python_tuple(params.feature_range) + ".");
    }
    const NumericColumns columns(X, MinMaxScaler::name, MissingValues::AllowNan);
    const auto d = static_cast<std::size_t>(columns.num_columns());
    n_samples_seen_ = columns.num_rows();
    data_min_.assign(d, 0.0);
    data_max_.assign(d, 0.0);
    data_range_.assign(d, 0.0);
    scale_.assign(d, 0.0);
    min_.assign(d, 0.0);
    parallel_chunks(columns.num_columns(), 1, [&](std::int64_t, std::int64_t j, std::int64_t) {
        const auto k = static_cast<std::size_t>(j);
        double lo = std::numeric_limits<double>::infinity();
        double hi = -std::numeric_limits<double>::infinity();
        bool seen = false;
        for (double v : columns.column(j)) {
            if (std::isnan(v)) continue;
            seen = true;
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        if (!seen) lo = hi = std::numeric_limits<double>::quiet_NaN();
        data_min_[k] = lo;
        data_max_[k] = hi;
        data_range_[k] = hi - lo;
        scale_[k] = (high - low) / detail::handle_zeros_in_scale(hi - lo);
        min_[k] = low - lo * scale_[k];
    });
}

Features MinMaxScalerModel::transform_features(const Features& X) const {
    check_features(X);
    const NumericColumns columns(X, MinMaxScaler::name, MissingValues::AllowNan);
    const double low = params_.feature_range[0];
    const double high = params_.feature_range[1];
    return detail::map_columns(X, columns, [&](std::size_t j, auto values, double* out) {
        const double scale = scale_[j];
        const double shift = min_[j];
        for (std::size_t i = 0; i < values.size(); ++i) {
            const double scaled = values[i] * scale;
            out[i] = scaled + shift;
        }
        if (params_.clip) {
            // np.clip keeps NaN, as this comparison order does.
            for (std::size_t i = 0; i < values.size(); ++i) {
                out[i] = out[i] < low ? low : (high < out[i] ? high : out[i]);
            }
        }
    });
}

Features MinMaxScalerModel::inverse_transform_features(const Features& Xt) const {
    check_features(Xt);
    const NumericColumns columns(Xt, MinMaxScaler::name, MissingValues::AllowNan);
    return detail::map_columns(Xt, columns, [&](std::size_t j, auto values, double* out) {
        for (std::size_t i = 0; i < values.size(); ++i) out[i] = (values[i] - min_[j]) / scale_[j];
    });
}

}  // namespace tabula
