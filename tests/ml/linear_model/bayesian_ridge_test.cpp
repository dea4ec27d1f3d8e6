#include "tabula/ml/linear_model/bayesian_ridge.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <optional>

#include "../../support/fixtures.hpp"
#include "../support/check_estimator.hpp"

namespace tabula {
namespace {

struct RidgeCase {
    std::vector<std::string> head;
    std::vector<double> X;
    std::int64_t rows = 0;
    std::map<std::string, std::vector<double>> expected;
};

std::vector<double> numbers(const std::vector<std::string>& fields) {
    std::vector<double> out;
    for (std::size_t i = 1; i < fields.size(); ++i) {
        if (!fields[i].empty()) out.push_back(std::stod(fields[i]));
    }
    return out;
}

std::vector<RidgeCase> ridge_cases() {
    std::vector<RidgeCase> cases;
    for (const auto& line :
         testing::fixture_lines("ml/linear_model/bayesian_ridge/bayesian_ridge.txt")) {
        const auto fields = testing::split(line, '|');
        if (fields[0] == "case") {
            cases.emplace_back();
            cases.back().head = fields;
        } else if (fields[0] == "x") {
            const auto row = numbers(fields);
            cases.back().X.insert(cases.back().X.end(), row.begin(), row.end());
            ++cases.back().rows;
        } else {
            cases.back().expected[fields[0]] = numbers(fields);
        }
    }
    return cases;
}

std::optional<double> optional_float(const std::string& text) {
    if (text == "None") return std::nullopt;
    return std::stod(text);
}

// The same algorithm on the same LAPACK SVD; sums run in another order, so values agree to a
// relative 1e-9 (alpha and lambda feed back through the iterations).
void expect_close(const std::vector<double>& actual, const std::vector<double>& expected,
                  const std::string& what) {
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        EXPECT_NEAR(actual[i], expected[i], 1e-9 * std::max(1.0, std::abs(expected[i])))
            << what << " [" << i << "]";
    }
}

TEST(BayesianRidge, MatchesScikitLearn) {
    const auto cases = ridge_cases();
    ASSERT_EQ(cases.size(), 4U);
    for (const auto& c : cases) {
        SCOPED_TRACE(c.head[1]);
        BayesianRidgeParams params;
        params.fit_intercept = c.head[2] == "1";
        params.compute_score = c.head[3] == "1";
        params.alpha_init = optional_float(c.head[4]);
        params.lambda_init = optional_float(c.head[5]);
        const auto cols = static_cast<std::int64_t>(c.X.size()) / c.rows;
        const NDArray<double> X(c.X, {c.rows, cols});
        const auto model = BayesianRidge(params).fit(X, c.expected.at("y"));
        expect_close(model.coef(), c.expected.at("coef"), "coef");
        expect_close({model.intercept()}, c.expected.at("intercept"), "intercept");
        expect_close({model.alpha()}, c.expected.at("alpha"), "alpha");
        expect_close({model.lambda()}, c.expected.at("lambda"), "lambda");
        EXPECT_EQ(static_cast<double>(model.n_iter()), c.expected.at("n_iter").at(0));
        expect_close(model.scores(), c.expected.at("scores"), "scores");
        expect_close(model.predict(X).to_numpy().to_vector(), c.expected.at("predict"), "predict");
        expect_close(model.predict_std(X), c.expected.at("std"), "std");
    }
}

TEST(BayesianRidge, RejectsBadInput) {
    const DataFrame X({{"a", {1.0, 2.0, 3.0}}});
    BayesianRidgeParams params;
    params.n_iter = 0;
    testing::expect_error<ValueError>(
        [&] {
            (void)BayesianRidge(params).fit(X, std::vector<double>{1.0, 2.0, 3.0});
        },
        "The 'n_iter' parameter of BayesianRidge must be an int in the range [1, inf). Got 0 "
        "instead.");
    testing::expect_error<ValueError>(
        [&] {
            (void)BayesianRidge().fit(X, std::vector<double>{1.0, 2.0});
        },
        "Found input variables with inconsistent numbers of samples: [3, 2]");
}

TEST(BayesianRidge, PassesTheEstimatorChecks) {
    testing::EstimatorChecks checks;
    checks.supervised = true;
    testing::check_estimator(BayesianRidge(), checks);
}

}  // namespace
}  // namespace tabula
