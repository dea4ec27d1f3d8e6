#include "logistic_loss.hpp"

#include <algorithm>
#include <cmath>

#include "tabula/core/parallel.hpp"

namespace tabula::detail {
namespace {

// Rows per chunk: the unit of parallel work and of the fixed summation order.
constexpr std::int64_t rows_per_chunk = 4096;

// log(1 + exp(x)) without overflow or loss of precision.
double log1pexp(double x) {
    return x > 0.0 ? x + std::log1p(std::exp(-x)) : std::log1p(std::exp(x));
}

double expit(double x) {
    if (x >= 0.0) return 1.0 / (1.0 + std::exp(-x));
    const double e = std::exp(x);
    return e / (1.0 + e);
}

}  // namespace

LogisticLoss::LogisticLoss(const NumericColumns& X, std::vector<double> target,
                           std::vector<double> sample_weight, std::int64_t outputs,
                           bool fit_intercept, double l2_reg_strength)
    : X_(X),
      target_(std::move(target)),
      sample_weight_(std::move(sample_weight)),
      outputs_(outputs),
      features_(X.num_columns()),
      stride_(X.num_columns() + (fit_intercept ? 1 : 0)),
      fit_intercept_(fit_intercept),
      l2_(l2_reg_strength) {}

double LogisticLoss::chunk(std::span<const double> coef, std::int64_t begin, std::int64_t end,
                           std::span<double> gradient) const {
    const auto m = static_cast<std::size_t>(end - begin);
    const auto outputs = static_cast<std::size_t>(outputs_);
    const auto stride = static_cast<std::size_t>(stride_);
    // raw[k * m + i]: the chunk's raw predictions, computed feature by feature.
    std::vector<double> raw(outputs * m);
    for (std::size_t k = 0; k < outputs; ++k) {
        double* r = raw.data() + k * m;
        std::fill(r, r + m, fit_intercept_ ? coef[k * stride + stride - 1] : 0.0);
        for (std::int64_t j = 0; j < features_; ++j) {
            const double w = coef[k * stride + static_cast<std::size_t>(j)];
            const double* x = X_.column(j).data() + begin;
            for (std::size_t i = 0; i < m; ++i) r[i] += x[i] * w;
        }
    }
    const double* y = target_.data() + begin;
    const double* sw = sample_weight_.data() + begin;
    double loss = 0.0;
    // raw becomes the pointwise gradient in place.
    if (outputs == 1) {
        for (std::size_t i = 0; i < m; ++i) {
            loss += sw[i] * (log1pexp(raw[i]) - y[i] * raw[i]);
            raw[i] = sw[i] * (expit(raw[i]) - y[i]);
        }
    } else {
        for (std::size_t i = 0; i < m; ++i) {
            double top = raw[i];
            for (std::size_t k = 1; k < outputs; ++k) top = std::max(top, raw[k * m + i]);
            double total = 0.0;
            for (std::size_t k = 0; k < outputs; ++k) total += std::exp(raw[k * m + i] - top);
            const double log_total = top + std::log(total);
            const auto label = static_cast<std::size_t>(y[i]);
            loss += sw[i] * (log_total - raw[label * m + i]);
            for (std::size_t k = 0; k < outputs; ++k) {
                const double p = std::exp(raw[k * m + i] - log_total);
                raw[k * m + i] = sw[i] * (p - (k == label ? 1.0 : 0.0));
            }
        }
    }
    for (std::size_t k = 0; k < outputs; ++k) {
        const double* g = raw.data() + k * m;
        for (std::int64_t j = 0; j < features_; ++j) {
            const double* x = X_.column(j).data() + begin;
            double s = 0.0;
            for (std::size_t i = 0; i < m; ++i) s += x[i] * g[i];
            gradient[k * stride + static_cast<std::size_t>(j)] += s;
        }
        if (fit_intercept_) {
            double s = 0.0;
            for (std::size_t i = 0; i < m; ++i) s += g[i];
            gradient[k * stride + stride - 1] += s;
        }
    }
    return loss;
}

double LogisticLoss::operator()(std::span<const double> coef, std::span<double> gradient) const {
    const std::int64_t n = X_.num_rows();
    const std::int64_t chunks = chunk_count(n, rows_per_chunk);
    const auto size = static_cast<std::size_t>(num_coefficients());
    std::vector<double> losses(static_cast<std::size_t>(chunks), 0.0);
    std::vector<double> gradients(static_cast<std::size_t>(chunks) * size, 0.0);
    parallel_chunks(n, rows_per_chunk, [&](std::int64_t c, std::int64_t begin, std::int64_t end) {
        const auto k = static_cast<std::size_t>(c);
        losses[k] = chunk(coef, begin, end, std::span<double>(gradients).subspan(k * size, size));
    });
    double loss = 0.0;
    std::fill(gradient.begin(), gradient.end(), 0.0);
    for (std::size_t c = 0; c < losses.size(); ++c) {
        loss += losses[c];
        for (std::size_t i = 0; i < size; ++i) gradient[i] += gradients[c * size + i];
    }
    const auto stride = static_cast<std::size_t>(stride_);
    double norm = 0.0;
    for (std::size_t k = 0; k < static_cast<std::size_t>(outputs_); ++k) {
        for (std::size_t j = 0; j < static_cast<std::size_t>(features_); ++j) {
            const double w = coef[k * stride + j];
            norm += w * w;
            gradient[k * stride + j] += l2_ * w;
        }
    }
    return loss + 0.5 * l2_ * norm;
}

}  // namespace tabula::detail
