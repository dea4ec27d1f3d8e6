// The scikit-learn displays against displays.txt (scikit-learn 1.2.1 on matplotlib 3.6.3 with
// the same numbers), sorted feature importances, bad input, and a reference PNG.
#include "tabula/plot/displays.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "reference_image.hpp"
#include "tabula/core/error.hpp"
#include "tabula/plot/figure.hpp"

namespace {

using tabula::testing::expect_error;
using tabula::testing::fixture_rows;
using tabula::testing::split;
using Vec = std::vector<double>;
using Strings = std::vector<std::string>;

Vec numbers(const std::string& text) {
    Vec out;
    if (text.empty()) return out;
    for (const std::string& v : split(text, ';')) out.push_back(std::stod(v));
    return out;
}

Strings texts(const std::string& text) {
    return text.empty() ? Strings{} : split(text, ';');
}

tabula::NDArray<std::int64_t> counts() {
    return tabula::NDArray<std::int64_t>({50, 3, 0, 2, 120, 8, 0, 5, 1000}, {3, 3});
}

// COUNTS / COUNTS.sum(axis=1, keepdims=True), as numpy divides.
tabula::NDArray<double> normalized() {
    const tabula::NDArray<std::int64_t> c = counts();
    Vec v;
    for (std::int64_t i = 0; i < 3; ++i) {
        const double total = static_cast<double>(c(i, 0) + c(i, 1) + c(i, 2));
        for (std::int64_t j = 0; j < 3; ++j) v.push_back(static_cast<double>(c(i, j)) / total);
    }
    return tabula::NDArray<double>(v, {3, 3});
}

const Strings labels{"cat", "dog", "bird"};

TEST(ConfusionMatrixDisplay, TextsColoursTicksAndLimitsAreSklearns) {
    using Plot = std::function<tabula::ConfusionMatrixDisplay(tabula::Axes&)>;
    const std::map<std::string, Plot> cases{
        {"counts",
         [](tabula::Axes& ax) {
             return tabula::ConfusionMatrixDisplay(counts(), labels).plot(ax);
         }},
        {"normalized",
         [](tabula::Axes& ax) { return tabula::ConfusionMatrixDisplay(normalized()).plot(ax); }},
        {"counts_d_vertical",
         [](tabula::Axes& ax) {
             return tabula::ConfusionMatrixDisplay(counts(), labels)
                 .plot(ax, {.cmap = "Blues",
                            .xticks_rotation = "vertical",
                            .values_format = "d",
                            .colorbar = false});
         }},
        {"normalized_pct",
         [](tabula::Axes& ax) {
             return tabula::ConfusionMatrixDisplay(normalized(), labels)
                 .plot(ax, {.cmap = "Greens", .values_format = ".1%"});
         }},
        {"no_values",
         [](tabula::Axes& ax) {
             return tabula::ConfusionMatrixDisplay(counts()).plot(ax, {.include_values = false});
         }},
    };
    for (const auto& row : fixture_rows("plot/displays.txt", "cm")) {
        auto [fig, axes] = tabula::subplots();
        const tabula::ConfusionMatrixDisplay display = cases.at(row[1])(axes[0]);
        EXPECT_EQ(display.texts, texts(row[2])) << row[1];
        Strings colors;
        for (const tabula::Rgba& c : display.text_colors) colors.push_back(tabula::to_hex(c, true));
        EXPECT_EQ(colors, texts(row[3])) << row[1];
        EXPECT_EQ(axes[0].get_xticklabels(), texts(row[4])) << row[1];
        EXPECT_EQ(axes[0].get_yticklabels(), texts(row[5])) << row[1];
        const Vec xlim = numbers(row[6]);
        const Vec ylim = numbers(row[7]);
        EXPECT_EQ(axes[0].get_xlim(), std::pair(xlim[0], xlim[1])) << row[1];
        EXPECT_EQ(axes[0].get_ylim(), std::pair(ylim[0], ylim[1])) << row[1];
        EXPECT_EQ(fig.axes().size(), std::stoul(row[8])) << row[1];
        EXPECT_EQ(axes[0].get_xlabel(), row[9]);
        EXPECT_EQ(axes[0].get_ylabel(), row[10]);
    }
}

TEST(ConfusionMatrixDisplay, BadInput) {
    auto [fig, axes] = tabula::subplots();
    expect_error<tabula::ValueError>(
        [] {
            tabula::ConfusionMatrixDisplay(tabula::NDArray<double>::zeros({2, 3}));
        },
        "ConfusionMatrixDisplay: confusion_matrix must be square (n_classes, n_classes)");
    expect_error<tabula::ValueError>(
        [] {
            tabula::ConfusionMatrixDisplay(counts(), {"a", "b"});
        },
        "ConfusionMatrixDisplay: display_labels has 2 labels for 3 classes");
    expect_error<tabula::ValueError>(
        [&] { tabula::ConfusionMatrixDisplay(counts()).plot(axes[0], {.xticks_rotation = "45"}); },
        "xticks_rotation must be 'horizontal' or 'vertical', got '45'");
    // get_cmap's message lists every colormap (the list grows with the module).
    try {
        tabula::ConfusionMatrixDisplay(counts()).plot(axes[0], {.cmap = "nope"});
        ADD_FAILURE() << "no error for cmap 'nope'";
    } catch (const tabula::ValueError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("'nope' is not a valid value for", 0), 0u)
            << e.what();
    }
}

