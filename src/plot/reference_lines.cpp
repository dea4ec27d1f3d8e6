// Axes.axhline and Axes.axvline: lines in data units on one axis and axes fractions on the other.
#include "artist_args.hpp"
#include "tabula/plot/axes.hpp"

namespace tabula {

Axes& Axes::axhline(double y, const AxhlineParams& params) {
    data_->reflines.push_back(
        {.horizontal = true,
         .value = y,
         .from = params.xmin,
         .to = params.xmax,
         .color = plot::detail::take_color(*data_, params.color, std::nullopt),
         .linestyle = plot::detail::parse_linestyle(params.linestyle),
         .linewidth = params.linewidth});
    return *this;
}

Axes& Axes::axvline(double x, const AxvlineParams& params) {
    data_->reflines.push_back(
        {.horizontal = false,
         .value = x,
         .from = params.ymin,
         .to = params.ymax,
         .color = plot::detail::take_color(*data_, params.color, std::nullopt),
         .linestyle = plot::detail::parse_linestyle(params.linestyle),
         .linewidth = params.linewidth});
    return *this;
}

}  // namespace tabula
