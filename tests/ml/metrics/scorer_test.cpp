#include "tabula/ml/metrics/scorer.hpp"

#include <gtest/gtest.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "metric_fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/ml/labels.hpp"

namespace tabula {
namespace {

using testing::expect_error;
using testing::expect_outcome;
using testing::parse_floats;
using testing::parse_label_series;

// A fitted stand-in whose methods return fixed values, as the generator's fakes do.
class FixedModel final : public ModelBase {
  public:
    FixedModel(std::string name, Series predictions, std::optional<NDArray<double>> proba,
               std::optional<NDArray<double>> decision, bool classifier)
        : ModelBase(std::move(name), Features(NDArray<double>::zeros({predictions.size(), 1}))),
          predictions_(std::move(predictions)),
          proba_(std::move(proba)),
          decision_(std::move(decision)),
          classifier_(classifier) {}

    bool has_method(ModelMethod method) const override {
        switch (method) {
            case ModelMethod::Predict:
                return true;
            case ModelMethod::PredictProba:
                return proba_.has_value();
            case ModelMethod::DecisionFunction:
                return decision_.has_value();
            case ModelMethod::Transform:
                return false;
        }
        return false;
    }
    bool is_classifier() const override { return classifier_; }
    bool is_regressor() const override { return !classifier_; }
    Series predict_features(const Features&) const override { return predictions_; }
    NDArray<double> predict_proba_features(const Features& X) const override {
        if (!proba_) return ModelBase::predict_proba_features(X);
        return *proba_;
    }
    NDArray<double> decision_function_features(const Features& X) const override {
        if (!decision_) return ModelBase::decision_function_features(X);
        return *decision_;
    }

  private:
    Series predictions_;
    std::optional<NDArray<double>> proba_;
    std::optional<NDArray<double>> decision_;
    bool classifier_;
};

NDArray<double> vector_array(const std::vector<double>& v) {
    return NDArray<double>(v, {static_cast<std::int64_t>(v.size())});
}

// Each scorer against scikit-learn's get_scorer(name)(estimator, X, y); the metrics are exact
// except neg_log_loss (glibc's log, see classification_test.cpp): 1e-13 relative there.
TEST(MetricsScorer, MatchesScikitLearn) {
    std::optional<Model> model;
    std::optional<Target> y;
    // Each case row makes the model and y that the score rows after it use.
    const auto make_case = [&](const std::vector<std::string>& f) {
        if (f[0] != "case") return;
        y = Target(parse_label_series(f[3]));
        if (f[2] == "regressor") {
            model = Model(std::make_shared<FixedModel>("Regressor", Series(parse_floats(f[4])),
                                                       std::nullopt, std::nullopt, false));
            return;
        }
        std::optional<NDArray<double>> decision;
        if (f[7] != "-") decision = vector_array(parse_floats(f[7]));
        model = Model(std::make_shared<FixedModel>(
            f[2] == "decision" ? "DecisionClassifier" : "Classifier", parse_label_series(f[4]),
            NDArray<double>(parse_floats(f[6]), testing::parse_shape(f[5])), decision, true));
    };
    const auto check = [&](const std::vector<std::string>& f, const std::string& line) {
        const Scorer scorer = get_scorer(f[2]);
        const auto X = Features(NDArray<double>::zeros({y->size(), 1}));
        if (expect_outcome(
                f, 3, [&] { scorer(*model, X, *y); }, line))
            return;
        const double expected = testing::parse_value<double>(f[4]);
        if (f[2] == "neg_log_loss") {
            testing::expect_near_relative(scorer(*model, X, *y), expected, 1e-13, line);
        } else {
            EXPECT_EQ(scorer(*model, X, *y), expected) << line;
        }
    };
    const int rows =
        testing::for_each_row("ml/metrics/scorers/cases.txt", "score", check, make_case);
    EXPECT_GT(rows, 100);
}

TEST(MetricsScorer, NamesAndUnknownName) {
    const auto names = get_scorer_names();
    EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
    EXPECT_EQ(names.size(), 25U);
    for (const auto& name : names) EXPECT_TRUE(static_cast<bool>(get_scorer(name))) << name;
    expect_error<ValueError>([] { get_scorer("foo"); },
                             "'foo' is not a valid scoring value. Use "
                             "sklearn.metrics.get_scorer_names() to get valid options.");
}

TEST(MetricsScorer, ModelScoreIsAccuracyOrR2) {
    const auto X = Features(NDArray<double>::zeros({4, 1}));
    const Model classifier(
        std::make_shared<FixedModel>("Classifier", Series(std::vector<std::int64_t>{0, 1, 1, 0}),
                                     std::nullopt, std::nullopt, true));
    EXPECT_EQ(classifier.interface().score_features(X, std::vector<int>{0, 1, 0, 0}), 0.75);
    const Model regressor(std::make_shared<FixedModel>(
        "Regressor", Series(std::vector<double>{1, 2, 3, 5}), std::nullopt, std::nullopt, false));
    EXPECT_EQ(regressor.interface().score_features(X, std::vector<double>{1, 2, 3, 4}), 0.8);
    EXPECT_EQ(regressor.score(NDArray<double>::zeros({4, 1}), std::vector<double>{1, 2, 3, 4}),
              0.8);
}

// Neither a classifier nor a regressor (a transformer): no score.
class Transformer final : public ModelBase {
  public:
    Transformer() : ModelBase("StandardScaler", Features(NDArray<double>::zeros({1, 1}))) {}
    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
};

TEST(MetricsScorer, ScoreOfATransformerIsAnAttributeError) {
    const Transformer t;
    expect_error<AttributeError>(
        [&] {
            t.score_features(NDArray<double>::zeros({1, 1}), std::vector<double>{1});
        },
        "'StandardScaler' object has no attribute 'score'");
}

}  // namespace
}  // namespace tabula
