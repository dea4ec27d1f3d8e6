// sklearn.model_selection.LearningCurveDisplay.plot (scikit-learn 1.2) and sorted feature
// importances.
#include <algorithm>
#include <numeric>
#include <string>

#include "artist_args.hpp"
#include "tabula/array/operators.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/scalar.hpp"
#include "tabula/plot/displays.hpp"

namespace tabula {
namespace {

void check_scores(const NDArray<double>& scores, std::size_t n, const char* name) {
    if (scores.ndim() == 2 && static_cast<std::size_t>(scores.shape()[0]) == n) return;
    std::string message = "LearningCurveDisplay: ";
    message += name;
    message += " must have one row per training size (";
    message += std::to_string(n);
    message += ")";
    throw ValueError(message);
}

std::vector<double> as_vector(const NDArray<double>& a) {
    const NDArray<double> c = a.copy();
    return {c.data(), c.data() + c.size()};
}

}  // namespace

LearningCurveDisplay::LearningCurveDisplay(std::vector<double> train_sizes,
                                           NDArray<double> train_scores,
                                           NDArray<double> test_scores, std::string score_name)
    : train_sizes_(std::move(train_sizes)),
      train_scores_(std::move(train_scores)),
      test_scores_(std::move(test_scores)),
      score_name_(std::move(score_name)) {
    check_scores(train_scores_, train_sizes_.size(), "train_scores");
    check_scores(test_scores_, train_sizes_.size(), "test_scores");
}

LearningCurveDisplay& LearningCurveDisplay::plot(Axes& ax, const LearningCurvePlotParams& params) {
    if (params.score_type != "test" && params.score_type != "train" &&
        params.score_type != "both") {
        std::string message = "Unknown score_type: ";
        message += params.score_type;
        message += ". Should be one of 'test', 'train', or 'both'.";
        throw ValueError(message);
    }
    const std::string& style = params.std_display_style;
    if (style != "fill_between" && style != "errorbar" && style != "none") {
        std::string message = "Unknown std_display_style: ";
        message += style;
        message += ". Should be one of 'errorbar', 'fill_between', or None.";
        throw ValueError(message);
    }
    std::vector<std::pair<std::string, const NDArray<double>*>> scores;
    if (params.score_type != "test") scores.emplace_back("Training metric", &train_scores_);
    if (params.score_type != "train") scores.emplace_back("Testing metric", &test_scores_);
    // Each curve's mean and numpy std (ddof 0) over the splits.
    std::vector<std::vector<double>> means;
    std::vector<std::vector<double>> stds;
    for (const auto& [label, values] : scores) {
        const NDArray<double> signed_values = params.negate_score ? -*values : *values;
        means.push_back(as_vector(mean(signed_values, 1)));
        stds.push_back(as_vector(tabula::std(signed_values, 1)));
    }
    // Lines and filled areas have a colour cycle each: the i-th band takes the i-th line's colour.
    for (std::size_t i = 0; i < scores.size(); ++i) {
        if (style == "errorbar") {
            ax.errorbar(train_sizes_, means[i], {.yerr = stds[i], .label = scores[i].first});
        } else {
            ax.plot(train_sizes_, means[i], {.label = scores[i].first});
        }
    }
    if (style == "fill_between") {
        for (std::size_t i = 0; i < scores.size(); ++i) {
            std::vector<double> low;
            std::vector<double> high;
            for (std::size_t k = 0; k < means[i].size(); ++k) {
                low.push_back(means[i][k] - stds[i][k]);
                high.push_back(means[i][k] + stds[i][k]);
            }
            ax.fill_between(train_sizes_, low, high, {.alpha = 0.5});
        }
    }
    ax.legend();
    if (params.log_scale) ax.set_xscale("log");
    ax.set_xlabel("Number of samples in the training set");
    ax.set_ylabel(params.score_name.value_or(score_name_));
    return *this;
}

void plot_feature_importances(Axes& ax, const std::vector<double>& importances,
                              const std::vector<std::string>& feature_names,
                              const FeatureImportancesParams& params) {
    plot::detail::check_lengths(importances.size(), feature_names.size(), "importances",
                                "feature_names");
    if (!params.xerr.empty()) {
        plot::detail::check_lengths(importances.size(), params.xerr.size(), "importances", "xerr");
    }
    // Largest first, ties in the given order; barh draws the first bar at the bottom, so the
    // bars go in reverse.
    std::vector<std::size_t> order(importances.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return importances[a] > importances[b]; });
    if (params.max_features && *params.max_features < order.size())
        order.resize(*params.max_features);
    std::reverse(order.begin(), order.end());
    std::vector<std::string> names;
    std::vector<double> widths;
    std::vector<double> errors;
    for (const std::size_t i : order) {
        names.push_back(feature_names[i]);
        widths.push_back(importances[i]);
        if (!params.xerr.empty()) errors.push_back(params.xerr[i]);
    }
    ax.barh(names, widths, {.color = params.color});
    if (!errors.empty()) {
        std::vector<double> positions(names.size());
        std::iota(positions.begin(), positions.end(), 0.0);
        // bar's error bars: black, without a data line.
        ax.errorbar(widths, positions,
                    {.xerr = errors, .fmt = "none", .color = "black", .ecolor = "black"});
    }
    ax.set_title(params.title);
    ax.set_xlabel(params.xlabel);
}

}  // namespace tabula
