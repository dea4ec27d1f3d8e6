// seaborn.histplot (0.12) for one variable: _DistributionPlotter.plot_univariate_histogram with
// multiple="layer" and common bins.
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "figure_data.hpp"
#include "seaborn_common.hpp"
#include "stat_histogram.hpp"
#include "stat_kde.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/plot/distributions.hpp"

namespace tabula {

namespace {

using namespace plot::detail;

// Hist._define_bin_edges over all the data, then the equal bins numpy.histogram counts in
// whenever they came from a rule, a count or a width.
std::vector<double> bin_edges(const std::vector<double>& all, const HistplotParams& params) {
    if (params.binwidth) return equal_edges(width_bin_edges(all, *params.binwidth));
    const auto& bins = params.bins.value();
    if (const auto* rule = std::get_if<std::string>(&bins)) return rule_bin_edges(all, *rule);
    if (const auto* count = std::get_if<std::int64_t>(&bins)) return count_bin_edges(all, *count);
    return std::get<std::vector<double>>(bins);
}

void check_element(const std::string& element) {
    if (element != "bars" && element != "step") {
        throw ValueError(std::string("`element` must be one of ['bars', 'step'], but '") + element +
                         "' was passed.");
    }
}

// matplotlib's steps-post path through the bins' heights, closed at the last edge.
std::pair<std::vector<double>, std::vector<double>> step_path(const HistogramStat& h) {
    std::vector<double> x;
    std::vector<double> y;
    for (std::size_t i = 0; i < h.heights.size(); ++i) {
        x.insert(x.end(), {h.edges[i], h.edges[i + 1]});
        y.insert(y.end(), {h.heights[i], h.heights[i]});
    }
    return {x, y};
}

// seaborn's bar edge width: a tenth of the narrowest bin in points at the final x limits, at
// most the patch's 1 pt (1.5 pt, at least 0.5 pt, unfilled).
double bar_linewidth(const Axes& ax, double binwidth, bool fill) {
    const auto figure = ax.data()->figure.lock();
    if (!figure) throw ValueError("histplot: the axes' figure no longer exists");
    const auto [left, right] = ax.get_xlim();
    const double width_points = ax.get_position().width() * figure->figsize[0] * 72;
    const double points = .1 * binwidth / std::abs(right - left) * width_points;
    return fill ? std::min(points, 1.0) : std::max(std::min(points, 1.5), .5);
}

void draw_histplot(Axes& ax, const Grouped& data, bool hue, const std::string& xlabel,
                   const HistplotParams& params) {
    check_stat(params.stat);
    check_element(params.element);
    std::string ylabel = params.stat;
    ylabel[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(ylabel[0])));
    if (ax.get_xlabel().empty()) ax.set_xlabel(xlabel);
    if (ax.get_ylabel().empty()) ax.set_ylabel(ylabel);
    if (data.all.empty()) return;

    const std::vector<double> edges = bin_edges(data.all, params);
    const bool common_norm = hue && params.common_norm && params.stat != "count";
    const std::vector<Rgba> colors =
        hue ? default_palette(data.levels.names.size())
            : std::vector{params.color.empty() ? next_cycle_color(ax) : to_rgba(params.color)};
    const bool bars = params.element == "bars";
    const double alpha = params.alpha.value_or(!params.fill ? 1.0
                                               : hue        ? (bars ? .5 : .25)
                                               : params.kde ? .5
                                                            : .75);
    const std::string label = hue ? "" : params.label;
    // histplot's curve stops at the data (cut 0); with hue it shares one grid over all levels.
    const KdeSettings kde_settings{.cut = 0};
    std::vector<double> common_support;
    if (params.kde && hue && data.all.size() > 1) {
        common_support = kde_support(data.all, {}, kde_settings);
    }

    const std::size_t polygons_before = ax.data()->polygons.size();
    double narrowest = edges.back() - edges.front();
    for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
        narrowest = std::min(narrowest, edges[i + 1] - edges[i]);
    }
    // Drawn last level first, as seaborn's iter_data(reverse=True).
    for (std::size_t k = data.groups.size(); k-- > 0;) {
        const std::vector<double>& values = data.groups[k];
        if (values.empty()) continue;
        HistogramStat h = histogram_stat(values, edges, params.stat);
        double area = 0;
        for (std::size_t i = 0; i < h.heights.size(); ++i) {
            area += h.heights[i] * (h.edges[i + 1] - h.edges[i]);
        }
        const double share =
            static_cast<double>(values.size()) / static_cast<double>(data.all.size());
        if (common_norm) {
            for (double& v : h.heights) v *= share;
        }
        const std::string face = color_arg(colors[k]);
        // seaborn bakes alpha into the face colour, so that bar edges stay opaque.
        if (bars) {
            std::vector<double> widths;
            for (std::size_t i = 0; i + 1 < h.edges.size(); ++i) {
                widths.push_back(h.edges[i + 1] - h.edges[i]);
            }
            const std::vector<double> left(h.edges.begin(), h.edges.end() - 1);
            for (std::size_t i = 0; i < left.size(); ++i) {
                ax.bar(std::span(&left[i], 1), std::span(&h.heights[i], 1),
                       {.width = widths[i],
                        .align = "edge",
                        .color = params.fill ? color_arg(to_rgba(face, alpha)) : "none",
                        .edgecolor = params.fill ? "black" : color_arg(to_rgba(face, alpha)),
                        .linewidth = 1.0,
                        .label = i == 0 ? label : ""});
            }
        } else {
            const auto [x, y] = step_path(h);
            if (params.fill) {
                ax.fill_between(x, y, 0.0, {.color = face, .alpha = alpha, .label = label});
                ax.plot(x, y, {.color = face, .linewidth = 1.0});
            } else {
                ax.plot(x, y, {.label = label, .color = face, .alpha = alpha});
            }
        }
        if (params.kde) {
            KdeCurve curve = kde_curve(values, {}, kde_settings, common_support);
            // The density scaled to the histogram's area (before common_norm), and by the level's
            // share when the levels are normalised together.
            const double scale = area * (common_norm ? share : 1.0);
            for (double& d : curve.density) d *= scale;
            if (!curve.support.empty()) ax.plot(curve.support, curve.density, {.color = face});
        }
    }
    add_sticky_y(ax, 0.0);
    if (bars) {
        const double linewidth = bar_linewidth(ax, narrowest, params.fill);
        auto& polygons = ax.data()->polygons;
        for (std::size_t i = polygons_before; i < polygons.size(); ++i) {
            polygons[i].linewidth = linewidth;
        }
    }
    if (hue && params.legend)
        hue_legend(ax, data.levels, colors, params.fill ? LegendHandle::box : LegendHandle::line,
                   alpha, params.hue);
}

}  // namespace

Axes histplot(Axes ax, const DataFrame& data, const std::string& x, const HistplotParams& params) {
    draw_histplot(ax, group_values(data, x, params.hue, params.hue_order), !params.hue.empty(), x,
                  params);
    return ax;
}

Axes histplot(Axes ax, std::span<const double> x, const HistplotParams& params) {
    if (!params.hue.empty()) {
        throw ValueError(std::string("histplot: hue '") + params.hue +
                         "' needs a DataFrame to look it up in");
    }
    draw_histplot(ax, group_values(x), false, "", params);
    return ax;
}

}  // namespace tabula
