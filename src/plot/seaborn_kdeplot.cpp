// seaborn.kdeplot (0.12) for one variable: _DistributionPlotter.plot_univariate_density with
// multiple="layer".
#include <string>
#include <vector>

#include "seaborn_common.hpp"
#include "stat_kde.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/plot/distributions.hpp"

namespace tabula {

namespace {

using namespace plot::detail;

void draw_kdeplot(Axes& ax, const Grouped& data, bool hue, const std::string& xlabel,
                  const KdeplotParams& params) {
    const KdeSettings settings{.bw_method = params.bw_method,
                               .bw_adjust = params.bw_adjust,
                               .cut = params.cut,
                               .gridsize = params.gridsize};
    const std::vector<Rgba> colors =
        hue ? default_palette(data.levels.names.size())
            : std::vector{params.color.empty() ? next_cycle_color(ax) : to_rgba(params.color)};
    const double alpha = params.fill ? .25 : 1.0;
    const std::string label = hue ? "" : params.label;
    // Levels are drawn last to first, as seaborn's iter_data(reverse=True), so that the first
    // level's curve lies on top.
    for (std::size_t k = data.groups.size(); k-- > 0;) {
        const std::vector<double>& values = data.groups[k];
        KdeCurve curve = kde_curve(values, {}, settings);
        if (curve.support.empty()) continue;
        if (hue && params.common_norm) {
            const double share =
                static_cast<double>(values.size()) / static_cast<double>(data.all.size());
            for (double& d : curve.density) d *= share;
        }
        const std::string color = color_arg(colors[k]);
        if (params.fill) {
            // The PolyCollection's face at alpha 0.25 and its edge (1 pt, opaque) along the curve.
            ax.fill_between(curve.support, curve.density, 0.0,
                            {.color = color, .alpha = alpha, .label = label});
            ax.plot(curve.support, curve.density, {.color = color, .linewidth = 1.0});
        } else {
            ax.plot(curve.support, curve.density, {.label = label, .color = color});
        }
    }
    add_sticky_y(ax, 0.0);
    if (ax.get_xlabel().empty()) ax.set_xlabel(xlabel);
    if (ax.get_ylabel().empty()) ax.set_ylabel("Density");
    if (hue && params.legend)
        hue_legend(ax, data.levels, colors, params.fill ? LegendHandle::box : LegendHandle::line,
                   alpha, params.hue);
}

}  // namespace

Axes kdeplot(Axes ax, const DataFrame& data, const std::string& x, const KdeplotParams& params) {
    draw_kdeplot(ax, group_values(data, x, params.hue, params.hue_order), !params.hue.empty(), x,
                 params);
    return ax;
}

Axes kdeplot(Axes ax, std::span<const double> x, const KdeplotParams& params) {
    if (!params.hue.empty()) {
        throw ValueError(std::string("kdeplot: hue '") + params.hue +
                         "' needs a DataFrame to look it up in");
    }
    draw_kdeplot(ax, group_values(x), false, "", params);
    return ax;
}

}  // namespace tabula
