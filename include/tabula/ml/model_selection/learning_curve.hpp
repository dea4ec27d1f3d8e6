#pragma once
// scikit-learn's learning_curve: cross-validated train and test scores of the estimator fitted
// on growing prefixes of each training split (fits in parallel with n_jobs, results in fixed
// slots).
//   auto curve = learning_curve(model, X, y, {.cv = 5, .scoring = "accuracy"});
//   curve.train_sizes_abs; curve.train_scores; curve.test_scores;   // (n_ticks, n_splits)
// scikit-learn's exploit_incremental_learning (partial_fit), fit_params, pre_dispatch and
// verbose are not parameters; the times are always returned (return_times).
#include <cmath>
#include <cstdint>
#include <optional>
#include <variant>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/ml/estimator.hpp"
#include "tabula/ml/model_selection/cross_validate.hpp"

namespace tabula {

// Fractions of the largest training split in (0, 1], or absolute sizes (ints).
using TrainSizes = std::variant<std::vector<double>, std::vector<std::int64_t>>;

struct LearningCurveOptions {
    // Unset: np.linspace(0.1, 1.0, 5).
    std::optional<TrainSizes> train_sizes = std::nullopt;
    CrossValidator cv = {};
    // One scorer (the model's score() by default).
    Scoring scoring = {};
    int n_jobs = 1;
    // Shuffle each training split (rng.permutation(train), one RandomState(random_state) over the
    // splits in order) before taking prefixes.
    bool shuffle = false;
    std::optional<std::int64_t> random_state = std::nullopt;
    std::optional<Target> groups = std::nullopt;
    ErrorScore error_score = std::nan("");
};

struct LearningCurveResult {
    // The distinct sizes used, ascending.
    NDArray<std::int64_t> train_sizes_abs;
    // (n_ticks, n_splits) each.
    NDArray<double> train_scores;
    NDArray<double> test_scores;
    NDArray<double> fit_times;
    NDArray<double> score_times;
};

// ValueError "train_sizes has been interpreted as fractions of the maximum number of training
// samples and must be within (0, 1], but is within [0.000000, 1.100000]." (or "... absolute
// numbers of training samples and must be within (0, 32], ..."), and cross_validate's errors.
LearningCurveResult learning_curve(const Estimator& estimator, const Features& X, const Target& y,
                                   const LearningCurveOptions& options = {});

}  // namespace tabula
