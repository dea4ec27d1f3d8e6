#include "tabula/ml/metrics/classification.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "metric_fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/ml/metrics/log_loss.hpp"

namespace tabula {
namespace {

using testing::expect_error;
using testing::expect_outcome;
using testing::expect_values;
using testing::parse_labels;
using testing::parse_scalars;
using testing::split;

const std::string kCases = "ml/metrics/classification/cases.txt";

Average parse_average(const std::string& text) {
    if (text == "binary") return Average::Binary;
    if (text == "micro") return Average::Micro;
    if (text == "macro") return Average::Macro;
    if (text == "weighted") return Average::Weighted;
    EXPECT_EQ(text, "None");
    return Average::None;
}

ZeroDivision parse_zero_division(const std::string& text) {
    if (text == "warn") return ZeroDivision::Warn;
    return text == "1" ? ZeroDivision::One : ZeroDivision::Zero;
}

struct Case {
    Target y_true;
    Target y_pred;
};

// Each row of `kind` checked by `check(fields, case, line)` on the case it names.
template <class Check>
int for_rows(const std::string& kind, Check&& check) {
    std::map<std::string, Case> cases;
    return testing::for_each_row(
        kCases, kind,
        [&](const auto& f, const std::string& line) { check(f, cases.at(f[1]), line); },
        [&](const auto& f) {
            if (f[0] == "case") cases.emplace(f[1], Case{parse_labels(f[2]), parse_labels(f[3])});
        });
}

// Counts and ratios of counts: one division each, the same as scikit-learn's, so exact.
TEST(MetricsAccuracy, MatchesScikitLearn) {
    const int rows = for_rows("accuracy", [](const auto& f, const Case& c, const auto& line) {
        if (expect_outcome(
                f, 2, [&] { accuracy_score(c.y_true, c.y_pred); }, line))
            return;
        EXPECT_EQ(accuracy_score(c.y_true, c.y_pred), testing::parse_value<double>(f[3])) << line;
    });
    EXPECT_GE(rows, 20);
    for_rows("accuracy_count", [](const auto& f, const Case& c, const auto& line) {
        EXPECT_EQ(accuracy_score(c.y_true, c.y_pred, false), static_cast<double>(std::stoll(f[3])))
            << line;
    });
}

// Averages use NumPy's pairwise order, so they are bit-identical too.
TEST(MetricsPrecisionRecall, MatchesScikitLearn) {
    const int rows = for_rows("prfs", [](const auto& f, const Case& c, const auto& line) {
        PrecisionRecallOptions options;
        options.average = parse_average(f[2]);
        if (f[3] != "-") options.pos_label = parse_scalars(f[3])->front();
        options.labels = parse_scalars(f[4]);
        options.zero_division = parse_zero_division(f[5]);
        const double beta = testing::parse_value<double>(f[6]);
        const auto call = [&] {
            return precision_recall_fscore_support(c.y_true, c.y_pred, options, beta);
        };
        if (expect_outcome(
                f, 7, [&] { call(); }, line))
            return;
        const auto r = call();
        expect_values(r.precision, split(f[8], ','), line + " precision");
        expect_values(r.recall, split(f[9], ','), line + " recall");
        expect_values(r.fbeta_score, split(f[10], ','), line + " fbeta");
        if (f[11] == "-") {
            EXPECT_TRUE(r.support.empty()) << line;
        } else {
            expect_values(r.support, split(f[11], ','), line + " support");
        }
        if (options.average != Average::None) {
            EXPECT_EQ(fbeta_score(c.y_true, c.y_pred, beta, options), r.fbeta_score[0]);
            if (beta == 1.0) {
                EXPECT_EQ(precision_score(c.y_true, c.y_pred, options), r.precision[0]);
                EXPECT_EQ(recall_score(c.y_true, c.y_pred, options), r.recall[0]);
                EXPECT_EQ(f1_score(c.y_true, c.y_pred, options), r.fbeta_score[0]);
            }
        }
    });
    EXPECT_GT(rows, 1000);
}

TEST(MetricsConfusionMatrix, MatchesScikitLearn) {
    const int rows = for_rows("cm", [](const auto& f, const Case& c, const auto& line) {
        const auto labels = parse_scalars(f[2]);
        const std::string normalize = f[3];
        const auto call = [&] {
            if (normalize == "None") {
                const auto m = confusion_matrix(c.y_true, c.y_pred, labels);
                const std::vector<double> v(m.data(), m.data() + m.size());
                return std::pair{m.shape(), v};
            }
            const ConfusionNormalize n = normalize == "true"   ? ConfusionNormalize::True
                                         : normalize == "pred" ? ConfusionNormalize::Pred
                                                               : ConfusionNormalize::All;
            const auto m = confusion_matrix(c.y_true, c.y_pred, n, labels);
            return std::pair{m.shape(), m.to_vector()};
        };
        if (expect_outcome(
                f, 4, [&] { call(); }, line))
            return;
        const auto [shape, values] = call();
        EXPECT_EQ(shape, testing::parse_shape(f[5])) << line;
        expect_values(values, split(f[6], ','), line);
    });
    EXPECT_GT(rows, 100);
}

TEST(MetricsBalancedAccuracy, MatchesScikitLearn) {
    const int rows = for_rows("balanced", [](const auto& f, const Case& c, const auto& line) {
        const bool adjusted = f[2] == "1";
        if (expect_outcome(
                f, 3, [&] { balanced_accuracy_score(c.y_true, c.y_pred, adjusted); }, line)) {
            return;
        }
        expect_values(std::vector<double>{balanced_accuracy_score(c.y_true, c.y_pred, adjusted)},
                      {f[4]}, line);
    });
    EXPECT_GE(rows, 40);
}

// The log is glibc's where NumPy may use its own AVX-512 log (within an ulp of each other), so
// the losses agree to 1e-13 relative rather than bit for bit.
TEST(MetricsLogLoss, MatchesScikitLearn) {
    const int rows = testing::for_each_row(kCases, "log_loss", [](const auto& f, const auto& line) {
        const Target y = parse_labels(f[2]);
        const NDArray<double> proba(testing::parse_floats(f[4]), testing::parse_shape(f[3]));
        LogLossOptions options;
        options.labels = parse_scalars(f[5]);
        options.normalize = f[6] == "1";
        if (f[7] != "auto") options.eps = testing::parse_value<double>(f[7]);
        if (expect_outcome(
                f, 8, [&] { log_loss(y, proba, options); }, line))
            return;
        testing::expect_near_relative(log_loss(y, proba, options),
                                      testing::parse_value<double>(f[9]), 1e-13, line);
    });
    EXPECT_GT(rows, 30);
}

TEST(MetricsClassification, BadInputs) {
    const std::vector<int> a{0, 1, 1};
    expect_error<ValueError>(
        [&] {
            accuracy_score(a, std::vector<int>{0, 1});
        },
        "Found input variables with inconsistent numbers of samples: [3, 2]");
    expect_error<TypeError>(
        [&] {
            accuracy_score(std::vector<std::string>{"a", "b"}, std::vector<int>{0, 1});
        },
        "Mix of label input types (string and number)");
    expect_error<ValueError>(
        [&] { accuracy_score(std::vector<int>{}, std::vector<int>{}); },
        "Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is required.");
    expect_error<ValueError>(
        [&] {
            f1_score(std::vector<double>{0.5, 1}, std::vector<int>{0, 1});
        },
        "Classification metrics can't handle a mix of continuous and binary targets");
    expect_error<ValueError>(
        [&] {
            f1_score(std::vector<double>{0.5, 1}, std::vector<double>{0.5, 1});
        },
        "continuous is not supported");
    expect_error<ValueError>(
        [&] {
            f1_score(std::vector<double>{NAN, 1}, a);
        },
        "Found input variables with inconsistent numbers of samples: [2, 3]");
    expect_error<ValueError>(
        [&] {
            f1_score(std::vector<double>{NAN, 1, 0}, a);
        },
        "Input y_true contains NaN.");
    expect_error<ValueError>(
        [&] {
            f1_score(a, std::vector<double>{INFINITY, 1, 0});
        },
        "Input y_pred contains infinity or a value too large for dtype('float64').");
    expect_error<ValueError>([&] { f1_score(a, a, {.pos_label = 3}); },
                             "pos_label=3 is not a valid label. It should be one of [0, 1]");
    expect_error<ValueError>(
        [&] {
            f1_score(std::vector<std::string>{"a", "b"}, std::vector<std::string>{"b", "b"});
        },
        "pos_label=1 is not a valid label. It should be one of ['a', 'b']");
    expect_error<ValueError>(
        [&] {
            f1_score(std::vector<int>{0, 1, 2}, a);
        },
        "Target is multiclass but average='binary'. Please choose another average setting, one "
        "of [None, 'micro', 'macro', 'weighted'].");
    expect_error<ValueError>([&] { fbeta_score(a, a, -1.0); },
                             "beta should be >=0 in the F-beta score");
    expect_error<ValueError>(
        [&] { precision_score(a, a, {.average = Average::None}); },
        "average=None gives one score per label: use precision_recall_fscore_support");
    expect_error<TypeError>(
        [&] { f1_score(a, a, {.average = Average::Macro, .labels = std::vector<Scalar>{"x"}}); },
        "Mix of label input types (string and number)");
    expect_error<ValueError>([&] { confusion_matrix(a, a, std::vector<Scalar>{}); },
                             "'labels' should contains at least one label.");
    expect_error<ValueError>([&] { confusion_matrix(a, a, std::vector<Scalar>{5}); },
                             "At least one label specified must be in y_true");
}

TEST(MetricsClassification, PosLabelMatchesAsPythonEquals) {
    // 1 == 1.0 == True in Python, so pos_label=true finds the label 1.
    const std::vector<double> y{0, 1, 1, 0};
    const std::vector<double> p{0, 1, 0, 0};
    EXPECT_EQ(recall_score(y, p, {.pos_label = true}), 0.5);
    EXPECT_EQ(recall_score(y, p, {.pos_label = 0.0}), 1.0);
    // A bool target: labels False/True.
    const Series flags(Column::from_vector(std::vector<bool>{true, false, true}));
    EXPECT_EQ(precision_score(flags, flags, {.pos_label = false}), 1.0);
}

TEST(MetricsClassification, CategoricalLabelsAreStrings) {
    const Series y(std::vector<std::string>{"b", "a", "c", "a"});
    const Series p(std::vector<std::string>{"b", "b", "c", "a"});
    const Series yc = y.astype(DType::Categorical);
    EXPECT_EQ(accuracy_score(yc, p), 0.75);
    const auto r = precision_recall_fscore_support(yc, p.astype(DType::Categorical),
                                                   {.average = Average::None});
    expect_values(r.precision, {"1.0", "0.5", "1.0"}, "categorical");
    expect_values(r.support, {"2", "1", "1"}, "categorical");
}

TEST(MetricsLogLoss, BadInputs) {
    const std::vector<int> y{0, 1, 1};
    const NDArray<double> p({0.2, 0.7, NAN});
    expect_error<ValueError>([&] { log_loss(y, p); }, "Input contains NaN.");
    expect_error<ValueError>(
        [&] {
            log_loss(y, NDArray<double>({0.2, 0.7}));
        },
        "Found input variables with inconsistent numbers of samples: [2, 3]");
    expect_error<ValueError>(
        [&] {
            log_loss(std::vector<int>{0, 2, 1}, NDArray<double>({{0.5, 0.5}, {0.2, 0.8}, {1, 0}}),
                     {.labels = std::vector<Scalar>{0, 1}});
        },
        "'y_true' contains labels not in parameter 'labels'");
}

}  // namespace
}  // namespace tabula
