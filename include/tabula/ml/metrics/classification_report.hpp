#pragma once
// scikit-learn's classification_report: per-label precision, recall, F1 and support, and their
// averages, as the same text or as values.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tabula/frame/scalar.hpp"
#include "tabula/ml/data.hpp"
#include "tabula/ml/metrics/classification.hpp"

namespace tabula {

struct ClassificationReportOptions {
    std::optional<std::vector<Scalar>> labels{};
    // Display names of `labels` (default: each label's str()).
    std::optional<std::vector<std::string>> target_names{};
    int digits = 2;  // of the text; the values are not rounded
    ZeroDivision zero_division = ZeroDivision::Warn;
};

struct ClassificationReportRow {
    std::string name;  // the target name, or "micro avg" / "macro avg" / "weighted avg"
    double precision = 0;
    double recall = 0;
    double f1_score = 0;
    std::int64_t support = 0;
};

// output_dict=True's content: the label rows in order (a repeated target name keeps its first
// place and its last values, as a Python dict), the accuracy when it is the micro average, then
// the averages ("micro avg" when accuracy is not it, "macro avg", "weighted avg").
struct ClassificationReport {
    std::vector<ClassificationReportRow> labels;
    std::optional<double> accuracy;
    std::vector<ClassificationReportRow> averages;
};

// The text, character for character as scikit-learn prints it. ValueError "Number of classes,
// 3, does not match size of target_names, 2. Try specifying the labels parameter" when the
// names do not fit the labels found.
std::string classification_report(const Target& y_true, const Target& y_pred,
                                  const ClassificationReportOptions& options = {});
ClassificationReport classification_report_dict(const Target& y_true, const Target& y_pred,
                                                const ClassificationReportOptions& options = {});

}  // namespace tabula
