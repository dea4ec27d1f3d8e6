#pragma once
// What a Figure and its Axes hold between the calls that build them and savefig, which draws it.
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "canvas.hpp"
#include "line_style.hpp"
#include "tabula/plot/colormap.hpp"
#include "tabula/plot/colors.hpp"

namespace tabula::plot::detail {

struct AxesData;

// One x or y axis range, shared by the axes of a sharex/sharey group (alone otherwise): the set
// limits, or none for autoscaling over every member's data.
struct SharedAxis {
    std::vector<std::weak_ptr<AxesData>> members;
    std::optional<std::pair<double, double>> lim;
    // set_xscale("log"): a base-10 log scale.
    bool log = false;
    // String positions in first-seen order: category i is drawn at i (StrCategoryConverter).
    std::vector<std::string> categories;
};

struct Line {
    std::vector<double> x;
    std::vector<double> y;
    std::string label;
    Rgba color;
    LineStyle linestyle;
    double linewidth;
    Marker marker;
    double markersize;
    // The markers' fill when it is not the line's colour (boxplot's fliers: transparent).
    std::optional<Rgba> marker_face = std::nullopt;
    DrawStyle drawstyle = DrawStyle::plain;
};

// A filled and edged polygon in data units: bar and hist rectangles, fill_between's area, a
// step histogram's outline (face alpha 0). An edge of width 0 is not drawn.
struct Polygon {
    std::vector<double> x;
    std::vector<double> y;
    Rgba face;
    Rgba edge;
    double linewidth;
    bool closed = true;
};

// scatter's PathCollection: circles of sizes[i] square points at (x[i], y[i]), filled and
// edged with colors[i] (edgecolors "face").
struct Markers {
    std::vector<double> x;
    std::vector<double> y;
    std::vector<Rgba> colors;
    std::vector<double> sizes;
    double linewidth;
};

// axhline/axvline: a line at `value` on one axis, spanning [from, to] of the other as fractions
// of the axes.
struct RefLine {
    bool horizontal;
    double value;
    double from;
    double to;
    Rgba color;
    LineStyle linestyle;
    double linewidth;
    std::string label;
    // How many of the axes' lines came before it: matplotlib keeps it in ax.lines, whose order
    // the legend follows.
    std::size_t lines_before;
};

// A legend entry of an artist other than a line: a filled box (bar, hist, fill_between), a step
// histogram's outline box, or a scatter marker. matplotlib lists lines, then patches (hist),
// then collections (fill_between, scatter), then containers (bar): `group` 1, 2 or 3.
struct PatchEntry {
    enum class Handle { box, outline, marker };
    std::string label;
    Handle handle;
    Rgba color;
    int group;
    // A marker's area in square points.
    double size = 0;
};

// pcolormesh's QuadMesh: cell (r, c) spans [xedges[c], xedges[c + 1]] x [yedges[r],
// yedges[r + 1]] in data units, filled with colors[r * cols + c] (alpha 0: masked, not drawn).
struct Mesh {
    std::vector<double> xedges;
    std::vector<double> yedges;
    std::vector<Rgba> colors;
    // Cell edges in points; 0 draws none.
    double linewidth = 0;
    Rgba edgecolor = {1, 1, 1, 1};
};

// annotate's arrow to (x, y) in data units, in points as ArrowProps gives them.
struct Arrow {
    double x;
    double y;
    bool head_begin;
    bool fill_begin;
    bool head_end;
    bool fill_end;
    Rgba edge;
    Rgba face;
    double linewidth;
    double shrink_a;
    double shrink_b;
    double mutation_scale;
};

// Axes.text: anchored at (x, y) in data units; size in points.
struct Text {
    std::string text;
    double x;
    double y;
    Rgba color;
    double size;
    HAlign ha;
    VAlign va;
    std::optional<Arrow> arrow = std::nullopt;
};

// Ticks set with set_xticks/set_xticklabels (FixedLocator, FixedFormatter), their labels turned
// `degrees` (0 or 90) as rotation_mode "default" turns them.
struct FixedTicks {
    std::vector<double> values;
    std::vector<std::string> labels;
    double degrees = 0;
};

// What makes an axes a colorbar: its colormap spans [vmin, vmax] along y, with ticks on the
// right and no x axis.
struct ColorbarData {
    Colormap cmap;
    double vmin;
    double vmax;
    // The share of the parent's height the colorbar's slot keeps, centred (make_axes' shrink).
    double shrink = 1.0;
};

struct FigureData;

struct AxesData {
    std::weak_ptr<FigureData> figure;
    // The subplot's cell in the figure's grid.
    int row;
    int col;
    // left, bottom, width, height as fractions of the figure.
    std::array<double, 4> position;
    std::vector<Line> lines;
    std::vector<Polygon> polygons;
    std::vector<RefLine> reflines;
    std::vector<PatchEntry> legend_entries;
    std::vector<Markers> markers;
    // Values autoscaling's margins stop at (matplotlib's sticky edges: a bar's base).
    std::vector<double> xsticky;
    std::vector<double> ysticky;
    // Values the data limits take in without an artist reaching them (boxplot's positions -+ 0.5).
    std::vector<double> xdatalim;
    std::vector<double> ydatalim;
    std::vector<Mesh> meshes;
    std::vector<Text> texts;
    std::string title;
    std::string xlabel;
    std::string ylabel;
    std::shared_ptr<SharedAxis> xaxis;
    std::shared_ptr<SharedAxis> yaxis;
    // Inner axes of a shared grid leave their tick labels to the outer ones.
    bool x_tick_labels = true;
    bool y_tick_labels = true;
    bool grid = false;
    // False leaves the spines out (seaborn's heatmap despines all four).
    bool frame_on = true;
    std::optional<FixedTicks> xfixed;
    std::optional<FixedTicks> yfixed;
    // This axes is a colorbar beside the other axes of its cell.
    std::optional<ColorbarData> colorbar;
    // A colorbar took the right of this axes' cell.
    bool has_colorbar = false;
    std::optional<std::string> legend_loc;
    std::string legend_title;
    // set_aspect: data units of y per unit of x on screen (imshow's "equal" is 1); the box
    // shrinks about its centre to keep it (adjustable "box", anchor "C").
    std::optional<double> aspect;
    // matplotlib's two property cycles: lines (plot, errorbar, hist, violinplot) and patches
    // (bar, fill_between, scatter) each take the next of their own.
    std::size_t next_color = 0;
    std::size_t next_patch_color = 0;
    // Set on a twinx axes: the axes whose x axis and frame it shares. It draws no background and
    // no x axis, and its y axis on the right.
    std::weak_ptr<AxesData> twin_of;
    bool is_twin() const { return !twin_of.expired(); }
};

// matplotlib's SubplotParams: the grid's edges as figure fractions and the gaps between cells
// as fractions of a cell.
struct SubplotParams {
    double left;
    double right;
    double bottom;
    double top;
    double wspace;
    double hspace;
};

// Figure.suptitle: centred on (x, y) in figure fractions, its top at y; size in points.
struct Suptitle {
    std::string text;
    double x;
    double y;
    double size;
};

struct FigureData {
    std::array<double, 2> figsize;
    double dpi;
    Rgba facecolor;
    int nrows = 0;
    int ncols = 0;
    SubplotParams subplotpars;
    std::vector<std::shared_ptr<AxesData>> axes;
    std::optional<Suptitle> suptitle;
};

// The cell's left, bottom, width and height in figure fractions (GridSpec.get_grid_positions).
std::array<double, 4> subplot_position(const FigureData& figure, int row, int col);

// Where the axes is drawn, in figure fractions: its cell, or the part of it that
// colorbar.make_axes_gridspec gives the parent or its colorbar.
std::array<double, 4> axes_position(const FigureData& figure, const AxesData& axes);

// The data range of an axis over all the axes sharing it: none without finite data (positive
// data on a log axis).
std::optional<std::pair<double, double>> data_interval(const SharedAxis& axis, bool is_x);

// The limits drawn: the set ones, or the data's widened as matplotlib's autoscale_view does
// (nonsingular, then 5% margins, in log10 space on a log axis); (0, 1) without data, (1, 10) on
// a log axis.
std::pair<double, double> view_interval(const SharedAxis& axis, bool is_x);

}  // namespace tabula::plot::detail