const Vec fpr{0.0, 0.1, 0.3, 1.0};
const Vec tpr{0.0, 0.6, 0.9, 1.0};
const Vec precision{0.5, 0.75, 0.8, 1.0};
const Vec recall{1.0, 0.75, 0.5, 0.0};

TEST(CurveDisplays, LabelsAndLimitsAreSklearns) {
    using Plot = std::function<std::string(tabula::Axes&)>;
    const std::map<std::string, Plot> cases{
        {"roc",
         [](tabula::Axes& ax) {
             return tabula::RocCurveDisplay(fpr, tpr, 0.87345, "LogReg").plot(ax).line_label;
         }},
        {"roc_name",
         [](tabula::Axes& ax) {
             return tabula::RocCurveDisplay(fpr, tpr, 0.875, "LogReg")
                 .plot(ax, {.name = "Forest"})
                 .line_label;
         }},
        {"roc_auc_only",
         [](tabula::Axes& ax) {
             return tabula::RocCurveDisplay(fpr, tpr, 0.5).plot(ax).line_label;
         }},
        {"roc_plain",
         [](tabula::Axes& ax) {
             return tabula::RocCurveDisplay(fpr, tpr, std::nullopt, "", "yes").plot(ax).line_label;
         }},
        {"pr",
         [](tabula::Axes& ax) {
             return tabula::PrecisionRecallDisplay(precision, recall, 0.8812, "SVC")
                 .plot(ax)
                 .line_label;
         }},
        {"pr_pos",
         [](tabula::Axes& ax) {
             return tabula::PrecisionRecallDisplay(precision, recall, std::nullopt, "", "1")
                 .plot(ax)
                 .line_label;
         }},
    };
    for (const auto& row : fixture_rows("plot/displays.txt", "curve")) {
        auto [fig, axes] = tabula::subplots();
        EXPECT_EQ(cases.at(row[1])(axes[0]), row[2]) << row[1];
        EXPECT_EQ(axes[0].get_xlabel(), row[3]) << row[1];
        EXPECT_EQ(axes[0].get_ylabel(), row[4]) << row[1];
        const Vec xlim = numbers(row[5]);
        const Vec ylim = numbers(row[6]);
        EXPECT_DOUBLE_EQ(axes[0].get_xlim().first, xlim[0]) << row[1];
        EXPECT_DOUBLE_EQ(axes[0].get_xlim().second, xlim[1]) << row[1];
        EXPECT_DOUBLE_EQ(axes[0].get_ylim().first, ylim[0]) << row[1];
        EXPECT_DOUBLE_EQ(axes[0].get_ylim().second, ylim[1]) << row[1];
    }
    expect_error<tabula::ValueError>(
        [] {
            tabula::RocCurveDisplay({0, 1}, {0, 0.5, 1});
        },
        "fpr and tpr must have same first dimension, but have shapes (2,) and (3,)");
    expect_error<tabula::ValueError>(
        [] {
            tabula::PrecisionRecallDisplay({1}, {0, 1});
        },
        "precision and recall must have same first dimension, but have shapes (1,) and (2,)");
}

