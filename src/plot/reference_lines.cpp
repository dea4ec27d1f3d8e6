// Axes.axhline and Axes.axvline: lines in data units on one axis and axes fractions on the other.
#include "artist_args.hpp"
#include "tabula/plot/axes.hpp"

namespace tabula {

// axhline/axvline make a Line2D outside the cycle: without a colour it is rcParams["lines.color"]
// ("C0"), and the cycle does not move.

Axes& Axes::axhline(double y, const AxhlineParams& params) {
    data_->reflines.push_back({.horizontal = true,
                               .value = y,
                               .from = params.xmin,
                               .to = params.xmax,
                               .color = to_rgba(params.color),
                               .linestyle = plot::detail::parse_linestyle(params.linestyle),
                               .linewidth = params.linewidth,
                               .label = params.label,
                               .lines_before = data_->lines.size()});
    return *this;
}

Axes& Axes::axvline(double x, const AxvlineParams& params) {
    data_->reflines.push_back({.horizontal = false,
                               .value = x,
                               .from = params.ymin,
                               .to = params.ymax,
                               .color = to_rgba(params.color),
                               .linestyle = plot::detail::parse_linestyle(params.linestyle),
                               .linewidth = params.linewidth,
                               .label = params.label,
                               .lines_before = data_->lines.size()});
    return *this;
}

}  // namespace tabula
