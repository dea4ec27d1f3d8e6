// Axes.violinplot as matplotlib's: cbook.violin_stats with mlab.GaussianKDE (the same estimate
// as scipy's gaussian_kde), drawn by Axes.violin as fill_betweenx bodies and hlines/vlines.
#include <algorithm>
#include <string>
#include <vector>

#include "artist_args.hpp"
#include "gaussian_kde.hpp"
#include "tabula/array/ndarray.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"
#include "tabula/plot/axes.hpp"

namespace tabula {
namespace {

[[noreturn]] void wrong_count(const char* what) {
    std::string message = "List of violinplot statistics and `";
    message += what;
    message += "` values must have the same length";
    throw ValueError(message);
}

ViolinStats violin_stats(const std::vector<double>& x, const ViolinplotParams& params) {
    if (x.empty()) {
        throw ValueError("zero-size array to reduction operation minimum which has no identity");
    }
    const NDArray<double> values(x, {static_cast<std::int64_t>(x.size())});
    ViolinStats stats{};
    const auto [lowest, highest] = std::minmax_element(x.begin(), x.end());
    stats.min = *lowest;
    stats.max = *highest;
    stats.mean = mean(values);
    stats.median = median(values);
    const auto n = static_cast<std::size_t>(params.points);
    for (std::size_t i = 0; i < n; ++i) {
        // numpy.linspace: start + i * step, the last point exactly the end.
        const double step = n > 1 ? (stats.max - stats.min) / static_cast<double>(n - 1) : 0.0;
        stats.coords.push_back(i + 1 == n && n > 1 ? stats.max
                                                   : stats.min + static_cast<double>(i) * step);
    }
    // violinplot's _kde_method: one repeated value has no spread to estimate from.
    if (stats.min == stats.max) {
        for (const double c : stats.coords) stats.vals.push_back(c == x.front() ? 1.0 : 0.0);
        return stats;
    }
    const plot::detail::GaussianKDE kde = params.bw_factor
                                              ? plot::detail::GaussianKDE(x, {}, *params.bw_factor)
                                              : plot::detail::GaussianKDE(x, {}, params.bw_method);
    stats.vals = kde.evaluate(stats.coords);
    return stats;
}

}  // namespace

std::vector<ViolinStats> Axes::violinplot(const std::vector<std::vector<double>>& dataset,
                                          const ViolinplotParams& params) {
    if (params.points < 1) {
        std::string message = "violinplot: points must be at least 1, got ";
        message += std::to_string(params.points);
        throw ValueError(message);
    }
    if (!params.bw_factor && params.bw_method != "scott" && params.bw_method != "silverman") {
        throw ValueError("`bw_method` should be 'scott', 'silverman', a scalar or a callable");
    }
    std::vector<ViolinStats> stats;
    for (const auto& x : dataset) stats.push_back(violin_stats(x, params));
    const std::size_t n = stats.size();
    std::vector<double> positions = params.positions;
    if (positions.empty()) {
        for (std::size_t i = 0; i < n; ++i) positions.push_back(static_cast<double>(i + 1));
    } else if (positions.size() != n) {
        wrong_count("positions");
    }
    std::vector<double> widths = params.widths;
    if (widths.size() == 1) {
        widths.assign(n, widths.front());
    } else if (widths.size() != n) {
        wrong_count("widths");
    }

    plot::detail::AxesData& axes = *data_;
    const Rgba color = plot::detail::take_color(axes, "", std::nullopt);
    Rgba body = color;
    body.a = 0.3;
    const bool vert = params.vert;
    // A segment from (along0, value0) to (along1, value1), swapped for horizontal violins, as
    // hlines/vlines draw it (lines.linewidth).
    const auto segment = [&](double along0, double value0, double along1, double value1) {
        axes.lines.push_back({.x = vert ? std::vector{along0, along1} : std::vector{value0, value1},
                              .y = vert ? std::vector{value0, value1} : std::vector{along0, along1},
                              .label = "",
                              .color = color,
                              .linestyle = plot::detail::LineStyle::solid,
                              .linewidth = 1.5,
                              .marker = plot::detail::Marker::none,
                              .markersize = 0});
    };
    for (std::size_t i = 0; i < n; ++i) {
        const ViolinStats& s = stats[i];
        const double scale = 0.5 * widths[i] / *std::max_element(s.vals.begin(), s.vals.end());
        // fill_betweenx: the left edge up, then the right edge down.
        std::vector<double> along;
        std::vector<double> value;
        for (std::size_t k = 0; k < s.coords.size(); ++k) {
            along.push_back(positions[i] - s.vals[k] * scale);
            value.push_back(s.coords[k]);
        }
        for (std::size_t k = s.coords.size(); k-- > 0;) {
            along.push_back(positions[i] + s.vals[k] * scale);
            value.push_back(s.coords[k]);
        }
        axes.polygons.push_back({.x = vert ? along : value,
                                 .y = vert ? value : along,
                                 .face = body,
                                 .edge = body,
                                 .linewidth = 0});
    }
    // The statistics' lines span a quarter of the width to either side of the position.
    const auto across = [&](const auto& value_of) {
        for (std::size_t i = 0; i < n; ++i) {
            const double v = value_of(stats[i]);
            segment(positions[i] - 0.25 * widths[i], v, positions[i] + 0.25 * widths[i], v);
        }
    };
    if (params.showmeans) across([](const ViolinStats& s) { return s.mean; });
    if (params.showextrema) {
        across([](const ViolinStats& s) { return s.max; });
        across([](const ViolinStats& s) { return s.min; });
        for (std::size_t i = 0; i < n; ++i) {
            segment(positions[i], stats[i].min, positions[i], stats[i].max);
        }
    }
    if (params.showmedians) across([](const ViolinStats& s) { return s.median; });
    return stats;
}

}  // namespace tabula
