#include "tabula/ml/metrics/ranking.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "metric_fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_error;
using testing::expect_outcome;
using testing::expect_values;
using testing::parse_floats;
using testing::parse_labels;
using testing::parse_scalars;
using testing::split;

const std::string kCases = "ml/metrics/ranking/cases.txt";

struct Case {
    Target y_true;
    NDArray<double> scores;
};

NDArray<double> vector_array(const std::vector<double>& v) {
    return NDArray<double>(v, {static_cast<std::int64_t>(v.size())});
}

template <class Check>
int for_rows(const std::string& kind, Check&& check) {
    std::map<std::string, Case> cases;
    return testing::for_each_row(
        kCases, kind,
        [&](const auto& f, const std::string& line) { check(f, cases.at(f[1]), line); },
        [&](const auto& f) {
            if (f[0] == "case") {
                cases.emplace(f[1], Case{parse_labels(f[2]), vector_array(parse_floats(f[3]))});
            }
        });
}

std::optional<Scalar> parse_pos_label(const std::string& text) {
    const auto labels = parse_scalars(text);
    if (!labels) return std::nullopt;
    return labels->front();
}

// Counts, their ratios and the sorted scores: the same operations as scikit-learn, so exact.
TEST(MetricsRocCurve, MatchesScikitLearn) {
    const int rows = for_rows("roc", [](const auto& f, const Case& c, const auto& line) {
        const auto pos = parse_pos_label(f[2]);
        const bool drop = f[3] == "1";
        if (expect_outcome(
                f, 4, [&] { roc_curve(c.y_true, c.scores, pos, drop); }, line))
            return;
        const RocCurve r = roc_curve(c.y_true, c.scores, pos, drop);
        expect_values(r.fpr, split(f[5], ','), line + " fpr");
        expect_values(r.tpr, split(f[6], ','), line + " tpr");
        expect_values(r.thresholds, split(f[7], ','), line + " thresholds");
    });
    EXPECT_GT(rows, 50);
}

TEST(MetricsPrecisionRecallCurve, MatchesScikitLearn) {
    const int rows = for_rows("pr", [](const auto& f, const Case& c, const auto& line) {
        const auto pos = parse_pos_label(f[2]);
        if (expect_outcome(
                f, 3, [&] { precision_recall_curve(c.y_true, c.scores, pos); }, line)) {
            return;
        }
        const PrecisionRecallCurve r = precision_recall_curve(c.y_true, c.scores, pos);
        expect_values(r.precision, split(f[4], ','), line + " precision");
        expect_values(r.recall, split(f[5], ','), line + " recall");
        expect_values(r.thresholds, split(f[6], ','), line + " thresholds");
    });
    EXPECT_GT(rows, 20);
}

// The trapezoids are summed in NumPy's pairwise order, and the partial area (max_fpr) cut
// with np.interp's arithmetic: exact.
TEST(MetricsRocAuc, BinaryMatchesScikitLearn) {
    const int rows = for_rows("auc", [](const auto& f, const Case& c, const auto& line) {
        RocAucOptions options;
        if (f[5] != "-") options.max_fpr = testing::parse_value<double>(f[5]);
        const auto score = [&] { return roc_auc_score(c.y_true, c.scores, options); };
        if (expect_outcome(
                f, 6, [&] { score(); }, line))
            return;
        expect_values(std::vector<double>{score()}, {f[7]}, line);
    });
    EXPECT_GT(rows, 10);
}

TEST(MetricsRocAuc, MulticlassMatchesScikitLearn) {
    const int rows = testing::for_each_row(kCases, "mauc", [](const auto& f, const auto& line) {
        const Target y = parse_labels(f[2]);
        const NDArray<double> proba(parse_floats(f[4]), testing::parse_shape(f[3]));
        RocAucOptions options;
        options.labels = parse_scalars(f[5]);
        options.average = f[6] == "macro"      ? Average::Macro
                          : f[6] == "weighted" ? Average::Weighted
                                               : Average::Micro;
        options.multi_class = f[7] == "ovr"   ? MultiClass::Ovr
                              : f[7] == "ovo" ? MultiClass::Ovo
                                              : MultiClass::Raise;
        const auto score = [&] { return roc_auc_score(y, proba, options); };
        if (expect_outcome(
                f, 8, [&] { score(); }, line))
            return;
        expect_values(std::vector<double>{score()}, {f[9]}, line);
    });
    EXPECT_GT(rows, 50);
}

TEST(MetricsRocAuc, PartialAucIsBinaryOnly) {
    const int rows = testing::for_each_row(kCases, "mauc_fpr", [](const auto& f, const auto& line) {
        const Target y = parse_labels(f[2]);
        const NDArray<double> proba(parse_floats(f[4]), testing::parse_shape(f[3]));
        const RocAucOptions options{.multi_class = MultiClass::Ovr, .max_fpr = 0.5};
        EXPECT_TRUE(expect_outcome(
            f, 5, [&] { roc_auc_score(y, proba, options); }, line));
    });
    EXPECT_GT(rows, 5);
}

TEST(MetricsRanking, BadInputs) {
    const std::vector<int> y{0, 1, 1};
    expect_error<ValueError>(
        [&] {
            roc_curve(y, vector_array({0.1, NAN, 0.3}));
        },
        "Input contains NaN.");
    expect_error<ValueError>(
        [&] {
            roc_curve(y, vector_array({0.1, 0.3}));
        },
        "Found input variables with inconsistent numbers of samples: [3, 2]");
    expect_error<ValueError>(
        [&] {
            roc_curve(y, NDArray<double>({{0.1, 0.9}, {0.2, 0.8}, {0.3, 0.7}}));
        },
        "y should be a 1d array, got an array of shape (3, 2) instead.");
    expect_error<ValueError>(
        [&] {
            roc_curve(std::vector<double>{0.5, 1, 0}, vector_array({0.1, 0.2, 0.3}));
        },
        "continuous format is not supported");
    expect_error<ValueError>(
        [&] {
            roc_auc_score(std::vector<int>{1, 1, 1}, vector_array({0.1, 0.2, 0.3}));
        },
        "Only one class present in y_true. ROC AUC score is not defined in that case.");
    expect_error<ValueError>(
        [&] {
            roc_auc_score(y, vector_array({0.1, 0.2, 0.3}), {.average = Average::Binary});
        },
        "average has to be one of (None, 'micro', 'macro', 'weighted', 'samples')");
    const NDArray<double> proba({{0.2, 0.3, 0.5}, {0.1, 0.1, 0.8}, {0.3, 0.3, 0.5}});
    expect_error<ValueError>(
        [&] {
            roc_auc_score(std::vector<int>{0, 1, 2}, proba, {.multi_class = MultiClass::Ovr});
        },
        "Target scores need to be probabilities for multiclass roc_auc, i.e. they should sum up "
        "to 1.0 over classes");
    expect_error<ValueError>(
        [&] {
            auc({0, 1, 0.5}, {0, 1, 1});
        },
        "x is neither increasing nor decreasing : [0.  1.  0.5].");
    expect_error<ValueError>(
        [&] { auc({0}, {0}); },
        "At least 2 points are needed to compute area under curve, but x.shape = 1");
}

}  // namespace
}  // namespace tabula
