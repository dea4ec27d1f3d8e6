#pragma once
// scikit-learn's scorers by name (sklearn/metrics/_scorer.py): a fitted model, X and y to a
// score where greater is better (losses are negated).
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "tabula/ml/data.hpp"
#include "tabula/ml/model.hpp"

namespace tabula {

using Scorer = std::function<double(const Model&, const Features&, const Target&)>;

// ValueError "'foo' is not a valid scoring value. Use sklearn.metrics.get_scorer_names() to get
// valid options." for an unknown name. Label scorers ("accuracy", "f1_macro", ...) score
// predict(X); "neg_log_loss" and "roc_auc_ovr" predict_proba(X); "roc_auc" decision_function(X)
// when the model has it, else the predict_proba column of classes()[1] (predict(X) for a
// regressor).
Scorer get_scorer(std::string_view name);

// The names get_scorer knows, sorted.
std::vector<std::string> get_scorer_names();

}  // namespace tabula
