#pragma once
// scikit-learn's cross_validate and cross_val_score: fit a copy of the estimator on each
// training split and score it on the test split, the splits in parallel (n_jobs). Results sit in
// split order whatever the thread count.
//   NDArray<double> scores = cross_val_score(pipeline, X, y, {.cv = 5, .scoring = "f1"});
//   auto cv = cross_validate(model, X, y, {.scoring = {"accuracy", "f1"},
//                                          .return_train_score = true});
//   std::cout << cv;  cv["test_f1"];  cv.frame();
// scikit-learn's fit_params, pre_dispatch and verbose are not parameters.
#include <cmath>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/ml/estimator.hpp"
#include "tabula/ml/model_selection/cross_validator.hpp"
#include "tabula/ml/model_selection/scoring.hpp"

namespace tabula {

// scikit-learn's error_score: a number given to the scores of a fit that throws (NaN by
// default; when every fit throws it is a ValueError "All the 5 fits failed. ..."), or "raise"
// to let the first error (in split order) through.
using ErrorScore = std::variant<double, std::string>;

struct CrossValidateOptions {
    // 5 folds by default; an int is StratifiedKFold for a classifier with a binary or multiclass
    // y, else KFold (check_cv), unshuffled.
    CrossValidator cv = {};
    Scoring scoring = {};
    // Threads over the splits (scikit-learn's None is 1; -1 all cores).
    int n_jobs = 1;
    bool return_train_score = false;
    bool return_estimator = false;
    // Group labels for GroupKFold.
    std::optional<Target> groups = std::nullopt;
    ErrorScore error_score = std::nan("");
};

// cross_validate's dict: NumPy arrays by key, in scikit-learn's key order (fit_time,
// score_time, then test_<name> and train_<name> per scorer; "score" for a single one).
class CrossValidateResult {
  public:
    CrossValidateResult(std::vector<std::pair<std::string, NDArray<double>>> arrays,
                        std::vector<Model> estimators);
    // KeyError for a key it does not hold.
    const NDArray<double>& operator[](std::string_view key) const;
    std::vector<std::string> keys() const;
    // The fitted model of each split (return_estimator); empty when a fit failed.
    const std::vector<Model>& estimator() const noexcept { return estimators_; }
    // One row per split, one column per key: what pd.DataFrame(cross_validate(...)) shows.
    DataFrame frame() const;
    friend std::ostream& operator<<(std::ostream& out, const CrossValidateResult& r);

  private:
    std::vector<std::pair<std::string, NDArray<double>>> arrays_;
    std::vector<Model> estimators_;
};

// ValueError for inconsistent lengths, and the splitter's and scorers' errors. (Estimators
// without y are not scored: tabula's models score against a y.)
CrossValidateResult cross_validate(const Estimator& estimator, const Features& X, const Target& y,
                                   const CrossValidateOptions& options = {});

// cross_validate's test scores for one scorer (ValueError for a multi-metric `scoring`, which
// cross_val_score does not take).
NDArray<double> cross_val_score(const Estimator& estimator, const Features& X, const Target& y,
                                const CrossValidateOptions& options = {});

}  // namespace tabula
