#include "tabula/ml/preprocessing/max_abs_scaler.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "../support/check_estimator.hpp"
#include "scaler_fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_values;
using testing::ScalerFixtures;

// np.nanmax(np.abs(X)) and one division per value: bit for bit.
TEST(MaxAbsScaler, MatchesScikitLearn) {
    const auto& fx = ScalerFixtures::get();
    for (const std::string dataset : {"gaps", "array"}) {
        const std::string test_case = "maxabs_" + dataset;
        SCOPED_TRACE(test_case);
        const Features X = fx.input("X", dataset);
        const auto model = MaxAbsScaler().fit(X);
        expect_values(model.max_abs(), fx.attr(test_case, "max_abs"), "max_abs");
        expect_values(model.scale(), fx.attr(test_case, "scale"), "scale");
        EXPECT_EQ(model.n_samples_seen(), X.num_rows());
        EXPECT_EQ(model.get_feature_names_out(), fx.names(test_case));
        fx.expect_output(model.transform_features(X), "fit", test_case);
        const Features out = model.transform_features(fx.input("T", dataset));
        fx.expect_output(out, "test", test_case);
        fx.expect_output(model.inverse_transform_features(out), "inv", test_case);
    }
}

TEST(MaxAbsScaler, ZeroAndAllNanFeatures) {
    const double nan = std::nan("");
    const DataFrame X({{"zero", {0.0, 0.0}}, {"gone", {nan, nan}}, {"x", {-4.0, 2.0}}});
    const auto model = MaxAbsScaler().fit(X);
    EXPECT_EQ(model.scale()[0], 1.0);
    EXPECT_TRUE(std::isnan(model.max_abs()[1]));
    const DataFrame out = model.transform(X);
    EXPECT_EQ(out["x"].to_numpy().to_vector(), (std::vector<double>{-1.0, 0.5}));
    EXPECT_EQ(MaxAbsScaler().repr(), "MaxAbsScaler()");
    try {
        (void)model.transform(X[{"x", "zero"}]);
        ADD_FAILURE() << "no exception";
    } catch (const ValueError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("The feature names should match", 0), 0u);
    }
}

TEST(MaxAbsScaler, Conformance) {
    testing::check_estimator(MaxAbsScaler(), {.allow_nan = true});
}

}  // namespace
}  // namespace tabula
