#pragma once
// pandas' cut and qcut: numbers into intervals, as a categorical Series whose categories print
// as pandas' Interval labels ("(0.991, 4.0]") or are the labels given.
//   cut(ages, {0, 18, 35, 60, 100}, {.labels = {"<18", "18-35", "35-60", "60+"}})
//   cut(income, 3)      qcut(income, 4)      qcut(income, {0.0, 0.5, 0.9, 1.0})
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "tabula/frame/series.hpp"

namespace tabula {

// cut's bins: a number of equal-width bins, or the edges. Integer edges print as integers
// ("(0, 5]"), as pandas' interval[int64]; a braced list of ints is integer edges, of doubles
// float edges (write 0.0 rather than 0 to mix them).
class Bins {
  public:
    Bins(std::int64_t count) : count_(count) {}                                      // NOLINT
    Bins(std::initializer_list<int> edges);                                          // NOLINT
    Bins(std::initializer_list<double> edges) : Bins(std::vector<double>(edges)) {}  // NOLINT
    Bins(std::vector<double> edges) : edges_(std::move(edges)), counted_(false) {}   // NOLINT
    Bins(const std::vector<std::int64_t>& edges);                                    // NOLINT

    bool counted() const noexcept { return counted_; }
    std::int64_t count() const noexcept { return count_; }
    const std::vector<double>& edges() const noexcept { return edges_; }
    bool integer_edges() const noexcept { return integer_edges_; }

  private:
    std::int64_t count_ = 0;
    std::vector<double> edges_;
    bool counted_ = true;
    bool integer_edges_ = false;
};

// qcut's q: a number of equal-sized bins (quartiles for 4), or the quantiles of the edges.
class Quantiles {
  public:
    Quantiles(std::int64_t count) : count_(count) {}    // NOLINT
    Quantiles(std::initializer_list<double> quantiles)  // NOLINT
        : Quantiles(std::vector<double>(quantiles)) {}
    Quantiles(std::vector<double> quantiles)  // NOLINT
        : quantiles_(std::move(quantiles)), counted_(false) {}

    bool counted() const noexcept { return counted_; }
    std::int64_t count() const noexcept { return count_; }
    const std::vector<double>& quantiles() const noexcept { return quantiles_; }

  private:
    std::int64_t count_ = 0;
    std::vector<double> quantiles_;
    bool counted_ = true;
};

struct CutOptions {
    bool right = true;  // intervals closed on the right, "(a, b]"; false gives "[a, b)"
    // One category name per bin; empty: the interval text, as pandas' labels=None.
    std::vector<std::string> labels = {};
    // pandas' labels=False: the bin number (int64, null outside every bin) instead of a
    // category.
    bool integer_codes = false;
    bool include_lowest = false;       // the first interval also holds its left edge
    int precision = 3;                 // digits of the interval text
    std::string duplicates = "raise";  // "raise" (ValueError) or "drop" repeated edges
};

struct QcutOptions {
    std::vector<std::string> labels = {};
    bool integer_codes = false;
    int precision = 3;
    std::string duplicates = "raise";
};

// A categorical Series (categories in bin order) holding each value's bin, with the input's
// name and index; nulls and values outside every bin are null. TypeError for a series that
// does not hold numbers; ValueError with pandas' messages for bad bins and labels.
Series cut(const Series& values, const Bins& bins, const CutOptions& options = {});
// Bins holding about equal numbers of values: edges at the quantiles of the non-null values
// (NumPy's linear interpolation), the first interval including its left edge.
Series qcut(const Series& values, const Quantiles& q, const QcutOptions& options = {});

}  // namespace tabula
