#pragma once
// seaborn 0.12's regplot: a scatter of two numeric columns with their least-squares line and a
// bootstrapped confidence band for it.
#include <cstdint>
#include <optional>
#include <string>

#include "tabula/plot/axes.hpp"

namespace tabula {

class DataFrame;

struct RegplotParams {
    // The band's confidence level in percent; none draws no band.
    std::optional<double> ci = 95.0;
    int n_boot = 1000;
    // numpy.random.default_rng's seed for the bootstrap (seaborn's seed); none is fresh entropy.
    std::optional<std::uint64_t> seed = std::nullopt;
    // The line spans the data's x range; false spans the axes' x limits after the scatter.
    bool truncate = true;
    bool scatter = true;
    bool fit_reg = true;
    // Empty takes the axes' next cycle colour.
    std::string color = "";
    // The scatter's legend label (the line's without a scatter).
    std::string label = "";
};

// Rows with both x and y are used. ValueError "Could not interpret value `col` for parameter
// `x`" (or `y`) for a missing column, TypeError for text, ValueError for a bad colour or a
// negative n_boot. seaborn's other models (order > 1, logistic, lowess, robust, logx) and
// x_estimator/x_bins are not built.
Axes regplot(Axes ax, const DataFrame& data, const std::string& x, const std::string& y,
             const RegplotParams& params = {});

}  // namespace tabula
