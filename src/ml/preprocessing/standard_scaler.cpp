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

// One float64 output column per column of `columns`, uninitialised.
std::vector<FloatColumnBuilder> output_columns(const NumericColumns& columns) {
    std::vector<FloatColumnBuilder> out;
    out.reserve(static_cast<std::size_t>(columns.num_columns()));
    for (std::int64_t j = 0; j < columns.num_columns(); ++j) out.emplace_back(columns.num_rows());
    return out;
}

}  // namespace

StandardScalerModel StandardScaler::fit(const Features& X) const {
    return StandardScalerModel(params_, X);
}

std::pair<StandardScalerModel, Features> StandardScaler::fit_transform_model(const Features& X,
                                                                             const Target*) const {
    const NumericColumns columns(X, StandardScaler::name, MissingValues::AllowNan);
    // The output columns are the fit's scratch space, then are overwritten with the result.
    auto out = output_columns(columns);
    StandardScalerModel model(params_, X, columns, &out);
    Features Xt = model.scale(X, columns, std::move(out));
    return {std::move(model), std::move(Xt)};
}

DataFrame StandardScaler::fit_transform(const DataFrame& X) const {
    return fit_transform_model(X, nullptr).second.frame();
}

NDArray<double> StandardScaler::fit_transform(const NDArray<double>& X) const {
    return fit_transform_model(X, nullptr).second.to_numpy();
}

StandardScalerModel::StandardScalerModel(const StandardScalerParams& params, const Features& X)
    : StandardScalerModel(
          params, X, NumericColumns(X, StandardScaler::name, MissingValues::AllowNan), nullptr) {}

StandardScalerModel::StandardScalerModel(const StandardScalerParams& params, const Features& X,
                                         const NumericColumns& columns,
                                         std::vector<FloatColumnBuilder>* scratch)
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
        // One scratch array, squared in place after its sum: NumPy's temp -= T; temp **= 2.
        const auto rows = static_cast<std::int64_t>(values.size());
        NDArray<double> temp = scratch != nullptr
                                   ? NDArray<double>((*scratch)[k].buffer, 0, {rows}, {1})
                                   : NDArray<double>::empty({rows});
        double* t = temp.data();
        for (std::size_t i = 0; i < values.size(); ++i) t[i] = values[i] - mean;
        const double correction = nansum(temp);
        for (std::size_t i = 0; i < values.size(); ++i) t[i] *= t[i];
        const double squares = nansum(temp);
        const double var =
            (squares - correction * correction / static_cast<double>(n)) / static_cast<double>(n);
        var_[k] = var;
        scale_[k] = is_constant(var, mean, n) ? 1.0 : std::sqrt(var);
    });
}

Features StandardScalerModel::transform_features(const Features& X) const {
    check_features(X);
    const NumericColumns columns(X, StandardScaler::name, MissingValues::AllowNan);
    return scale(X, columns, output_columns(columns));
}

Features StandardScalerModel::scale(const Features& X, const NumericColumns& columns,
                                    std::vector<FloatColumnBuilder> out) const {
    std::vector<Column> result(out.size());
    parallel_chunks(columns.num_columns(), 1, [&](std::int64_t, std::int64_t j, std::int64_t) {
        const auto k = static_cast<std::size_t>(j);
        const auto values = columns.column(j);
        const double shift = params_.with_mean ? mean_[k] : 0.0;
        const double scale = params_.with_std ? scale_[k] : 1.0;
        double* target = out[k].values;
        for (std::size_t i = 0; i < values.size(); ++i) target[i] = (values[i] - shift) / scale;
        result[k] = std::move(out[k]).finish();
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
