#include "tabula/ml/metrics/regression.hpp"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "numpy_sums.hpp"
#include "tabula/core/error.hpp"
#include "tabula/ml/labels.hpp"

namespace tabula {
namespace {

// check_array(y, ensure_2d=False, dtype="numeric") as _check_reg_targets calls it.
std::vector<double> numeric_values(const Target& y) {
    const Series& s = y.series();
    if (s.dtype() == DType::String || s.dtype() == DType::Categorical) {
        throw ValueError(
            "dtype='numeric' is not compatible with arrays of bytes/strings.Convert your data to "
            "numeric values explicitly instead.");
    }
    if (s.size() == 0) {
        throw ValueError(
            "Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is required.");
    }
    // Nulls read as NaN, as pandas hands them to scikit-learn.
    const NDArray<double> values = s.to_numpy();
    const double* v = values.data();
    for (std::int64_t i = 0; i < s.size(); ++i) {
        if (std::isnan(v[i])) throw ValueError("Input contains NaN.");
        if (std::isinf(v[i])) {
            throw ValueError("Input contains infinity or a value too large for dtype('float64').");
        }
    }
    std::vector<double> out(v, v + s.size());
    return out;
}

struct Pair {
    std::vector<double> truth;
    std::vector<double> pred;
};

Pair checked(const Target& y_true, const Target& y_pred) {
    check_consistent_length(y_true.size(), y_pred.size());
    Pair p{numeric_values(y_true), numeric_values(y_pred)};
    return p;
}

// _assemble_r2_explained_variance for one output.
double assemble(double numerator, double denominator, bool force_finite) {
    if (!force_finite) return 1 - numerator / denominator;
    if (numerator == 0) return 1.0;
    if (denominator == 0) return 0.0;
    return 1 - numerator / denominator;
}

}  // namespace

double mean_squared_error(const Target& y_true, const Target& y_pred, bool squared) {
    const Pair p = checked(y_true, y_pred);
    std::vector<double> errors(p.truth.size());
    for (std::size_t i = 0; i < errors.size(); ++i) {
        const double d = p.truth[i] - p.pred[i];
        errors[i] = d * d;
    }
    const double mse = metrics_detail::numpy_mean(std::move(errors));
    return squared ? mse : std::sqrt(mse);
}

double mean_absolute_error(const Target& y_true, const Target& y_pred) {
    const Pair p = checked(y_true, y_pred);
    std::vector<double> errors(p.truth.size());
    for (std::size_t i = 0; i < errors.size(); ++i) errors[i] = std::abs(p.pred[i] - p.truth[i]);
    return metrics_detail::numpy_mean(std::move(errors));
}

double r2_score(const Target& y_true, const Target& y_pred, bool force_finite) {
    const Pair p = checked(y_true, y_pred);
    if (p.truth.size() < 2) return std::numeric_limits<double>::quiet_NaN();
    const double mean = metrics_detail::numpy_mean(p.truth);
    std::vector<double> residual(p.truth.size());
    std::vector<double> spread(p.truth.size());
    for (std::size_t i = 0; i < residual.size(); ++i) {
        const double r = p.truth[i] - p.pred[i];
        const double s = p.truth[i] - mean;
        residual[i] = r * r;
        spread[i] = s * s;
    }
    return assemble(metrics_detail::numpy_sum(std::move(residual)),
                    metrics_detail::numpy_sum(std::move(spread)), force_finite);
}

double explained_variance_score(const Target& y_true, const Target& y_pred, bool force_finite) {
    const Pair p = checked(y_true, y_pred);
    const std::size_t n = p.truth.size();
    std::vector<double> diff(n);
    for (std::size_t i = 0; i < n; ++i) diff[i] = p.truth[i] - p.pred[i];
    const double diff_mean = metrics_detail::numpy_mean(diff);
    const double true_mean = metrics_detail::numpy_mean(p.truth);
    std::vector<double> residual(n);
    std::vector<double> spread(n);
    for (std::size_t i = 0; i < n; ++i) {
        // (y_true - y_pred - y_diff_avg): the difference recomputed, as NumPy evaluates it.
        const double r = p.truth[i] - p.pred[i] - diff_mean;
        const double s = p.truth[i] - true_mean;
        residual[i] = r * r;
        spread[i] = s * s;
    }
    return assemble(metrics_detail::numpy_mean(std::move(residual)),
                    metrics_detail::numpy_mean(std::move(spread)), force_finite);
}

}  // namespace tabula
