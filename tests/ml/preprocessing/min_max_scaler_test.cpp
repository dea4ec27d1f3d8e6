#include "tabula/ml/preprocessing/min_max_scaler.hpp"

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

// np.nanmin/np.nanmax, one subtraction, one division and x * scale + min in NumPy's order: every
// attribute and output equals scikit-learn's bit for bit, on a frame with NaN, a constant and an
// int column, and on an array with a constant and a tiny-scale column.
TEST(MinMaxScaler, MatchesScikitLearn) {
    const auto& fx = ScalerFixtures::get();
    const std::vector<std::pair<std::string, MinMaxScalerParams>> cases = {
        {"minmax_default", {}},
        {"minmax_range", {.feature_range = {-1.0, 2.5}}},
        {"minmax_clip", {.feature_range = {-1.0, 2.5}, .clip = true}}};
    for (const std::string dataset : {"gaps", "array"}) {
        for (const auto& [name, params] : cases) {
            const std::string test_case = name + "_" + dataset;
            SCOPED_TRACE(test_case);
            const Features X = fx.input("X", dataset);
            const Features T = fx.input("T", dataset);
            const auto model = MinMaxScaler(params).fit(X);
            expect_values(model.data_min(), fx.attr(test_case, "data_min"), "data_min");
            expect_values(model.data_max(), fx.attr(test_case, "data_max"), "data_max");
            expect_values(model.data_range(), fx.attr(test_case, "data_range"), "data_range");
            expect_values(model.scale(), fx.attr(test_case, "scale"), "scale");
            expect_values(model.min(), fx.attr(test_case, "min"), "min");
            EXPECT_EQ(model.n_samples_seen(), X.num_rows());
            EXPECT_EQ(model.get_feature_names_out(), fx.names(test_case));
            fx.expect_output(model.transform_features(X), "fit", test_case);
            const Features out = model.transform_features(T);
            fx.expect_output(out, "test", test_case);
            fx.expect_output(model.inverse_transform_features(out), "inv", test_case);
        }
    }
}

TEST(MinMaxScaler, TypedCallsKeepTheInputForm) {
    const NDArray<double> X({{1.0, -2.0}, {3.0, 2.0}, {2.0, 0.0}});
    const auto model = MinMaxScaler().fit(X);
    const NDArray<double> out = model.transform(X);
    EXPECT_EQ(out.to_vector(), (std::vector<double>{0.0, 0.0, 1.0, 1.0, 0.5, 0.5}));
    EXPECT_EQ(model.inverse_transform(out).to_vector(), X.to_vector());
    EXPECT_EQ(MinMaxScaler().fit_transform(X).to_vector(), out.to_vector());
    const DataFrame frame({{"a", {1.0, 3.0}}, {"b", {5.0, 5.0}}});
    const DataFrame scaled = MinMaxScaler().fit_transform(frame);
    EXPECT_EQ(scaled.columns(), frame.columns());
    EXPECT_EQ(scaled["b"].to_numpy().to_vector(), (std::vector<double>{0.0, 0.0}));
}

TEST(MinMaxScaler, AllNanFeatureGivesNan) {
    const double nan = std::nan("");
    const auto model = MinMaxScaler().fit(DataFrame({{"a", {nan, nan}}, {"b", {1.0, 2.0}}}));
    EXPECT_TRUE(std::isnan(model.data_min()[0]));
    EXPECT_TRUE(std::isnan(model.scale()[0]));
    EXPECT_EQ(model.scale()[1], 1.0);
}

TEST(MinMaxScaler, RejectsBadInput) {
    const auto& fx = ScalerFixtures::get();
    const Features X = fx.input("X", "gaps");
    expect_error<ValueError>(
        [&] {
            (void)MinMaxScaler({.feature_range = {1.0, 0.0}}).fit(X);
        },
        fx.error("minmax_reversed"));
    expect_error<ValueError>(
        [&] {
            (void)MinMaxScaler({.feature_range = {0.5, 0.5}}).fit(X);
        },
        fx.error("minmax_equal"));
    expect_error<ValueError>(
        [&] {
            (void)MinMaxScaler({.feature_range = {0.0, 1.0, 2.0}}).fit(X);
        },
        "The 'feature_range' parameter of MinMaxScaler must be a tuple of 2 numbers. Got (0, 1, "
        "2) instead.");
    expect_error<ValueError>(
        [&] {
            (void)MinMaxScaler().fit(DataFrame({{"a", {1.0, 2.0}}, {"city", {"Oslo", "Rome"}}}));
        },
        fx.error("minmax_text") + " (column 'city')");
    const auto model = MinMaxScaler().fit(NDArray<double>({{1.0, 2.0}, {3.0, 4.0}}));
    expect_error<ValueError>(
        [&] {
            (void)model.transform(NDArray<double>({{1.0, 2.0, 3.0}}));
        },
        "X has 3 features, but MinMaxScaler is expecting 2 features as input.");
    expect_error<ValueError>(
        [&] {
            (void)MinMaxScaler().fit(NDArray<double>({{1.0, INFINITY}}));
        },
        "Input X contains infinity or a value too large for dtype('float64') (column 'x1', row "
        "0).");
}

TEST(MinMaxScaler, Parameters) {
    const MinMaxScaler scaler({.feature_range = {-1.0, 1.0}, .clip = true});
    EXPECT_EQ(scaler.repr(), "MinMaxScaler(feature_range={-1.0, 1.0}, clip=true)");
    Estimator erased = scaler;
    erased.set_params("clip", false);
    EXPECT_FALSE(erased.target<MinMaxScaler>()->params().clip);
    EXPECT_FALSE(erased == Estimator(scaler));
}

TEST(MinMaxScaler, Conformance) {
    testing::check_estimator(MinMaxScaler(), {.allow_nan = true});
    testing::check_estimator(MinMaxScaler({.feature_range = {-2.0, 3.0}, .clip = true}),
                             {.allow_nan = true});
}

}  // namespace
}  // namespace tabula
