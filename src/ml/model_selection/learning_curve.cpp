#include "tabula/ml/model_selection/learning_curve.hpp"

#include <algorithm>
#include <cstdio>

#include "fit_and_score.hpp"
#include "splitter_support.hpp"
#include "tabula/array/creation.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

std::string fixed6(double value) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%f", value);
    return buffer;
}

// _translate_train_sizes: fractions scaled by the largest training split and truncated (at
// least 1), or absolute sizes checked; then np.unique.
std::vector<std::int64_t> translate_train_sizes(const TrainSizes& sizes, std::int64_t n_max) {
    std::vector<std::int64_t> out;
    if (const auto* fractions = std::get_if<std::vector<double>>(&sizes)) {
        if (fractions->empty())
            throw ValueError(
                "zero-size array to reduction operation minimum which has no identity");
        const auto [lo, hi] = std::minmax_element(fractions->begin(), fractions->end());
        if (*lo <= 0.0 || *hi > 1.0) {
            throw ValueError(
                "train_sizes has been interpreted as fractions of the maximum number of training "
                "samples and must be within (0, 1], but is within [" +
                fixed6(*lo) + ", " + fixed6(*hi) + "].");
        }
        for (const double f : *fractions) {
            const auto n = static_cast<std::int64_t>(f * static_cast<double>(n_max));
            out.push_back(std::clamp<std::int64_t>(n, 1, n_max));
        }
    } else {
        out = std::get<std::vector<std::int64_t>>(sizes);
        if (out.empty())
            throw ValueError(
                "zero-size array to reduction operation minimum which has no identity");
        const auto [lo, hi] = std::minmax_element(out.begin(), out.end());
        if (*lo <= 0 || *hi > n_max) {
            throw ValueError(
                "train_sizes has been interpreted as absolute numbers of training samples and "
                "must be within (0, " +
                std::to_string(n_max) + "], but is within [" + std::to_string(*lo) + ", " +
                std::to_string(*hi) + "].");
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

}  // namespace

LearningCurveResult learning_curve(const Estimator& estimator, const Features& X, const Target& y,
                                   const LearningCurveOptions& options) {
    detail::check_error_score(options.error_score);
    std::vector<Split> splits = detail::resolve_splits(options.cv, estimator, X, y,
                                                       options.groups ? &*options.groups : nullptr);
    const Scorer scorer = options.scoring.single();
    if (splits.empty()) throw ValueError("learning_curve needs at least one split");
    const auto n_max = static_cast<std::int64_t>(splits.front().train.size());
    const auto sizes = translate_train_sizes(
        options.train_sizes ? *options.train_sizes : TrainSizes(linspace(0.1, 1.0, 5).to_vector()),
        n_max);
    if (options.shuffle) {
        auto rng = detail::random_state_for(options.random_state);
        for (Split& split : splits) rng.shuffle(split.train);
    }
    std::vector<detail::FitTask> tasks;
    for (const Split& split : splits) {
        for (const std::int64_t n : sizes) {
            tasks.push_back({.candidate = 0, .split = &split, .n_train = n});
        }
    }
    const auto results = detail::fit_and_score(
        {estimator}, X, y, tasks, {{"score", scorer}},
        {.return_train_score = true, .n_jobs = options.n_jobs, .error_score = options.error_score});
    detail::check_all_failed(results);
    const auto n_ticks = static_cast<std::int64_t>(sizes.size());
    const auto n_splits = static_cast<std::int64_t>(splits.size());
    const auto gather = [&](auto value) {
        // Tasks run split by split; the result has one row per size.
        std::vector<double> out(results.size());
        for (std::int64_t s = 0; s < n_splits; ++s) {
            for (std::int64_t t = 0; t < n_ticks; ++t) {
                out[static_cast<std::size_t>(t * n_splits + s)] =
                    value(results[static_cast<std::size_t>(s * n_ticks + t)]);
            }
        }
        return NDArray<double>(std::move(out), Shape{n_ticks, n_splits});
    };
    return {
        .train_sizes_abs = NDArray<std::int64_t>(sizes, Shape{n_ticks}),
        .train_scores = gather([](const detail::FitResult& r) { return r.train_scores[0]; }),
        .test_scores = gather([](const detail::FitResult& r) { return r.test_scores[0]; }),
        .fit_times = gather([](const detail::FitResult& r) { return r.fit_time; }),
        .score_times = gather([](const detail::FitResult& r) { return r.score_time; }),
    };
}

}  // namespace tabula
