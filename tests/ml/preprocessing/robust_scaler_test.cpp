#include "tabula/ml/preprocessing/robust_scaler.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "../support/check_estimator.hpp"
#include "scaler_fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_error;
using testing::expect_values;
using testing::ScalerFixtures;

// The centre is the array module's nanmedian and the range its percentile ('linear', NumPy's
// _lerp) of the non-NaN values, as np.nanpercentile computes them: bit for bit. With
// unit_variance, scikit-learn divides by scipy's norm.ppf range; tabula's inverse normal CDF is
// another algorithm than cephes' ndtri (it gives the same bits on these fixtures, but is only
// guaranteed to within a few ulps), so those scales and outputs are compared within 4 ulps.
TEST(RobustScaler, MatchesScikitLearn) {
    const auto& fx = ScalerFixtures::get();
    const std::vector<std::pair<std::string, RobustScalerParams>> cases = {
        {"robust_default", {}},
        {"robust_range", {.quantile_range = {10.0, 87.5}}},
        {"robust_unit", {.quantile_range = {5.0, 90.0}, .unit_variance = true}},
        {"robust_nocenter", {.with_centering = false}},
        {"robust_noscale", {.with_scaling = false}}};
    for (const std::string dataset : {"gaps", "array"}) {
        for (const auto& [name, params] : cases) {
            const std::string test_case = name + "_" + dataset;
            SCOPED_TRACE(test_case);
            const int ulps = params.unit_variance ? 4 : 0;
            const Features X = fx.input("X", dataset);
            const auto model = RobustScaler(params).fit(X);
            if (params.with_centering) {
                expect_values(model.center(), fx.attr(test_case, "center"), "center");
            } else {
                EXPECT_TRUE(model.center().empty());
            }
            if (params.with_scaling) {
                expect_values(model.scale(), fx.attr(test_case, "scale"), "scale", ulps);
            } else {
                EXPECT_TRUE(model.scale().empty());
            }
            EXPECT_EQ(model.get_feature_names_out(), fx.names(test_case));
            fx.expect_output(model.transform_features(X), "fit", test_case, ulps);
            const Features out = model.transform_features(fx.input("T", dataset));
            fx.expect_output(out, "test", test_case, ulps);
            fx.expect_output(model.inverse_transform_features(out), "inv", test_case, ulps);
        }
    }
}

TEST(RobustScaler, AllNanFeatureGivesNan) {
    const double nan = std::nan("");
    const auto model =
        RobustScaler().fit(DataFrame({{"a", {nan, nan, nan}}, {"b", {1.0, 2.0, 4.0}}}));
    EXPECT_TRUE(std::isnan(model.center()[0]));
    EXPECT_TRUE(std::isnan(model.scale()[0]));
    EXPECT_EQ(model.center()[1], 2.0);
    EXPECT_EQ(model.scale()[1], 1.5);
}

TEST(RobustScaler, RejectsBadInput) {
    const auto& fx = ScalerFixtures::get();
    const Features X = fx.input("X", "gaps");
    expect_error<ValueError>(
        [&] {
            (void)RobustScaler({.quantile_range = {75.0, 25.0}}).fit(X);
        },
        // scikit-learn prints the tuple it was given, (75.0, 25.0); tabula's floats print as
        // ints when integral.
        "Invalid quantile range: (75, 25)");
    EXPECT_EQ(fx.error("robust_reversed"), "Invalid quantile range: (75.0, 25.0)");
    expect_error<ValueError>(
        [&] {
            (void)RobustScaler({.quantile_range = {-1, 101}}).fit(X);
        },
        fx.error("robust_over"));
    expect_error<ValueError>(
        [&] { (void)RobustScaler({.quantile_range = {25.0}}).fit(X); },
        "The 'quantile_range' parameter of RobustScaler must be a tuple of 2 numbers. Got (25,) "
        "instead.");
    const auto model = RobustScaler().fit(X);
    expect_error<ValueError>(
        [&] {
            (void)model.transform(NDArray<double>({{1.0, 2.0}}));
        },
        "X has 2 features, but RobustScaler is expecting 5 features as "
        "input.");
}

TEST(RobustScaler, Parameters) {
    EXPECT_EQ(RobustScaler().repr(),
              "RobustScaler(with_centering=true, with_scaling=true, quantile_range={25.0, 75.0}, "
              "unit_variance=false)");
    Estimator e = RobustScaler();
    e.set_params("quantile_range", std::vector<double>{10.0, 90.0});
    EXPECT_EQ(e.target<RobustScaler>()->params().quantile_range, (std::vector<double>{10.0, 90.0}));
}

TEST(RobustScaler, Conformance) {
    testing::check_estimator(RobustScaler(), {.allow_nan = true});
    testing::check_estimator(RobustScaler({.quantile_range = {5.0, 95.0}, .unit_variance = true}),
                             {.allow_nan = true});
}

}  // namespace
}  // namespace tabula
