// Axes.scatter: a PathCollection of circles, coloured by one colour or by values through a
// colormap.

#include <algorithm>

#include "artist_args.hpp"
#include "normalize.hpp"
#include "tabula/core/error.hpp"
#include "tabula/plot/axes.hpp"
#include "tabula/plot/colormap.hpp"

namespace tabula {

ScalarMappable Axes::scatter(std::span<const double> x, std::span<const double> y,
                             const ScatterParams& params) {
    plot::detail::check_lengths(x.size(), y.size());
    // rcParams["lines.markersize"] ** 2.
    constexpr double default_size = 36.0;
    plot::detail::Markers markers{
        .x = {x.begin(), x.end()},
        .y = {y.begin(), y.end()},
        .colors = {},
        .sizes = plot::detail::per_element(params.s, x.size(), default_size, "s"),
        .linewidth = params.linewidths};
    ScalarMappable mappable{get_cmap(params.cmap), 0.0, 1.0};
    if (params.c.empty()) {
        markers.colors.assign(x.size(), plot::detail::take_color(*data_, params.color, params.alpha,
                                                                 plot::detail::Cycle::patches));
    } else {
        if (params.c.size() != x.size()) {
            std::string message = "'c' argument has ";
            message += std::to_string(params.c.size());
            message += " elements, which is inconsistent with 'x' and 'y' with size ";
            message += std::to_string(x.size());
            message += ".";
            throw ValueError(message);
        }
        const plot::detail::Norm norm =
            plot::detail::autoscaled_norm(params.c, params.vmin, params.vmax);
        for (const double v : params.c) {
            markers.colors.push_back(mappable.cmap(norm(v), params.alpha));
        }
        mappable.vmin = norm.vmin;
        mappable.vmax = norm.vmax;
    }
    if (!markers.colors.empty()) {
        // The legend's one marker takes the first point's colour and the sizes' mid-range.
        const auto [smallest, largest] =
            std::minmax_element(markers.sizes.begin(), markers.sizes.end());
        plot::detail::add_legend_entry(*data_, params.label,
                                       plot::detail::PatchEntry::Handle::marker,
                                       markers.colors.front(), 2, (*smallest + *largest) / 2);
    }
    data_->markers.push_back(std::move(markers));
    return mappable;
}

}  // namespace tabula
