#pragma once
// matplotlib's Axes: one frame of a Figure, with its lines, labels, limits, grid and legend.
// An Axes is a handle: copies draw into the same frame of the same figure.
#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/plot/axes_params.hpp"
#include "tabula/plot/colormap.hpp"

namespace tabula {

class Series;

namespace plot::detail {
struct AxesData;
}

// Axes.plot's keyword arguments (matplotlib's Line2D properties and rcParams["lines.*"]).
struct PlotParams {
    // The legend entry; empty (or starting with "_") leaves the line out of the legend.
    std::string label = "";
    // Any colour to_rgba takes; empty takes the next colour of the tab10 cycle ("C0", "C1", ...).
    std::string color = "";
    // "-" solid, "--" dashed, ":" dotted, "-." dash-dot; "" or "None" draws no line.
    std::string linestyle = "-";
    double linewidth = 1.5;
    // "" none, "o" circle, "." point, "s" square, "^" "v" triangles, "D" diamond, "x", "+".
    std::string marker = "";
    double markersize = 6.0;
    // Replaces the colour's own alpha when given.
    std::optional<double> alpha = std::nullopt;
    // "default" joins the points; "steps-post" holds each y until the next x, "steps-pre" takes
    // the next y at once, "steps-mid" steps half way (the markers stay on the points).
    std::string drawstyle = "default";
};

// matplotlib's Bbox: (x0, y0) the lower left corner, (x1, y1) the upper right, in the units of the
// call that returns it.
struct Bbox {
    double x0 = 0;
    double y0 = 0;
    double x1 = 0;
    double y1 = 0;
    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
    // Whether the interiors intersect (touching edges do not overlap).
    bool overlaps(const Bbox& other) const {
        return x0 < other.x1 && other.x0 < x1 && y0 < other.y1 && other.y0 < y1;
    }
    bool operator==(const Bbox&) const = default;
};

// Axes.text's keyword arguments (matplotlib's Text properties).
struct TextParams {
    // Any colour to_rgba takes (rcParams["text.color"]).
    std::string color = "black";
    // In points (rcParams["font.size"]).
    double fontsize = 10.0;
    // Which side of the text sits at x: "left", "center" or "right".
    std::string ha = "left";
    // Which part sits at y: "baseline", "top", "center" or "bottom".
    std::string va = "baseline";
};

// annotate's arrowprops with an arrowstyle: matplotlib's FancyArrowPatch from the text's centre to
// xy, cut where it leaves the text's box (padded 2 pt), then shortened by shrinkA and shrinkB
// points at its ends; heads 0.4 x 0.2 times mutation_scale (the text's size by default).
struct ArrowProps {
    // "-", "->", "-|>", "<-", "<->", "<|-", "<|-|>"; a "|" head is filled.
    std::string arrowstyle = "->";
    // Edge and fill; empty is a black edge and a "C0" fill (patch.facecolor), as matplotlib.
    std::string color = "";
    double linewidth = 1.0;
    double shrinkA = 2.0;
    double shrinkB = 2.0;
    std::optional<double> mutation_scale = std::nullopt;
};

// Axes.annotate's keyword arguments: the text sits at xytext, or at xy without it; with arrowprops
// an arrow points from it to xy.
struct AnnotateParams {
    std::optional<std::array<double, 2>> xytext = std::nullopt;
    std::optional<ArrowProps> arrowprops = std::nullopt;
    std::string color = "black";
    double fontsize = 10.0;
    std::string ha = "left";
    std::string va = "baseline";
};

struct LegendParams {
    // "best" (the corner covering the fewest data), "upper right", "upper left", "lower left",
    // "lower right", "right", "center left", "center right", "lower center", "upper center",
    // "center".
    std::string loc = "best";
    // Over the entries, centred, at the legend's font size; empty for none.
    std::string title = "";
};

// matplotlib's cbook.boxplot_stats: quartiles as numpy's percentile (linear), whiskers per whis,
// one entry per data set. ValueError "Dimensions of labels and X must be compatible" when labels
// are given for another count, and for whisker percentiles outside [0, 100].
std::vector<BoxplotStats> boxplot_stats(const std::vector<std::vector<double>>& X,
                                        const Whis& whis = 1.5,
                                        const std::vector<std::string>& labels = {},
                                        bool autorange = false);

class Axes {
  public:
    // plot(y): y against 0, 1, 2, ...; plot(x, y): ValueError unless x and y have one length.
    // ValueError for a bad colour, line style or marker, naming it.
    Axes& plot(std::span<const double> y, const PlotParams& params = {});
    Axes& plot(std::span<const double> x, std::span<const double> y, const PlotParams& params = {});
    // A Series against its index, as matplotlib plots a pandas Series; nulls leave gaps.
    // TypeError for string values or string labels (categorical axes are not built yet).
    Axes& plot(const Series& y, const PlotParams& params = {});

