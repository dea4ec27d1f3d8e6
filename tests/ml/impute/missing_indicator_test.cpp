#include "tabula/ml/impute/missing_indicator.hpp"

#include <gtest/gtest.h>

#include "../../support/fixtures.hpp"
#include "../support/check_estimator.hpp"
#include "impute_fixtures.hpp"

namespace tabula {
namespace {

TEST(MissingIndicator, MatchesScikitLearn) {
    const auto cases = testing::impute_cases("ml/impute/simple/simple_imputer.txt", "indicator");
    ASSERT_EQ(cases.size(), 4U);
    for (const auto& c : cases) {
        SCOPED_TRACE(c.head[1]);
        const MissingIndicator indicator({.features = c.head[2], .error_on_new = c.head[3] == "1"});
        const auto model = indicator.fit(c.train);
        std::vector<std::string> features;
        for (const auto j : model.features()) features.push_back(std::to_string(j));
        EXPECT_EQ(features, c.features);
        EXPECT_EQ(model.get_feature_names_out(), c.names);
        if (!c.error.empty()) {
            testing::expect_error<ValueError>([&] { (void)model.transform(c.test); }, c.error);
            continue;
        }
        const DataFrame out = model.transform(c.test);
        for (const auto& name : out.columns()) EXPECT_EQ(out[name].dtype(), DType::Bool);
        testing::expect_frame(out, c.names, c.out);
    }
}

TEST(MissingIndicator, RejectsBadInput) {
    const DataFrame X({{"a", {1.0, NAN}}});
    testing::expect_error<ValueError>(
        [&] { (void)MissingIndicator({.features = "some", .error_on_new = true}).fit(X); },
        "The 'features' parameter of MissingIndicator must be a str among {'all', "
        "'missing-only'}. Got 'some' instead.");
    testing::expect_error<ValueError>(
        [&] {
            (void)MissingIndicator().fit(DataFrame({{"a", {INFINITY, 1.0}}}));
        },
        "Input X contains infinity or a value too large for dtype('float64') (column 'a', row "
        "0).");
}

TEST(MissingIndicator, PassesTheEstimatorChecks) {
    testing::check_estimator(MissingIndicator({.features = "all", .error_on_new = true}),
                             testing::allowing_nan());
}

}  // namespace
}  // namespace tabula
