#include "histogram.hpp"

#include <algorithm>
#include <cmath>

#include "tabula/array/creation.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"

namespace tabula {

namespace plot::detail {
namespace {

// numpy's equal-bin path: the index from the scaled offset, corrected against the edges so
// that rounding never puts a value in a neighbouring bin.
std::vector<double> equal_bin_counts(std::span<const double> a, const std::vector<double>& edges) {
    const std::size_t n = edges.size() - 1;
    const double first = edges.front();
    const double last = edges.back();
    const double norm = static_cast<double>(n) / (last - first);
    std::vector<double> counts(n, 0.0);
    for (const double v : a) {
        if (!(v >= first && v <= last)) continue;
        auto i = static_cast<std::size_t>((v - first) * norm);
        if (i == n) --i;
        if (v < edges[i]) --i;
        if (v >= edges[i + 1] && i != n - 1) ++i;
        counts[i] += 1;
    }
    return counts;
}

// numpy's searchsorted path for given edges.
std::vector<double> edge_counts(std::span<const double> a, const std::vector<double>& edges) {
    std::vector<double> sorted(a.begin(), a.end());
    std::sort(sorted.begin(), sorted.end(), [](double x, double y) {
        return std::isnan(y) ? !std::isnan(x) : x < y;  // NaN last, as np.sort
    });
    std::vector<double> counts;
    for (std::size_t i = 0; i + 1 < edges.size(); ++i) {
        const auto lo = std::lower_bound(sorted.begin(), sorted.end(), edges[i]);
        const auto hi = i + 2 == edges.size()
                            ? std::upper_bound(sorted.begin(), sorted.end(), edges[i + 1])
                            : std::lower_bound(sorted.begin(), sorted.end(), edges[i + 1]);
        counts.push_back(static_cast<double>(hi - lo));
    }
    return counts;
}

// numpy's checks of bins, with its messages.
void check_bins(const Bins& bins) {
    if (bins.counted()) {
        if (bins.count() < 1) throw ValueError("`bins` must be positive, when an integer");
        return;
    }
    const std::vector<double>& edges = bins.edges();
    if (edges.empty()) throw ValueError("`bins` must be 1d, when an array");
    for (std::size_t i = 1; i < edges.size(); ++i) {
        if (!(edges[i - 1] <= edges[i])) {
            throw ValueError("`bins` must increase monotonically, when an array");
        }
    }
}

}  // namespace

HistResult histogram(std::span<const double> a, const Bins& bins, bool density) {
    check_bins(bins);
    HistResult out;
    if (bins.counted()) {
        double first = 0;
        double last = 1;
        if (!a.empty()) {
            first = *std::min_element(a.begin(), a.end());
            last = *std::max_element(a.begin(), a.end());
            const bool has_nan =
                std::any_of(a.begin(), a.end(), [](double v) { return std::isnan(v); });
            if (has_nan || !std::isfinite(first) || !std::isfinite(last)) {
                std::string message = "autodetected range of [";
                message += has_nan ? "nan" : float_repr(first);
                message += ", ";
                message += has_nan ? "nan" : float_repr(last);
                message += "] is not finite";
                throw ValueError(message);
            }
            if (first == last) {
                first -= 0.5;
                last += 0.5;
            }
        }
        const NDArray<double> edges = linspace(first, last, bins.count() + 1);
        out.bins.assign(edges.data(), edges.data() + edges.size());
        out.n = equal_bin_counts(a, out.bins);
    } else {
        out.bins = bins.edges();
        out.n = edge_counts(a, out.bins);
    }
    if (density) {
        double total = 0;
        for (const double c : out.n) total += c;
        for (std::size_t i = 0; i < out.n.size(); ++i) {
            out.n[i] = out.n[i] / (out.bins[i + 1] - out.bins[i]) / total;
        }
    }
    return out;
}

}  // namespace plot::detail
}  // namespace tabula