    // A text anchored at (x, y) in data units, drawn over the data and not clipped to the frame.
    // ValueError for a bad colour or alignment, with matplotlib's message.
    Axes& text(double x, double y, std::string s, const TextParams& params = {});
    // matplotlib's annotate(text, xy) in data units; ValueError as text's, and "Unknown style:
    // '=>'" for an arrowstyle not listed in ArrowProps. The arrow is not part of the tight box.
    Axes& annotate(std::string text, std::array<double, 2> xy, const AnnotateParams& params = {});

    // Bars of `height` at x (ValueError unless the lengths agree, or for a bad colour or
    // align); string x are categories at 0, 1, ... in first-seen order, labelling the ticks.
    Axes& bar(std::span<const double> x, std::span<const double> height,
              const BarParams& params = {});
    Axes& bar(const std::vector<std::string>& x, std::span<const double> height,
              const BarParams& params = {});
    Axes& barh(std::span<const double> y, std::span<const double> width,
               const BarhParams& params = {});
    Axes& barh(const std::vector<std::string>& y, std::span<const double> width,
               const BarhParams& params = {});
    // numpy.histogram of the finite values, drawn as bars or steps. ValueError for a bad
    // histtype or colour, and for bins over an empty or infinite range.
    HistResult hist(std::span<const double> x, const HistParams& params = {});
    // ValueError unless x, y, and s and c when given, agree in length. Returns what
    // Figure.colorbar draws: c's colormap and range (without c, the colormap over [0, 1], as
    // matplotlib's colorbar of an unscaled norm).
    ScalarMappable scatter(std::span<const double> x, std::span<const double> y,
                           const ScatterParams& params = {});
    // The area between y1 and y2 (a constant, 0 by default) over x; ValueError unless the
    // lengths agree.
    Axes& fill_between(std::span<const double> x, std::span<const double> y1,
                       std::span<const double> y2, const FillBetweenParams& params = {});
    Axes& fill_between(std::span<const double> x, std::span<const double> y1, double y2 = 0,
                       const FillBetweenParams& params = {});
    // The points' line per fmt with error bars; ValueError unless the lengths agree.
    Axes& errorbar(std::span<const double> x, std::span<const double> y,
                   const ErrorbarParams& params = {});
    // C's cells coloured through a colormap, cell (i, j) spanning [j, j + 1] x [i, i + 1] (row 0
    // at the bottom); the limits stop at the mesh's edges. NaN cells are left out. ValueError
    // for C not 2-d, a bad colormap or vmin above vmax.
    ScalarMappable pcolormesh(const NDArray<double>& C, const PcolormeshParams& params = {});
    // A box and whisker plot of each data set (matplotlib's bxp over boxplot_stats), the position
    // axis ticked at the boxes with their labels and its limits 0.5 beyond the outer ones.
    // ValueError for positions, widths or labels of another count than the data sets, or bad
    // whisker percentiles. Returns the statistics drawn.
    std::vector<BoxplotStats> boxplot(const std::vector<std::vector<double>>& x,
                                      const BoxplotParams& params = {});
    std::vector<BoxplotStats> boxplot(std::span<const double> x, const BoxplotParams& params = {});
    // matplotlib's violinplot: each data set's Gaussian KDE (mlab.GaussianKDE, a data set of one
    // repeated value a flat density) mirrored about its position in the cycle's next colour at
    // alpha 0.3, scaled to the width; lines at the extrema, means and medians in that colour.
    // Returns violin_stats. ValueError for an empty data set, positions or widths of another
    // count ("List of violinplot statistics and `positions` values must have the same
    // length"), fewer than 1 point, a bad bw_method.
    std::vector<ViolinStats> violinplot(const std::vector<std::vector<double>>& dataset,
                                        const ViolinplotParams& params = {});
    // A 2-d array as an image through a colormap: value (i, j) fills the unit square centred on
    // (j, i), the limits are the image's edges (-0.5 to columns - 0.5, and rows - 0.5 to -0.5
    // with origin "upper"), NaN values left out. Returns the mapping for Figure.colorbar.
    // ValueError "Invalid shape (3,) for image data" for other than 2-d arrays, and for a bad
    // colormap, aspect, origin or interpolation, or vmin above vmax. RGB(A) images, extent and
    // other interpolations are not built.
    ScalarMappable imshow(const NDArray<double>& X, const ImshowParams& params = {});
    // A horizontal line at y across the axes (a vertical one at x), whatever the x (y) limits;
    // it widens only the y (x) autoscaling. ValueError for a bad colour or line style.
    Axes& axhline(double y = 0, const AxhlineParams& params = {});
    Axes& axvline(double x = 0, const AxvlineParams& params = {});
    // Fixed ticks (matplotlib's set_xticks(ticks, labels)); without labels the ticks are labelled
    // as ScalarFormatter labels them. ValueError when labels are given for a different number.
    Axes& set_xticks(std::vector<double> ticks, std::vector<std::string> labels = {});
    Axes& set_yticks(std::vector<double> ticks, std::vector<std::string> labels = {});

