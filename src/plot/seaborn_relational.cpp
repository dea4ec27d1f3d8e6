// seaborn.scatterplot and seaborn.lineplot (0.12): _ScatterPlotter and _LinePlotter for x, y and
// hue.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "seaborn_common.hpp"
#include "stat_estimate.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/plot/relational.hpp"

namespace tabula {

namespace {

using namespace plot::detail;

// The rows with both x and y (and the hue level, with hue), per level: seaborn's dropna.
struct Pairs {
    Levels levels;
    std::vector<std::vector<std::pair<double, double>>> groups;
};

Pairs pairs(const DataFrame& data, const std::string& x, const std::string& y,
            const std::string& hue, const std::vector<std::string>& hue_order) {
    const std::vector<double> xs = numeric_values(variable(data, x, "x"), x);
    const std::vector<double> ys = numeric_values(variable(data, y, "y"), y);
    Pairs out;
    if (!hue.empty()) out.levels = categorical_levels(variable(data, hue, "hue"), hue_order);
    out.groups.resize(hue.empty() ? 1 : out.levels.names.size());
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const int code = hue.empty() ? 0 : out.levels.codes[i];
        if (std::isnan(xs[i]) || std::isnan(ys[i]) || code < 0) continue;
        out.groups[static_cast<std::size_t>(code)].emplace_back(xs[i], ys[i]);
    }
    return out;
}

std::vector<Rgba> level_colors(Axes& ax, const Pairs& p, bool hue, const std::string& color) {
    if (hue) return default_palette(p.levels.names.size());
    return {color.empty() ? next_cycle_color(ax) : to_rgba(color)};
}

// lineplot's aggregation: rows sorted by x then y; when some x repeats, one point per x with the
// estimate of its y values and their interval (NaN without one).
struct Curve {
    std::vector<double> x;
    std::vector<double> y;
    std::vector<double> low;
    std::vector<double> high;
};

Curve aggregate(std::vector<std::pair<double, double>> rows, const LineplotParams& params,
                const ErrorbarSpec& errorbar) {
    std::sort(rows.begin(), rows.end());
    Curve curve;
    bool repeated = false;
    for (std::size_t i = 1; i < rows.size(); ++i) repeated |= rows[i].first == rows[i - 1].first;
    const double nan = std::nan("");
    if (params.estimator.empty() || !repeated) {
        for (const auto& [x, y] : rows) {
            curve.x.push_back(x);
            curve.y.push_back(y);
            curve.low.push_back(nan);
            curve.high.push_back(nan);
        }
        return curve;
    }
    for (std::size_t start = 0; start < rows.size();) {
        std::size_t end = start;
        std::vector<double> ys;
        while (end < rows.size() && rows[end].first == rows[start].first) {
            ys.push_back(rows[end++].second);
        }
        const Estimate e = estimate(ys, params.estimator, errorbar);
        curve.x.push_back(rows[start].first);
        curve.y.push_back(e.value);
        curve.low.push_back(e.low);
        curve.high.push_back(e.high);
        start = end;
    }
    return curve;
}

// fill_between over the runs of points that have an interval (matplotlib leaves NaN out).
void band(Axes& ax, const Curve& c, const std::string& color) {
    for (std::size_t start = 0; start < c.x.size();) {
        if (std::isnan(c.low[start]) || std::isnan(c.high[start])) {
            ++start;
            continue;
        }
        std::size_t end = start;
        while (end < c.x.size() && !std::isnan(c.low[end]) && !std::isnan(c.high[end])) ++end;
        const auto run = [&](const std::vector<double>& v) {
            return std::vector<double>(v.begin() + static_cast<std::ptrdiff_t>(start),
                                       v.begin() + static_cast<std::ptrdiff_t>(end));
        };
        ax.fill_between(run(c.x), run(c.low), run(c.high), {.color = color, .alpha = .2});
        start = end;
    }
}

void axis_labels(Axes& ax, const std::string& x, const std::string& y) {
    if (ax.get_xlabel().empty()) ax.set_xlabel(x);
    if (ax.get_ylabel().empty()) ax.set_ylabel(y);
}

}  // namespace

Axes scatterplot(Axes ax, const DataFrame& data, const std::string& x, const std::string& y,
                 const ScatterplotParams& params) {
    const Pairs p = pairs(data, x, y, params.hue, params.hue_order);
    const bool hue = !params.hue.empty();
    const std::vector<Rgba> colors = level_colors(ax, p, hue, params.color);
    // One scatter per level (seaborn draws one collection in row order with per-point colours,
    // so where points of two levels overlap the one drawn on top can differ). The white edge
    // seaborn gives markers is not drawn: Axes.scatter's edge takes the face colour.
    for (std::size_t k = 0; k < p.groups.size(); ++k) {
        std::vector<double> xs;
        std::vector<double> ys;
        for (const auto& [a, b] : p.groups[k]) {
            xs.push_back(a);
            ys.push_back(b);
        }
        if (xs.empty()) continue;
        ax.scatter(xs, ys,
                   {.s = {params.s},
                    .color = color_arg(colors[k]),
                    .alpha = params.alpha,
                    .linewidths = 0.0,
                    .label = hue ? "" : params.label});
    }
    axis_labels(ax, x, y);
    if (hue && params.legend) {
        hue_legend(ax, p.levels, colors, LegendHandle::marker, params.alpha.value_or(1.0),
                   params.hue);
    }
    return ax;
}

Axes lineplot(Axes ax, const DataFrame& data, const std::string& x, const std::string& y,
              const LineplotParams& params) {
    if (!params.estimator.empty()) check_estimator(params.estimator);
    const ErrorbarSpec errorbar =
        errorbar_spec(params.errorbar, params.errorbar_level, params.n_boot, params.seed);
    const Pairs p = pairs(data, x, y, params.hue, params.hue_order);
    const bool hue = !params.hue.empty();
    const std::vector<Rgba> colors = level_colors(ax, p, hue, params.color);
    for (std::size_t k = 0; k < p.groups.size(); ++k) {
        if (p.groups[k].empty()) continue;
        const Curve curve = aggregate(p.groups[k], params, errorbar);
        const std::string color = color_arg(colors[k]);
        ax.plot(curve.x, curve.y,
                {.label = hue ? "" : params.label, .color = color, .linewidth = params.linewidth});
        band(ax, curve, color);
    }
    axis_labels(ax, x, y);
    if (hue) hue_legend(ax, p.levels, colors, LegendHandle::line, 1.0, params.hue);
    return ax;
}

}  // namespace tabula
