#include "gaussian_kde.hpp"

#include <cmath>
#include <numbers>

#include "tabula/core/error.hpp"

namespace tabula::plot::detail {

namespace {

// numpy.cov(dataset, aweights=weights) with weights summing to 1: the weighted mean's squared
// deviations over 1 - sum(w ** 2), which is n - 1 over n for equal weights.
double weighted_variance(const std::vector<double>& x, const std::vector<double>& w) {
    double mean = 0;
    for (std::size_t i = 0; i < x.size(); ++i) mean += w[i] * x[i];
    double squares = 0;
    double sum_w2 = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        squares += w[i] * (x[i] - mean) * (x[i] - mean);
        sum_w2 += w[i] * w[i];
    }
    return squares / (1 - sum_w2);
}

}  // namespace

GaussianKDE::GaussianKDE(std::span<const double> dataset, std::span<const double> weights,
                         double factor)
    : dataset_(dataset.begin(), dataset.end()) {
    if (dataset_.size() < 2) throw ValueError("`dataset` input should have multiple elements.");
    const std::size_t n = dataset_.size();
    if (weights.empty()) {
        weights_.assign(n, 1.0 / static_cast<double>(n));
    } else {
        if (weights.size() != n) throw ValueError("`weights` input should be of length n");
        double total = 0;
        for (const double w : weights) total += w;
        for (const double w : weights) weights_.push_back(w / total);
    }
    double sum_w2 = 0;
    for (const double w : weights_) sum_w2 += w * w;
    neff_ = 1 / sum_w2;
    data_variance_ = weighted_variance(dataset_, weights_);
    // numpy.linalg.cholesky of a zero (or NaN) covariance fails; scipy 1.10 lets it raise.
    if (!(data_variance_ > 0)) {
        throw ValueError(
            "The data appears to lie in a lower-dimensional subspace of the space in which it "
            "is expressed. This has resulted in a singular data covariance matrix, which cannot "
            "be treated using the algorithms implemented in `gaussian_kde`. Consider performing "
            "principle component analysis / dimensionality reduction and using `gaussian_kde` "
            "with the transformed data.");
    }
    factor_ = factor;
}

GaussianKDE::GaussianKDE(std::span<const double> dataset, std::span<const double> weights,
                         const std::string& bw_method)
    : GaussianKDE(dataset, weights, 1.0) {
    if (bw_method == "scott") {
        factor_ = std::pow(neff_, -1.0 / 5);
    } else if (bw_method == "silverman") {
        factor_ = std::pow(neff_ * 3.0 / 4, -1.0 / 5);
    } else {
        throw ValueError("`bw_method` should be 'scott', 'silverman', a scalar or a callable.");
    }
}

void GaussianKDE::set_bandwidth(double factor) {
    factor_ = factor;
}

std::vector<double> GaussianKDE::evaluate(std::span<const double> points) const {
    const double variance = covariance();
    const double norm = std::sqrt(2 * std::numbers::pi * variance);
    std::vector<double> out;
    out.reserve(points.size());
    for (const double x : points) {
        double sum = 0;
        for (std::size_t i = 0; i < dataset_.size(); ++i) {
            const double d = x - dataset_[i];
            sum += weights_[i] * std::exp(-0.5 * d * d / variance);
        }
        out.push_back(sum / norm);
    }
    return out;
}

}  // namespace tabula::plot::detail
