#include "tabula/ml/impute/knn_imputer.hpp"

#include <gtest/gtest.h>

#include <algorithm>
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

// KNNImputer by the definition: the distance over the features both rows have, scaled by
// n_features / (their number) (NaN when none), NumPy's argpartition, then the (inverse distance
// weighted) mean. On small integers every sum is exact whatever its order, so this gives
// scikit-learn's values bit for bit.
std::vector<double> imputed_by_definition(const std::vector<double>& X, std::int64_t rows,
                                          std::int64_t features, std::int64_t n_neighbors,
                                          bool distance_weights) {
    const auto at = [&](std::int64_t i, std::int64_t k) {
        return X[static_cast<std::size_t>(i * features + k)];
    };
    std::vector<double> imputed;
    for (std::int64_t i = 0; i < rows; ++i) {
        for (std::int64_t k = 0; k < features; ++k) {
            if (!std::isnan(at(i, k))) continue;
            std::vector<double> distance;
            std::vector<std::int64_t> donor;
            double total = 0.0;
            for (std::int64_t j = 0; j < rows; ++j) {
                if (std::isnan(at(j, k))) continue;
                double squares = 0.0;
                std::int64_t present = 0;
                for (std::int64_t f = 0; f < features; ++f) {
                    if (std::isnan(at(i, f)) || std::isnan(at(j, f))) continue;
                    squares += (at(i, f) - at(j, f)) * (at(i, f) - at(j, f));
                    ++present;
                }
                distance.push_back(present == 0 ? NAN
                                                : std::sqrt(squares / static_cast<double>(present) *
                                                            static_cast<double>(features)));
                donor.push_back(j);
                total += at(j, k);
            }
            if (std::all_of(distance.begin(), distance.end(),
                            [](double v) { return std::isnan(v); })) {
                imputed.push_back(total / static_cast<double>(donor.size()));
                continue;
            }
            const auto count =
                std::min<std::int64_t>(n_neighbors, static_cast<std::int64_t>(donor.size()));
            std::vector<std::int64_t> order(donor.size());
            std::iota(order.begin(), order.end(), std::int64_t{0});
            std::vector<double> sorted = distance;
            impute::argpartition(sorted, order, count - 1);
            double sum = 0.0;
            double weights = 0.0;
            bool exact = false;
            for (std::int64_t t = 0; t < count; ++t) {
                exact = exact || distance[static_cast<std::size_t>(order[t])] == 0.0;
            }
            for (std::int64_t t = 0; t < count; ++t) {
                const auto o = static_cast<std::size_t>(order[static_cast<std::size_t>(t)]);
                double w = 1.0;
                if (distance_weights) {
                    w = exact ? (distance[o] == 0.0 ? 1.0 : 0.0) : 1.0 / distance[o];
                    if (std::isnan(w)) w = 0.0;
                }
                sum = sum + at(donor[o], k) * w;
                weights = weights + w;
            }
            imputed.push_back(distance_weights ? sum / weights : sum / static_cast<double>(count));
        }
    }
    return imputed;
}

// Enough rows for the distances to be formed row by row (above 4M), on a grid of small
// integers: many tied distances, rows with no feature in common with some donors (NaN
// distances), rows with nothing in common with any donor of a feature (the mean).
TEST(KNNImputer, RowByRowDistancesMatchTheDefinitionOnTies) {
    random::RandomState rs(11);
    const std::int64_t rows = 2600;
    const std::int64_t features = 4;
    std::vector<double> X(static_cast<std::size_t>(rows * features));
    for (auto& v : X) {
        v = rs.random_sample() < 0.3 ? NAN : static_cast<double>(rs.randint(0, 4));
    }
    for (std::int64_t i = 0; i < 40; ++i) {
        for (std::int64_t k = 1; k < features; ++k)
            X[static_cast<std::size_t>(i * features + k)] = NAN;
    }
    for (const bool distance_weights : {false, true}) {
        SCOPED_TRACE(distance_weights);
        const NDArray<double> out = imputer(5, distance_weights ? "distance" : "uniform")
                                        .fit_transform(NDArray<double>(X, {rows, features}));
        std::vector<double> got;
        for (std::size_t i = 0; i < X.size(); ++i) {
            if (std::isnan(X[i])) got.push_back(out.data()[i]);
        }
        const auto expected = imputed_by_definition(X, rows, features, 5, distance_weights);
        ASSERT_EQ(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) ASSERT_EQ(got[i], expected[i]) << i;
    }
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
