#include "tabula/ml/inspection/permutation_importance.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../../support/fixtures.hpp"
#include "../model_selection/case_table.hpp"
#include "tabula/core/error.hpp"
#include "tabula/ml/compose/pipeline.hpp"
#include "tabula/ml/dummy/dummy_classifier.hpp"
#include "tabula/ml/linear_model/logistic_regression.hpp"
#include "tabula/ml/linear_model/ridge.hpp"
#include "tabula/ml/preprocessing/standard_scaler.hpp"

namespace tabula {
namespace {

using testing::expect_error;

// permutation_importance.txt: "<case>|<key>|<values...>" from make_permutation_importance.py.
const testing::CaseTable& table() {
    static const testing::CaseTable t("ml/inspection/permutation_importance.txt");
    return t;
}

std::vector<double> field(const std::string& c, const std::string& key) {
    return table().doubles(c, key);
}

DataFrame X() {
    return DataFrame({{"a", field("data", "a")},
                      {"b", field("data", "b")},
                      {"c", field("data", "c")},
                      {"d", field("data", "d")}});
}

std::vector<std::int64_t> y_class() {
    std::vector<std::int64_t> out;
    for (const double v : field("data", "y_class")) out.push_back(static_cast<std::int64_t>(v));
    return out;
}

// Ridge's coefficients and R^2/MSE differ from scikit-learn's in the last bits (other summation
// orders), so regression importances agree to a relative 1e-9; the shuffles themselves are
// exact (a wrong draw moves an importance by far more).
void expect_close(const NDArray<double>& actual, const std::string& c, const std::string& key) {
    testing::expect_close(actual.to_vector(), table()(c, key), c + " " + key, 1e-9);
}

void expect_result(const PermutationImportanceResult& r, const std::string& c) {
    EXPECT_EQ(r.importances.shape()[0], 4);
    expect_close(r.importances, c, "importances");
    expect_close(r.importances_mean, c, "importances_mean");
    expect_close(r.importances_std, c, "importances_std");
}

TEST(PermutationImportance, RidgeMatchesScikitLearn) {
    const Target y(field("data", "y_reg"));
    const Model ridge = Estimator(Ridge()).fit(X(), y);
    expect_result(permutation_importance(ridge, X(), y, {.n_repeats = 5, .random_state = 0}),
                  "ridge_r2");
    expect_result(permutation_importance(ridge, X(), y,
                                         {.scoring = "neg_mean_squared_error",
                                          .n_repeats = 3,
                                          .random_state = 7,
                                          .max_samples = 0.5}),
                  "ridge_mse_half");
    const NDArray<double> array = X().to_numpy();
    const Model on_array = Estimator(Ridge()).fit(array, y);
    expect_result(permutation_importance(
                      on_array, array, y,
                      {.n_repeats = 4, .random_state = 1, .max_samples = std::int64_t{59}}),
                  "ridge_array_int_samples");
}

TEST(PermutationImportance, PipelineAccuracyIsExact) {
    const Target y(y_class());
    const Model pipe =
        Estimator(Pipeline({{"scale", StandardScaler()}, {"clf", LogisticRegression()}}))
            .fit(X(), y);
    const auto r = permutation_importance(
        pipe, X(), y, {.scoring = "accuracy", .n_repeats = 6, .random_state = 42});
    // Accuracy differences are counts over n: exact.
    EXPECT_EQ(r.importances.to_vector(), field("pipe_accuracy", "importances"));
    EXPECT_EQ(r.importances_mean.to_vector(), field("pipe_accuracy", "importances_mean"));
    EXPECT_EQ(r.importances_std.to_vector(), field("pipe_accuracy", "importances_std"));
}

TEST(PermutationImportance, SameOnOneThreadAndOnAll) {
    const Target y(field("data", "y_reg"));
    const Model ridge = Estimator(Ridge()).fit(X(), y);
    const auto serial = permutation_importance(ridge, X(), y, {.n_jobs = 1, .random_state = 3});
    const auto parallel = permutation_importance(ridge, X(), y, {.n_jobs = -1, .random_state = 3});
    EXPECT_EQ(serial.importances.to_vector(), parallel.importances.to_vector());
}

TEST(PermutationImportance, AModelThatIgnoresXHasNoImportance) {
    const Target y(y_class());
    const Model dummy = Estimator(DummyClassifier()).fit(X(), y);
    const auto r = permutation_importance(dummy, X(), y, {.random_state = 0});
    EXPECT_EQ(r.importances_mean.to_vector(), std::vector<double>(4, 0.0));
    EXPECT_EQ(r.importances.shape(), (Shape{4, 5}));
}

TEST(PermutationImportance, Errors) {
    const Target y(y_class());
    const Model dummy = Estimator(DummyClassifier()).fit(X(), y);
    expect_error<ValueError>(
        [&] { (void)permutation_importance(dummy, X(), y, {.max_samples = std::int64_t{61}}); },
        "max_samples must be in (0, n_samples]");
    expect_error<ValueError>(
        [&] { (void)permutation_importance(dummy, X(), y, {.n_repeats = 0}); },
        "The 'n_repeats' parameter of permutation_importance must be an int in the range [1, "
        "inf). Got 0 instead.");
    expect_error<ValueError>(
        [&] {
            (void)permutation_importance(dummy, X(), y, {.scoring = {"accuracy", "f1"}});
        },
        "For evaluating multiple scores, use sklearn.model_selection.cross_validate instead. "
        "['accuracy', 'f1'] was passed.");
}

}  // namespace
}  // namespace tabula
