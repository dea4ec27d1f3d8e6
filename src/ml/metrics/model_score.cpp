// ModelInterface::score_features (declared in tabula/ml/model.hpp) lives with the metrics it
// calls: scikit-learn's ClassifierMixin.score and RegressorMixin.score.
#include "tabula/ml/metrics/classification.hpp"
#include "tabula/ml/metrics/regression.hpp"
#include "tabula/ml/model.hpp"

namespace tabula {

double ModelInterface::score_features(const Features& X, const Target& y) const {
    if (is_classifier()) return accuracy_score(y, predict_features(X));
    if (is_regressor()) return r2_score(y, predict_features(X));
    throw_no_attribute("score");
}

}  // namespace tabula
