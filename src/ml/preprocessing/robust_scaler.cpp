#include "tabula/ml/preprocessing/robust_scaler.hpp"

#include <cmath>
#include <limits>

#include "column_scaling.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {
namespace {

// np.nanpercentile of one column: the percentiles of its non-NaN values, NaN when there are none.
std::pair<double, double> nan_percentiles(std::span<const double> values, double low, double high) {
    std::vector<double> kept;
    kept.reserve(values.size());
    for (double v : values) {
        if (!std::isnan(v)) kept.push_back(v);
    }
    if (kept.empty()) {
        constexpr double nan = std::numeric_limits<double>::quiet_NaN();
        return {nan, nan};
    }
    const Shape shape{static_cast<std::int64_t>(kept.size())};
    const auto q = percentile(NDArray<double>(std::move(kept), shape), {low, high}).to_vector();
    return {q[0], q[1]};
}

}  // namespace

RobustScalerModel RobustScaler::fit(const Features& X) const {
    return RobustScalerModel(params_, X);
}

RobustScalerModel::RobustScalerModel(const RobustScalerParams& params, const Features& X)
    : ModelBase(std::string(RobustScaler::name), X) {
    detail::check_pair(RobustScaler::name, "quantile_range", params.quantile_range);
    const double low = params.quantile_range[0];
    const double high = params.quantile_range[1];
    if (!(0 <= low && low <= high && high <= 100)) {
        throw ValueError("Invalid quantile range: " + detail::python_tuple(params.quantile_range));
    }
    const NumericColumns columns(X, RobustScaler::name, MissingValues::AllowNan);
    const auto d = static_cast<std::size_t>(columns.num_columns());
    if (params.with_centering) center_.assign(d, 0.0);
    if (params.with_scaling) scale_.assign(d, 0.0);
    const double adjust = params.unit_variance
                              ? detail::normal_ppf(high / 100.0) - detail::normal_ppf(low / 100.0)
                              : 1.0;
    parallel_chunks(columns.num_columns(), 1, [&](std::int64_t, std::int64_t j, std::int64_t) {
        const auto k = static_cast<std::size_t>(j);
        if (params.with_centering) center_[k] = nanmedian(columns.array(j));
        if (params.with_scaling) {
            const auto [q_low, q_high] = nan_percentiles(columns.column(j), low, high);
            const double scale = detail::handle_zeros_in_scale(q_high - q_low);
            scale_[k] = params.unit_variance ? scale / adjust : scale;
        }
    });
}

Features RobustScalerModel::transform_features(const Features& X) const {
    check_features(X);
    const NumericColumns columns(X, RobustScaler::name, MissingValues::AllowNan);
    return detail::map_columns(X, columns, [&](std::size_t j, auto values, double* out) {
        const double shift = center_.empty() ? 0.0 : center_[j];
        const double scale = scale_.empty() ? 1.0 : scale_[j];
        for (std::size_t i = 0; i < values.size(); ++i) out[i] = (values[i] - shift) / scale;
    });
}

Features RobustScalerModel::inverse_transform_features(const Features& Xt) const {
    check_features(Xt);
    const NumericColumns columns(Xt, RobustScaler::name, MissingValues::AllowNan);
    return detail::map_columns(Xt, columns, [&](std::size_t j, auto values, double* out) {
        // Each step only when fitted, as scikit-learn's: adding a zero centre would turn -0.0
        // into 0.0.
        for (std::size_t i = 0; i < values.size(); ++i) out[i] = values[i];
        if (!scale_.empty()) {
            for (std::size_t i = 0; i < values.size(); ++i) out[i] *= scale_[j];
        }
        if (!center_.empty()) {
            for (std::size_t i = 0; i < values.size(); ++i) out[i] += center_[j];
        }
    });
}

}  // namespace tabula
