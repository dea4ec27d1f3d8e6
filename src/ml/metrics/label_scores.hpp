#pragma once
// Private to the metrics: precision_recall_fscore_support on targets already checked, so that
// classification_report checks and encodes y_true and y_pred once for its four calls.
#include "tabula/ml/metrics/classification.hpp"
#include "targets.hpp"

namespace tabula::metrics_detail {

PrecisionRecallFscoreSupport label_scores(const CheckedTargets& targets,
                                          const PrecisionRecallOptions& options, double beta);

}  // namespace tabula::metrics_detail
