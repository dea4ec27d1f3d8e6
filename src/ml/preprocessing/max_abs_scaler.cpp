#include "tabula/ml/preprocessing/max_abs_scaler.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "column_scaling.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {

MaxAbsScalerModel MaxAbsScaler::fit(const Features& X) const {
    return MaxAbsScalerModel(X);
}

MaxAbsScalerModel::MaxAbsScalerModel(const Features& X)
    : ModelBase(std::string(MaxAbsScaler::name), X) {
    const NumericColumns columns(X, MaxAbsScaler::name, MissingValues::AllowNan);
    const auto d = static_cast<std::size_t>(columns.num_columns());
    n_samples_seen_ = columns.num_rows();
    max_abs_.assign(d, 0.0);
    scale_.assign(d, 0.0);
    parallel_chunks(columns.num_columns(), 1, [&](std::int64_t, std::int64_t j, std::int64_t) {
        const auto k = static_cast<std::size_t>(j);
        double largest = -1.0;
        for (double v : columns.column(j)) {
            if (!std::isnan(v)) largest = std::max(largest, std::fabs(v));
        }
        max_abs_[k] = largest < 0 ? std::numeric_limits<double>::quiet_NaN() : largest;
        scale_[k] = detail::handle_zeros_in_scale(max_abs_[k]);
    });
}

Features MaxAbsScalerModel::transform_features(const Features& X) const {
    check_features(X);
    const NumericColumns columns(X, MaxAbsScaler::name, MissingValues::AllowNan);
    return detail::map_columns(X, columns, [&](std::size_t j, auto values, double* out) {
        for (std::size_t i = 0; i < values.size(); ++i) out[i] = values[i] / scale_[j];
    });
}

Features MaxAbsScalerModel::inverse_transform_features(const Features& Xt) const {
    check_features(Xt);
    const NumericColumns columns(Xt, MaxAbsScaler::name, MissingValues::AllowNan);
    return detail::map_columns(Xt, columns, [&](std::size_t j, auto values, double* out) {
        for (std::size_t i = 0; i < values.size(); ++i) out[i] = values[i] * scale_[j];
    });
}

}  // namespace tabula
