#include "root_bounds.hpp"

#include <cmath>
#include <limits>

namespace tabula::impute {

RootBounds root_bounds(double p) {
    constexpr double infinity = std::numeric_limits<double>::infinity();
    const double root = std::sqrt(p);
    // A correctly rounded root is monotone, so the squares sharing p's root are a run of
    // neighbouring doubles around p (two or three: the root halves the exponent).
    double below = p;
    while (below > 0.0 && std::sqrt(std::nextafter(below, 0.0)) == root) {
        below = std::nextafter(below, 0.0);
    }
    double above = p;
    while (above < infinity && std::sqrt(std::nextafter(above, infinity)) == root) {
        above = std::nextafter(above, infinity);
    }
    return {below, above};
}

bool root_less(double a, double b) {
    const double x = std::sqrt(a);
    const double y = std::sqrt(b);
    return x < y || (y != y && x == x);
}

}  // namespace tabula::impute
