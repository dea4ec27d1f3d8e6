#pragma once
// scikit-learn's _fit_and_score over every (candidate, split) pair, in parallel, each result in
// its own slot so that nothing depends on the thread count. Shared by cross_validate, the
// searches and learning_curve.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "tabula/ml/estimator.hpp"
#include "tabula/ml/model_selection/cross_validate.hpp"
#include "tabula/ml/model_selection/split.hpp"

namespace tabula::detail {

using NamedScorers = std::vector<std::pair<std::string, Scorer>>;

// One fit: training on `train`, scoring on `test` (and on `train` when asked).
struct FitTask {
    std::int64_t candidate = 0;
    const Split* split = nullptr;
    // Rows used for training: split->train, or a prefix of it (learning_curve).
    std::int64_t n_train = -1;
};

struct FitResult {
    double fit_time = 0.0;
    double score_time = 0.0;
    // One per scorer, in the scorers' order; error_score after a failure.
    std::vector<double> test_scores;
    std::vector<double> train_scores;
    std::optional<Model> model;
    // "ValueError: ..." when fit or scoring threw (error_score was a number).
    std::string error;
};

struct FitOptions {
    bool return_train_score = false;
    bool keep_models = false;
    int n_jobs = 1;
    ErrorScore error_score = 0.0;
};

// ValueError "error_score must be the string 'raise' or a numeric value. ..." for another string.
void check_error_score(const ErrorScore& error_score);

// estimators[task.candidate] fitted and scored for every task. With error_score "raise" the
// first failure in task order is rethrown after all tasks ran.
std::vector<FitResult> fit_and_score(const std::vector<Estimator>& estimators, const Features& X,
                                     const Target& y, const std::vector<FitTask>& tasks,
                                     const NamedScorers& scorers, const FitOptions& options);

// scikit-learn's _warn_or_raise_about_fit_failures when every fit failed: ValueError "\nAll the
// 5 fits failed.\nIt is very likely that your model is misconfigured. ..." with each distinct
// error and how often it occurred.
void check_all_failed(const std::vector<FitResult>& results);

// The splits of cv after check_cv: StratifiedKFold for a classifier with a class-label y.
std::vector<Split> resolve_splits(const CrossValidator& cv, const Estimator& estimator,
                                  const Features& X, const Target& y, const Target* groups);

}  // namespace tabula::detail
