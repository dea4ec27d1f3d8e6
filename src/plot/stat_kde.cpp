#include "stat_kde.hpp"

#include <algorithm>
#include <cmath>

#include "gaussian_kde.hpp"
#include "tabula/array/creation.hpp"
#include "tabula/core/error.hpp"

namespace tabula::plot::detail {

namespace {

GaussianKDE fit(std::span<const double> x, std::span<const double> weights,
                const KdeSettings& settings) {
    GaussianKDE kde(x, weights, settings.bw_method);
    kde.set_bandwidth(kde.factor() * settings.bw_adjust);
    return kde;
}

// pandas' Series.var (ddof 1) close to 0 by math.isclose's default tolerances (abs_tol 0).
bool singular(std::span<const double> x) {
    if (x.size() < 2) return true;
    double mean = 0;
    for (const double v : x) mean += v;
    mean /= static_cast<double>(x.size());
    double squares = 0;
    for (const double v : x) squares += (v - mean) * (v - mean);
    return squares == 0;
}

}  // namespace

std::vector<double> kde_support(std::span<const double> x, std::span<const double> weights,
                                const KdeSettings& settings) {
    if (settings.gridsize < 0) throw ValueError("Number of samples, -1, must be non-negative.");
    const GaussianKDE kde = fit(x, weights, settings);
    const double bw = std::sqrt(kde.covariance());
    const auto [lo, hi] = std::minmax_element(x.begin(), x.end());
    const NDArray<double> grid =
        linspace(*lo - bw * settings.cut, *hi + bw * settings.cut, settings.gridsize);
    return {grid.data(), grid.data() + grid.size()};
}

KdeCurve kde_curve(std::span<const double> x, std::span<const double> weights,
                   const KdeSettings& settings, std::vector<double> support) {
    if (singular(x)) return {};
    KdeCurve curve;
    curve.support = support.empty() ? kde_support(x, weights, settings) : std::move(support);
    curve.density = fit(x, weights, settings).evaluate(curve.support);
    return curve;
}

}  // namespace tabula::plot::detail
