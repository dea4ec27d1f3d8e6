#include <algorithm>
#include <cmath>

#include "tabula/core/error.hpp"
#include "tabula/plot/ticker.hpp"

namespace tabula {

std::vector<double> log_tick_values(double vmin, double vmax, int tick_space, double base,
                                    double minpos) {
    const int numticks = std::clamp(tick_space, 2, 9);
    if (vmin <= 0.0) vmin = minpos;
    if (vmin <= 0.0 || !std::isfinite(vmin) || vmax <= 0.0) {
        throw ValueError("Data has no positive values, and therefore can not be log-scaled.");
    }
    if (vmax < vmin) std::swap(vmin, vmax);
    const double log_vmin = std::log(vmin) / std::log(base);
    const double log_vmax = std::log(vmax) / std::log(base);
    const auto numdec =
        static_cast<long long>(std::floor(log_vmax)) - static_cast<long long>(std::ceil(log_vmin));
    // Python's // on ints floors; numdec + 1 can be negative for an interval inside a decade.
    const long long numerator = numdec + 1;
    long long stride = numerator / numticks - (numerator % numticks < 0 ? 1 : 0) + 1;
    if (stride >= numdec) stride = std::max(1LL, numdec - 1);
    // numpy.arange(floor(log_vmin) - stride, ceil(log_vmax) + 2 * stride, stride): one decade
    // beyond each end, which the axis trims.
    const auto first = static_cast<long long>(std::floor(log_vmin)) - stride;
    const auto stop = static_cast<long long>(std::ceil(log_vmax)) + 2 * stride;
    std::vector<double> ticks;
    for (long long decade = first; decade < stop; decade += stride) {
        ticks.push_back(std::pow(base, static_cast<double>(decade)));
    }
    return ticks;
}

}  // namespace tabula
