#include "interval_labels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "tabula/array/ufuncs.hpp"
#include "tabula/core/float_repr.hpp"

namespace tabula::detail {

namespace {

// Distinct values, all NaN counting as one (pandas' unique).
std::size_t distinct_count(std::vector<double> values) {
    const auto nan_begin =
        std::partition(values.begin(), values.end(), [](double v) { return !std::isnan(v); });
    const bool any_nan = nan_begin != values.end();
    values.erase(nan_begin, values.end());
    std::sort(values.begin(), values.end());
    const auto distinct = std::unique(values.begin(), values.end()) - values.begin();
    return static_cast<std::size_t>(distinct) + (any_nan ? 1 : 0);
}

std::string edge_text(double edge, bool as_integer) {
    return as_integer ? std::to_string(static_cast<std::int64_t>(edge)) : float_repr(edge);
}

}  // namespace

double round_frac(double x, int precision) {
    if (!std::isfinite(x) || x == 0.0) return x;
    double whole = 0.0;
    const double frac = std::modf(x, &whole);
    const int digits =
        whole == 0.0 ? -static_cast<int>(std::floor(std::log10(std::fabs(frac)))) - 1 + precision
                     : precision;
    return round(NDArray<double>::scalar(x), digits).item();  // np.around, bit for bit
}

int infer_precision(int base, const std::vector<double>& edges) {
    for (int precision = base; precision < 20; ++precision) {
        std::vector<double> levels;
        for (double e : edges) levels.push_back(round_frac(e, precision));
        if (distinct_count(levels) == edges.size()) return precision;
    }
    return base;
}

std::vector<std::string> interval_labels(const std::vector<double>& edges, bool integer_edges,
                                         int precision, bool right, bool include_lowest) {
    std::vector<double> breaks = edges;
    if (!integer_edges) {
        const int p = infer_precision(precision, edges);
        for (double& b : breaks) b = round_frac(b, p);
        if (right && include_lowest && !breaks.empty()) breaks[0] -= std::pow(10.0, -p);
    } else if (right && include_lowest && !breaks.empty()) {
        breaks[0] -= std::pow(10.0, -infer_precision(precision, edges));
        integer_edges = false;
    }
    std::vector<std::string> labels;
    for (std::size_t i = 0; i + 1 < breaks.size(); ++i) {
        const std::string left = edge_text(breaks[i], integer_edges);
        const std::string right_text = edge_text(breaks[i + 1], integer_edges);
        labels.push_back(right ? "(" + left + ", " + right_text + "]"
                               : "[" + left + ", " + right_text + ")");
    }
    return labels;
}

}  // namespace tabula::detail
