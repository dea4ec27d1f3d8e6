// Axes autoscaling as matplotlib's autoscale_view: the data's range over every artist of the axes
// sharing the axis, nonsingular, widened by the margins and stopped at sticky edges.
#include <algorithm>
#include <cmath>

#include "figure_data.hpp"
#include "rc_params.hpp"
#include "transforms.hpp"

namespace tabula::plot::detail {
namespace {

struct Interval {
    std::optional<std::pair<double, double>> range;
    bool log;
    void add(double v) {
        if (!std::isfinite(v) || (log && v <= 0)) return;
        if (!range) range = std::pair{v, v};
        range->first = std::min(range->first, v);
        range->second = std::max(range->second, v);
    }
    void add(const std::vector<double>& values) {
        for (const double v : values) add(v);
    }
};

}  // namespace

std::optional<std::pair<double, double>> data_interval(const SharedAxis& axis, bool is_x) {
    Interval interval{std::nullopt, axis.log};
    for (const auto& weak : axis.members) {
        const auto member = weak.lock();
        if (!member) continue;
        for (const Line& line : member->lines) interval.add(is_x ? line.x : line.y);
        for (const Polygon& polygon : member->polygons) interval.add(is_x ? polygon.x : polygon.y);
        for (const Markers& markers : member->markers) interval.add(is_x ? markers.x : markers.y);
        for (const Mesh& mesh : member->meshes) interval.add(is_x ? mesh.xedges : mesh.yedges);
        interval.add(is_x ? member->xdatalim : member->ydatalim);
        // An axhline counts on the y axis only, an axvline on the x axis only.
        for (const RefLine& line : member->reflines) {
            if (line.horizontal != is_x) interval.add(line.value);
        }
    }
    return interval.range;
}

std::pair<double, double> view_interval(const SharedAxis& axis, bool is_x) {
    if (axis.lim) return *axis.lim;
    const auto interval = data_interval(axis, is_x);
    if (!interval) return axis.log ? std::pair{1.0, 10.0} : std::pair{0.0, 1.0};
    if (axis.log) {
        // LogLocator.nonsingular widens one value to the decades around it; the margins are
        // taken on log10 of the limits.
        double low = interval->first;
        double high = interval->second;
        if (low == high) {
            low = std::pow(10.0, std::floor(std::log10(low)));
            if (low == interval->first) low /= 10;
            high = std::pow(10.0, std::ceil(std::log10(high)));
            if (high == interval->second) high *= 10;
        }
        const double low_t = std::log10(low);
        const double high_t = std::log10(high);
        const double delta = (high_t - low_t) * rc::margin;
        return {std::pow(10.0, low_t - delta), std::pow(10.0, high_t + delta)};
    }
    // autoscale_view: Locator.nonsingular, then the margins, which stop at the nearest sticky
    // edge beyond each end of the data (with a relative tolerance of 1e-5).
    std::vector<double> sticky;
    for (const auto& weak : axis.members) {
        if (const auto member = weak.lock()) {
            const auto& edges = is_x ? member->xsticky : member->ysticky;
            sticky.insert(sticky.end(), edges.begin(), edges.end());
        }
    }
    const auto [dmin, dmax] = *interval;
    const double tol = 1e-5 * std::max({std::abs(dmin), std::abs(dmax), std::abs(dmax - dmin)});
    std::optional<double> low_bound;
    std::optional<double> high_bound;
    for (const double s : sticky) {
        if (s < dmin + tol && (!low_bound || s > *low_bound)) low_bound = s;
        if (s >= dmax - tol && (!high_bound || s < *high_bound)) high_bound = s;
    }
    auto [low, high] = nonsingular(dmin, dmax, 0.05);
    const double delta = (high - low) * rc::margin;
    low -= delta;
    high += delta;
    if (low_bound) low = std::max(low, *low_bound);
    if (high_bound) high = std::min(high, *high_bound);
    return {low, high};
}

}  // namespace tabula::plot::detail
