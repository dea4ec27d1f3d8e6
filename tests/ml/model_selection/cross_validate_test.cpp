#include "tabula/ml/model_selection/cross_validate.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../../support/fixtures.hpp"
#include "case_table.hpp"
#include "tabula/core/error.hpp"
#include "tabula/ml/dummy/dummy_classifier.hpp"
#include "tabula/ml/dummy/dummy_regressor.hpp"
#include "tabula/ml/model_selection/learning_curve.hpp"

namespace tabula {
namespace {

using testing::expect_error;
using testing::expect_values;

// validation.txt: "<case>|<key>|<values...>" written by make_validation.py.
const testing::CaseTable& table() {
    static const testing::CaseTable t("ml/model_selection/validation/validation.txt");
    return t;
}

const std::vector<std::string>& field(const std::string& c, const std::string& key) {
    return table()(c, key);
}

std::vector<double> doubles(const std::string& key) {
    return table().doubles("data", key);
}

std::vector<std::int64_t> ints(const std::string& key) {
    return table().ints("data", key);
}

NDArray<double> X() {
    return NDArray<double>(doubles("X"), Shape{37, 2});
}

// Scores of label scorers count labels the same way as scikit-learn, so they are exact; R^2 and
// MSE sum in another order (relative 1e-12).
void expect_close(const std::vector<double>& actual, const std::vector<std::string>& expected,
                  const std::string& context) {
    testing::expect_close(actual, expected, context, 1e-12);
}

TEST(CrossValScore, MatchesScikitLearn) {
    expect_values(cross_val_score(DummyClassifier({.random_state = 0, .strategy = "stratified"}),
                                  X(), ints("y_binary"), {.cv = 5, .scoring = "f1"})
                      .to_vector(),
                  field("cvs_f1", "scores"), "f1");
    expect_values(cross_val_score(DummyClassifier({.random_state = 3, .strategy = "uniform"}), X(),
                                  ints("y_class"))
                      .to_vector(),
                  field("cvs_default", "scores"), "default");
    expect_close(
        cross_val_score(DummyRegressor({.strategy = "median"}), X(), doubles("y_reg"), {.cv = 4})
            .to_vector(),
        field("cvs_regressor", "scores"), "regressor");
    expect_close(cross_val_score(DummyRegressor(), X(), doubles("y_reg"),
                                 {.cv = KFold({.n_splits = 3, .shuffle = true, .random_state = 1}),
                                  .scoring = "neg_mean_squared_error"})
                     .to_vector(),
                 field("cvs_kfold_shuffle", "scores"), "kfold shuffle");
}

TEST(CrossValidate, SeveralScorersWithTrainScores) {
    const auto result = cross_validate(
        DummyClassifier({.random_state = 2, .strategy = "stratified"}), X(), ints("y_class"),
        {.cv = 3, .scoring = {"accuracy", "f1_macro"}, .return_train_score = true});
    EXPECT_EQ(result.keys(), field("cv_multi", "keys"));
    for (const auto& key : result.keys()) {
        if (key.ends_with("_time")) {
            EXPECT_EQ(result[key].size(), 3);
            continue;
        }
        expect_values(result[key].to_vector(), field("cv_multi", key), key);
    }
    const DataFrame frame = result.frame();
    EXPECT_EQ(frame.columns(), field("cv_multi", "keys"));
    EXPECT_EQ(frame.num_rows(), 3);
    EXPECT_TRUE(result.estimator().empty());
    expect_error<KeyError>([&] { (void)result["test_score"]; }, "'test_score'");
}

TEST(CrossValidate, ReturnsTheFittedModels) {
    const auto result = cross_validate(DummyRegressor(), X(), doubles("y_reg"),
                                       {.cv = 4, .return_estimator = true});
    ASSERT_EQ(result.estimator().size(), 4U);
    EXPECT_EQ(result.estimator()[0].estimator_name(), "DummyRegressor");
}

TEST(CrossValidate, SameScoresOnOneThreadAndOnAll) {
    const Estimator model = DummyClassifier({.random_state = 9, .strategy = "stratified"});
    const auto serial = cross_val_score(model, X(), ints("y_class"), {.cv = 7, .n_jobs = 1});
    const auto parallel = cross_val_score(model, X(), ints("y_class"), {.cv = 7, .n_jobs = -1});
    EXPECT_EQ(serial.to_vector(), parallel.to_vector());
}

TEST(CrossValidate, Errors) {
    expect_error<ValueError>(
        [] {
            (void)cross_val_score(DummyClassifier(), X(), ints("y_class"),
                                  {.scoring = {"accuracy", "f1_macro"}});
        },
        "For evaluating multiple scores, use sklearn.model_selection.cross_validate instead. "
        "['accuracy', 'f1_macro'] was passed.");
    expect_error<ValueError>(
        [] {
            (void)cross_validate(DummyClassifier(), X(), ints("y_class"),
                                 {.scoring = std::vector<std::string>{}});
        },
        "The list/tuple elements must be unique strings of predefined scorers.  Empty list was "
        "given. []");
    expect_error<ValueError>(
        [] {
            (void)cross_validate(DummyClassifier(), X(), ints("y_class"),
                                 {.scoring = {"f1", "f1"}});
        },
        "The list/tuple elements must be unique strings of predefined scorers.  Duplicate "
        "elements were found in the given list. ['f1', 'f1']");
    expect_error<ValueError>(
        [] {
            (void)cross_val_score(DummyClassifier(), X(), std::vector<std::int64_t>{1, 2, 3});
        },
        "Found input variables with inconsistent numbers of samples: [37, 3]");
    expect_error<ValueError>(
        [] {
            (void)cross_val_score(DummyClassifier({.strategy = "bad"}), X(), ints("y_class"),
                                  {.cv = 2, .error_score = "raise"});
        },
        "The 'strategy' parameter of DummyClassifier must be a str among {'constant', "
        "'most_frequent', 'prior', 'stratified', 'uniform'}. Got 'bad' instead.");
    // A scorer that throws gives error_score without failing the fit.
    const auto scores = cross_val_score(DummyRegressor(), X(), doubles("y_reg"),
                                        {.cv = 3, .scoring = "accuracy", .error_score = -1.0});
    EXPECT_EQ(scores.to_vector(), std::vector<double>(3, -1.0));
}

TEST(LearningCurve, MatchesScikitLearn) {
    const auto check = [](const LearningCurveResult& r, const std::string& c, bool exact) {
        expect_values(r.train_sizes_abs.to_vector(), field(c, "train_sizes_abs"), c);
        const std::int64_t ticks = r.train_sizes_abs.size();
        EXPECT_EQ(r.train_scores.shape()[0], ticks);
        EXPECT_EQ(r.fit_times.shape(), r.test_scores.shape());
        if (exact) {
            expect_values(r.train_scores.to_vector(), field(c, "train_scores"), c);
            expect_values(r.test_scores.to_vector(), field(c, "test_scores"), c);
        } else {
            expect_close(r.train_scores.to_vector(), field(c, "train_scores"), c);
            expect_close(r.test_scores.to_vector(), field(c, "test_scores"), c);
        }
    };
    check(learning_curve(DummyClassifier({.random_state = 5, .strategy = "stratified"}), X(),
                         ints("y_class"), {.cv = 3}),
          "lc_default", true);
    check(learning_curve(DummyRegressor({.strategy = "median"}), X(), doubles("y_reg"),
                         {.train_sizes = std::vector<std::int64_t>{3, 10, 10, 20, 27},
                          .cv = 4,
                          .shuffle = true,
                          .random_state = 0}),
          "lc_shuffle", false);
    check(learning_curve(DummyClassifier({.random_state = 1, .strategy = "uniform"}), X(),
                         ints("y_binary"),
                         {.train_sizes = std::vector<double>{0.01, 0.3, 0.3, 0.999},
                          .cv = 5,
                          .scoring = "accuracy"}),
          "lc_fractions", true);
}

TEST(LearningCurve, Errors) {
    expect_error<ValueError>(
        [] {
            (void)learning_curve(DummyRegressor(), X(), doubles("y_reg"),
                                 {.train_sizes = std::vector<double>{0.0, 1.1}});
        },
        "train_sizes has been interpreted as fractions of the maximum number of training samples "
        "and must be within (0, 1], but is within [0.000000, 1.100000].");
    expect_error<ValueError>(
        [] {
            (void)learning_curve(DummyRegressor(), X(), doubles("y_reg"),
                                 {.train_sizes = std::vector<std::int64_t>{5, 30}});
        },
        "train_sizes has been interpreted as absolute numbers of training samples and must be "
        "within (0, 29], but is within [5, 30].");
}

}  // namespace
}  // namespace tabula