const Vec sizes{10, 30, 50, 100};
tabula::NDArray<double> train() {
    return tabula::NDArray<double>(
        {0.9, 0.95, 1.0, 0.85, 0.9, 0.88, 0.86, 0.84, 0.85, 0.83, 0.84, 0.82}, {4, 3});
}
tabula::NDArray<double> test() {
    return tabula::NDArray<double>(
        {0.6, 0.5, 0.7, 0.7, 0.72, 0.65, 0.75, 0.78, 0.8, 0.8, 0.79, 0.81}, {4, 3});
}

std::string svg_of(const tabula::Figure& fig, const std::string& name) {
    const auto path = tabula::testing::scratch(name + ".svg");
    fig.savefig(path.string());
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(LearningCurveDisplay, LimitsLabelsAndLegendAreSklearns) {
    const std::map<std::string, tabula::LearningCurvePlotParams> cases{
        {"test", {}},
        {"both", {.score_type = "both"}},
        {"train_errorbar", {.score_type = "train", .std_display_style = "errorbar"}},
        {"negated_log",
         {.negate_score = true, .score_name = "Negative accuracy", .log_scale = true}},
    };
    for (const auto& row : fixture_rows("plot/displays.txt", "learning")) {
        auto [fig, axes] = tabula::subplots();
        tabula::LearningCurveDisplay(sizes, train(), test(), "Accuracy")
            .plot(axes[0], cases.at(row[1]));
        const std::string svg = svg_of(fig, "learning_" + row[1]);
        for (const std::string& label : texts(row[2])) {
            EXPECT_NE(svg.find(">" + label + "<"), std::string::npos) << row[1] << " " << label;
        }
        const Vec xlim = numbers(row[3]);
        const Vec ylim = numbers(row[4]);
        EXPECT_NEAR(axes[0].get_xlim().first, xlim[0], 1e-12) << row[1];
        EXPECT_NEAR(axes[0].get_xlim().second, xlim[1], 1e-12) << row[1];
        EXPECT_NEAR(axes[0].get_ylim().first, ylim[0], 1e-12) << row[1];
        EXPECT_NEAR(axes[0].get_ylim().second, ylim[1], 1e-12) << row[1];
        EXPECT_EQ(axes[0].get_xlabel(), row[5]);
        EXPECT_EQ(axes[0].get_ylabel(), row[6]);
        EXPECT_EQ(axes[0].get_xscale(), row[7]);
    }
    auto [fig, axes] = tabula::subplots();
    expect_error<tabula::ValueError>(
        [&] {
            tabula::LearningCurveDisplay(sizes, train(), test())
                .plot(axes[0], {.score_type = "all"});
        },
        "Unknown score_type: all. Should be one of 'test', 'train', or 'both'.");
    expect_error<tabula::ValueError>(
        [] {
            tabula::LearningCurveDisplay({1, 2}, train(), test());
        },
        "LearningCurveDisplay: train_scores must have one row per training size (2)");
}

TEST(FeatureImportances, SortedLargestOnTop) {
    auto [fig, axes] = tabula::subplots();
    tabula::plot_feature_importances(axes[0], {0.1, 0.5, 0.15, 0.25},
                                     {"age", "income", "city", "score"},
                                     {.max_features = 3, .xerr = {0.01, 0.05, 0.02, 0.03}});
    // barh's first bar is at the bottom: the largest comes last.
    EXPECT_EQ(axes[0].get_yticklabels(), (Strings{"city", "score", "income"}));
    EXPECT_EQ(axes[0].get_title(), "Feature importances");
    EXPECT_EQ(axes[0].get_xlabel(), "Importance");
    expect_error<tabula::ValueError>(
        [&] {
            tabula::plot_feature_importances(axes[0], {0.1, 0.2}, {"a"});
        },
        "importances and feature_names must have same first dimension, but have shapes (2,) and "
        "(1,)");
}

// Compare with displays.py FILE.png.
TEST(Displays, LookLikeSklearns) {
    auto [fig, axes] = tabula::subplots(1, 3, {.figsize = {10, 3}});
    tabula::ConfusionMatrixDisplay(counts(), labels).plot(axes[0]);
    tabula::RocCurveDisplay(fpr, tpr, 0.87345, "LogReg").plot(axes[1]);
    tabula::LearningCurveDisplay(sizes, train(), test(), "Accuracy")
        .plot(axes[2], {.score_type = "both"});
    fig.tight_layout();
    tabula::testing::expect_matches_reference(fig, "displays");
}

}  // namespace
