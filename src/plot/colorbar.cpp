#include "colorbar.hpp"

#include <array>
#include <cmath>

namespace tabula::plot::detail {
namespace {

// make_axes_gridspec's defaults for a vertical colorbar: the colorbar takes `fraction` of the
// cell after `pad`, and is `aspect` times as tall as wide (set_box_aspect), anchored left.
constexpr double fraction = 0.15;
constexpr double pad = 0.05;
constexpr double aspect = 20;

// The cell split as GridSpecFromSubplotSpec(1, 2, wspace=2 * pad / (1 - pad),
// width_ratios=[1 - fraction - pad, fraction]) splits it: {parent, colorbar}.
std::array<std::array<double, 4>, 2> split_cell(const std::array<double, 4>& cell) {
    const double wspace = 2 * pad / (1 - pad);
    const double cell_w = cell[2] / (2 + wspace);
    const double norm = 2 * cell_w / (1 - pad);
    const double parent_w = (1 - fraction - pad) * norm;
    return {{{cell[0], cell[1], parent_w, cell[3]},
             {cell[0] + parent_w + wspace * cell_w, cell[1], fraction * norm, cell[3]}}};
}

}  // namespace

std::array<double, 4> axes_position(const FigureData& figure, const AxesData& axes) {
    if (const auto parent = axes.twin_of.lock()) return axes_position(figure, *parent);
    const std::array<double, 4> cell = subplot_position(figure, axes.row, axes.col);
    if (axes.has_colorbar) return split_cell(cell)[0];
    if (!axes.colorbar) return cell;
    // The slot's middle `shrink` of the height (a 3-row subgridspec about the anchor's 0.5), then
    // Bbox.shrunk_to_aspect in figure fractions, anchored at (0, 0.5) of the slot.
    auto slot = split_cell(cell)[1];
    const double shrink = axes.colorbar->shrink;
    slot[1] += slot[3] * (1 - shrink) / 2;
    slot[3] *= shrink;
    const double fig_aspect = figure.figsize[1] / figure.figsize[0];
    double width = slot[2];
    double height = width * aspect / fig_aspect;
    if (height > slot[3]) {
        width = slot[3] * fig_aspect / aspect;
        height = slot[3];
    }
    return {slot[0], slot[1] + (slot[3] - height) / 2, width, height};
}

std::shared_ptr<AxesData> add_colorbar(FigureData& figure, const std::shared_ptr<AxesData>& parent,
                                       const Colormap& cmap, double vmin, double vmax,
                                       double shrink) {
    // Without any value to span (all NaN) the bar spans [0, 1].
    if (!std::isfinite(vmin) || !std::isfinite(vmax)) {
        vmin = 0;
        vmax = 1;
    }
    auto bar = std::make_shared<AxesData>();
    bar->figure = parent->figure;
    bar->row = parent->row;
    bar->col = parent->col;
    bar->xaxis = std::make_shared<SharedAxis>();
    bar->yaxis = std::make_shared<SharedAxis>();
    bar->xaxis->members.push_back(bar);
    bar->yaxis->members.push_back(bar);
    bar->xaxis->lim = std::pair{0.0, 1.0};
    bar->yaxis->lim = std::pair{vmin, vmax};
    // Colorbar._add_solids: one band per lookup-table entry between uniform boundaries, each
    // coloured by the entry at its middle.
    Mesh bands{.xedges = {0.0, 1.0}, .yedges = {}, .colors = {}};
    const int n = cmap.N();
    for (int i = 0; i <= n; ++i) bands.yedges.push_back(vmin + (vmax - vmin) * i / n);
    for (int i = 0; i < n; ++i) bands.colors.push_back(cmap((i + 0.5) / n));
    bar->meshes.push_back(std::move(bands));
    // seaborn sets the outline's width to 0.
    bar->frame_on = false;
    bar->colorbar = ColorbarData{cmap, vmin, vmax, shrink};
    parent->has_colorbar = true;
    parent->position = axes_position(figure, *parent);
    bar->position = axes_position(figure, *bar);
    figure.axes.push_back(bar);
    return bar;
}

}  // namespace tabula::plot::detail
