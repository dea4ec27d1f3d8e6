// sklearn.metrics.RocCurveDisplay.plot and PrecisionRecallDisplay.plot (scikit-learn 1.2).
#include <string>

#include "artist_args.hpp"
#include "python_number.hpp"
#include "tabula/plot/displays.hpp"

namespace tabula {
namespace {

// "name (AUC = 0.93)", "AUC = 0.93", "name" or nothing, as the displays label their line.
std::string curve_label(const std::string& name, std::optional<double> score, const char* what) {
    if (!score) return name;
    std::string label;
    if (!name.empty()) label = name + " (";
    label += what;
    label += " = ";
    label += plot::detail::python_format(*score, ".2f");
    if (!name.empty()) label += ")";
    return label;
}

std::string positive_label_note(const std::optional<std::string>& pos_label) {
    return pos_label ? std::string(" (Positive label: ") + *pos_label + ")" : std::string();
}

}  // namespace

RocCurveDisplay::RocCurveDisplay(std::vector<double> fpr, std::vector<double> tpr,
                                 std::optional<double> roc_auc, std::string estimator_name,
                                 std::optional<std::string> pos_label)
    : fpr_(std::move(fpr)),
      tpr_(std::move(tpr)),
      roc_auc_(roc_auc),
      estimator_name_(std::move(estimator_name)),
      pos_label_(std::move(pos_label)) {
    plot::detail::check_lengths(fpr_.size(), tpr_.size(), "fpr", "tpr");
}

RocCurveDisplay& RocCurveDisplay::plot(Axes& ax, const CurvePlotParams& params) {
    line_label = curve_label(params.name.value_or(estimator_name_), roc_auc_, "AUC");
    PlotParams line = params.line;
    line.label = line_label;
    ax.plot(fpr_, tpr_, line);
    ax.set_xlabel("False Positive Rate" + positive_label_note(pos_label_));
    ax.set_ylabel("True Positive Rate" + positive_label_note(pos_label_));
    if (!line_label.empty()) ax.legend({.loc = "lower right"});
    return *this;
}

PrecisionRecallDisplay::PrecisionRecallDisplay(std::vector<double> precision,
                                               std::vector<double> recall,
                                               std::optional<double> average_precision,
                                               std::string estimator_name,
                                               std::optional<std::string> pos_label)
    : precision_(std::move(precision)),
      recall_(std::move(recall)),
      average_precision_(average_precision),
      estimator_name_(std::move(estimator_name)),
      pos_label_(std::move(pos_label)) {
    plot::detail::check_lengths(precision_.size(), recall_.size(), "precision", "recall");
}

PrecisionRecallDisplay& PrecisionRecallDisplay::plot(Axes& ax, const CurvePlotParams& params) {
    line_label = curve_label(params.name.value_or(estimator_name_), average_precision_, "AP");
    PlotParams line = params.line;
    line.label = line_label;
    // The curve is a step function of recall (sklearn's drawstyle "steps-post").
    if (line.drawstyle == "default") line.drawstyle = "steps-post";
    ax.plot(recall_, precision_, line);
    ax.set_xlabel("Recall" + positive_label_note(pos_label_));
    ax.set_ylabel("Precision" + positive_label_note(pos_label_));
    if (!line_label.empty()) ax.legend({.loc = "lower left"});
    return *this;
}

}  // namespace tabula
