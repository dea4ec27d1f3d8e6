// seaborn.boxplot (0.12) without hue: _BoxPlotter.draw_boxplot, which draws matplotlib's
// boxplot at 0, 1, ... and restyles it (restyle_boxplot), drawn here from its parts so that the
// boxes take the levels' colours.
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "seaborn_common.hpp"
#include "tabula/array/creation.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/plot/categorical.hpp"

namespace tabula {

namespace {

using namespace plot::detail;

// matplotlib's cbook.boxplot_stats with a whis factor.
struct BoxStats {
    double q1, med, q3, whislo, whishi;
    std::vector<double> fliers;
};

BoxStats box_stats(const std::vector<double>& values, double whis) {
    const NDArray<double> a = asarray(values);
    BoxStats s{percentile(a, 25), percentile(a, 50), percentile(a, 75), 0, 0, {}};
    const double iqr = s.q3 - s.q1;
    const double loval = s.q1 - whis * iqr;
    const double hival = s.q3 + whis * iqr;
    s.whishi = s.q3;
    s.whislo = s.q1;
    bool any_hi = false;
    bool any_lo = false;
    for (const double v : values) {
        if (v <= hival) {
            s.whishi = any_hi ? std::max(s.whishi, v) : v;
            any_hi = true;
        }
        if (v >= loval) {
            s.whislo = any_lo ? std::min(s.whislo, v) : v;
            any_lo = true;
        }
    }
    if (!any_hi) s.whishi = s.q3;
    if (!any_lo) s.whislo = s.q1;
    for (const double v : values) {
        if (v < s.whislo) s.fliers.push_back(v);
    }
    for (const double v : values) {
        if (v > s.whishi) s.fliers.push_back(v);
    }
    return s;
}

// One box of draw_boxplot at `at`, `width` wide, in bxp's order: whiskers, caps, the box, the
// median, the fliers; the box carries the legend label.
void draw_box(Axes& ax, const std::vector<double>& values, double at, double width,
              const Rgba& color, const std::string& gray, const std::string& label,
              const CategoricalBoxplotParams& params) {
    const BoxStats s = box_stats(values, params.whis);
    const double linewidth = params.linewidth.value_or(1.5);
    const PlotParams line{.color = gray, .linewidth = linewidth};
    const double half = width / 2;
    const double cap = width / 4;
    ax.plot(std::vector{at, at}, std::vector{s.q1, s.whislo}, line);
    ax.plot(std::vector{at, at}, std::vector{s.q3, s.whishi}, line);
    ax.plot(std::vector{at - cap, at + cap}, std::vector{s.whislo, s.whislo}, line);
    ax.plot(std::vector{at - cap, at + cap}, std::vector{s.whishi, s.whishi}, line);
    const double height = s.q3 - s.q1;
    ax.bar(std::span(&at, 1), std::span(&height, 1),
           {.width = width,
            .bottom = {s.q1},
            .color = color_arg(color),
            .edgecolor = gray,
            .linewidth = linewidth,
            .label = label});
    ax.plot(std::vector{at - half, at + half}, std::vector{s.med, s.med}, line);
    ax.plot(std::vector<double>(s.fliers.size(), at), s.fliers,
            {.color = gray, .linestyle = "", .marker = "D", .markersize = params.fliersize});
}

}  // namespace

Axes boxplot(Axes ax, const DataFrame& data, const std::string& x, const std::string& y,
             const CategoricalBoxplotParams& params) {
    const Levels groups = categorical_levels(variable(data, x, "x"), params.order);
    const std::vector<double> values = numeric_values(variable(data, y, "y"), y);
    std::optional<Levels> hues;
    if (!params.hue.empty()) {
        hues = categorical_levels(variable(data, params.hue, "hue"), params.hue_order);
    }
    const std::size_t nh = hues ? hues->names.size() : 1;
    // cells[group][hue level]: the values, NaN left out (seaborn's remove_na).
    std::vector<std::vector<std::vector<double>>> cells(groups.names.size(),
                                                        std::vector<std::vector<double>>(nh));
    for (std::size_t r = 0; r < values.size(); ++r) {
        const int g = groups.codes[r];
        const int h = hues ? hues->codes[r] : 0;
        if (g < 0 || h < 0 || std::isnan(values[r])) continue;
        cells[static_cast<std::size_t>(g)][static_cast<std::size_t>(h)].push_back(values[r]);
    }
    const std::vector<Rgba> colors =
        categorical_colors(hues ? nh : groups.names.size(), hues.has_value(), params.palette,
                           params.color, params.saturation);
    const std::string gray = color_arg(categorical_gray(colors));
    // With hue the boxes are dodged: nested_width is 98% of each level's share.
    const std::vector<double> offsets = hues ? hue_offsets(params.width, nh) : std::vector{0.0};
    const double width = hues ? params.width / static_cast<double>(nh) * .98 : params.width;
    std::vector<bool> labelled(nh, false);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        for (std::size_t j = 0; j < nh; ++j) {
            if (cells[i][j].empty()) continue;
            const std::string label = hues && !labelled[j] ? hues->names[j] : "";
            labelled[j] = true;
            draw_box(ax, cells[i][j], static_cast<double>(i) + offsets[j], width,
                     colors[hues ? j : i], gray, label, params);
        }
    }
    std::vector<double> ticks;
    for (std::size_t i = 0; i < groups.names.size(); ++i) ticks.push_back(static_cast<double>(i));
    ax.set_xlabel(x).set_ylabel(y);
    ax.set_xticks(ticks, groups.names).set_xlim(-.5, static_cast<double>(groups.names.size()) - .5);
    if (hues) ax.legend({.title = params.hue});
    return ax;
}

}  // namespace tabula
