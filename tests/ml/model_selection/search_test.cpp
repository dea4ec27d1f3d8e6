#include "tabula/ml/model_selection/search.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../../support/fixtures.hpp"
#include "case_table.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/compose/pipeline.hpp"
#include "tabula/ml/dummy/dummy_classifier.hpp"
#include "tabula/ml/dummy/dummy_regressor.hpp"
#include "tabula/ml/linear_model/logistic_regression.hpp"
#include "tabula/ml/linear_model/ridge.hpp"
#include "tabula/ml/preprocessing/standard_scaler.hpp"

namespace tabula {
namespace {

using testing::expect_error;
using testing::expect_values;

// search.txt: "<case>|<key>|<values...>" written by make_search.py.
class SearchFixture : public ::testing::Test {
  protected:
    static const testing::CaseTable& table() {
        static const testing::CaseTable t("ml/model_selection/search/search.txt");
        return t;
    }
    static const std::vector<std::string>& field(const std::string& c, const std::string& key) {
        return table()(c, key);
    }
    static bool has(const std::string& c, const std::string& key) {
        return table().contains(c, key);
    }
    static std::vector<double> doubles(const std::string& key) {
        return table().doubles("data", key);
    }
    static std::vector<std::int64_t> ints(const std::string& key) {
        return table().ints("data", key);
    }
    static NDArray<double> X() { return NDArray<double>(doubles("X"), Shape{41, 3}); }

