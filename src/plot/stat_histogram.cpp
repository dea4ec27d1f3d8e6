#include "stat_histogram.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "histogram.hpp"
#include "tabula/array/creation.hpp"
#include "tabula/core/error.hpp"

namespace tabula::plot::detail {

namespace {

// numpy.percentile's linear method, with numpy's _lerp (from the upper value past halfway).
double percentile(const std::vector<double>& sorted, double q) {
    const double index = q / 100 * static_cast<double>(sorted.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(index));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    const double t = index - static_cast<double>(lo);
    const double a = sorted[lo];
    const double b = sorted[hi];
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}

double standard_deviation(std::span<const double> a) {
    double mean = 0;
    for (const double v : a) mean += v;
    mean /= static_cast<double>(a.size());
    double squares = 0;
    for (const double v : a) squares += (v - mean) * (v - mean);
    return std::sqrt(squares / static_cast<double>(a.size()));
}

// numpy's _hist_bin_* selectors: the bin width each rule asks for.
double rule_width(std::span<const double> a, double ptp, const std::string& rule) {
    const auto n = static_cast<double>(a.size());
    const double sturges = ptp / (std::log2(n) + 1);
    if (rule == "sturges") return sturges;
    if (rule == "sqrt") return ptp / std::sqrt(n);
    if (rule == "rice") return ptp / (2 * std::cbrt(n));
    if (rule == "scott") {
        return std::pow(24 * std::sqrt(std::numbers::pi) / n, 1.0 / 3) * standard_deviation(a);
    }
    std::vector<double> sorted(a.begin(), a.end());
    std::sort(sorted.begin(), sorted.end());
    const double fd = 2 * (percentile(sorted, 75) - percentile(sorted, 25)) * std::pow(n, -1.0 / 3);
    if (rule == "fd") return fd;
    return fd != 0 ? std::min(fd, sturges) : sturges;  // "auto"
}

std::vector<double> to_vector(const NDArray<double>& a) {
    return {a.data(), a.data() + a.size()};
}

}  // namespace

namespace {

// numpy's _get_outer_edges without a range.
std::pair<double, double> outer_edges(std::span<const double> a) {
    if (a.empty()) return {0.0, 1.0};
    const auto [lo, hi] = std::minmax_element(a.begin(), a.end());
    if (*lo == *hi) return {*lo - 0.5, *hi + 0.5};
    return {*lo, *hi};
}

}  // namespace

std::vector<double> count_bin_edges(std::span<const double> a, std::int64_t count) {
    if (count < 1) throw ValueError("`bins` must be positive, when an integer");
    const auto [first, last] = outer_edges(a);
    return to_vector(linspace(first, last, count + 1));
}

std::vector<double> rule_bin_edges(std::span<const double> a, const std::string& rule) {
    static const std::vector<std::string> rules = {"auto", "fd",   "sturges",
                                                   "sqrt", "rice", "scott"};
    if (std::find(rules.begin(), rules.end(), rule) == rules.end()) {
        throw ValueError(std::string("'") + rule + "' is not a valid estimator for `bins`");
    }
    if (a.empty()) return {0.0, 1.0};
    const auto [first, last] = outer_edges(a);
    const auto [lo, hi] = std::minmax_element(a.begin(), a.end());
    const double width = rule_width(a, *hi - *lo, rule);
    const std::int64_t n =
        width != 0 ? static_cast<std::int64_t>(std::ceil((last - first) / width)) : 1;
    return to_vector(linspace(first, last, n + 1));
}

std::vector<double> width_bin_edges(std::span<const double> a, double binwidth) {
    if (!(binwidth > 0)) throw ValueError("binwidth must be positive");
    const auto [lo, hi] = std::minmax_element(a.begin(), a.end());
    const double stop = *hi + binwidth;
    const auto n = static_cast<std::int64_t>(std::ceil((stop - *lo) / binwidth));
    std::vector<double> edges;
    for (std::int64_t i = 0; i < n; ++i) edges.push_back(*lo + static_cast<double>(i) * binwidth);
    return edges;
}

std::vector<double> equal_edges(const std::vector<double>& edges) {
    const auto [lo, hi] = std::minmax_element(edges.begin(), edges.end());
    return to_vector(linspace(*lo, *hi, static_cast<std::int64_t>(edges.size())));
}

void check_stat(const std::string& stat) {
    static const std::vector<std::string> stats = {"count",       "density",    "percent",
                                                   "probability", "proportion", "frequency"};
    if (std::find(stats.begin(), stats.end(), stat) == stats.end()) {
        // seaborn's _check_param_one_of joins all but the last two options, so 'proportion'
        // is missing from its message.
        throw ValueError(
            std::string("The `stat` parameter for `Hist` must be one of 'count', 'density', "
                        "'percent', 'probability' or 'frequency'; not '") +
            stat + "'.");
    }
}

HistogramStat histogram_stat(std::span<const double> a, const std::vector<double>& edges,
                             const std::string& stat) {
    check_stat(stat);
    HistResult counts = histogram(a, Bins(edges), stat == "density");
    HistogramStat out{std::move(counts.bins), std::move(counts.n)};
    double total = 0;
    for (const double c : out.heights) total += c;
    for (std::size_t i = 0; i < out.heights.size(); ++i) {
        if (stat == "probability" || stat == "proportion") {
            out.heights[i] /= total;
        } else if (stat == "percent") {
            out.heights[i] = out.heights[i] / total * 100;
        } else if (stat == "frequency") {
            out.heights[i] /= out.edges[i + 1] - out.edges[i];
        }
    }
    return out;
}

}  // namespace tabula::plot::detail
