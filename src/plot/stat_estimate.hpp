#pragma once
// seaborn._statistics.EstimateAggregator: an estimate of a vector of values (mean or median)
// with its error bar interval, the bootstrap drawing numpy.random.default_rng(seed)'s integers
// as seaborn.algorithms.bootstrap does.
#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace tabula::plot::detail {

struct ErrorbarSpec {
    // "ci", "pi", "se", "sd" or "" for none.
    std::string method = "ci";
    double level = 95;
    int n_boot = 1000;
    std::uint64_t seed = 0;
};

struct Estimate {
    double value;
    // NaN without an interval (no method, or at most one value).
    double low;
    double high;
};

// ValueError with seaborn's message for another method ("`errorbar` must be one of ['ci',
// 'pi', 'se', 'sd'], but 'x' was passed.") and for another estimator. `level` none is the
// method's default (95 for ci and pi, 1 for se and sd).
ErrorbarSpec errorbar_spec(const std::string& method, std::optional<double> level, int n_boot,
                           std::optional<std::uint64_t> seed);
void check_estimator(const std::string& estimator);

// The estimate of `values` and its interval; NaN for no values.
Estimate estimate(std::span<const double> values, const std::string& estimator,
                  const ErrorbarSpec& errorbar);

}  // namespace tabula::plot::detail
