#pragma once
// seaborn.heatmap (0.12): a matrix as coloured cells, optionally annotated with its values, with
// a colorbar beside it.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/plot/axes.hpp"
#include "tabula/plot/colors.hpp"

namespace tabula {

class DataFrame;

// heatmap's xticklabels/yticklabels: "auto" (every label that fits, seaborn's _auto_ticks),
// true (every label), false (none), an integer n (every n-th label) or the labels themselves.
class TickLabels {
  public:
    // Only "auto"; ValueError for other text.
    TickLabels(const char* mode);                 // NOLINT(google-explicit-constructor)
    TickLabels(bool show);                        // NOLINT(google-explicit-constructor)
    TickLabels(int every);                        // NOLINT(google-explicit-constructor)
    TickLabels(std::vector<std::string> labels);  // NOLINT(google-explicit-constructor)

    bool is_auto() const noexcept { return auto_; }
    // 0 shows none.
    int every() const noexcept { return every_; }
    const std::optional<std::vector<std::string>>& labels() const noexcept { return labels_; }

  private:
    bool auto_ = false;
    int every_ = 1;
    std::optional<std::vector<std::string>> labels_;
};

// heatmap's annot_kws: the annotations' Text properties that replace heatmap's own.
struct AnnotKws {
    // In points; none is rcParams["font.size"] (10).
    std::optional<double> fontsize = std::nullopt;
    // Any colour to_rgba takes; none keeps the luminance rule (dark grey on light cells, white
    // on dark ones).
    std::optional<std::string> color = std::nullopt;
};

// heatmap's cbar_kws: Figure.colorbar's keywords seaborn passes on.
struct CbarKws {
    // The colorbar's label, beside it on the right.
    std::optional<std::string> label = std::nullopt;
    // The share of the axes' height the colorbar spans, centred (ValueError unless positive);
    // none is 1.
    std::optional<double> shrink = std::nullopt;
};

struct HeatmapParams {
    // Writes each cell's value in it, formatted by `fmt` (Python's format spec: "d" for
    // integers, ".2f", ".2g", ".2", ...), in dark grey (".15") on light cells and white on dark
    // ones, unless annot_kws says otherwise.
    bool annot = false;
    std::string fmt = ".2g";
    AnnotKws annot_kws = {};
    // A colormap name; empty is seaborn's "rocket", or "icefire" when `center` is given.
    std::string cmap = "";
    // The colormap's range; none is the data's (NaN ignored).
    std::optional<double> vmin = std::nullopt;
    std::optional<double> vmax = std::nullopt;
    // Without vmin/vmax, the colormap's range is the 2nd to 98th percentile of the data instead
    // of its extremes, so that a few outliers do not wash out the rest.
    bool robust = false;
    // Recentres the colormap so that this value is its middle colour (seaborn's center).
    std::optional<double> center = std::nullopt;
    // A colorbar beside the axes, taking space from it as Figure.colorbar does.
    bool cbar = true;
    CbarKws cbar_kws = {};
    // Square cells: the axes' box narrowed or lowered about its centre (set_aspect("equal")).
    bool square = false;
    // Lines between the cells, in points, in `linecolor`.
    double linewidths = 0.0;
    std::string linecolor = "white";
    TickLabels xticklabels = "auto";
    TickLabels yticklabels = "auto";
    // Cells where the mask is true are not drawn, not annotated and not counted for the
    // colormap's range (seaborn's mask; a NaN cell is always masked). Its shape is the data's
    // (ValueError otherwise).
    std::optional<NDArray<bool>> mask = std::nullopt;
};

// Draws the matrix with row 0 at the top, the cells' centres at 0.5, 1.5, ... on both axes.
// The matrix' positions label the ticks; a DataFrame's column names and index labels do (and
// the index' name the y axis). ValueError for a matrix that is not 2-d or is empty (pandas' and
// NumPy's messages), vmin above vmax, a bad colour, colormap or fmt; TypeError for a DataFrame
// with a column that is not numeric.
Axes heatmap(Axes ax, const NDArray<double>& data, const HeatmapParams& params = {});
Axes heatmap(Axes ax, const NDArray<std::int64_t>& data, const HeatmapParams& params = {});
Axes heatmap(Axes ax, const DataFrame& data, const HeatmapParams& params = {});

// seaborn.utils.relative_luminance: the WCAG relative luminance of an RGB colour.
double relative_luminance(const Rgba& color);

}  // namespace tabula
