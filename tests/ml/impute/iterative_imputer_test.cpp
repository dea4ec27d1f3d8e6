#include "tabula/ml/impute/iterative_imputer.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "../../support/fixtures.hpp"
#include "../support/check_estimator.hpp"
#include "impute_fixtures.hpp"

namespace tabula {
namespace {

std::optional<std::int64_t> optional_int(const std::string& text) {
    if (text == "None") return std::nullopt;
    return std::stoll(text);
}

// The regressions solve the same systems in another order of floating-point sums, and ten
// rounds compound the differences, so values are compared to 1e-6 (relative above 1).
TEST(IterativeImputer, MatchesScikitLearnOnEveryOrder) {
    const auto cases =
        testing::impute_cases("ml/impute/iterative/iterative_imputer.txt", "iterative");
    ASSERT_EQ(cases.size(), 10U);
    for (const auto& c : cases) {
        SCOPED_TRACE(c.head[1]);
        IterativeImputerParams params;
        params.imputation_order = c.head[2];
        params.initial_strategy = c.head[3];
        params.max_iter = std::stoll(c.head[4]);
        params.n_nearest_features = optional_int(c.head[5]);
        params.random_state = optional_int(c.head[6]);
        params.min_value = std::stod(c.head[7]);
        params.max_value = std::stod(c.head[8]);
        params.skip_complete = c.head[9] == "1";
        params.add_indicator = c.head[10] == "1";
        const auto model = IterativeImputer(params).fit(c.train);
        EXPECT_EQ(std::to_string(model.n_iter()), c.features.at(0));
        EXPECT_EQ(model.get_feature_names_out(), c.names);
        const DataFrame out = model.transform(c.test);
        ASSERT_EQ(out.columns(), c.names);
        for (std::size_t k = 0; k < c.out.size(); ++k) {
            const auto values = out[c.names[k]].to_numpy().to_vector();
            ASSERT_EQ(values.size(), c.out[k].size());
            for (std::size_t i = 0; i < values.size(); ++i) {
                const double e = std::stod(c.out[k][i]);
                EXPECT_NEAR(values[i], e, 1e-6 * std::max(1.0, std::abs(e)))
                    << c.names[k] << " row " << i;
            }
        }
    }
}

TEST(IterativeImputer, RejectsWhatItDoesNotSupport) {
    const DataFrame X({{"a", {1.0, NAN, 3.0}}, {"b", {2.0, 3.0, 4.0}}});
    IterativeImputerParams params;
    params.imputation_order = "sideways";
    testing::expect_error<ValueError>(
        [&] { (void)IterativeImputer(params).fit(X); },
        "The 'imputation_order' parameter of IterativeImputer must be a str among {'arabic', "
        "'ascending', 'descending', 'random', 'roman'}. Got 'sideways' instead.");
    params = {};
    params.min_value = 2.0;
    params.max_value = 1.0;
    testing::expect_error<ValueError>([&] { (void)IterativeImputer(params).fit(X); },
                                      "One (or more) features have min_value >= max_value.");
    params = {};
    params.sample_posterior = true;
    EXPECT_THROW((void)IterativeImputer(params).fit(X), ValueError);
}

TEST(IterativeImputer, PassesTheEstimatorChecks) {
    IterativeImputerParams params;
    params.random_state = 0;
    params.max_iter = 3;
    testing::check_estimator(IterativeImputer(params), testing::allowing_nan());
}

}  // namespace
}  // namespace tabula
