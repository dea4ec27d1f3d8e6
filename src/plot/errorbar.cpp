// Axes.errorbar: the data line as fmt asks, under it the error bars as one line broken at NaN.
#include <cmath>

#include "artist_args.hpp"
#include "tabula/plot/axes.hpp"

namespace tabula {
namespace {

// fmt's marker and line style: "o", "o-", "s--", "--", "" (a solid line), "none" (neither).
std::pair<std::string, std::string> split_fmt(const std::string& fmt) {
    if (fmt == "none") return {"", "None"};
    if (fmt.empty()) return {"", "-"};
    const std::string markers = "o.s^vDx+";
    if (markers.find(fmt.front()) != std::string::npos) {
        const std::string rest = fmt.substr(1);
        return {fmt.substr(0, 1), rest.empty() ? "None" : rest};
    }
    return {"", fmt};
}

}  // namespace

Axes& Axes::errorbar(std::span<const double> x, std::span<const double> y,
                     const ErrorbarParams& params) {
    plot::detail::check_lengths(x.size(), y.size());
    const std::vector<double> yerr = plot::detail::per_element(params.yerr, x.size(), 0.0, "yerr");
    const std::vector<double> xerr = plot::detail::per_element(params.xerr, x.size(), 0.0, "xerr");
    const auto [marker, linestyle] = split_fmt(params.fmt);
    const Rgba color = plot::detail::take_color(*data_, params.color, std::nullopt);
    constexpr double line_width = 1.5;  // rcParams["lines.linewidth"]
    const Rgba bar_color = params.ecolor.empty() ? color : to_rgba(params.ecolor);
    plot::detail::Line bars{.x = {},
                            .y = {},
                            .label = "",
                            .color = bar_color,
                            .linestyle = plot::detail::LineStyle::solid,
                            .linewidth = params.elinewidth.value_or(line_width),
                            .marker = plot::detail::Marker::none,
                            .markersize = 0};
    const auto segment = [&](double x0, double y0, double x1, double y1) {
        bars.x.insert(bars.x.end(), {x0, x1, NAN});
        bars.y.insert(bars.y.end(), {y0, y1, NAN});
    };
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!params.yerr.empty()) segment(x[i], y[i] - yerr[i], x[i], y[i] + yerr[i]);
        if (!params.xerr.empty()) segment(x[i] - xerr[i], y[i], x[i] + xerr[i], y[i]);
    }
    if (!bars.x.empty()) data_->lines.push_back(std::move(bars));
    // The caps: "_" markers at the ends of y errors, "|" at those of x errors, capsize points to
    // either side (markersize 2 * capsize), in the bars' colour.
    if (params.capsize > 0) {
        const auto caps = [&](plot::detail::Marker marker, std::vector<double> cx,
                              std::vector<double> cy) {
            data_->lines.push_back({.x = std::move(cx),
                                    .y = std::move(cy),
                                    .label = "",
                                    .color = bar_color,
                                    .linestyle = plot::detail::LineStyle::none,
                                    .linewidth = line_width,
                                    .marker = marker,
                                    .markersize = 2 * params.capsize});
        };
        std::vector<double> ends_x;
        std::vector<double> ends_y;
        for (std::size_t i = 0; i < x.size() && !params.yerr.empty(); ++i) {
            ends_x.insert(ends_x.end(), {x[i], x[i]});
            ends_y.insert(ends_y.end(), {y[i] - yerr[i], y[i] + yerr[i]});
        }
        if (!ends_x.empty()) caps(plot::detail::Marker::hline, ends_x, ends_y);
        ends_x.clear();
        ends_y.clear();
        for (std::size_t i = 0; i < x.size() && !params.xerr.empty(); ++i) {
            ends_x.insert(ends_x.end(), {x[i] - xerr[i], x[i] + xerr[i]});
            ends_y.insert(ends_y.end(), {y[i], y[i]});
        }
        if (!ends_x.empty()) caps(plot::detail::Marker::vline, ends_x, ends_y);
    }
    data_->lines.push_back({.x = {x.begin(), x.end()},
                            .y = {y.begin(), y.end()},
                            .label = params.label,
                            .color = color,
                            .linestyle = plot::detail::parse_linestyle(linestyle),
                            .linewidth = line_width,
                            .marker = plot::detail::parse_marker(marker),
                            .markersize = 6.0});
    return *this;
}

}  // namespace tabula
