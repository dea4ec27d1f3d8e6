#include "transforms.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tabula::plot::detail {

std::pair<double, double> nonsingular(double vmin, double vmax, double expander, double tiny) {
    if (!std::isfinite(vmin) || !std::isfinite(vmax)) return {-expander, expander};
    if (vmax < vmin) std::swap(vmin, vmax);
    const double maxabs = std::max(std::abs(vmin), std::abs(vmax));
    if (maxabs < (1e6 / tiny) * std::numeric_limits<double>::min()) return {-expander, expander};
    if (vmax - vmin <= maxabs * tiny) {
        if (vmax == 0 && vmin == 0) return {-expander, expander};
        vmin -= expander * std::abs(vmin);
        vmax += expander * std::abs(vmax);
    }
    return {vmin, vmax};
}

}  // namespace tabula::plot::detail
