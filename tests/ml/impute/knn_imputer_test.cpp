#include "tabula/ml/impute/knn_imputer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numeric>

#include "../../../src/ml/impute/argpartition.hpp"
#include "../../support/fixtures.hpp"
#include "../support/check_estimator.hpp"
#include "impute_fixtures.hpp"
#include "tabula/core/random.hpp"

namespace tabula {
namespace {

KNNImputer imputer(std::int64_t n_neighbors, const std::string& weights) {
    KNNImputerParams params;
    params.n_neighbors = n_neighbors;
    params.weights = weights;
    return KNNImputer(params);
}

// The distances repeat scikit-learn's arithmetic and the neighbours NumPy's argpartition, so the
// imputed values are compared bit for bit, ties and distance weights included.
TEST(KNNImputer, MatchesScikitLearnBitForBit) {
    const auto cases = testing::impute_cases("ml/impute/knn/knn_imputer.txt", "knn");
    ASSERT_EQ(cases.size(), 19U);
    for (const auto& c : cases) {
        SCOPED_TRACE(c.head[1]);
        KNNImputerParams params;
        params.n_neighbors = std::stoll(c.head[2]);
        params.weights = c.head[3];
        params.add_indicator = c.head[4] == "1";
        params.keep_empty_features = c.head[5] == "1";
        const KNNImputer knn(params);
        if (c.head[6] == "array") {
            const auto model = knn.fit(c.train.to_numpy());
            const NDArray<double> out = model.transform(c.test.to_numpy());
            const DataFrame frame = DataFrame::from_numpy(out, c.names);
            testing::expect_frame(frame, c.names, c.out);
            std::vector<std::string> positional;
            for (std::size_t j = 0; j < c.names.size(); ++j) positional.push_back(c.names[j]);
            EXPECT_EQ(model.get_feature_names_out(), positional);
            continue;
        }
        const auto model = knn.fit(c.train);
        EXPECT_EQ(model.get_feature_names_out(), c.names);
        testing::expect_frame(model.transform(c.test), c.names, c.out);
    }
}

// Above 4M distances the dot products are formed row by row; they can differ from OpenBLAS's in
// the last bit on the rows at the edges of its thread partition, which with uniform weights
// changes a value only on a tie within an ulp, so the values are still compared exactly.
TEST(KNNImputer, MatchesScikitLearnOnALargeFrame) {
    random::RandomState rs(5);
    const std::int64_t rows = 2700;
    std::vector<double> values = rs.standard_normal(rows * 10);
    const std::vector<double> gap = rs.random_sample(rows * 10);
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (gap[i] < 0.1) values[i] = NAN;
    }
    const DataFrame X =
        DataFrame::from_numpy(NDArray<double>(values, {rows, 10}), positional_feature_names(10));
    const NDArray<double> out = KNNImputer().fit_transform(X).to_numpy();
    std::vector<double> imputed;
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i])) imputed.push_back(out.data()[i]);
    }
    testing::expect_values(imputed, testing::fixture_lines("ml/impute/knn/knn_large.txt"),
                           "imputed values");
}

TEST(KNNImputer, ArgpartitionMatchesNumPy) {
    const auto lines = testing::fixture_lines("ml/impute/knn/argpartition.txt");
    ASSERT_EQ(lines.size() % 2, 0U);
    for (std::size_t l = 0; l < lines.size(); l += 2) {
        const auto input = testing::split(lines[l], '|');
        const auto expected = testing::split(lines[l + 1], '|');
        std::vector<double> values;
        for (std::size_t i = 2; i < input.size(); ++i) values.push_back(std::stod(input[i]));
        std::vector<std::int64_t> order(values.size());
        std::iota(order.begin(), order.end(), std::int64_t{0});
        impute::argpartition(values, order, std::stoll(input[1]));
        std::vector<std::string> got;
        for (const auto i : order) got.push_back(std::to_string(i));
        EXPECT_EQ(got, std::vector<std::string>(expected.begin() + 1, expected.end()))
            << "line " << l;
    }
}

TEST(KNNImputer, RejectsBadParameters) {
    const DataFrame X({{"a", {1.0, NAN, 3.0}}, {"b", {2.0, 3.0, 4.0}}});
    testing::expect_error<ValueError>(
        [&] { (void)imputer(0, "uniform").fit(X); },
        "The 'n_neighbors' parameter of KNNImputer must be an int in the range [1, inf). Got 0 "
        "instead.");
    testing::expect_error<ValueError>(
        [&] { (void)imputer(5, "gaussian").fit(X); },
        "The 'weights' parameter of KNNImputer must be a str among {'distance', 'uniform'} or a "
        "callable. Got 'gaussian' instead.");
    testing::expect_error<ValueError>(
        [&] { (void)KNNImputer().set_params("metric", "euclidean").fit(X); },
        "The 'metric' parameter of KNNImputer must be a str among {'nan_euclidean'} or a "
        "callable. Got 'euclidean' instead.");
    testing::expect_error<ValueError>(
        [&] {
            (void)KNNImputer().fit(DataFrame({{"a", {"x", "y"}}}));
        },
        "could not convert string to float: 'x' (column 'a')");
}

TEST(KNNImputer, PassesTheEstimatorChecks) {
    testing::check_estimator(imputer(3, "distance"), testing::allowing_nan());
    testing::check_estimator(KNNImputer(), testing::allowing_nan());
}

}  // namespace
}  // namespace tabula
