#pragma once
// seaborn 0.12's distribution plots: kdeplot (a Gaussian kernel density estimate) and histplot
// (a histogram normalised to a stat, optionally with its density curve), for a DataFrame's column
// split by a hue column, or for plain values.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <variant>
#include <vector>

#include "tabula/plot/axes.hpp"

namespace tabula {

class DataFrame;

struct KdeplotParams {
    // A column whose levels get a curve each, coloured by the matplotlib cycle (husl past ten
    // levels), with a legend of the levels; their densities sum to 1 together (common_norm)
    // unless common_norm is false. A numeric hue is taken as categories (seaborn would map it
    // through a continuous palette, which is not built).
    std::string hue = "";
    // The hue levels to draw, in this order; empty is seaborn's categorical_order.
    std::vector<std::string> hue_order = {};
    bool common_norm = true;
    // Scott's rule ("scott") or Silverman's ("silverman"), times bw_adjust.
    std::string bw_method = "scott";
    double bw_adjust = 1.0;
    // The curve reaches cut bandwidths past the data, in gridsize points.
    double cut = 3.0;
    int gridsize = 200;
    // The area under the curve filled (alpha 0.25) instead of a line.
    bool fill = false;
    // Without hue: empty takes the axes' next cycle colour.
    std::string color = "";
    std::string label = "";
    // With hue, a legend of the levels (pairplot leaves it to the figure).
    bool legend = true;
};

// The density of data[x] (nulls dropped) on the x axis, "Density" on the y axis, which starts at
// 0. Data of zero variance draws nothing (seaborn warns). ValueError "Could not interpret value
// `col` for parameter `x`" (or `hue`) for a missing column, TypeError for a text column, and
// ValueError for a bad colour or bw_method.
Axes kdeplot(Axes ax, const DataFrame& data, const std::string& x,
             const KdeplotParams& params = {});
// The same for values (NaN dropped); ValueError when hue is set (hue needs a frame).
Axes kdeplot(Axes ax, std::span<const double> x, const KdeplotParams& params = {});

// histplot's bins: a numpy rule ("auto", "fd", "sturges", "sqrt", "rice", "scott"), a count of
// equal-width bins over the data's range, or the edges.
class HistBins {
  public:
    HistBins(const char* rule) : bins_(std::string(rule)) {}          // NOLINT
    HistBins(int count) : bins_(static_cast<std::int64_t>(count)) {}  // NOLINT
    HistBins(std::vector<double> edges) : bins_(std::move(edges)) {}  // NOLINT
    const std::variant<std::string, std::int64_t, std::vector<double>>& value() const noexcept {
        return bins_;
    }

  private:
    std::variant<std::string, std::int64_t, std::vector<double>> bins_;
};

struct HistplotParams {
    // Levels layered on shared bins, each in its colour (alpha 0.5 for bars, 0.25 for steps).
    std::string hue = "";
    std::vector<std::string> hue_order = {};
    // With hue and a normalising stat, the levels' heights share one total.
    bool common_norm = true;
    HistBins bins = "auto";
    // A bin width overriding bins: bins from the minimum every binwidth past the maximum.
    std::optional<double> binwidth = std::nullopt;
    // "count", "frequency" (count / width), "density" (area 1), "probability" or "proportion"
    // (heights sum to 1), "percent" (to 100).
    std::string stat = "count";
    // A kernel density curve (cut 0) scaled to the histogram's area.
    bool kde = false;
    // "bars" or "step" (the outline).
    std::string element = "bars";
    bool fill = true;
    // Without hue: empty takes the axes' next cycle colour.
    std::string color = "";
    // None is seaborn's: 0.75 alone, 0.5 with kde, 0.5 (bars) or 0.25 (step) with hue.
    std::optional<double> alpha = std::nullopt;
    std::string label = "";
    bool legend = true;
};

// The histogram of data[x] (nulls dropped) with "Count" (or the stat's name) on the y axis.
// ValueError as kdeplot's, for a bad stat (seaborn's message), element, rule or binwidth.
Axes histplot(Axes ax, const DataFrame& data, const std::string& x,
              const HistplotParams& params = {});
Axes histplot(Axes ax, std::span<const double> x, const HistplotParams& params = {});

}  // namespace tabula
