// Axes.fill_between: the polygon along y1 over x and back along y2.
#include "artist_args.hpp"
#include "tabula/plot/axes.hpp"

namespace tabula {

Axes& Axes::fill_between(std::span<const double> x, std::span<const double> y1,
                         std::span<const double> y2, const FillBetweenParams& params) {
    plot::detail::check_lengths(x.size(), y1.size(), "x", "y1");
    plot::detail::check_lengths(x.size(), y2.size(), "x", "y2");
    // A PolyCollection without edges (patch.force_edgecolor is off).
    const Rgba color = plot::detail::take_color(*data_, params.color, params.alpha);
    plot::detail::Polygon area{.x = {x.begin(), x.end()},
                               .y = {y1.begin(), y1.end()},
                               .face = color,
                               .edge = color,
                               .linewidth = 0};
    area.x.insert(area.x.end(), x.rbegin(), x.rend());
    area.y.insert(area.y.end(), y2.rbegin(), y2.rend());
    plot::detail::add_legend_entry(*data_, params.label, plot::detail::PatchEntry::Handle::box,
                                   color, 2);
    data_->polygons.push_back(std::move(area));
    return *this;
}

Axes& Axes::fill_between(std::span<const double> x, std::span<const double> y1, double y2,
                         const FillBetweenParams& params) {
    const std::vector<double> constant(x.size(), y2);
    return fill_between(x, y1, constant, params);
}

}  // namespace tabula
