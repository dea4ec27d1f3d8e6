#include <cstddef>

#include "tabula/ml/labels.hpp"
#include "tabula/ml/model.hpp"

namespace tabula {

double ModelInterface::score_features(const Features& X, const Target& y) const {
    if (!is_classifier() && !is_regressor()) throw_no_attribute("score");
    const Series predicted = predict_features(X);
    check_consistent_length(y.size(), predicted.size());
    if (is_classifier()) {
        const EncodedLabels truth = encode_labels(y);
        const auto predicted_codes = label_positions(truth.classes, predicted);
        std::size_t correct = 0;
        for (std::size_t i = 0; i < truth.codes.size(); ++i) {
            correct += predicted_codes[i] == truth.codes[i] ? 1 : 0;
        }
        return static_cast<double>(correct) / static_cast<double>(truth.codes.size());
    }
    const auto truth = regression_target(y);
    const auto values = regression_target(Target(predicted));
    double mean = 0.0;
    for (double v : truth) mean += v;
    mean /= static_cast<double>(truth.size());
    double residual = 0.0;
    double total = 0.0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        residual += (truth[i] - values[i]) * (truth[i] - values[i]);
        total += (truth[i] - mean) * (truth[i] - mean);
    }
    return total == 0.0 ? (residual == 0.0 ? 1.0 : 0.0) : 1.0 - residual / total;
}

}  // namespace tabula
