#include "tabula/ml/metrics/classification_report.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "label_scores.hpp"
#include "tabula/core/error.hpp"
#include "targets.hpp"

namespace tabula {
namespace {

// Python's len() of a str: code points, not UTF-8 bytes.
std::size_t code_points(const std::string& text) {
    return static_cast<std::size_t>(std::count_if(text.begin(), text.end(), [](char ch) {
        return (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
    }));
}

// Appends "{:>{width}s}" of `text` (g++ 12 warns falsely on `literal + string`, hence +=).
void append_right(std::string& out, const std::string& text, std::size_t width) {
    const std::size_t length = code_points(text);
    if (length < width) out.append(width - length, ' ');
    out += text;
}

// Appends " {:>9.{digits}f}": printf rounds the exact binary value half to even, as Python's
// format does.
void append_fixed(std::string& out, double value, int digits) {
    const int size = std::snprintf(nullptr, 0, "%.*f", digits, value);
    std::string text(static_cast<std::size_t>(size), '\0');
    std::snprintf(text.data(), text.size() + 1, "%.*f", digits, value);
    out += ' ';
    append_right(out, text, 9);
}

void append_support(std::string& out, std::int64_t support) {
    out += ' ';
    append_right(out, std::to_string(support), 9);
    out += '\n';
}

// Everything the text and the dict are made of.
struct ReportData {
    std::vector<ClassificationReportRow> rows;  // zip(target_names, p, r, f1, s)
    bool micro_is_accuracy = false;
    std::vector<ClassificationReportRow> averages;  // micro, macro, weighted
};

ReportData compute(const Target& y_true, const Target& y_pred,
                   const ClassificationReportOptions& options) {
    const metrics_detail::CheckedTargets t = metrics_detail::check_targets(y_true, y_pred);
    const Series labels =
        options.labels ? metrics_detail::labels_series(*options.labels) : t.classes;
    ReportData data;
    data.micro_is_accuracy = true;
    if (options.labels) {
        const auto chosen = metrics_detail::label_indices(t.classes, *options.labels);
        const std::set<std::int32_t> distinct(chosen.begin(), chosen.end());
        data.micro_is_accuracy = !distinct.contains(-1) &&
                                 static_cast<std::int64_t>(distinct.size()) == t.classes.size();
    }
    std::vector<std::string> names;
    if (options.target_names) {
        names = *options.target_names;
        if (!options.labels && static_cast<std::int64_t>(names.size()) != labels.size()) {
            throw ValueError("Number of classes, " + std::to_string(labels.size()) +
                             ", does not match size of target_names, " +
                             std::to_string(names.size()) +
                             ". Try specifying the labels parameter");
        }
    } else {
        for (std::int64_t i = 0; i < labels.size(); ++i) {
            names.push_back(metrics_detail::label_str(scalar_at(labels.column(), i)));
        }
    }
    PrecisionRecallOptions prf{
        .average = Average::None, .labels = options.labels, .zero_division = options.zero_division};
    const auto per_label = metrics_detail::label_scores(t, prf, 1.0);
    std::int64_t support = 0;
    for (const std::int64_t s : per_label.support) support += s;
    const std::size_t n_rows = std::min(names.size(), per_label.support.size());
    for (std::size_t i = 0; i < n_rows; ++i) {
        data.rows.push_back({names[i], per_label.precision[i], per_label.recall[i],
                             per_label.fbeta_score[i], per_label.support[i]});
    }
    const std::pair<Average, const char*> averages[] = {{Average::Micro, "micro avg"},
                                                        {Average::Macro, "macro avg"},
                                                        {Average::Weighted, "weighted avg"}};
    for (const auto& [average, heading] : averages) {
        prf.average = average;
        const auto a = metrics_detail::label_scores(t, prf, 1.0);
        data.averages.push_back({heading, a.precision[0], a.recall[0], a.fbeta_score[0], support});
    }
    return data;
}

}  // namespace

std::string classification_report(const Target& y_true, const Target& y_pred,
                                  const ClassificationReportOptions& options) {
    const ReportData data = compute(y_true, y_pred, options);
    std::size_t width = std::max<std::size_t>(
        code_points("weighted avg"), static_cast<std::size_t>(std::max(options.digits, 0)));
    for (const auto& row : data.rows) width = std::max(width, code_points(row.name));
    if (options.target_names) {
        for (const auto& name : *options.target_names) width = std::max(width, code_points(name));
    }
    std::string report(width + 1, ' ');
    for (const char* header : {"precision", "recall", "f1-score", "support"}) {
        report += ' ';
        append_right(report, header, 9);
    }
    report += "\n\n";
    const auto add_row = [&](const ClassificationReportRow& row) {
        append_right(report, row.name, width);
        report += ' ';
        for (const double v : {row.precision, row.recall, row.f1_score}) {
            append_fixed(report, v, options.digits);
        }
        append_support(report, row.support);
    };
    for (const auto& row : data.rows) add_row(row);
    report += '\n';
    for (const auto& row : data.averages) {
        if (row.name == "micro avg" && data.micro_is_accuracy) {
            // The accuracy row leaves precision and recall blank.
            append_right(report, "accuracy", width);
            report.append(1 + 2 * 10, ' ');
            append_fixed(report, row.f1_score, options.digits);
            append_support(report, row.support);
        } else {
            add_row(row);
        }
    }
    return report;
}

ClassificationReport classification_report_dict(const Target& y_true, const Target& y_pred,
                                                const ClassificationReportOptions& options) {
    const ReportData data = compute(y_true, y_pred, options);
    ClassificationReport report;
    for (const auto& row : data.rows) {
        const auto same = std::find_if(report.labels.begin(), report.labels.end(),
                                       [&](const auto& r) { return r.name == row.name; });
        if (same == report.labels.end()) {
            report.labels.push_back(row);
        } else {
            *same = row;
        }
    }
    for (const auto& row : data.averages) {
        if (row.name == "micro avg" && data.micro_is_accuracy) {
            report.accuracy = row.precision;
        } else {
            report.averages.push_back(row);
        }
    }
    return report;
}

}  // namespace tabula
