#include "stat_estimate.hpp"

#include <cmath>
#include <random>
#include <vector>

#include "tabula/array/creation.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/random.hpp"

namespace tabula::plot::detail {

namespace {

std::vector<double> finite(std::span<const double> values) {
    std::vector<double> out;
    for (const double v : values) {
        if (!std::isnan(v)) out.push_back(v);
    }
    return out;
}

// The estimator as pandas' agg computes it: NaN skipped.
double statistic(const std::string& estimator, std::span<const double> values) {
    const NDArray<double> a = asarray(finite(values));
    if (a.size() == 0) return std::nan("");
    return estimator == "median" ? median(a) : mean(a);
}

// numpy.nanmean / nanmedian, which bootstrap switches to when the data hold NaN: nanmean is the
// sum with NaN as 0 (pairwise, as numpy) over the count of the others.
double nan_statistic(const std::string& estimator, const std::vector<double>& sample) {
    if (estimator == "median") return statistic(estimator, sample);
    std::vector<double> zeroed = sample;
    std::int64_t count = 0;
    for (double& v : zeroed) {
        if (std::isnan(v)) {
            v = 0;
        } else {
            ++count;
        }
    }
    if (count == 0) return std::nan("");
    return sum(asarray(std::move(zeroed))) / static_cast<double>(count);
}

// seaborn.algorithms.bootstrap: n_boot resamples of n indices from default_rng(seed).integers.
std::vector<double> bootstrap(std::span<const double> values, const std::string& estimator,
                              const ErrorbarSpec& spec) {
    random::Generator rng = random::default_rng(spec.seed);
    const auto n = static_cast<std::int64_t>(values.size());
    std::vector<double> boots;
    boots.reserve(static_cast<std::size_t>(spec.n_boot));
    std::vector<double> sample(values.size());
    for (int b = 0; b < spec.n_boot; ++b) {
        const std::vector<std::int64_t> resampler = rng.integers(0, n, n);
        for (std::size_t i = 0; i < sample.size(); ++i) {
            sample[i] = values[static_cast<std::size_t>(resampler[i])];
        }
        boots.push_back(nan_statistic(estimator, sample));
    }
    return boots;
}

// seaborn's _percentile_interval: numpy.nanpercentile at the interval's two edges.
std::pair<double, double> percentile_interval(std::span<const double> data, double width) {
    const double edge = (100 - width) / 2;
    const NDArray<double> a = asarray(finite(data));
    if (a.size() == 0) return {std::nan(""), std::nan("")};
    return {percentile(a, edge), percentile(a, 100 - edge)};
}

// seaborn's seed None: numpy.random.default_rng() seeded from the system's entropy.
std::uint64_t fresh_seed() {
    std::random_device device;
    return (static_cast<std::uint64_t>(device()) << 32) | device();
}

}  // namespace

ErrorbarSpec errorbar_spec(const std::string& method, std::optional<double> level, int n_boot,
                           std::optional<std::uint64_t> seed) {
    if (!method.empty() && method != "ci" && method != "pi" && method != "se" && method != "sd") {
        throw ValueError(std::string("`errorbar` must be one of ['ci', 'pi', 'se', 'sd'], but '") +
                         method + "' was passed.");
    }
    if (n_boot < 0) throw ValueError("n_boot must not be negative");
    const double default_level = method == "ci" || method == "pi" ? 95.0 : 1.0;
    return {.method = method,
            .level = level.value_or(default_level),
            .n_boot = n_boot,
            .seed = seed ? *seed : fresh_seed()};
}

void check_estimator(const std::string& estimator) {
    if (estimator != "mean" && estimator != "median") {
        throw AttributeError(std::string("'") + estimator +
                             "' is not a valid function for 'Series' object");
    }
}

Estimate estimate(std::span<const double> values, const std::string& estimator,
                  const ErrorbarSpec& errorbar) {
    const double nan = std::nan("");
    if (values.empty()) return {nan, nan, nan};
    const double value = statistic(estimator, values);
    // seaborn counts the rows, NaN included, both here and in the bootstrap's resamples.
    if (errorbar.method.empty() || values.size() <= 1) return {value, nan, nan};
    if (errorbar.method == "sd" || errorbar.method == "se") {
        // pandas' std and sem (ddof 1, NaN skipped) times the scale.
        const std::vector<double> data = finite(values);
        double half = std(asarray(data), {.ddof = 1}) * errorbar.level;
        if (errorbar.method == "se") half /= std::sqrt(static_cast<double>(data.size()));
        return {value, value - half, value + half};
    }
    const auto [low, high] =
        errorbar.method == "pi"
            ? percentile_interval(values, errorbar.level)
            : percentile_interval(bootstrap(values, estimator, errorbar), errorbar.level);
    return {value, low, high};
}

}  // namespace tabula::plot::detail
