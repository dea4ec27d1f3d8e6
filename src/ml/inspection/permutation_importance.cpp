#include "tabula/ml/inspection/permutation_importance.hpp"

#include <numeric>

#include "../model_selection/sample_without_replacement.hpp"
#include "../model_selection/splitter_support.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula {
namespace {

// _calculate_permutation_scores for column j: each repeat shuffles the running index array
// again and applies it to the already shuffled column, as scikit-learn does.
std::vector<double> permuted_scores(const Model& model, const Features& X, const Target& y,
                                    std::int64_t j, std::int64_t seed, std::int64_t n_repeats,
                                    const Scorer& scorer, std::int64_t max_samples) {
    auto rng = random::RandomState(seed);
    Features rows = X;
    Target targets = y;
    if (max_samples < X.num_rows()) {
        const auto picked = detail::sample_without_replacement(X.num_rows(), max_samples, rng);
        rows = X.take(picked);
        targets = y.take(picked);
    }
    const DataFrame& frame = rows.frame();
    const std::string& name = frame.columns()[static_cast<std::size_t>(j)];
    std::vector<std::int64_t> shuffling(static_cast<std::size_t>(rows.num_rows()));
    std::iota(shuffling.begin(), shuffling.end(), std::int64_t{0});
    std::vector<std::int64_t> current = shuffling;
    std::vector<double> scores;
    for (std::int64_t r = 0; r < n_repeats; ++r) {
        rng.shuffle(shuffling);
        std::vector<std::int64_t> next(current.size());
        for (std::size_t i = 0; i < next.size(); ++i) {
            next[i] = current[static_cast<std::size_t>(shuffling[i])];
        }
        current = std::move(next);
        const Features permuted(frame.with_column(name, frame.column(name).take(current)),
                                rows.has_feature_names());
        scores.push_back(scorer(model, permuted, targets));
    }
    return scores;
}

}  // namespace

PermutationImportanceResult permutation_importance(const Model& model, const Features& X,
                                                   const Target& y,
                                                   const PermutationImportanceOptions& options) {
    if (options.n_repeats < 1) {
        throw ValueError(
            "The 'n_repeats' parameter of permutation_importance must be an int in the range [1, "
            "inf). Got " +
            std::to_string(options.n_repeats) + " instead.");
    }
    auto rng = detail::random_state_for(options.random_state);
    const std::int64_t seed = rng.randint(std::int64_t{2147483648});
    const std::int64_t n = X.num_rows();
    std::int64_t max_samples = 0;
    if (const auto* fraction = std::get_if<double>(&options.max_samples)) {
        max_samples = static_cast<std::int64_t>(*fraction * static_cast<double>(n));
    } else {
        max_samples = std::get<std::int64_t>(options.max_samples);
        if (!(max_samples > 0 && max_samples <= n)) {
            throw ValueError("max_samples must be in (0, n_samples]");
        }
    }
    const Scorer scorer = options.scoring.single();
    const double baseline = scorer(model, X, y);
    const std::int64_t d = X.num_features();
    const std::int64_t repeats = options.n_repeats;
    std::vector<double> importances(static_cast<std::size_t>(d * repeats));
    with_n_jobs(options.n_jobs, [&] {
        parallel_chunks(d, 1, [&](std::int64_t, std::int64_t j, std::int64_t) {
            const auto scores = permuted_scores(model, X, y, j, seed, repeats, scorer, max_samples);
            for (std::int64_t r = 0; r < repeats; ++r) {
                importances[static_cast<std::size_t>(j * repeats + r)] =
                    baseline - scores[static_cast<std::size_t>(r)];
            }
        });
    });
    NDArray<double> all(std::move(importances), Shape{d, repeats});
    return {.importances_mean = mean(all, 1),
            .importances_std = tabula::std(all, 1),
            .importances = std::move(all)};
}

}  // namespace tabula
