#include "tabula/ml/linear_model/ridge.hpp"

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

double largest(const std::vector<double>& v) {
    double m = 0.0;
    for (double x : v) m = std::max(m, std::abs(x));
    return m;
}

// The same normal equations and LAPACK Cholesky solve as scikit-learn (scipy.linalg.solve with
// assume_a="pos"), formed by another BLAS call order: agreement to 1e-8 of the largest
// coefficient even for alpha=1e-3 on unscaled features (condition number ~1e8).
TEST(Ridge, MatchesScikitLearn) {
    const CaseFixture f("ml/linear_model/ridge/ridge.txt");
    ASSERT_FALSE(f.cases().empty());
    for (const auto& name : f.cases()) {
        SCOPED_TRACE(name);
        const Ridge estimator({.alpha = f.number("alpha", name),
                               .fit_intercept = f.number("fit_intercept", name) != 0});
        const NDArray<double> X = f.X(name);
        const auto model = estimator.fit(X, f.numbers("y", name));
        const auto coef = f.numbers("coef", name);
        expect_close(model.coef(), coef, 1e-8, largest(coef), "coef");
        const double intercept = f.number("intercept", name);
        expect_close({model.intercept()}, {intercept}, 1e-8, std::max(1.0, std::abs(intercept)),
                     "intercept");
        const auto expected = f.numbers("predict", name);
        expect_close(model.predict(X).to_numpy().to_vector(), expected, 1e-8, largest(expected),
                     "predict");
        EXPECT_EQ(model.solver(), name == "constant_alpha_0" ? "svd" : "cholesky");
    }
}

TEST(Ridge, SmallFrame) {
    // scikit-learn: Ridge(alpha=0.5) on this frame gives coef_ [2.20689655, 0.13793103],
    // intercept_ 1.1206896551724155 (the solution of [[5.5, -1], [-1, 1.5]] w = [12, 0.5]).
    const DataFrame X({{"a", std::vector<double>{0.0, 1.0, 2.0, 3.0}},
                       {"b", std::vector<std::int64_t>{1, 0, 1, 0}}});
    const auto model = Ridge({.alpha = 0.5}).fit(X, std::vector{1.0, 3.0, 6.0, 8.0});
    EXPECT_NEAR(model.coef()[0], 64.0 / 29.0, 1e-12);
    EXPECT_NEAR(model.coef()[1], 4.0 / 29.0, 1e-12);
    EXPECT_NEAR(model.intercept(), 1.1206896551724155, 1e-12);
    EXPECT_EQ(model.predict(X).size(), 4);
}

TEST(Ridge, RejectsBadParameters) {
    const NDArray<double> X{{1.0}, {2.0}, {3.0}};
    const std::vector<double> y{1.0, 2.0, 4.0};
    testing::expect_error<ValueError>(
        [&] { (void)Ridge({.alpha = -1.0}).fit(X, y); },
        "The 'alpha' parameter of Ridge must be a float in the range [0, inf) or an instance of "
        "'numpy.ndarray'. Got -1 instead.");
    testing::expect_error<ValueError>(
        [&] { (void)Ridge({.solver = "foo"}).fit(X, y); },
        "The 'solver' parameter of Ridge must be a str among {'auto', 'cholesky', 'lbfgs', 'lsqr', "
        "'sag', 'saga', 'sparse_cg', 'svd'}. Got 'foo' instead.");
    testing::expect_error<ValueError>(
        [&] { (void)Ridge({.solver = "lbfgs"}).fit(X, y); },
        "'lbfgs' solver can be used only when positive=True. Please use another solver.");
    testing::expect_error<ValueError>(
        [&] { (void)Ridge({.solver = "sag"}).fit(X, y); },
        "solver='sag' is not implemented by tabula's Ridge; use 'auto', 'cholesky' or 'svd', "
        "which give the same solution");
    testing::expect_error<ValueError>(
        [&] {
            (void)Ridge().fit(X, std::vector{1.0, 2.0});
        },
        "Found input variables with inconsistent numbers of "
        "samples: [3, 2]");
}

TEST(Ridge, SvdSolverAgreesWithCholesky) {
    const NDArray<double> X{{1.0, 0.5}, {2.0, -1.0}, {3.0, 2.5}, {4.0, 0.0}, {0.5, 1.0}};
    const std::vector<double> y{1.0, 2.0, 4.0, 3.0, 0.0};
    const auto a = Ridge({.alpha = 0.3}).fit(X, y);
    const auto b = Ridge({.alpha = 0.3, .solver = "svd"}).fit(X, y);
    EXPECT_EQ(b.solver(), "svd");
    expect_close(b.coef(), a.coef(), 1e-12, 1.0, "coef");
    EXPECT_NEAR(b.intercept(), a.intercept(), 1e-12);
}

TEST(Ridge, Conformance) {
    testing::check_estimator(Ridge(), {.supervised = true});
}

}  // namespace
}  // namespace tabula
