#pragma once
// numpy.histogram, which Axes.hist draws.
#include <span>
#include <vector>

#include "tabula/plot/axes_params.hpp"

namespace tabula::plot::detail {

// Counts (or densities) and edges as numpy.histogram(a, bins, density=density) computes them:
// equal bins over [min, max] (widened by 0.5 each way when equal, [0, 1] without data), each
// bin [e_i, e_i+1) but the last closed. ValueError (numpy's messages) for a count below 1, edges
// that do not increase, or a non-finite range with a count.
HistResult histogram(std::span<const double> a, const Bins& bins, bool density);

}  // namespace tabula::plot::detail
