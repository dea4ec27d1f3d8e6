// seaborn.countplot and seaborn.barplot (0.12): _CategoricalStatPlotter's levels, colours,
// estimates and dodged bars, and annotate_axes' ticks, labels and limits.
#include <cmath>
#include <string>
#include <vector>

#include "seaborn_common.hpp"
#include "stat_estimate.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/plot/categorical.hpp"

namespace tabula {

namespace {

using namespace plot::detail;

// What the bars show: per level of the categorical axis (and per hue level), a height and an
// interval (NaN: no error bar).
struct Bars {
    Levels groups;
    std::optional<Levels> hues;
    std::vector<std::vector<Estimate>> values;  // [group][hue]
};

struct Style {
    bool vertical = true;
    std::vector<std::string> palette = {};
    std::string color = "";
    double saturation = .75;
    double width = .8;
    std::string errcolor = ".26";
    double errwidth = 2.7;
    std::optional<double> capsize = std::nullopt;
    std::string group_label = "";
    std::string value_label = "";
    // The legend's title: the hue variable's name.
    std::string hue_label = "";
};

std::vector<Rgba> bar_colors(std::size_t n, bool hue, const Style& style) {
    return categorical_colors(n, hue, style.palette, style.color, style.saturation);
}

void bar(Axes& ax, bool vertical, double at, double height, double width, const Rgba& color,
         const std::string& label) {
    if (vertical) {
        ax.bar(std::span(&at, 1), std::span(&height, 1),
               {.width = width, .color = color_arg(color), .label = label});
    } else {
        ax.barh(std::span(&at, 1), std::span(&height, 1),
                {.height = width, .color = color_arg(color), .label = label});
    }
}

// draw_confints: a line over the interval, with caps when capsize is set.
void error_bar(Axes& ax, const Style& style, double at, const Estimate& e) {
    if (std::isnan(e.low) || std::isnan(e.high)) return;
    const PlotParams line{.color = style.errcolor, .linewidth = style.errwidth};
    const auto segment = [&](double a0, double a1, double v0, double v1) {
        const std::vector<double> across{a0, a1};
        const std::vector<double> along{v0, v1};
        if (style.vertical) {
            ax.plot(across, along, line);
        } else {
            ax.plot(along, across, line);
        }
    };
    segment(at, at, e.low, e.high);
    if (style.capsize) {
        const double half = *style.capsize / 2;
        segment(at - half, at + half, e.low, e.low);
        segment(at - half, at + half, e.high, e.high);
    }
}

void draw_bars(Axes& ax, const Bars& bars, const Style& style) {
    const std::size_t n = bars.groups.names.size();
    if (!bars.hues) {
        const std::vector<Rgba> colors = bar_colors(n, false, style);
        for (std::size_t i = 0; i < n; ++i) {
            const Estimate& e = bars.values[i][0];
            const auto at = static_cast<double>(i);
            if (!std::isnan(e.value))
                bar(ax, style.vertical, at, e.value, style.width, colors[i], "");
            error_bar(ax, style, at, e);
        }
    } else {
        const std::size_t nh = bars.hues->names.size();
        const std::vector<Rgba> colors = bar_colors(nh, true, style);
        const double each = style.width / static_cast<double>(nh);
        const std::vector<double> offsets = hue_offsets(style.width, nh);
        for (std::size_t j = 0; j < nh; ++j) {
            bool labelled = false;
            for (std::size_t i = 0; i < n; ++i) {
                const Estimate& e = bars.values[i][j];
                const double at = static_cast<double>(i) + offsets[j];
                if (!std::isnan(e.value)) {
                    bar(ax, style.vertical, at, e.value, each, colors[j],
                        labelled ? "" : bars.hues->names[j]);
                    labelled = true;
                }
                error_bar(ax, style, at, e);
            }
        }
    }
    // annotate_axes: the levels label the ticks at 0, 1, ... and the limits hug them.
    std::vector<double> ticks;
    for (std::size_t i = 0; i < n; ++i) ticks.push_back(static_cast<double>(i));
    const double last = static_cast<double>(n) - .5;
    if (style.vertical) {
        ax.set_xlabel(style.group_label).set_ylabel(style.value_label);
        ax.set_xticks(ticks, bars.groups.names).set_xlim(-.5, last);
    } else {
        ax.set_xlabel(style.value_label).set_ylabel(style.group_label);
        // Horizontal plots invert the y axis so that the first level is on top.
        ax.set_yticks(ticks, bars.groups.names).set_ylim(last, -.5);
    }
    if (bars.hues) ax.legend({.title = style.hue_label});
}

// The rows of each (level, hue level) cell.
std::vector<std::vector<std::vector<std::size_t>>> cells(const Levels& groups,
                                                         const std::optional<Levels>& hues) {
    std::vector<std::vector<std::vector<std::size_t>>> out(
        groups.names.size(), std::vector<std::vector<std::size_t>>(hues ? hues->names.size() : 1));
    for (std::size_t r = 0; r < groups.codes.size(); ++r) {
        const int g = groups.codes[r];
        const int h = hues ? hues->codes[r] : 0;
        if (g < 0 || h < 0) continue;
        out[static_cast<std::size_t>(g)][static_cast<std::size_t>(h)].push_back(r);
    }
    return out;
}

std::optional<Levels> hue_levels(const DataFrame& data, const std::string& hue,
                                 const std::vector<std::string>& hue_order) {
    if (hue.empty()) return std::nullopt;
    return categorical_levels(variable(data, hue, "hue"), hue_order);
}

}  // namespace

Axes countplot(Axes ax, const DataFrame& data, const CountplotParams& params) {
    if (!params.x.empty() && !params.y.empty()) {
        throw ValueError("Cannot pass values for both `x` and `y`");
    }
    if (params.x.empty() && params.y.empty()) {
        throw ValueError("countplot needs a column for `x` or `y`");
    }
    const bool vertical = !params.x.empty();
    const std::string& name = vertical ? params.x : params.y;
    Bars bars;
    bars.groups = categorical_levels(variable(data, name, vertical ? "x" : "y"), params.order);
    bars.hues = hue_levels(data, params.hue, params.hue_order);
    const double nan = std::nan("");
    for (const auto& group : cells(bars.groups, bars.hues)) {
        bars.values.emplace_back();
        for (const auto& rows : group) {
            bars.values.back().push_back({static_cast<double>(rows.size()), nan, nan});
        }
    }
    draw_bars(ax, bars,
              {.vertical = vertical,
               .palette = params.palette,
               .color = params.color,
               .saturation = params.saturation,
               .width = params.width,
               .group_label = name,
               .value_label = "count",
               .hue_label = params.hue});
    return ax;
}

Axes barplot(Axes ax, const DataFrame& data, const std::string& x, const std::string& y,
             const BarplotParams& params) {
    check_estimator(params.estimator);
    const ErrorbarSpec errorbar =
        errorbar_spec(params.errorbar, params.errorbar_level, params.n_boot, params.seed);
    Bars bars;
    bars.groups = categorical_levels(variable(data, x, "x"), params.order);
    const std::vector<double> values = numeric_values(variable(data, y, "y"), y);
    bars.hues = hue_levels(data, params.hue, params.hue_order);
    for (const auto& group : cells(bars.groups, bars.hues)) {
        bars.values.emplace_back();
        for (const auto& rows : group) {
            // NaN stays: seaborn's bootstrap resamples it (and skips it in nanmean).
            std::vector<double> cell;
            for (const std::size_t r : rows) cell.push_back(values[r]);
            bars.values.back().push_back(estimate(cell, params.estimator, errorbar));
        }
    }
    draw_bars(ax, bars,
              {.palette = params.palette,
               .color = params.color,
               .saturation = params.saturation,
               .width = params.width,
               .errcolor = params.errcolor,
               .errwidth = params.errwidth.value_or(1.5 * 1.8),
               .capsize = params.capsize,
               .group_label = x,
               .value_label = y,
               .hue_label = params.hue});
    return ax;
}

}  // namespace tabula
