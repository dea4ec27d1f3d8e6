#pragma once
// The `scoring` argument of cross_validate, GridSearchCV, learning_curve and
// permutation_importance: nothing (the model's own score()), a scorer name, a callable, or
// several of them (multi-metric: results keyed by name, "test_accuracy", ...).
//   {.scoring = "f1"}    {.scoring = {"accuracy", "f1"}}    {.scoring = my_scorer}
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "tabula/ml/metrics/scorer.hpp"

namespace tabula {

class Scoring {
  public:
    // None: the model's score() (accuracy for classifiers, R^2 for regressors).
    Scoring() = default;
    Scoring(const char* name) : names_{name} {}                           // NOLINT
    Scoring(std::string name) : names_{std::move(name)} {}                // NOLINT
    Scoring(Scorer scorer) : callables_{{"score", std::move(scorer)}} {}  // NOLINT
    // Several scorers by name (scikit-learn's list): multi-metric.
    Scoring(std::initializer_list<std::string> names)  // NOLINT
        : names_(names), multimetric_(true) {}
    Scoring(std::vector<std::string> names)  // NOLINT
        : names_(std::move(names)), multimetric_(true) {}
    // Named callables (scikit-learn's dict): multi-metric.
    Scoring(std::vector<std::pair<std::string, Scorer>> scorers)  // NOLINT
        : callables_(std::move(scorers)), multimetric_(true) {}

    bool is_multimetric() const noexcept { return multimetric_; }
    // The scorers by the names results use: {"score", ...} for a single one. ValueError for an
    // unknown name, and scikit-learn's _check_multimetric_scoring errors for an empty or repeated
    // list.
    std::vector<std::pair<std::string, Scorer>> resolve() const;
    // The one scorer of a single-metric scoring; ValueError "For evaluating multiple scores, use
    // sklearn.model_selection.cross_validate instead. ['accuracy', 'f1'] was passed." otherwise
    // (scikit-learn's check_scoring).
    Scorer single() const;

  private:
    std::vector<std::string> names_;
    std::vector<std::pair<std::string, Scorer>> callables_;
    bool multimetric_ = false;
};

}  // namespace tabula
