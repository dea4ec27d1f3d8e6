#pragma once
// The keyword arguments of Axes.bar, barh, hist, scatter, fill_between, errorbar and boxplot,
// with matplotlib 3.6's names and defaults.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "tabula/frame/binning.hpp"

namespace tabula {

// axhline's keyword arguments: the line spans [xmin, xmax] of the axes' width.
struct AxhlineParams {
    double xmin = 0.0;
    double xmax = 1.0;
    // The legend entry, listed among the lines in the order they were drawn; empty (or starting
    // with "_") leaves it out.
    std::string label = "";
    // rcParams["lines.color"]; the colour cycle is not used.
    std::string color = "C0";
    std::string linestyle = "-";
    double linewidth = 1.5;
};

// axvline's: the line spans [ymin, ymax] of the axes' height.
struct AxvlineParams {
    double ymin = 0.0;
    double ymax = 1.0;
    // As AxhlineParams::label.
    std::string label = "";
    std::string color = "C0";
    std::string linestyle = "-";
    double linewidth = 1.5;
};

struct PcolormeshParams {
    std::string cmap = "viridis";
    // The colormap's range; none is the values' (NaN ignored).
    std::optional<double> vmin = std::nullopt;
    std::optional<double> vmax = std::nullopt;
};

struct ImshowParams {
    std::string cmap = "viridis";
    // The colormap's range; none is the values' (NaN ignored).
    std::optional<double> vmin = std::nullopt;
    std::optional<double> vmax = std::nullopt;
    // "equal": square pixels (the axes' box shrinks about its centre); "auto": the box is kept.
    std::string aspect = "equal";
    // "upper": row 0 at the top (the y axis inverted); "lower": row 0 at the bottom.
    std::string origin = "upper";
    // "nearest" (each value one block of colour) or "antialiased", which matplotlib draws as
    // nearest when every value covers at least three pixels, as here in every case.
    std::string interpolation = "antialiased";
};

struct BarParams {
    double width = 0.8;
    // Where each bar starts: empty is 0, one value is every bar's, else one per bar (stacking).
    std::vector<double> bottom = {};
    // "center" centres the bar on x, "edge" starts it there.
    std::string align = "center";
    // Empty takes the next colour of the patch cycle (bar, fill_between and scatter share it; plot
    // has its own, as in matplotlib), one for every bar of the call.
    std::string color = "";
    std::string edgecolor = "black";
    // The edge's width in points; 0 draws none.
    double linewidth = 0.0;
    std::optional<double> alpha = std::nullopt;
    std::string label = "";
};

struct BarhParams {
    double height = 0.8;
    // Where each bar starts: empty is 0, one value is every bar's, else one per bar (stacking).
    std::vector<double> left = {};
    std::string align = "center";
    std::string color = "";
    std::string edgecolor = "black";
    double linewidth = 0.0;
    std::optional<double> alpha = std::nullopt;
    std::string label = "";
};

struct HistParams {
    // A count of equal-width bins over the data's range, or the edges (pandas.cut's Bins).
    Bins bins = 10;
    // Counts divided by the total and the bin width, so that the bars' area is 1.
    bool density = false;
    // "bar" filled bars, "step" the unfilled outline, "stepfilled" the filled outline.
    std::string histtype = "bar";
    std::string color = "";
    std::optional<double> alpha = std::nullopt;
    std::string label = "";
};

// What hist returns besides its patches: numpy.histogram's counts (or densities) and edges.
struct HistResult {
    std::vector<double> n;
    std::vector<double> bins;
};

struct ScatterParams {
    // Marker areas in square points: empty is rcParams["lines.markersize"] ** 2 (36), one value
    // is every point's, else one per point.
    std::vector<double> s = {};
    // Values mapped through `cmap` (Normalize(vmin, vmax), the values' range by default), one per
    // point; empty uses `color`.
    std::vector<double> c = {};
    // Empty takes the next colour of the patch cycle.
    std::string color = "";
    std::string cmap = "viridis";
    std::optional<double> vmin = std::nullopt;
    std::optional<double> vmax = std::nullopt;
    std::optional<double> alpha = std::nullopt;
    // The edge, in the face's colour (edgecolors "face"), in points.
    double linewidths = 1.5;
    std::string label = "";
};

struct FillBetweenParams {
    // Empty takes the next colour of the patch cycle.
    std::string color = "";
    // Replaces the face's and the edge's alpha when given (Collection.set_alpha).
    std::optional<double> alpha = std::nullopt;
    std::string label = "";
    // The area's edge: empty draws none (matplotlib's default "none"), else linewidth points wide.
    std::string edgecolor = "";
    double linewidth = 1.0;
    // "pre", "post" or "mid": the area as steps between the xs (as plot's drawstyle "steps-*");
    // empty joins the points.
    std::string step = "";
};

struct ErrorbarParams {
    // Symmetric errors: empty none, one value every point's, else one per point.
    std::vector<double> yerr = {};
    std::vector<double> xerr = {};
    // The line through the points: "" a solid line, "o" markers only, "o-", "--", "none" ...
    std::string fmt = "";
    // Empty takes the next colour of the cycle; the error bars take it too unless ecolor is set.
    std::string color = "";
    std::string ecolor = "";
    // Error bar width in points; none is the line's (1.5).
    std::optional<double> elinewidth = std::nullopt;
    // Caps across the bars' ends, 2 * capsize points long (rcParams["errorbar.capsize"] 0: none).
    double capsize = 0.0;
    std::string label = "";
};

// boxplot's whis: a float k puts the whiskers at the farthest data within k IQR of the box; a
// pair of percentiles (0, 100 for the whole range) puts them at those percentiles' data.
class Whis {
  public:
    Whis(double factor) : factor_(factor) {}  // NOLINT(google-explicit-constructor)
    Whis(std::array<double, 2> percentiles)   // NOLINT(google-explicit-constructor)
        : percentiles_(percentiles) {}
    const std::optional<double>& factor() const noexcept { return factor_; }
    const std::optional<std::array<double, 2>>& percentiles() const noexcept {
        return percentiles_;
    }

