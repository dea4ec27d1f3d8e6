#pragma once
// seaborn._stats.counting.Hist for one variable: the bin edges (numpy.histogram_bin_edges' rules,
// a bin width, or given edges) and the counts normalised to the stat.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace tabula::plot::detail {

// numpy.histogram_bin_edges(a, rule) for "auto", "fd", "sturges", "sqrt", "rice" and "scott";
// NaN must be removed first. ValueError "'<rule>' is not a valid estimator for `bins`" for
// another rule.
std::vector<double> rule_bin_edges(std::span<const double> a, const std::string& rule);

// numpy.histogram_bin_edges(a, count): count equal bins over [min, max] (widened by 0.5 each
// way when they are equal). ValueError for a count below 1.
std::vector<double> count_bin_edges(std::span<const double> a, std::int64_t count);

// Hist._define_bin_edges with a bin width: numpy.arange(min, max + width, width).
std::vector<double> width_bin_edges(std::span<const double> a, double binwidth);

// numpy.histogram(a, bins=len(edges) - 1, range=(edges[0], edges[-1])): the equal-width bins
// seaborn counts in whenever the bins came from a rule, a count or a width.
std::vector<double> equal_edges(const std::vector<double>& edges);

struct HistogramStat {
    std::vector<double> edges;
    std::vector<double> heights;
};

// Hist._eval and _normalize: counts in `edges`, as "count", "frequency" (count / width),
// "density" (numpy's density), "probability" / "proportion" (count / total) or "percent".
// ValueError with seaborn's _check_argument message for another stat.
HistogramStat histogram_stat(std::span<const double> a, const std::vector<double>& edges,
                             const std::string& stat);

// seaborn's check of the stat's name, before any data is read.
void check_stat(const std::string& stat);

}  // namespace tabula::plot::detail
