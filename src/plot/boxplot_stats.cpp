// matplotlib's cbook.boxplot_stats: the numbers a box and whisker plot draws.
#include <cmath>
#include <string>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"
#include "tabula/plot/axes.hpp"

namespace tabula {
namespace {

BoxplotStats stats_of(const std::vector<double>& x, const Whis& whis, bool autorange) {
    BoxplotStats stats{};
    if (x.empty()) {
        stats.mean = stats.med = stats.q1 = stats.q3 = stats.iqr = NAN;
        stats.cilo = stats.cihi = stats.whislo = stats.whishi = NAN;
        return stats;
    }
    const NDArray<double> values(x, {static_cast<std::int64_t>(x.size())});
    stats.mean = mean(values);
    const NDArray<double> quartiles = percentile(values, std::vector<double>{25, 50, 75});
    stats.q1 = quartiles.data()[0];
    stats.med = quartiles.data()[1];
    stats.q3 = quartiles.data()[2];
    stats.iqr = stats.q3 - stats.q1;
    const double half_notch = 1.57 * stats.iqr / std::sqrt(static_cast<double>(x.size()));
    stats.cilo = stats.med - half_notch;
    stats.cihi = stats.med + half_notch;

    // The whiskers reach the farthest data inside [loval, hival], but never into the box.
    double loval = 0;
    double hival = 0;
    // autorange takes a box without an IQR to the whole range, whatever whis was.
    const bool whole_range = stats.iqr == 0 && autorange;
    if (whis.factor() && !whole_range) {
        loval = stats.q1 - *whis.factor() * stats.iqr;
        hival = stats.q3 + *whis.factor() * stats.iqr;
    } else {
        const std::array<double, 2> p =
            whole_range ? std::array<double, 2>{0, 100} : *whis.percentiles();
        const NDArray<double> ends = percentile(values, std::vector<double>{p[0], p[1]});
        loval = ends.data()[0];
        hival = ends.data()[1];
    }
    std::optional<double> highest;
    std::optional<double> lowest;
    for (const double v : x) {
        if (v <= hival && (!highest || v > *highest)) highest = v;
        if (v >= loval && (!lowest || v < *lowest)) lowest = v;
    }
    stats.whishi = !highest || *highest < stats.q3 ? stats.q3 : *highest;
    stats.whislo = !lowest || *lowest > stats.q1 ? stats.q1 : *lowest;
    for (const double v : x) {
        if (v < stats.whislo) stats.fliers.push_back(v);
    }
    for (const double v : x) {
        if (v > stats.whishi) stats.fliers.push_back(v);
    }
    return stats;
}

}  // namespace

std::vector<BoxplotStats> boxplot_stats(const std::vector<std::vector<double>>& X, const Whis& whis,
                                        const std::vector<std::string>& labels, bool autorange) {
    if (!labels.empty() && labels.size() != X.size()) {
        throw ValueError("Dimensions of labels and X must be compatible");
    }
    std::vector<BoxplotStats> out;
    for (std::size_t i = 0; i < X.size(); ++i) {
        out.push_back(stats_of(X[i], whis, autorange));
        if (!labels.empty()) out.back().label = labels[i];
    }
    return out;
}

}  // namespace tabula
