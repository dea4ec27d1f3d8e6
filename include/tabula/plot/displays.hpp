#pragma once
// scikit-learn 1.2's plotting displays, built from numbers already computed (a confusion matrix,
// an ROC or precision-recall curve, learning-curve scores, feature importances), as their
// constructors take them: the plot module does not depend on the ml module, so from_estimator
// and from_predictions are not here.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/plot/axes.hpp"
#include "tabula/plot/colors.hpp"

namespace tabula {

struct ConfusionMatrixPlotParams {
    // Write each count in its cell.
    bool include_values = true;
    std::string cmap = "viridis";
    // "horizontal" or "vertical" x tick labels.
    std::string xticks_rotation = "horizontal";
    // Python's format spec for the values; none is ".2g", or "d" when shorter for integer counts.
    std::optional<std::string> values_format = std::nullopt;
    bool colorbar = true;
};

// sklearn.metrics.ConfusionMatrixDisplay: the matrix through imshow (nearest, the colormap's
// range the values'), counts written in the colormap's far end from their cell's colour (cmap(1)
// below the middle of the values' range, cmap(0) from it on), "Predicted label" along x, "True
// label" along y, a colorbar.
class ConfusionMatrixDisplay {
  public:
    // ValueError unless the matrix is square and display_labels, when given, has one label per
    // class.
    explicit ConfusionMatrixDisplay(NDArray<std::int64_t> confusion_matrix,
                                    std::vector<std::string> display_labels = {});
    explicit ConfusionMatrixDisplay(NDArray<double> confusion_matrix,
                                    std::vector<std::string> display_labels = {});

    // Draws on ax. ValueError for a bad colormap, xticks_rotation or values_format.
    ConfusionMatrixDisplay& plot(Axes& ax, const ConfusionMatrixPlotParams& params = {});

    // What plot wrote in cell (i, j), at texts[i * n + j], and in which colour (sklearn's text_).
    std::vector<std::string> texts;
    std::vector<Rgba> text_colors;

  private:
    std::vector<double> values_;
    std::size_t n_ = 0;
    bool integer_ = false;
    std::vector<std::string> display_labels_;
};

// The line's name for a curve display: `name`, or else the display's estimator_name.
struct CurvePlotParams {
    std::optional<std::string> name = std::nullopt;
    // Axes.plot's keyword arguments for the curve (its label is the display's).
    PlotParams line = {};
};

// sklearn.metrics.RocCurveDisplay: tpr against fpr, labelled "name (AUC = 0.93)" (or
// "AUC = 0.93", or the name) with a legend at the lower right when labelled; axis labels "False
// Positive Rate" and "True Positive Rate", with " (Positive label: 1)" after them when pos_label
// is given.
class RocCurveDisplay {
  public:
    // ValueError unless fpr and tpr have one length.
    RocCurveDisplay(std::vector<double> fpr, std::vector<double> tpr,
                    std::optional<double> roc_auc = std::nullopt, std::string estimator_name = "",
                    std::optional<std::string> pos_label = std::nullopt);
    RocCurveDisplay& plot(Axes& ax, const CurvePlotParams& params = {});
    // The legend label plot gave the line; empty for none.
    std::string line_label;

  private:
    std::vector<double> fpr_;
    std::vector<double> tpr_;
    std::optional<double> roc_auc_;
    std::string estimator_name_;
    std::optional<std::string> pos_label_;
};

// sklearn.metrics.PrecisionRecallDisplay: precision against recall drawn as steps-post,
// labelled "name (AP = 0.88)" with a legend at the lower left; axis labels "Recall" and
// "Precision".
class PrecisionRecallDisplay {
  public:
    // ValueError unless precision and recall have one length.
    PrecisionRecallDisplay(std::vector<double> precision, std::vector<double> recall,
                           std::optional<double> average_precision = std::nullopt,
                           std::string estimator_name = "",
                           std::optional<std::string> pos_label = std::nullopt);
    PrecisionRecallDisplay& plot(Axes& ax, const CurvePlotParams& params = {});
    std::string line_label;

  private:
    std::vector<double> precision_;
    std::vector<double> recall_;
    std::optional<double> average_precision_;
    std::string estimator_name_;
    std::optional<std::string> pos_label_;
};

struct LearningCurvePlotParams {
    // Scores negated (for "neg_" scorers).
    bool negate_score = false;
    // The y label; none is the display's score_name.
    std::optional<std::string> score_name = std::nullopt;
    // "test", "train" or "both".
    std::string score_type = "test";
    bool log_scale = false;
    // "fill_between" (mean -+ std at alpha 0.5), "errorbar" (std as error bars) or "none".
    std::string std_display_style = "fill_between";
};

// sklearn.model_selection.LearningCurveDisplay (new in 1.2): the mean score over the CV splits
// against the training size, labelled "Training metric" / "Testing metric", with the standard
// deviation (numpy's, ddof 0) as a band or error bars; x labelled "Number of samples in the
// training set", y the score name; a legend.
class LearningCurveDisplay {
  public:
    // train_scores and test_scores: one row per training size, one column per split. ValueError
    // unless their shapes agree with train_sizes.
    LearningCurveDisplay(std::vector<double> train_sizes, NDArray<double> train_scores,
                         NDArray<double> test_scores, std::string score_name = "Score");
    // ValueError for a bad score_type ("Unknown score_type: x. Should be one of 'test', 'train',
    // or 'both'.") or std_display_style.
    LearningCurveDisplay& plot(Axes& ax, const LearningCurvePlotParams& params = {});

  private:
    std::vector<double> train_sizes_;
    NDArray<double> train_scores_;
    NDArray<double> test_scores_;
    std::string score_name_;
};

struct FeatureImportancesParams {
    // Only the largest this many; none shows all.
    std::optional<std::size_t> max_features = std::nullopt;
    // Error bars (the importances' standard deviation over the trees), one per feature.
    std::vector<double> xerr = {};
    std::string color = "";
    std::string title = "Feature importances";
    std::string xlabel = "Importance";
};

// Feature importances (a forest's feature_importances_, permutation importances, ...) as
// horizontal bars sorted so that the largest is at the top, labelled by feature name.
// ValueError unless importances, feature_names and xerr (when given) have one length.
void plot_feature_importances(Axes& ax, const std::vector<double>& importances,
                              const std::vector<std::string>& feature_names,
                              const FeatureImportancesParams& params = {});

}  // namespace tabula