    Axes& set_title(std::string title);
    Axes& set_xlabel(std::string label);
    Axes& set_ylabel(std::string label);
    // Equal limits are widened by 5% as matplotlib does (which also warns); ValueError for NaN
    // or infinite ones, and for non-positive ones on a log axis (which matplotlib ignores with a
    // warning). Axes sharing the axis share the limits.
    Axes& set_xlim(double left, double right);
    Axes& set_ylim(double bottom, double top);
    // "linear" or "log" (base 10: LogLocator's decades labelled 10 with the exponent raised,
    // unlabelled minor ticks between, margins taken in log space, only positive data counted);
    // ValueError for another scale, or for log on an axis whose set limits are not positive.
    // matplotlib's other scales (symlog, logit, ...) and labelled minor ticks on an axis
    // spanning less than a decade are not built yet.
    Axes& set_xscale(const std::string& scale);
    Axes& set_yscale(const std::string& scale);
    std::string get_xscale() const;
    std::string get_yscale() const;
    // The limits drawn: set ones, or the data's with matplotlib's 5% margins.
    std::pair<double, double> get_xlim() const;
    std::pair<double, double> get_ylim() const;
    // Grid lines at the major ticks of both axes (rcParams["grid.*"]: #b0b0b0, 0.8 pt).
    Axes& grid(bool visible = true);
    // A legend of the labelled artists: lines, then histograms, then fill_between areas and
    // scatters, then bars, as matplotlib orders them; with none labelled it draws nothing, as
    // matplotlib (which also warns).
    Axes& legend(const LegendParams& params = {});

    // matplotlib's twinx: a new axes over this one sharing its x axis (limits and autoscaling
    // over both axes' data), with its own y axis ticked and labelled on the right, its own colour
    // cycle (its first line is "C0" again) and its own legend. ValueError once the figure is gone.
    Axes twinx();

    // The frame with its tick labels, axis labels and title in pixels at the figure's dpi from
    // the bottom left, measured from the texts' real extents (matplotlib's get_tightbbox).
    // ValueError once the figure is gone.
    Bbox get_tightbbox() const;
    // The frame alone, in figure fractions (matplotlib's get_position().bounds order), where a
    // fixed aspect (imshow's) puts it.
    Bbox get_position() const;

    // The ticks inside the view and their labels, as drawn at the figure's current size
    // (matplotlib's get_xticks also lists the locator's ticks just outside the view).
    // ValueError once the figure is gone.
    std::vector<double> get_xticks() const;
    std::vector<double> get_yticks() const;
    std::vector<std::string> get_xticklabels() const;
    std::vector<std::string> get_yticklabels() const;

    const std::string& get_title() const;
    const std::string& get_xlabel() const;
    const std::string& get_ylabel() const;

    // subplots() makes the axes; the data is the figure's, drawn by savefig.
    explicit Axes(std::shared_ptr<plot::detail::AxesData> data) : data_(std::move(data)) {}
    const std::shared_ptr<plot::detail::AxesData>& data() const noexcept { return data_; }

  private:
    std::shared_ptr<plot::detail::AxesData> data_;
};

}  // namespace tabula
