#pragma once
// seaborn._statistics.KDE for one variable: scipy's gaussian_kde with the bandwidth multiplied
// by bw_adjust, evaluated on a grid reaching `cut` bandwidths past the data.
#include <span>
#include <string>
#include <vector>

namespace tabula::plot::detail {

struct KdeSettings {
    std::string bw_method = "scott";
    double bw_adjust = 1.0;
    double cut = 3.0;
    int gridsize = 200;
};

struct KdeCurve {
    std::vector<double> support;
    std::vector<double> density;
};

// _define_support_univariate: linspace(min - bw * cut, max + bw * cut, gridsize) with bw the
// fitted kernel's standard deviation.
std::vector<double> kde_support(std::span<const double> x, std::span<const double> weights,
                                const KdeSettings& settings);

// The density of x on `support` (its own support when empty). Data that seaborn calls singular
// (fewer than two values, or a variance close to 0) gives an empty curve: seaborn skips it with
// a warning.
KdeCurve kde_curve(std::span<const double> x, std::span<const double> weights,
                   const KdeSettings& settings, std::vector<double> support = {});

}  // namespace tabula::plot::detail
