#pragma once
// seaborn 0.12's relational plots: scatterplot and lineplot of two numeric columns, split by a
// hue column's levels (coloured by the matplotlib cycle as seaborn outside a theme, husl past ten
// levels, with a legend). lineplot averages the y values of repeated x and shades a 95% bootstrap
// confidence band, as seaborn does.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tabula/plot/axes.hpp"

namespace tabula {

class DataFrame;

struct ScatterplotParams {
    // Levels in categorical_order (a numeric hue is taken as categories too: seaborn would map
    // it through a continuous palette, which is not built).
    std::string hue = "";
    std::vector<std::string> hue_order = {};
    // Without hue: empty takes the axes' next cycle colour.
    std::string color = "";
    // Marker area in square points.
    double s = 36.0;
    std::optional<double> alpha = std::nullopt;
    std::string label = "";
    // With hue, a legend of the levels (pairplot leaves it to the figure).
    bool legend = true;
};

struct LineplotParams {
    std::string hue = "";
    std::vector<std::string> hue_order = {};
    // "mean" or "median" of the y values sharing an x, or "" to draw every point as it is.
    std::string estimator = "mean";
    // As barplot's: "ci" (95), "pi" (95), "se" (1), "sd" (1) or "" for no band.
    std::string errorbar = "ci";
    std::optional<double> errorbar_level = std::nullopt;
    int n_boot = 1000;
    // numpy.random.default_rng's seed for the bootstrap (seaborn's seed); none is fresh entropy.
    std::optional<std::uint64_t> seed = std::nullopt;
    std::string color = "";
    double linewidth = 1.5;
    std::string label = "";
};

// ValueError "Could not interpret value `col` for parameter `x`" (y, hue) for a missing column,
// TypeError for a text x or y, ValueError for a bad colour, errorbar or estimator.
Axes scatterplot(Axes ax, const DataFrame& data, const std::string& x, const std::string& y,
                 const ScatterplotParams& params = {});
Axes lineplot(Axes ax, const DataFrame& data, const std::string& x, const std::string& y,
              const LineplotParams& params = {});

}  // namespace tabula
