#pragma once
// seaborn 0.12's categorical bar plots: countplot (how many rows per level) and barplot (an
// estimate of a numeric column per level, with an error bar, by default a bootstrapped 95%
// confidence interval). Levels sit at 0, 1, ... labelling the ticks; hue levels are dodged
// side by side within each level.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tabula/plot/axes.hpp"

namespace tabula {

class DataFrame;

struct CountplotParams {
    // The categorical column on x (vertical bars) or on y (horizontal bars): exactly one.
    std::string x = "";
    std::string y = "";
    // The levels to draw, in this order; empty is seaborn's categorical_order (first seen for
    // text, sorted for numbers).
    std::vector<std::string> order = {};
    // A second column: within each level, one bar per hue level, with a legend.
    std::string hue = "";
    std::vector<std::string> hue_order = {};
    // One colour per level (per hue level with hue), repeated when short; empty is the
    // matplotlib cycle (husl_palette(l=.7) past ten levels). `color` gives every bar that
    // colour (without hue).
    std::vector<std::string> palette = {};
    std::string color = "";
    // Bar colours' saturation is multiplied by this (seaborn desaturates patches).
    double saturation = 0.75;
    double width = 0.8;
};

struct BarplotParams {
    std::vector<std::string> order = {};
    std::string hue = "";
    std::vector<std::string> hue_order = {};
    // "mean" or "median" of each level's values.
    std::string estimator = "mean";
    // "ci" (bootstrap percentile interval, level 95), "pi" (percentile interval of the data,
    // 95), "se" (standard errors, 1), "sd" (standard deviations, 1), or "" for none;
    // errorbar_level replaces the level or scale.
    std::string errorbar = "ci";
    std::optional<double> errorbar_level = std::nullopt;
    // Bootstrap resamples and the seed of numpy.random.default_rng that draws them (seaborn's
    // seed: the same seed gives seaborn's interval); none draws fresh entropy, as seaborn.
    int n_boot = 1000;
    std::optional<std::uint64_t> seed = std::nullopt;
    std::vector<std::string> palette = {};
    std::string color = "";
    double saturation = 0.75;
    double width = 0.8;
    // Error bar colour and width in points (none: 1.8 times lines.linewidth); caps as a fraction
    // of the category width (none: no caps).
    std::string errcolor = ".26";
    std::optional<double> errwidth = std::nullopt;
    std::optional<double> capsize = std::nullopt;
};

// seaborn.boxplot's parameters for one categorical x and a numeric y.
struct CategoricalBoxplotParams {
    std::vector<std::string> order = {};
    // Within each level, one box per hue level (dodged, each 98% of its share of the width), in
    // the hue levels' colours, with a legend.
    std::string hue = "";
    std::vector<std::string> hue_order = {};
    std::vector<std::string> palette = {};
    std::string color = "";
    double saturation = 0.75;
    double width = 0.8;
    // Whiskers reach the furthest values within whis IQRs of the box.
    double whis = 1.5;
    // Box, whisker, cap and median lines in points; none is lines.linewidth (1.5).
    std::optional<double> linewidth = std::nullopt;
    // The outliers' marker size in points (drawn as "D" diamonds: matplotlib's thin "d" is not
    // built).
    double fliersize = 5.0;
};

// seaborn.violinplot's parameters for one categorical x and a numeric y (hue is not built).
struct CategoricalViolinplotParams {
    std::vector<std::string> order = {};
    // scipy's bw_method: "scott" or "silverman".
    std::string bw = "scott";
    // The density reaches cut bandwidths past each level's data, in gridsize points.
    double cut = 2.0;
    int gridsize = 100;
    // "box" (a thin whisker line, a thick IQR line and the median as a white dot) or "" for
    // none; seaborn's "quartile", "stick" and "point" are not built.
    std::string inner = "box";
    std::vector<std::string> palette = {};
    std::string color = "";
    double saturation = 0.75;
    double width = 0.8;
    // The violins' edge and the inner box lines in points; none is lines.linewidth (1.5).
    std::optional<double> linewidth = std::nullopt;
};

// ValueError "Could not interpret value `col` for parameter `x`" (y, hue) for a missing column,
// "Cannot pass values for both `x` and `y`" for both, and seaborn's messages for a bad errorbar
// or estimator; TypeError for a barplot y that is not numeric.
Axes countplot(Axes ax, const DataFrame& data, const CountplotParams& params);
Axes barplot(Axes ax, const DataFrame& data, const std::string& x, const std::string& y,
             const BarplotParams& params = {});
// Boxes from q1 to q3 in the levels' desaturated colours with a median line, whiskers, caps and
// outliers in one grey (60% of the darkest colour's lightness), as seaborn restyles
// matplotlib's boxplot; matplotlib's boxplot_stats.
Axes boxplot(Axes ax, const DataFrame& data, const std::string& x, const std::string& y,
             const CategoricalBoxplotParams& params = {});
// Each level's Gaussian KDE mirrored about its position, the densities scaled so that the
// widest violin is `width` wide and the areas compare (seaborn's scale "area"); a level with
// one distinct value is a line. ValueError for a bad bw or inner.
Axes violinplot(Axes ax, const DataFrame& data, const std::string& x, const std::string& y,
                const CategoricalViolinplotParams& params = {});

}  // namespace tabula
