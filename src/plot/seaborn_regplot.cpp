// seaborn.regplot (0.12): _RegressionPlotter with the linear model (fit_fast), its bootstrap and
// its drawing defaults.
#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "seaborn_common.hpp"
#include "tabula/array/creation.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/random.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/plot/regression.hpp"

namespace tabula {

namespace {

using namespace plot::detail;

struct Line {
    double intercept;
    double slope;
};

// numpy.linalg.pinv([1, x]) @ y: the least-squares line, or, when every x is the same, the
// minimum-norm solution pinv gives for the rank-one design.
Line least_squares(const std::vector<double>& x, const std::vector<double>& y) {
    const auto n = static_cast<double>(x.size());
    double mx = 0;
    double my = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= n;
    my /= n;
    double sxx = 0;
    double sxy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
    }
    if (sxx == 0) {
        const double scale = my / (1 + mx * mx);
        return {scale, scale * mx};
    }
    const double slope = sxy / sxx;
    return {my - slope * mx, slope};
}

std::uint64_t seed_of(const RegplotParams& params) {
    if (params.seed) return *params.seed;
    std::random_device device;
    return (static_cast<std::uint64_t>(device()) << 32) | device();
}

// seaborn.utils.ci over the bootstrap's lines at each grid point: numpy.nanpercentile at
// 50 -+ ci / 2.
std::pair<std::vector<double>, std::vector<double>> band(const std::vector<double>& x,
                                                         const std::vector<double>& y,
                                                         const std::vector<double>& grid,
                                                         const RegplotParams& params) {
    random::Generator rng = random::default_rng(seed_of(params));
    const auto n = static_cast<std::int64_t>(x.size());
    std::vector<Line> boots;
    std::vector<double> xs(x.size());
    std::vector<double> ys(y.size());
    for (int b = 0; b < params.n_boot; ++b) {
        const std::vector<std::int64_t> resampler = rng.integers(0, n, n);
        for (std::size_t i = 0; i < xs.size(); ++i) {
            xs[i] = x[static_cast<std::size_t>(resampler[i])];
            ys[i] = y[static_cast<std::size_t>(resampler[i])];
        }
        boots.push_back(least_squares(xs, ys));
    }
    std::pair<std::vector<double>, std::vector<double>> out;
    std::vector<double> at(boots.size());
    for (const double g : grid) {
        for (std::size_t b = 0; b < boots.size(); ++b)
            at[b] = boots[b].intercept + g * boots[b].slope;
        const NDArray<double> values = asarray(at);
        out.first.push_back(percentile(values, 50 - *params.ci / 2));
        out.second.push_back(percentile(values, 50 + *params.ci / 2));
    }
    return out;
}

}  // namespace

Axes regplot(Axes ax, const DataFrame& data, const std::string& x, const std::string& y,
             const RegplotParams& params) {
    if (params.n_boot < 0) throw ValueError("n_boot must not be negative");
    const std::vector<double> xs_all = numeric_values(variable(data, x, "x"), x);
    const std::vector<double> ys_all = numeric_values(variable(data, y, "y"), y);
    std::vector<double> xs;
    std::vector<double> ys;
    for (std::size_t i = 0; i < xs_all.size(); ++i) {
        if (std::isnan(xs_all[i]) || std::isnan(ys_all[i])) continue;
        xs.push_back(xs_all[i]);
        ys.push_back(ys_all[i]);
    }
    // The cycle's next colour is taken once for both parts, as seaborn's scout line.
    const std::string color =
        color_arg(params.color.empty() ? next_cycle_color(ax) : to_rgba(params.color));
    if (params.scatter) {
        ax.scatter(xs, ys, {.color = color, .alpha = .8, .linewidths = 1.0, .label = params.label});
    }
    if (params.fit_reg && !xs.empty()) {
        const auto [lo, hi] = params.truncate ? std::pair{*std::min_element(xs.begin(), xs.end()),
                                                          *std::max_element(xs.begin(), xs.end())}
                                              : ax.get_xlim();
        const NDArray<double> grid_array = linspace(lo, hi, 100);
        const std::vector<double> grid(grid_array.data(), grid_array.data() + grid_array.size());
        const Line fit = least_squares(xs, ys);
        std::vector<double> yhat;
        for (const double g : grid) yhat.push_back(fit.intercept + g * fit.slope);
        ax.plot(grid, yhat,
                {.label = params.scatter ? "" : params.label, .color = color, .linewidth = 2.25});
        if (!params.truncate) {
            add_sticky_x(ax, lo);
            add_sticky_x(ax, hi);
        }
        if (params.ci && xs.size() > 1) {
            const auto [low, high] = band(xs, ys, grid, params);
            ax.fill_between(grid, low, high, {.color = color, .alpha = .15});
        }
    }
    ax.set_xlabel(x).set_ylabel(y);
    return ax;
}

}  // namespace tabula
