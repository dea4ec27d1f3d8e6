#include "tabula/ml/model_selection/scoring.hpp"

#include <algorithm>

#include "tabula/core/error.hpp"
#include "tabula/ml/model_selection/parameter_grid.hpp"

namespace tabula {

std::vector<std::pair<std::string, Scorer>> Scoring::resolve() const {
    if (!callables_.empty() || (!multimetric_ && names_.empty())) {
        if (callables_.empty()) {
            return {{"score", [](const Model& model, const Features& X, const Target& y) {
                         return model.interface().score_features(X, y);
                     }}};
        }
        return callables_;
    }
    if (!multimetric_) return {{"score", get_scorer(names_.front())}};
    const std::string generic =
        "The list/tuple elements must be unique strings of predefined scorers. ";
    if (names_.empty()) throw ValueError(generic + " Empty list was given. []");
    std::vector<std::string> sorted = names_;
    std::sort(sorted.begin(), sorted.end());
    if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
        throw ValueError(generic + " Duplicate elements were found in the given list. " +
                         python_repr(ParamValue(names_)));
    }
    std::vector<std::pair<std::string, Scorer>> out;
    for (const auto& name : names_) out.emplace_back(name, get_scorer(name));
    return out;
}

Scorer Scoring::single() const {
    const auto scorers = resolve();
    if (multimetric_) {
        std::vector<std::string> names;
        for (const auto& entry : scorers) names.push_back(entry.first);
        throw ValueError(
            "For evaluating multiple scores, use sklearn.model_selection.cross_validate instead. " +
            python_repr(ParamValue(names)) + " was passed.");
    }
    return scorers.front().second;
}

}  // namespace tabula
