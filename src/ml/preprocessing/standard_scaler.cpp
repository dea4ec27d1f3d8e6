#include "tabula/ml/preprocessing/standard_scaler.hpp"

#include <cmath>
#include <limits>

#include "tabula/array/reductions.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {
namespace {

// scikit-learn's _is_constant_feature: a variance within rounding error of 0.
bool is_constant(double var, double mean, std::int64_t n) {
    constexpr double eps = std::numeric_limits<double>::epsilon();
    const double count = static_cast<double>(n);
    const double bound = count * eps * var + (count * mean * eps) * (count * mean * eps);
    return var <= bound;
}

}  // namespace

StandardScalerModel StandardScaler::fit(const Features& X) const {
    return StandardScalerModel(params_, X);
}

std::pair<StandardScalerModel, Features> StandardScaler::fit_transform_model(const Features& X,
                                                                             const Target*) const {
    const NumericColumns columns(X, StandardScaler::name, MissingValues::AllowNan);
    StandardScalerModel model(params_, X, columns);
    Features Xt = model.scale(X, columns);
    return {std::move(model), std::move(Xt)};
}

DataFrame StandardScaler::fit_transform(const DataFrame& X) const {
    return fit_transform_model(X, nullptr).second.frame();
}

NDArray<double> StandardScaler::fit_transform(const NDArray<double>& X) const {
    return fit_transform_model(X, nullptr).second.to_numpy();
}

StandardScalerModel::StandardScalerModel(const StandardScalerParams& params, const Features& X)
    : StandardScalerModel(params, X,
                          NumericColumns(X, StandardScaler::name, MissingValues::AllowNan)) {}

StandardScalerModel::StandardScalerModel(const StandardScalerParams& params, const Features& X,
                                         const NumericColumns& columns)
    : ModelBase(std::string(StandardScaler::name), X), params_(params) {
    const auto d = static_cast<std::size_t>(columns.num_columns());
    n_samples_seen_.assign(d, 0);
    const bool statistics = params.with_mean || params.with_std;
    if (statistics) mean_.assign(d, 0.0);
    if (params.with_std) {
        var_.assign(d, 0.0);
        scale_.assign(d, 1.0);
    }
    // _incremental_mean_and_var's corrected two-pass algorithm with NumPy's nansum, so the
    // statistics equal scikit-learn's on a DataFrame bit for bit.
    parallel_chunks(columns.num_columns(), 1, [&](std::int64_t, std::int64_t j, std::int64_t) {
        const auto k = static_cast<std::size_t>(j);
        const auto values = columns.column(j);
        std::int64_t n = 0;
        for (double v : values) n += std::isnan(v) ? 0 : 1;
        n_samples_seen_[k] = n;
        if (!statistics) return;
        const double sum = nansum(columns.array(j));
        const double mean = sum / static_cast<double>(n);
        mean_[k] = mean;
        if (!params_.with_std) return;
        // NumPy's temp = X - T; temp **= 2 with nansum of each, summed without the temporary.
        const double correction = nansum_deviations(columns.array(j), mean);
        const double squares = nansum_squared_deviations(columns.array(j), mean);
        const double var =
            (squares - correction * correction / static_cast<double>(n)) / static_cast<double>(n);
        var_[k] = var;
        scale_[k] = is_constant(var, mean, n) ? 1.0 : std::sqrt(var);
    });
}

Features StandardScalerModel::transform_features(const Features& X) const {
    check_features(X);
    const NumericColumns columns(X, StandardScaler::name, MissingValues::AllowNan);
    return scale(X, columns);
}

Features StandardScalerModel::scale(const Features& X, const NumericColumns& columns) const {
    std::vector<Column> result(static_cast<std::size_t>(columns.num_columns()));
    parallel_chunks(columns.num_columns(), 1, [&](std::int64_t, std::int64_t j, std::int64_t) {
        const auto k = static_cast<std::size_t>(j);
        const auto values = columns.column(j);
        const double shift = params_.with_mean ? mean_[k] : 0.0;
        const double scale = params_.with_std ? scale_[k] : 1.0;
        FloatColumnBuilder out(columns.num_rows());
        double* target = out.data();
        for (std::size_t i = 0; i < values.size(); ++i) target[i] = (values[i] - shift) / scale;
        result[k] = std::move(out).finish();
    });
    return make_output(X, X.frame().columns(), std::move(result));
}

DataFrame StandardScalerModel::inverse_transform(const DataFrame& Xt) const {
    const Features features(Xt);
    check_features(features);
    const NumericColumns columns(features, StandardScaler::name, MissingValues::AllowNan);
    std::vector<Column> out;
    for (std::int64_t j = 0; j < columns.num_columns(); ++j) {
        const auto k = static_cast<std::size_t>(j);
        const auto values = columns.column(j);
        FloatColumnBuilder result(columns.num_rows());
        const double shift = params_.with_mean ? mean_[k] : 0.0;
        const double scale = params_.with_std ? scale_[k] : 1.0;
        for (std::size_t i = 0; i < values.size(); ++i) {
            result.values[i] = values[i] * scale + shift;
        }
        out.push_back(std::move(result).finish());
    }
    return make_output(features, Xt.columns(), std::move(out)).frame();
}

}  // namespace tabula
