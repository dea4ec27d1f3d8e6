// Axes.boxplot as matplotlib's bxp draws boxplot_stats: each part a Line2D (the box a patch with
// patch_artist), in bxp's order, so that the median (zorder + 0.1) lies over the box.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "artist_args.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/plot/axes.hpp"

namespace tabula {
namespace {

using plot::detail::AxesData;
using plot::detail::Line;

// bxp's message for per-box arguments of the wrong count.
[[noreturn]] void wrong_count(const char* what) {
    std::string message = "List of boxplot statistics and `";
    message += what;
    message += "` values must have same the length";
    throw ValueError(message);
}

struct BoxDrawer {
    AxesData& axes;
    bool vert;

    // One Line2D through (along, value) pairs, swapped for horizontal boxes.
    void line(std::vector<double> along, std::vector<double> values, Rgba color,
              plot::detail::Marker marker = plot::detail::Marker::none,
              std::optional<Rgba> face = std::nullopt) {
        const bool markers_only = marker != plot::detail::Marker::none;
        axes.lines.push_back({.x = vert ? std::move(along) : values,
                              .y = vert ? std::move(values) : along,
                              .label = "",
                              .color = color,
                              .linestyle = markers_only ? plot::detail::LineStyle::none
                                                        : plot::detail::LineStyle::solid,
                              .linewidth = 1.0,  // boxplot.*props.linewidth
                              .marker = marker,
                              .markersize = 6.0,
                              .marker_face = face});
    }
};

}  // namespace

std::vector<BoxplotStats> Axes::boxplot(std::span<const double> x, const BoxplotParams& params) {
    return boxplot(std::vector<std::vector<double>>{{x.begin(), x.end()}}, params);
}

std::vector<BoxplotStats> Axes::boxplot(const std::vector<std::vector<double>>& x,
                                        const BoxplotParams& params) {
    std::vector<BoxplotStats> stats =
        boxplot_stats(x, params.whis, params.labels, params.autorange);
    const std::size_t n = stats.size();
    if (n == 0) return stats;
    // FixedFormatter labels a position with Python's str() of it: the default ones are the ints
    // 1, 2, ...; given ones are floats ("2.0").
    std::vector<double> positions = params.positions;
    std::vector<std::string> position_labels;
    if (positions.empty()) {
        for (std::size_t i = 0; i < n; ++i) {
            positions.push_back(static_cast<double>(i + 1));
            position_labels.push_back(std::to_string(i + 1));
        }
    } else if (positions.size() != n) {
        wrong_count("positions");
    } else {
        for (const double p : positions) position_labels.push_back(float_repr(p));
    }
    const auto [lowest, highest] = std::minmax_element(positions.begin(), positions.end());
    std::vector<double> widths = params.widths;
    if (widths.empty() || widths.size() == 1) {
        const double width =
            widths.empty() ? std::clamp(0.15 * (*highest - *lowest), 0.15, 0.5) : widths.front();
        widths.assign(n, width);
    } else if (widths.size() != n) {
        wrong_count("widths");
    }

    AxesData& axes = *data_;
    BoxDrawer draw{axes, params.vert};
    const Rgba black{0, 0, 0, 1};
    const Rgba median_color = to_rgba("C1");
    const Rgba mean_color = to_rgba("C2");
    for (std::size_t i = 0; i < n; ++i) {
        const BoxplotStats& s = stats[i];
        const double pos = positions[i];
        const double left = pos - widths[i] * 0.5;
        const double right = pos + widths[i] * 0.5;
        if (params.showbox) {
            std::vector<double> along{left, right, right, left, left};
            std::vector<double> values{s.q1, s.q1, s.q3, s.q3, s.q1};
            if (params.patch_artist) {
                // patch.facecolor "C0", boxplot.boxprops: black 1 pt edge.
                axes.polygons.push_back({.x = params.vert ? along : values,
                                         .y = params.vert ? values : along,
                                         .face = to_rgba("C0"),
                                         .edge = black,
                                         .linewidth = 1.0});
            } else {
                draw.line(std::move(along), std::move(values), black);
            }
        }
        draw.line({pos, pos}, {s.q1, s.whislo}, black);
        draw.line({pos, pos}, {s.q3, s.whishi}, black);
        if (params.showcaps) {
            // capwidths: half the box's width.
            const double cap = widths[i] * 0.5;
            draw.line({pos - cap * 0.5, pos + cap * 0.5}, {s.whislo, s.whislo}, black);
            draw.line({pos - cap * 0.5, pos + cap * 0.5}, {s.whishi, s.whishi}, black);
        }
        draw.line({left, right}, {s.med, s.med}, median_color);
        if (params.showmeans) {
            draw.line({pos}, {s.mean}, mean_color, plot::detail::Marker::triangle_up);
        }
        if (params.showfliers) {
            draw.line(std::vector<double>(s.fliers.size(), pos), s.fliers, black,
                      plot::detail::Marker::circle, Rgba{0, 0, 0, 0});
        }
    }

    // manage_ticks: the data limits reach 0.5 beyond the outer positions, where the margins stop
    // (sticky edges on the medians), and the positions are fixed ticks labelled by the data sets'
    // labels or the positions, after those of earlier boxplots.
    auto& datalim = params.vert ? axes.xdatalim : axes.ydatalim;
    auto& sticky = params.vert ? axes.xsticky : axes.ysticky;
    datalim.push_back(*lowest - 0.5);
    datalim.push_back(*highest + 0.5);
    auto& fixed = params.vert ? axes.xfixed : axes.yfixed;
    if (!fixed) fixed = plot::detail::FixedTicks{};
    for (std::size_t i = 0; i < n; ++i) {
        sticky.push_back(positions[i] - 0.5);
        sticky.push_back(positions[i] + 0.5);
        fixed->values.push_back(positions[i]);
        fixed->labels.push_back(params.labels.empty() ? position_labels[i] : params.labels[i]);
    }
    return stats;
}

}  // namespace tabula
