#include "tabula/ml/linear_model/linear_regression.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "../support/check_estimator.hpp"
#include "case_fixture.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula {
namespace {

using testing::CaseFixture;
using testing::expect_close;

const CaseFixture& fixture() {
    static const CaseFixture f("ml/linear_model/linear_regression/linear_regression.txt");
    return f;
}

double largest(const std::vector<double>& v) {
    double m = 0.0;
    for (double x : v) m = std::max(m, std::abs(x));
    return m;
}

// scikit-learn solves with scipy.linalg.lstsq (gelsd on its own copy of X, centred by NumPy);
// tabula calls the same LAPACK driver on a matrix centred in another summation order, so the
// results agree to rounding: within 1e-9 of the largest coefficient.
TEST(LinearRegression, MatchesScikitLearn) {
    const auto& f = fixture();
    ASSERT_FALSE(f.cases().empty());
    for (const auto& name : f.cases()) {
        SCOPED_TRACE(name);
        const LinearRegression estimator({.fit_intercept = f.number("fit_intercept", name) != 0});
        const NDArray<double> X = f.X(name);
        const auto model = estimator.fit(X, f.numbers("y", name));
        const auto coef = f.numbers("coef", name);
        expect_close(model.coef(), coef, 1e-9, largest(coef), "coef");
        const double intercept = f.number("intercept", name);
        expect_close({model.intercept()}, {intercept}, 1e-9, std::max(1.0, std::abs(intercept)),
                     "intercept");
        EXPECT_EQ(model.rank(), static_cast<std::int64_t>(f.number("rank", name)));
        const auto singular = f.numbers("singular", name);
        expect_close(model.singular(), singular, 1e-9, largest(singular), "singular");
        const auto predicted = model.predict(X).to_numpy().to_vector();
        const auto expected = f.numbers("predict", name);
        expect_close(predicted, expected, 1e-9, largest(expected), "predict");
    }
}

TEST(LinearRegression, RankDeficientTakesTheMinimumNormSolution) {
    // x1 = 2 * x0: y = 5 x0 is fitted by every (a, b) with a + 2b = 5; the smallest is (1, 2).
    const NDArray<double> X{{1.0, 2.0}, {2.0, 4.0}, {3.0, 6.0}, {4.0, 8.0}};
    const auto model =
        LinearRegression({.fit_intercept = false}).fit(X, std::vector{5.0, 10.0, 15.0, 20.0});
    EXPECT_EQ(model.rank(), 1);
    EXPECT_NEAR(model.coef()[0], 1.0, 1e-12);
    EXPECT_NEAR(model.coef()[1], 2.0, 1e-12);
    EXPECT_EQ(model.intercept(), 0.0);
}

TEST(LinearRegression, FrameInAndPredictionsIndexedAsX) {
    const DataFrame X({{"a", std::vector<double>{0.0, 1.0, 2.0, 3.0}},
                       {"b", std::vector<std::int64_t>{1, 0, 1, 0}}});
    const auto model = LinearRegression().fit(X, std::vector{1.0, 3.0, 6.0, 8.0});
    EXPECT_EQ(model.feature_names_in(), (std::vector<std::string>{"a", "b"}));
    // scikit-learn: coef_ [2.5, 0.5], intercept_ 0.5, an exact fit.
    EXPECT_NEAR(model.coef()[0], 2.5, 1e-12);
    EXPECT_NEAR(model.coef()[1], 0.5, 1e-12);
    EXPECT_NEAR(model.intercept(), 0.5, 1e-12);
    const Series predicted = model.predict(X);
    EXPECT_EQ(predicted.size(), 4);
    EXPECT_NEAR(predicted.value(3), 8.0, 1e-12);
    EXPECT_NEAR(model.score(X, std::vector{1.0, 3.0, 6.0, 8.0}), 1.0, 1e-12);
    // Against other targets: 1 - SS_res / SS_tot = 1 - 9 / 14.75 (scikit-learn's r2_score).
    EXPECT_NEAR(model.score(X, std::vector{1.0, 3.0, 6.0, 5.0}), 0.38983050847457623, 1e-12);
}

TEST(LinearRegression, RejectsBadInput) {
    const NDArray<double> nan_X{{1.0}, {std::nan("")}, {3.0}};
    try {
        (void)LinearRegression().fit(nan_X, std::vector{1.0, 2.0, 3.0});
        ADD_FAILURE() << "NaN accepted";
    } catch (const ValueError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("Input X contains NaN", 0), 0u) << e.what();
    }
    const DataFrame text({{"city", std::vector<std::string>{"Oslo", "Rome"}}});
    testing::expect_error<ValueError>(
        [&] {
            (void)LinearRegression().fit(text, std::vector{1.0, 2.0});
        },
        "could not convert string to float: 'Oslo' (column 'city')");
    const NDArray<double> X{{1.0}, {2.0}, {3.0}};
    testing::expect_error<ValueError>(
        [&] {
            (void)LinearRegression().fit(X, std::vector{1.0, 2.0});
        },
        "Found input variables with inconsistent numbers of samples: [3, 2]");
    testing::expect_error<ValueError>(
        [&] {
            (void)LinearRegression().fit(X, std::vector<double>{1.0, std::nan(""), 2.0});
        },
        "Input y contains NaN.");
    const auto model = LinearRegression().fit(X, std::vector{1.0, 2.0, 4.0});
    testing::expect_error<ValueError>(
        [&] {
            (void)model.predict(NDArray<double>{{1.0, 2.0}});
        },
        "X has 2 features, but LinearRegression is expecting 1 features as input.");
}

TEST(LinearRegression, Conformance) {
    testing::check_estimator(LinearRegression(), {.supervised = true});
}

}  // namespace
}  // namespace tabula
