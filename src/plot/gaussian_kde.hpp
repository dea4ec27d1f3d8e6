#pragma once
// scipy.stats.gaussian_kde for one-dimensional data: the kernel density estimate that seaborn's
// kdeplot, histplot(kde=True) and violinplot draw.
#include <span>
#include <string>
#include <vector>

namespace tabula::plot::detail {

class GaussianKDE {
  public:
    // bw_method "scott" (neff ** -1/5) or "silverman" ((neff * 3/4) ** -1/5), where neff is
    // sum(w) ** 2 / sum(w ** 2) (n without weights). Weights, when given, are one per value and
    // normalised to sum 1. ValueError with scipy's messages for fewer than two values, weights of
    // another length, an unknown bw_method, and data of zero variance (which scipy reports as a
    // singular covariance through numpy.linalg).
    explicit GaussianKDE(std::span<const double> dataset, std::span<const double> weights = {},
                         const std::string& bw_method = "scott");
    // A fixed bandwidth factor (scipy's scalar bw_method).
    GaussianKDE(std::span<const double> dataset, std::span<const double> weights, double factor);

    // scipy's set_bandwidth(bw_method=factor): the kernel's variance becomes the data's
    // weighted variance times factor ** 2.
    void set_bandwidth(double factor);

    double factor() const noexcept { return factor_; }
    // The kernel's variance (scipy's covariance, a 1x1 matrix there).
    double covariance() const noexcept { return data_variance_ * factor_ * factor_; }
    double neff() const noexcept { return neff_; }

    // The density at each point: sum_i w_i N(x; x_i, covariance).
    std::vector<double> evaluate(std::span<const double> points) const;

  private:
    std::vector<double> dataset_;
    std::vector<double> weights_;
    double neff_ = 0;
    double data_variance_ = 0;
    double factor_ = 1;
};

}  // namespace tabula::plot::detail
