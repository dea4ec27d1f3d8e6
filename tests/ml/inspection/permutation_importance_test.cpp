#include "tabula/ml/inspection/permutation_importance.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "../../support/fixtures.hpp"
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
std::vector<double> field(const std::string& c, const std::string& key) {
    static const auto table = [] {
        std::map<std::string, std::vector<std::string>> out;
        for (const auto& line :
             testing::fixture_lines("ml/inspection/permutation_importance.txt")) {
            auto f = testing::split(line, '|');
            out[f[0] + "|" + f[1]] = std::vector<std::string>(f.begin() + 2, f.end());
        }
        return out;
    }();
    const auto it = table.find(c + "|" + key);
    EXPECT_NE(it, table.end()) << c << " " << key;
    std::vector<double> values;
    if (it != table.end()) {
        for (const auto& v : it->second) values.push_back(std::stod(v));
    }
    return values;
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
void expect_close(const NDArray<double>& actual, const std::vector<double>& expected,
                  const std::string& context) {
    const auto values = actual.to_vector();
    ASSERT_EQ(values.size(), expected.size()) << context;
    for (std::size_t i = 0; i < values.size(); ++i) {
        EXPECT_NEAR(values[i], expected[i], 1e-9 * std::max(1.0, std::abs(expected[i])))
            << context << " at " << i;
    }
}

void expect_result(const PermutationImportanceResult& r, const std::string& c) {
    EXPECT_EQ(r.importances.shape()[0], 4);
    expect_close(r.importances, field(c, "importances"), c);
    expect_close(r.importances_mean, field(c, "importances_mean"), c);
    expect_close(r.importances_std, field(c, "importances_std"), c);
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
