#pragma once
// seaborn 0.12's pairplot: a grid of every pair of numeric columns, scatters off the diagonal
// and each column's distribution on it.
#include <string>
#include <vector>

#include "tabula/plot/figure.hpp"

namespace tabula {

class DataFrame;

struct PairplotParams {
    // Colours the points and splits the diagonal by this column's levels.
    std::string hue = "";
    std::vector<std::string> hue_order = {};
    // The columns, in order; empty is every numeric (and bool) column but hue.
    std::vector<std::string> vars = {};
    // "auto" (histograms, kde curves with hue), "hist" or "kde".
    std::string diag_kind = "auto";
    // Each panel's height in inches, and its width over its height.
    double height = 2.5;
    double aspect = 1.0;
};

// What pairplot returns, as seaborn's PairGrid: the figure, its axes (axes(row, col) plots
// vars[col] against vars[row]), and the diagonal's own axes (twins of the diagonal cells with
// their y axis hidden, as seaborn draws the distributions).
struct PairGrid {
    Figure figure;
    AxesGrid axes;
    std::vector<Axes> diag_axes;
    std::vector<std::string> vars;
};

// Columns share their x range and rows their y range; only the bottom row and the left column
// show tick labels and axis labels; tight_layout(pad=0.5). With hue, the levels' legend is drawn
// in the top right axes (seaborn puts it beside the grid, widening the figure; a figure legend
// is not built). ValueError "Could not interpret value `col` for parameter `vars`" (or `hue`),
// TypeError for a text column in vars, ValueError for no numeric columns or a bad diag_kind.
PairGrid pairplot(const DataFrame& data, const PairplotParams& params = {});

}  // namespace tabula
