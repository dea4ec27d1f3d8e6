#pragma once
// scikit-learn's ranking metrics (sklearn/metrics/_ranking.py): ROC and precision-recall curves
// of scores against binary labels, and the area under the ROC curve.
#include <optional>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/frame/scalar.hpp"
#include "tabula/ml/data.hpp"
#include "tabula/ml/metrics/classification.hpp"

namespace tabula {

struct RocCurve {
    std::vector<double> fpr;
    std::vector<double> tpr;
    // Decreasing; the first is the highest score + 1 (scikit-learn 1.2's start of the curve).
    std::vector<double> thresholds;
};

struct PrecisionRecallCurve {
    std::vector<double> precision;  // ends with 1
    std::vector<double> recall;     // decreasing, ends with 0
    std::vector<double> thresholds;
};

// y_score: 1-d scores (or one column), higher meaning more likely pos_label. Without pos_label,
// y_true's labels must be {0, 1} or {-1, 1} (or one of them) and 1 is positive.
RocCurve roc_curve(const Target& y_true, const NDArray<double>& y_score,
                   const std::optional<Scalar>& pos_label = {}, bool drop_intermediate = true);
PrecisionRecallCurve precision_recall_curve(const Target& y_true, const NDArray<double>& y_score,
                                            const std::optional<Scalar>& pos_label = {});

// scikit-learn's auc: the trapezoidal area under y(x), x monotonic.
double auc(const std::vector<double>& x, const std::vector<double>& y);

// roc_auc_score's multi_class: Raise refuses multiclass y_true (scikit-learn's default); Ovr
// scores each class against the rest; Ovo averages every pair of classes (Hand & Till).
enum class MultiClass { Raise, Ovr, Ovo };

struct RocAucOptions {
    // Of the per-class (Ovr) or per-pair (Ovo) scores of a multiclass problem: Macro, Weighted
    // (by prevalence) or, for Ovr, Micro (all classes' scores as one binary problem). Unused for
    // binary y_true. None (one score per class) is a ValueError: this returns one score.
    Average average = Average::Macro;
    MultiClass multi_class = MultiClass::Raise;
    // The classes of y_score's columns, sorted (multiclass only; default: y_true's labels).
    std::optional<std::vector<Scalar>> labels{};
    // Binary only: the standardised (McClish) area over fpr in [0, max_fpr], max_fpr in (0, 1].
    std::optional<double> max_fpr{};
};

// Binary y_true: y_score is 1-d, the score of the greater label. Multiclass: (n_samples,
// n_classes) probabilities summing to 1 per row, columns in sorted label order.
double roc_auc_score(const Target& y_true, const NDArray<double>& y_score,
                     const RocAucOptions& options = {});

}  // namespace tabula
