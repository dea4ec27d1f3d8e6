#pragma once
// matplotlib.colors.Normalize, which heatmap, pcolormesh and scatter map values through.
#include <optional>
#include <span>
#include <vector>

#include "figure_data.hpp"

namespace tabula::plot::detail {

struct Norm {
    double vmin;
    double vmax;
    // (v - vmin) / (vmax - vmin); 0 when the range is empty.
    double operator()(double v) const { return vmax > vmin ? (v - vmin) / (vmax - vmin) : 0.0; }
};

// The given limits, or numpy.nanmin/nanmax of the values (NaN when all are NaN, ValueError when
// there are none); ValueError "minvalue must be less than or equal to maxvalue" when vmin
// exceeds vmax.
Norm autoscaled_norm(std::span<const double> values, std::optional<double> vmin,
                     std::optional<double> vmax);

// A QuadMesh on the unit grid (cell (r, c) spans [c, c + 1] x [r, r + 1]) of `values` row by
// row, coloured through `cmap` by `norm`; NaN cells masked.
Mesh unit_mesh(std::span<const double> values, std::size_t rows, std::size_t cols,
               const Colormap& cmap, const Norm& norm);

}  // namespace tabula::plot::detail
