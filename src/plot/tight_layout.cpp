#include <algorithm>
#include <map>
#include <utility>
#include <vector>

#include "figure_data.hpp"
#include "layout.hpp"
#include "rc_params.hpp"
#include "tabula/plot/figure.hpp"

namespace tabula {
namespace plot::detail {

std::array<double, 4> subplot_position(const FigureData& figure, int row, int col) {
    const SubplotParams& p = figure.subplotpars;
    // Equal cells with wspace (hspace) of a cell between neighbours.
    const double cell_w = (p.right - p.left) / (figure.ncols + p.wspace * (figure.ncols - 1));
    const double cell_h = (p.top - p.bottom) / (figure.nrows + p.hspace * (figure.nrows - 1));
    const double left = p.left + col * cell_w * (1 + p.wspace);
    const double top = p.top - row * cell_h * (1 + p.hspace);
    return {left, top - cell_h, cell_w, cell_h};
}

}  // namespace plot::detail

namespace {

double largest(const std::vector<double>& values) {
    return *std::max_element(values.begin(), values.end());
}

}  // namespace

// matplotlib's _tight_layout.get_tight_layout_figure: each cell's decorations beyond its frame,
// in figure fractions, become the margins and the gaps, plus the padding.
void Figure::tight_layout(const TightLayoutParams& params) {
    using namespace plot::detail;
    FigureData& figure = *data_;
    if (figure.axes.empty()) return;
    const int rows = figure.nrows;
    const int cols = figure.ncols;
    const double width = figure.figsize[0] * figure.dpi;
    const double height = figure.figsize[1] * figure.dpi;
    // hspaces[r][c]: the room left of column c (right of column c - 1); vspaces[r][c] the room
    // above row r (below row r - 1).
    std::vector<std::vector<double>> hspaces(rows, std::vector<double>(cols + 1, 0.0));
    std::vector<std::vector<double>> vspaces(rows + 1, std::vector<double>(cols, 0.0));
    // A cell's decorations are those of all its axes (a colorbar shares its parent's cell),
    // measured against the whole cell.
    std::map<std::pair<int, int>, Rect> cells;
    for (const auto& axes : figure.axes) {
        const Rect tight = tight_bbox(layout_axes(*axes, width, height, figure.dpi));
        const auto [it, added] = cells.try_emplace({axes->row, axes->col}, tight);
        if (!added) it->second = it->second.united(tight);
    }
    for (const auto& [cell, tight] : cells) {
        const auto [row, col] = cell;
        const auto pos = subplot_position(figure, row, col);
        hspaces[row][col] += (pos[0] * width - tight.left) / width;
        hspaces[row][col + 1] += (tight.right - (pos[0] + pos[2]) * width) / width;
        vspaces[row][col] += ((1 - pos[1] - pos[3]) * height - tight.top) / height;
        vspaces[row + 1][col] += (tight.bottom - (1 - pos[1]) * height) / height;
    }
    const auto column = [&](int c) {
        double out = 0;
        for (const auto& row : hspaces) out = std::max(out, row[c]);
        return out;
    };
    const double font_inches = rc::font_size / 72;
    const double pad_w = params.pad * font_inches / figure.figsize[0];
    const double pad_h = params.pad * font_inches / figure.figsize[1];
    const double margin_left = std::max(column(0), 0.0) + pad_w;
    const double margin_right = std::max(column(cols), 0.0) + pad_w;
    double margin_top = std::max(largest(vspaces.front()), 0.0) + pad_h;
    // The suptitle's height is kept free above the axes, with another pad.
    if (const auto title = suptitle_item(figure, width, height, figure.dpi)) {
        const Rect extent = text_extent(*title);
        margin_top += (extent.bottom - extent.top) / height + pad_h;
    }
    const double margin_bottom = std::max(largest(vspaces.back()), 0.0) + pad_h;
    if (margin_left + margin_right >= 1 || margin_bottom + margin_top >= 1) return;
    SubplotParams adjusted = figure.subplotpars;
    adjusted.left = margin_left;
    adjusted.right = 1 - margin_right;
    adjusted.bottom = margin_bottom;
    adjusted.top = 1 - margin_top;
    if (cols > 1) {
        double widest = 0;
        for (int c = 1; c < cols; ++c) widest = std::max(widest, column(c));
        const double hspace =
            widest + params.w_pad.value_or(params.pad) * font_inches / figure.figsize[0];
        const double h_axes = (1 - margin_right - margin_left - hspace * (cols - 1)) / cols;
        if (h_axes < 0) return;
        adjusted.wspace = hspace / h_axes;
    }
    if (rows > 1) {
        double tallest = 0;
        for (int r = 1; r < rows; ++r) tallest = std::max(tallest, largest(vspaces[r]));
        const double vspace =
            tallest + params.h_pad.value_or(params.pad) * font_inches / figure.figsize[1];
        const double v_axes = (1 - margin_top - margin_bottom - vspace * (rows - 1)) / rows;
        if (v_axes < 0) return;
        adjusted.hspace = vspace / v_axes;
    }
    figure.subplotpars = adjusted;
    for (const auto& axes : figure.axes) {
        axes->position = axes_position(figure, *axes);
    }
}

}  // namespace tabula
