#pragma once
// Figure.colorbar(mappable, ax=ax) as matplotlib 3.6 builds it for a subplot: the parent's cell
// split by colorbar.make_axes_gridspec, the colorbar axes holding the colormap's 256 bands.
#include <memory>

#include "figure_data.hpp"

namespace tabula::plot::detail {

// Adds the colorbar of `cmap` over [vmin, vmax] (over [0, 1] when either is not finite) beside
// `parent`, its slot `shrink` times the parent's height, and returns it.
std::shared_ptr<AxesData> add_colorbar(FigureData& figure, const std::shared_ptr<AxesData>& parent,
                                       const Colormap& cmap, double vmin, double vmax,
                                       double shrink = 1.0);

}  // namespace tabula::plot::detail
