#include "column_scaling.hpp"

#include <cmath>
#include <limits>
#include <numbers>

#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula::detail {

double handle_zeros_in_scale(double scale) {
    return scale < 10 * std::numeric_limits<double>::epsilon() ? 1.0 : scale;
}

std::string python_tuple(const std::vector<double>& values) {
    std::string out = "(";
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out += ", ";
        const double v = values[i];
        const bool integral = std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 1e16;
        out += integral ? std::to_string(static_cast<long long>(v)) : float_repr(v);
    }
    if (values.size() == 1) out += ',';
    out += ')';
    return out;
}

void check_pair(std::string_view estimator, std::string_view parameter,
                const std::vector<double>& values) {
    if (values.size() == 2) return;
    std::string message = "The '";
    message += parameter;
    message += "' parameter of ";
    message += estimator;
    message += " must be a tuple of 2 numbers. Got ";
    message += python_tuple(values);
    message += " instead.";
    throw ValueError(message);
}

double normal_ppf(double p) {
    // Acklam's coefficients: relative error below 1.15e-9 before the refinement.
    constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                            1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
    constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                            6.680131188771972e+01, -1.328068155288572e+01};
    constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                            -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
    constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                            3.754408661907416e+00};
    if (std::isnan(p) || p < 0 || p > 1) return std::numeric_limits<double>::quiet_NaN();
    if (p == 0) return -std::numeric_limits<double>::infinity();
    if (p == 1) return std::numeric_limits<double>::infinity();
    constexpr double low = 0.02425;
    double x = 0;
    if (p < low || p > 1 - low) {
        const double q = std::sqrt(-2 * std::log(p < low ? p : 1 - p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        if (p > low) x = -x;
    } else {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    // Halley's step on Phi(x) - p, Phi from erfc for full precision in both tails.
    const double e = 0.5 * std::erfc(-x / std::numbers::sqrt2) - p;
    const double u = e * std::sqrt(2 * std::numbers::pi) * std::exp(x * x / 2);
    return x - u / (1 + x * u / 2);
}

Features map_columns(const Features& X, const NumericColumns& columns, const ColumnMap& f) {
    std::vector<Column> out(static_cast<std::size_t>(columns.num_columns()));
    parallel_chunks(columns.num_columns(), 1, [&](std::int64_t, std::int64_t j, std::int64_t) {
        FloatColumnBuilder result(columns.num_rows());
        f(static_cast<std::size_t>(j), columns.column(j), result.values);
        out[static_cast<std::size_t>(j)] = std::move(result).finish();
    });
    return make_output(X, X.frame().columns(), std::move(out));
}

}  // namespace tabula::detail
