#pragma once
// matplotlib.transforms.nonsingular, which the locators, set_xlim and autoscaling share.
#include <utility>

namespace tabula::plot::detail {

// Widens an empty or denormal interval by `expander` (relative, or absolute around zero) and
// orders it; a non-finite end gives (-expander, expander).
std::pair<double, double> nonsingular(double vmin, double vmax, double expander,
                                      double tiny = 1e-15);

}  // namespace tabula::plot::detail
