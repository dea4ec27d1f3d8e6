#pragma once
// scikit-learn's label metrics (sklearn/metrics/_classification.py): accuracy, precision,
// recall, F-scores, confusion matrices and balanced accuracy of predicted class labels.
//
// y_true and y_pred are class labels of one type (ints, floats, bools or strings): the labels
// are the sorted union of both, as scikit-learn's unique_labels. sample_weight is not supported.
// Where scikit-learn answers nonsense, these throw instead: labels that mix strings and numbers
// are a TypeError ("Mix of label input types (string and number)"), and empty inputs a
// ValueError ("Found array with 0 sample(s) ...").
#include <cstdint>
#include <optional>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/frame/scalar.hpp"
#include "tabula/ml/data.hpp"

namespace tabula {

// scikit-learn's `average`: Binary scores pos_label alone; None keeps one score per label.
enum class Average { Binary, Micro, Macro, Weighted, None };

// scikit-learn's `zero_division`: the score of a division by zero. Warn gives 0 (scikit-learn
// also warns; tabula does not).
enum class ZeroDivision { Warn, Zero, One };

struct PrecisionRecallOptions {
    Average average = Average::Binary;
    // The class that is positive when average is Binary (an int, float, bool or string label).
    Scalar pos_label = 1;
    // The labels to score and their order; none means every label of y_true and y_pred.
    std::optional<std::vector<Scalar>> labels{};
    ZeroDivision zero_division = ZeroDivision::Warn;
};

// One value per label (average None, in label order) or one value (the average).
struct PrecisionRecallFscoreSupport {
    std::vector<double> precision;
    std::vector<double> recall;
    std::vector<double> fbeta_score;
    // The true count of each label for average None; empty when averaged (scikit-learn's None).
    std::vector<std::int64_t> support;
};

// The fraction (normalize) or the number of correct labels.
double accuracy_score(const Target& y_true, const Target& y_pred, bool normalize = true);

// ValueError "beta should be >=0 in the F-beta score" for beta < 0; beta = inf is the recall.
PrecisionRecallFscoreSupport precision_recall_fscore_support(
    const Target& y_true, const Target& y_pred, const PrecisionRecallOptions& options = {},
    double beta = 1.0);

// The averaged scores; average None (one score per label) is a ValueError here: use
// precision_recall_fscore_support for per-label scores.
double precision_score(const Target& y_true, const Target& y_pred,
                       const PrecisionRecallOptions& options = {});
double recall_score(const Target& y_true, const Target& y_pred,
                    const PrecisionRecallOptions& options = {});
double f1_score(const Target& y_true, const Target& y_pred,
                const PrecisionRecallOptions& options = {});
double fbeta_score(const Target& y_true, const Target& y_pred, double beta,
                   const PrecisionRecallOptions& options = {});

// confusion_matrix's `normalize`: divide by the true counts (rows), the predicted counts
// (columns) or the total; an empty row or column stays 0.
enum class ConfusionNormalize { True, Pred, All };

// Counts: row i = true label i, column j = predicted label j, labels in the order of `labels`
// (default: the sorted union). Samples whose labels are not in `labels` are left out.
NDArray<std::int64_t> confusion_matrix(const Target& y_true, const Target& y_pred,
                                       const std::optional<std::vector<Scalar>>& labels = {});
NDArray<double> confusion_matrix(const Target& y_true, const Target& y_pred,
                                 ConfusionNormalize normalize,
                                 const std::optional<std::vector<Scalar>>& labels = {});

// The mean recall of the labels present in y_true; adjusted rescales chance level to 0.
double balanced_accuracy_score(const Target& y_true, const Target& y_pred, bool adjusted = false);

}  // namespace tabula
