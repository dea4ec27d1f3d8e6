// seaborn.violinplot (0.12) without hue: _ViolinPlotter's densities (scale "area") drawn as
// fill_betweenx polygons, with the inner box of draw_box_lines.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "figure_data.hpp"
#include "gaussian_kde.hpp"
#include "seaborn_common.hpp"
#include "tabula/array/creation.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/plot/categorical.hpp"

namespace tabula {

namespace {

using namespace plot::detail;

struct Violin {
    std::vector<double> support;
    std::vector<double> density;
};

// estimate_densities: gaussian_kde on the level's values, its support min - bw * cut to
// max + bw * cut with bw the factor times the sample standard deviation; one distinct value is a
// single point of density 1.
Violin estimate(const std::vector<double>& values, const CategoricalViolinplotParams& params) {
    if (values.empty()) return {};
    const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    if (*lo == *hi) return {{*lo}, {1.0}};
    const GaussianKDE kde(values, {}, params.bw);
    const double bw = kde.factor() * std(asarray(values), {.ddof = 1});
    const NDArray<double> grid =
        linspace(*lo - bw * params.cut, *hi + bw * params.cut, params.gridsize);
    Violin v;
    v.support.assign(grid.data(), grid.data() + grid.size());
    v.density = kde.evaluate(v.support);
    return v;
}

// draw_box_lines: the whiskers' span, the IQR three times as thick, the median a white dot.
void box_lines(Axes& ax, const std::vector<double>& values, double at, const std::string& gray,
               double linewidth) {
    const NDArray<double> a = asarray(values);
    const double q25 = percentile(a, 25);
    const double q50 = percentile(a, 50);
    const double q75 = percentile(a, 75);
    const double whisker = 1.5 * (q75 - q25);
    double h1 = q75;
    double h2 = q25;
    for (const double v : values) {
        if (v >= q25 - whisker) h1 = std::min(h1, v);
        if (v <= q75 + whisker) h2 = std::max(h2, v);
    }
    ax.plot(std::vector{at, at}, std::vector{h1, h2}, {.color = gray, .linewidth = linewidth});
    ax.plot(std::vector{at, at}, std::vector{q25, q75},
            {.color = gray, .linewidth = linewidth * 3});
    // The dot (s = (2 linewidth) ** 2, so 2 linewidth points across) is drawn as a line marker so
    // that it lies over the IQR line as seaborn's zorder 3 puts it; seaborn edges it in grey,
    // which a line marker here does not.
    ax.plot(std::vector{at}, std::vector{q50},
            {.color = "white", .linestyle = "", .marker = "o", .markersize = 2 * linewidth});
}

}  // namespace

Axes violinplot(Axes ax, const DataFrame& data, const std::string& x, const std::string& y,
                const CategoricalViolinplotParams& params) {
    if (!params.inner.empty() && params.inner != "box") {
        throw ValueError(std::string("violinplot: inner '") + params.inner +
                         "' is not built; use 'box' or ''");
    }
    const Levels groups = categorical_levels(variable(data, x, "x"), params.order);
    const std::vector<double> values = numeric_values(variable(data, y, "y"), y);
    std::vector<std::vector<double>> cells(groups.names.size());
    for (std::size_t r = 0; r < values.size(); ++r) {
        const int g = groups.codes[r];
        if (g >= 0 && !std::isnan(values[r])) {
            cells[static_cast<std::size_t>(g)].push_back(values[r]);
        }
    }
    std::vector<Violin> violins;
    double max_density = 0;
    for (const auto& cell : cells) {
        violins.push_back(estimate(cell, params));
        if (violins.back().support.size() > 1) {
            for (const double d : violins.back().density) max_density = std::max(max_density, d);
        }
    }
    const std::vector<Rgba> colors = categorical_colors(groups.names.size(), false, params.palette,
                                                        params.color, params.saturation);
    const Rgba gray = categorical_gray(colors);
    const double linewidth = params.linewidth.value_or(1.5);
    const double half = params.width / 2;
    for (std::size_t i = 0; i < violins.size(); ++i) {
        const Violin& v = violins[i];
        const auto at = static_cast<double>(i);
        if (v.support.empty()) continue;
        if (v.support.size() == 1) {
            // draw_single_observation: a line across the violin's width.
            ax.plot(std::vector{at - half, at + half}, std::vector{v.support[0], v.support[0]},
                    {.color = color_arg(gray), .linewidth = linewidth});
            continue;
        }
        // fill_betweenx's polygon: the left edge up the support, the right edge back down.
        Polygon polygon{.x = {}, .y = {}, .face = colors[i], .edge = gray, .linewidth = linewidth};
        for (std::size_t k = 0; k < v.support.size(); ++k) {
            polygon.x.push_back(at - v.density[k] / max_density * half);
            polygon.y.push_back(v.support[k]);
        }
        for (std::size_t k = v.support.size(); k-- > 0;) {
            polygon.x.push_back(at + v.density[k] / max_density * half);
            polygon.y.push_back(v.support[k]);
        }
        ax.data()->polygons.push_back(std::move(polygon));
        if (!params.inner.empty()) box_lines(ax, cells[i], at, color_arg(gray), linewidth);
    }
    std::vector<double> ticks;
    for (std::size_t i = 0; i < groups.names.size(); ++i) ticks.push_back(static_cast<double>(i));
    ax.set_xlabel(x).set_ylabel(y);
    ax.set_xticks(ticks, groups.names).set_xlim(-.5, static_cast<double>(groups.names.size()) - .5);
    return ax;
}

}  // namespace tabula