  private:
    std::optional<double> factor_;
    std::optional<std::array<double, 2>> percentiles_;
};

struct BoxplotParams {
    Whis whis = 1.5;
    // Where the boxes stand: empty is 1, 2, ..., N.
    std::vector<double> positions = {};
    // Box widths: empty is clip(0.15 * (max(positions) - min(positions)), 0.15, 0.5), one value
    // is every box's, else one per box. The caps are half as wide.
    std::vector<double> widths = {};
    // False lays the boxes along y, the values along x.
    bool vert = true;
    // Boxes as filled patches (face "C0", edge black) rather than outlines.
    bool patch_artist = false;
    // Tick labels, one per box; empty labels the ticks with the positions.
    std::vector<std::string> labels = {};
    // The mean as a "C2" triangle.
    bool showmeans = false;
    bool showcaps = true;
    bool showbox = true;
    // Points beyond the whiskers as open black circles.
    bool showfliers = true;
    // A box with an IQR of 0 takes its whiskers at percentiles (0, 100).
    bool autorange = false;
};

struct ViolinplotParams {
    // Where the violins stand: empty is 1, 2, ..., N.
    std::vector<double> positions = {};
    // False lays the violins along y, the values along x.
    bool vert = true;
    // Each violin's greatest width: one value for all, or one per violin.
    std::vector<double> widths = {0.5};
    bool showmeans = false;
    // Lines at the minimum and maximum and a bar between them.
    bool showextrema = true;
    bool showmedians = false;
    // Where the density is evaluated: this many points from the minimum to the maximum.
    int points = 100;
    // The kernel's bandwidth factor: "scott" (n ** -1/5), "silverman", or bw_factor when given.
    std::string bw_method = "scott";
    std::optional<double> bw_factor = std::nullopt;
};

// cbook.violin_stats for one data set: the Gaussian KDE's values `vals` at `coords`.
struct ViolinStats {
    std::vector<double> coords;
    std::vector<double> vals;
    double mean;
    double median;
    double min;
    double max;
};

// matplotlib's cbook.boxplot_stats for one data set: all NaN (and no fliers) for an empty one,
// or one holding NaN, as numpy's percentile gives.
struct BoxplotStats {
    double mean;
    double med;
    double q1;
    double q3;
    double iqr;
    // The notch around the median: med -+ 1.57 iqr / sqrt(n).
    double cilo;
    double cihi;
    double whislo;
    double whishi;
    // The data below whislo, then above whishi, each in the data's order.
    std::vector<double> fliers;
    std::string label;
};

}  // namespace tabula
