#pragma once
// scikit-learn's permutation_importance: how much a fitted model's score drops when one feature's
// values are shuffled, n_repeats times per feature (features in parallel with n_jobs). The
// shuffles are NumPy's legacy RandomState draws seeded as scikit-learn seeds them, so a
// random_state gives scikit-learn's importances.
//   auto result = permutation_importance(model, X_test, y_test, {.scoring = "accuracy",
//                                                                 .random_state = 0});
//   result.importances_mean;   // one per feature
// scikit-learn's sample_weight is not a parameter; several scorers at once are not supported
// (call it once per scorer).
#include <cstdint>
#include <optional>
#include <variant>

#include "tabula/array/ndarray.hpp"
#include "tabula/ml/data.hpp"
#include "tabula/ml/model.hpp"
#include "tabula/ml/model_selection/scoring.hpp"

namespace tabula {

struct PermutationImportanceOptions {
    // One scorer (the model's score() by default).
    Scoring scoring = {};
    std::int64_t n_repeats = 5;
    int n_jobs = 1;
    // Seeds the one draw (randint(2**31)) that seeds every feature's RandomState, as scikit-learn.
    std::optional<std::int64_t> random_state = std::nullopt;
    // Rows used per repeat: a fraction of n_samples (1.0: all, unshuffled) or a count in
    // (0, n_samples]; fewer than all are drawn without replacement per feature.
    std::variant<double, std::int64_t> max_samples = 1.0;
};

struct PermutationImportanceResult {
    // (n_features,): the mean and standard deviation over the repeats of `importances`.
    NDArray<double> importances_mean;
    NDArray<double> importances_std;
    // (n_features, n_repeats): baseline score minus the score with the feature shuffled.
    NDArray<double> importances;
};

// ValueError "max_samples must be in (0, n_samples]" for an int outside it; the model's and the
// scorer's errors.
PermutationImportanceResult permutation_importance(
    const Model& model, const Features& X, const Target& y,
    const PermutationImportanceOptions& options = {});

}  // namespace tabula