    // Every cv_results column but the times, the best_* attributes and the refitted model's
    // predictions and score, against scikit-learn's. `exact`: scores equal scikit-learn's bit for
    // bit (label scorers on the same predictions); otherwise (Ridge's MSE) within a relative
    // 1e-9, the solver and the sums differing in the last bits.
    static void expect_search(const std::string& c, const SearchCVModel& search, const Target& y,
                              bool exact = true) {
        const DataFrame& results = search.cv_results();
        for (const auto& name : results.columns()) {
            if (name.ends_with("_time")) continue;
            SCOPED_TRACE(c + " " + name);
            const auto& expected = field(c, name);
            const Series column = results[name];
            if (name == "params") {
                std::vector<std::string> texts;
                for (std::int64_t i = 0; i < column.size(); ++i) {
                    texts.emplace_back(column.text(i));
                }
                EXPECT_EQ(texts, expected);
            } else if (name.starts_with("param_")) {
                for (std::int64_t i = 0; i < column.size(); ++i) {
                    const auto k = static_cast<std::size_t>(i);
                    if (column.column().is_null(i)) {
                        EXPECT_EQ(expected[k], "<masked>");
                    } else if (column.dtype() == DType::Bool) {
                        EXPECT_EQ(column.value(i) != 0 ? "True" : "False", expected[k]);
                    } else if (column.dtype() == DType::String) {
                        std::string quoted = "'";
                        quoted += column.text(i);
                        quoted += "'";
                        EXPECT_EQ(quoted, expected[k]);
                    } else {
                        EXPECT_EQ(column.value(i), std::stod(expected[k]));
                    }
                }
            } else if (name.starts_with("rank_")) {
                EXPECT_EQ(column.dtype(), DType::Int32);
                std::vector<std::int64_t> ranks;
                for (std::int64_t i = 0; i < column.size(); ++i) {
                    ranks.push_back(static_cast<std::int64_t>(column.value(i)));
                }
                expect_values(ranks, expected, name);
            } else if (exact) {
                // Scores from the same label counts are exact; means and stds go through
                // NumPy's summation order, which tabula's mean reproduces.
                expect_values(column.to_numpy().to_vector(), expected, name);
            } else {
                expect_close(column.to_numpy().to_vector(), expected, name);
            }
        }
        EXPECT_EQ(static_cast<std::int64_t>(results.columns().size()),
                  static_cast<std::int64_t>(expected_columns(c)));
        if (has(c, "best_index")) {
            EXPECT_EQ(search.best_index(), std::stoll(field(c, "best_index")[0]));
            expect_close(std::vector<double>{search.best_score()}, field(c, "best_score"), c);
            EXPECT_EQ(python_repr(search.best_params()), field(c, "best_params")[0]);
        }
        if (has(c, "predict")) {
            const Series predicted = search.predict(X());
            if (predicted.dtype() == DType::Float64) {
                expect_close(predicted.to_numpy().to_vector(), field(c, "predict"), c);
            } else {
                std::vector<std::int64_t> labels;
                for (std::int64_t i = 0; i < predicted.size(); ++i) {
                    labels.push_back(static_cast<std::int64_t>(predicted.value(i)));
                }
                expect_values(labels, field(c, "predict"), c);
            }
            // R^2 and MSE sum in another order than scikit-learn's metrics.
            expect_close({search.score(X(), y)}, field(c, "score"), c + " score");
        }
    }
    static void expect_close(const std::vector<double>& actual,
                             const std::vector<std::string>& expected, const std::string& context) {
        testing::expect_close(actual, expected, context, 1e-9);
    }
    // The fixture's cv_results keys, with the four time columns it leaves out.
    static std::size_t expected_columns(const std::string& c) {
        std::size_t n = 4;
        for (const auto& key : table().keys(c)) {
            const bool attribute = key == "best_index" || key == "best_score" ||
                                   key == "best_params" || key == "predict" || key == "score";
            n += attribute ? 0 : 1;
        }
        return n;
    }
};

TEST_F(SearchFixture, GridSearchClassifierMatchesScikitLearn) {
    const Target y(ints("y_class"));
    const GridSearchCV search(
        DummyClassifier(),
        ParamGrid{{"strategy", {"most_frequent", "prior", "stratified", "uniform"}},
                  {"random_state", {0, 1, 2}}},
        {.scoring = "accuracy", .cv = 3});
    expect_search("grid_classifier", search.fit(X(), y), y);
}

TEST_F(SearchFixture, GridSearchMultimetricRefitsOnTheNamedScorer) {
    const Target y(ints("y_class"));
    const GridSearchCV search(
        DummyClassifier(),
        std::vector<ParamGrid>{{{"strategy", {"stratified", "uniform"}}, {"random_state", {4, 5}}},
                               {{"strategy", {"prior"}}}},
        {.scoring = {"accuracy", "f1_macro"},
         .refit = "f1_macro",
         .cv = 4,
         .return_train_score = true});
    const auto fitted = search.fit(X(), y);
    expect_search("grid_multimetric", fitted, y);
    EXPECT_TRUE(fitted.multimetric());
}

TEST_F(SearchFixture, GridSearchMultimetricWithoutRefit) {
    const Target y(ints("y_binary"));
    const GridSearchCV search(
        DummyClassifier(),
        ParamGrid{{"strategy", {"stratified", "uniform"}}, {"random_state", {4, 5}}},
        {.scoring = {"accuracy", "f1_macro"}, .refit = false, .cv = 4});
    const auto fitted = search.fit(X(), y);
    expect_search("grid_multimetric_norefit", fitted, y);
    expect_error<AttributeError>([&] { (void)fitted.best_index(); },
                                 "'GridSearchCV' object has no attribute 'best_index_'");
    expect_error<AttributeError>([&] { (void)fitted.best_estimator(); },
                                 "'GridSearchCV' object has no attribute 'best_estimator_'");
    expect_error<AttributeError>(
        [&] { (void)fitted.predict(X()); },
        "This GridSearchCV instance was initialized with `refit=False`. predict is available only "
        "after refitting on the best parameters. You can refit an estimator manually using the "
        "`best_params_` attribute");
}

TEST_F(SearchFixture, GridSearchRegressor) {
    const Target y(doubles("y_reg"));
    const GridSearchCV search(DummyRegressor(),
                              std::vector<ParamGrid>{{{"strategy", {"quantile"}},
                                                      {"quantile", {0.1, 0.25, 0.5, 0.75, 0.9}}},
                                                     {{"strategy", {"mean", "median"}}}},
                              {.cv = 4});
    expect_search("grid_regressor", search.fit(X(), y), y);
}

TEST_F(SearchFixture, GridSearchRegressorNegativeMae) {
    const Target y(doubles("y_reg"));
    const GridSearchCV search(
        DummyRegressor({.strategy = "quantile"}), ParamGrid{{"quantile", {0.2, 0.4, 0.5, 0.6}}},
        {.scoring = "neg_mean_absolute_error", .cv = 5, .return_train_score = true});
    expect_search("grid_regressor_mae", search.fit(X(), y), y);
}

TEST_F(SearchFixture, RandomizedSearchDrawsScikitLearnsCandidates) {
    std::vector<ParamValue> quantiles;
    for (int i = 1; i < 20; ++i) quantiles.emplace_back(std::round(0.05 * i * 100) / 100);
    const Target y(doubles("y_reg"));
    const RandomizedSearchCV regressor(DummyRegressor({.strategy = "quantile"}),
                                       ParamGrid{{"quantile", quantiles}},
                                       {.n_iter = 6, .random_state = 3}, {.cv = 5});
    expect_search("random_regressor", regressor.fit(X(), y), y);

    std::vector<ParamValue> seeds;
    for (int i = 0; i < 30; ++i) seeds.emplace_back(i);
    const Target binary(ints("y_binary"));
    const RandomizedSearchCV classifier(
        DummyClassifier({.strategy = "stratified"}), ParamGrid{{"random_state", seeds}},
        {.n_iter = 5, .random_state = 0}, {.scoring = "f1", .cv = 3});
    expect_search("random_classifier", classifier.fit(X(), binary), binary);
}

TEST_F(SearchFixture, GridSearchOverAPipeline) {
    const Target y(ints("y_binary"));
    const GridSearchCV search(
        Pipeline({{"scale", StandardScaler()}, {"clf", LogisticRegression()}}),
        {{"clf__C", {0.01, 0.1, 1.0, 10.0}}, {"scale__with_mean", {true, false}}},
        {.scoring = "f1", .cv = 5});
    const auto fitted = search.fit(X(), y);
    expect_search("grid_pipeline", fitted, y);
    EXPECT_EQ(fitted.best_estimator().estimator_name(), "Pipeline");
    EXPECT_EQ(fitted.classes().size(), 2);
}

TEST_F(SearchFixture, RandomizedSearchOverRidge) {
    const Target y(doubles("y_reg"));
    const RandomizedSearchCV search(Ridge(),
                                    ParamGrid{{"alpha", {0.001, 0.01, 0.1, 1.0, 10.0, 100.0}},
                                              {"fit_intercept", {true, false}}},
                                    {.n_iter = 5, .random_state = 0},
                                    {.scoring = "neg_mean_squared_error", .cv = 4});
    expect_search("random_ridge", search.fit(X(), y), y, false);
}

TEST_F(SearchFixture, ResultsDoNotDependOnTheThreadCount) {
    const Target y(ints("y_class"));
    const ParamGrid grid{{"strategy", {"stratified", "uniform"}}, {"random_state", {0, 1, 2, 3}}};
    const auto serial = GridSearchCV(DummyClassifier(), grid, {.n_jobs = 1, .cv = 5}).fit(X(), y);
    const auto parallel =
        GridSearchCV(DummyClassifier(), grid, {.n_jobs = -1, .cv = 5}).fit(X(), y);
    for (const auto& name : serial.cv_results().columns()) {
        if (name.ends_with("_time")) continue;
        EXPECT_TRUE(serial.cv_results()[name].equals(parallel.cv_results()[name])) << name;
    }
    EXPECT_EQ(serial.best_index(), parallel.best_index());
}

TEST_F(SearchFixture, Errors) {
    const Target y(ints("y_class"));
    expect_error<ValueError>(
        [&] {
            GridSearchCV(DummyClassifier(), ParamGrid{{"strategy", {"prior"}}},
                         {.scoring = {"accuracy", "f1_macro"}})
                .fit(X(), y);
        },
        "For multi-metric scoring, the parameter refit must be set to a scorer key or a callable "
        "to refit an estimator with the best parameter setting on the whole data and make the "
        "best_* attributes available for that metric. If this is not needed, refit should be set "
        "to False explicitly. True was passed.");
    expect_error<ValueError>(
        [&] {
            RandomizedSearchCV(DummyClassifier(), ParamGrid{{"strategy", {"prior"}}}, {.n_iter = 0})
                .fit(X(), y);
        },
        "The 'n_iter' parameter of RandomizedSearchCV must be an int in the range [1, inf). Got "
        "0 instead.");
    expect_error<ValueError>(
        [&] {
            GridSearchCV(DummyClassifier(), ParamGrid{{"strategy", {"prior"}}},
                         {.error_score = "rise"})
                .fit(X(), y);
        },
        "error_score must be the string 'raise' or a numeric value. (Hint: if using 'raise', "
        "please make sure that it has been spelled correctly.)");
    // Every fit fails: scikit-learn's summary of the failures.
    try {
        GridSearchCV(DummyClassifier(), ParamGrid{{"strategy", {"foo"}}}, {.cv = 3}).fit(X(), y);
        ADD_FAILURE() << "no exception";
    } catch (const ValueError& e) {
        const std::string text = e.what();
        EXPECT_TRUE(
            text.starts_with("\nAll the 3 fits failed.\nIt is very likely that your "
                             "model is misconfigured."))
            << text;
        EXPECT_NE(text.find("3 fits failed with the following error:\nValueError: The "
                            "'strategy' parameter of DummyClassifier must be a str among"),
                  std::string::npos)
            << text;
    }
    // Some fail: their scores are error_score and they rank last.
    const auto partial =
        GridSearchCV(DummyClassifier(), ParamGrid{{"strategy", {"foo", "prior"}}}, {.cv = 3})
            .fit(X(), y);
    EXPECT_TRUE(std::isnan(partial.cv_results()["mean_test_score"].value(0)));
    EXPECT_EQ(partial.cv_results()["rank_test_score"].value(0), 2);
    EXPECT_EQ(partial.best_index(), 1);
    expect_error<ValueError>(
        [&] {
            GridSearchCV(DummyClassifier(), ParamGrid{{"strategy", {"foo", "prior"}}},
                         {.cv = 3, .error_score = "raise"})
                .fit(X(), y);
        },
        "The 'strategy' parameter of DummyClassifier must be a str among {'constant', "
        "'most_frequent', 'prior', 'stratified', 'uniform'}. Got 'foo' instead.");
    expect_error<ValueError>(
        [&] {
            GridSearchCV(DummyClassifier(), ParamGrid{{"C", {1.0}}}).fit(X(), y);
        },
        "Invalid parameter 'C' for estimator DummyClassifier(constant=none, random_state=none, "
        "strategy=\"prior\"). Valid parameters are: ['constant', 'random_state', 'strategy'].");
}

}  // namespace
}  // namespace tabula
