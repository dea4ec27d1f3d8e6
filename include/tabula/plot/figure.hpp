#pragma once
// matplotlib's Figure and pyplot.subplots: the canvas, its grid of Axes, and savefig to PNG,
// SVG or PDF chosen by the file's extension.
#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tabula/plot/axes.hpp"

namespace tabula {

namespace plot::detail {
struct FigureData;
}

struct FigureParams {
    // Width and height in inches (rcParams["figure.figsize"]).
    std::array<double, 2> figsize = {6.4, 4.8};
    double dpi = 100.0;
    std::string facecolor = "white";
};

struct SavefigParams {
    // Pixels per inch of a PNG; none keeps the figure's. SVG and PDF are drawn in points.
    std::optional<double> dpi = std::nullopt;
    // No figure or axes background.
    bool transparent = false;
    // "tight" writes only the figure's tight box (every axes with its texts, and the suptitle),
    // padded by pad_inches; empty writes the whole figure. ValueError for anything else.
    std::string bbox_inches = "";
    double pad_inches = 0.1;
};

struct TightLayoutParams {
    // Space around the figure's edge and between neighbours, in font sizes (10 pt).
    double pad = 1.08;
    // Between rows and between columns; none is pad.
    std::optional<double> h_pad = std::nullopt;
    std::optional<double> w_pad = std::nullopt;
};

// Figure.suptitle's keyword arguments: the title is centred on x with its top at y (figure
// fractions), in rcParams["figure.titlesize"] "large".
struct SuptitleParams {
    double x = 0.5;
    double y = 0.98;
    double fontsize = 12.0;
};

struct SubplotsParams {
    std::array<double, 2> figsize = {6.4, 4.8};
    double dpi = 100.0;
    // One x (or y) range for all the axes, with tick labels only on the outer ones.
    bool sharex = false;
    bool sharey = false;
};

class Figure {
  public:
    // ValueError for a non-positive or non-finite size or dpi, or a bad facecolor.
    explicit Figure(const FigureParams& params = {});

    // Writes the figure: ".png", ".svg" or ".pdf" (a name without an extension gets ".png", as
    // matplotlib's savefig.format). ValueError for another extension, listing the supported
    // ones; IOError when the file cannot be written.
    void savefig(const std::string& path, const SavefigParams& params = {}) const;

    // Moves the subplots so that no tick label, axis label or title overlaps a neighbour or the
    // figure's edge, as matplotlib's tight_layout does from the texts' extents. Where the
    // margins could not fit (a figure too small for its texts) the layout stays as it is, as in
    // matplotlib (which also warns).
    void tight_layout(const TightLayoutParams& params = {});

    // A colorbar of `mappable` beside `ax`, taking its share of ax's cell as matplotlib's
    // make_axes_gridspec does (fraction 0.15, pad 0.05, aspect 20); returns the colorbar's axes.
    // ValueError when ax is not on this figure.
    Axes colorbar(const ScalarMappable& mappable, const Axes& ax);

    // A title over all the subplots; tight_layout keeps its height free above them. A second call
    // replaces it.
    Figure& suptitle(std::string t, const SuptitleParams& params = {});

    // A new axes in cell `index` (1-based, row by row) of an nrows x ncols grid, in the default
    // subplot layout. All the figure's subplots share one grid here: ValueError for a different
    // grid than the figure's first (matplotlib mixes grids; not built), and matplotlib's
    // ValueError for counts below 1 or an index outside 1..nrows * ncols.
    Axes add_subplot(int nrows, int ncols, int index);
    // The three-digit form: add_subplot(235) is add_subplot(2, 3, 5).
    Axes add_subplot(int pos = 111);

    std::array<double, 2> get_size_inches() const;
    double get_dpi() const;
    // The axes in the order they were added.
    std::vector<Axes> axes() const;

    const std::shared_ptr<plot::detail::FigureData>& data() const noexcept { return data_; }

  private:
    std::shared_ptr<plot::detail::FigureData> data_;
};

// The axes subplots() made, row by row: axes[i] is matplotlib's axes.flat[i] (so axes[0] and
// axes[1] of a 1x2 grid are what Python's axes[0] and axes[1] are), axes(row, col) its
// axes[row, col]. IndexError out of range.
class AxesGrid {
  public:
    AxesGrid(std::vector<Axes> axes, std::size_t ncols) : axes_(std::move(axes)), ncols_(ncols) {}
    Axes& operator[](std::size_t i);
    Axes& operator()(std::size_t row, std::size_t col);
    std::size_t size() const noexcept { return axes_.size(); }
    auto begin() noexcept { return axes_.begin(); }
    auto end() noexcept { return axes_.end(); }

  private:
    std::vector<Axes> axes_;
    std::size_t ncols_;
};

// pyplot.subplots: a figure with an nrows x ncols grid of axes in matplotlib's default
// subplot layout. ValueError unless both counts are at least 1.
std::pair<Figure, AxesGrid> subplots(int nrows = 1, int ncols = 1,
                                     const SubplotsParams& params = {});

}  // namespace tabula
