// Axes.scatter: a PathCollection of circles, coloured by one colour or by values through a
// colormap.
#include <algorithm>
#include <cmath>

#include "artist_args.hpp"
#include "tabula/core/error.hpp"
#include "tabula/plot/axes.hpp"
#include "tabula/plot/colormap.hpp"

namespace tabula {

Axes& Axes::scatter(std::span<const double> x, std::span<const double> y,
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
    if (params.c.empty()) {
        markers.colors.assign(x.size(),
                              plot::detail::take_color(*data_, params.color, params.alpha));
    } else {
        if (params.c.size() != x.size()) {
            std::string message = "'c' argument has ";
            message += std::to_string(params.c.size());
            message += " elements, which is inconsistent with 'x' and 'y' with size ";
            message += std::to_string(x.size());
            message += ".";
            throw ValueError(message);
        }
        const Colormap cmap = get_cmap(params.cmap);
        double low = INFINITY;
        double high = -INFINITY;
        for (const double v : params.c) {
            if (std::isnan(v)) continue;
            low = std::min(low, v);
            high = std::max(high, v);
        }
        const double vmin = params.vmin.value_or(low);
        const double vmax = params.vmax.value_or(high);
        if (vmin > vmax) throw ValueError("minvalue must be less than or equal to maxvalue");
        // Normalize: an empty range maps everything to 0.
        for (const double v : params.c) {
            markers.colors.push_back(
                cmap(vmax > vmin ? (v - vmin) / (vmax - vmin) : 0.0, params.alpha));
        }
    }
    data_->markers.push_back(std::move(markers));
    return *this;
}

}  // namespace tabula
