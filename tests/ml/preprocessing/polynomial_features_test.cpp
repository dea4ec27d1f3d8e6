#include "tabula/ml/preprocessing/polynomial_features.hpp"

#include <gtest/gtest.h>

#include "../support/check_estimator.hpp"
#include "scaler_fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_error;
using testing::ScalerFixtures;

// Each output column is one product of a lower-degree column and a feature, in scikit-learn's
// order, so the values are equal bit for bit.
TEST(PolynomialFeatures, MatchesScikitLearn) {
    const auto& fx = ScalerFixtures::get();
    const std::vector<std::pair<std::string, PolynomialFeaturesParams>> cases = {
        {"poly_default", {}},
        {"poly_cubic", {.degree = std::int64_t{3}}},
        {"poly_interaction", {.degree = std::int64_t{3}, .interaction_only = true}},
        {"poly_nobias", {.include_bias = false}},
        {"poly_range", {.degree = std::vector<double>{2, 3}}},
        {"poly_range_nobias", {.degree = std::vector<double>{2, 4}, .include_bias = false}},
        {"poly_one", {.degree = std::int64_t{1}}},
        {"poly_zero", {.degree = std::int64_t{0}}},
        {"poly_order_f", {.order = "F"}}};
    for (const std::string dataset : {"dense", "array"}) {
        for (const auto& [name, params] : cases) {
            const std::string test_case = name + "_" + dataset;
            SCOPED_TRACE(test_case);
            const Features X = fx.input("X", dataset);
            const auto model = PolynomialFeatures(params).fit(X);
            const auto names = fx.names(test_case);
            EXPECT_EQ(model.get_feature_names_out(), names);
            EXPECT_EQ(model.n_output_features(), static_cast<std::int64_t>(names.size()));
            const auto powers = model.powers();
            EXPECT_EQ(powers.shape(), (Shape{model.n_output_features(), X.num_features()}));
            const auto flat = powers.to_vector();
            testing::expect_values(std::vector<double>(flat.begin(), flat.end()),
                                   fx.attr(test_case, "powers"), "powers");
            fx.expect_output(model.transform_features(X), "fit", test_case);
            fx.expect_output(model.transform_features(fx.input("T", dataset)), "test", test_case);
        }
    }
}

TEST(PolynomialFeatures, ManyRowsInParallelChunks) {
    std::vector<double> a, b;
    for (int i = 0; i < 9000; ++i) {
        a.push_back(i * 0.25 - 7.0);
        b.push_back((i % 13) * 1.5);
    }
    const DataFrame out = PolynomialFeatures({.degree = std::int64_t{3}})
                              .fit_transform(DataFrame({{"a", a}, {"b", b}}));
    EXPECT_EQ(out.columns(), (std::vector<std::string>{"1", "a", "b", "a^2", "a b", "b^2", "a^3",
                                                       "a^2 b", "a b^2", "b^3"}));
    for (std::int64_t i = 0; i < 9000; i += 1013) {
        const double x = a[static_cast<std::size_t>(i)];
        const double y = b[static_cast<std::size_t>(i)];
        EXPECT_EQ(out["a b^2"].value(i), (y * y) * x);
        EXPECT_EQ(out["a^2 b"].value(i), (x * y) * x);
    }
}

TEST(PolynomialFeatures, RejectsBadInput) {
    const auto& fx = ScalerFixtures::get();
    const Features X = fx.input("X", "dense");
    expect_error<ValueError>([&] { (void)PolynomialFeatures({.degree = std::int64_t{-1}}).fit(X); },
                             fx.error("poly_negative"));
    expect_error<ValueError>(
        [&] {
            (void)PolynomialFeatures({.degree = std::int64_t{0}, .include_bias = false}).fit(X);
        },
        fx.error("poly_zero_nobias"));
    expect_error<ValueError>(
        [&] {
            (void)PolynomialFeatures({.degree = std::vector<double>{3, 2}}).fit(X);
        },
        fx.error("poly_range_reversed"));
    expect_error<ValueError>(
        [&] {
            (void)PolynomialFeatures({.degree = std::vector<double>{0, 0}, .include_bias = false})
                .fit(X);
        },
        fx.error("poly_range_zero_nobias"));
    expect_error<ValueError>(
        [&] {
            (void)PolynomialFeatures({.degree = std::vector<double>{1, 2, 3}}).fit(X);
        },
        "degree must be a non-negative int or tuple (min_degree, max_degree), got (1, 2, 3).");
    expect_error<ValueError>([&] { (void)PolynomialFeatures({.order = "A"}).fit(X); },
                             fx.error("poly_order"));
    expect_error<ValueError>(
        [&] {
            (void)PolynomialFeatures().fit(DataFrame({{"city", {"Oslo", "Rome"}}}));
        },
        "could not convert string to float: 'Oslo' (column 'city')");
    try {
        (void)PolynomialFeatures().fit(fx.input("X", "gaps"));
        ADD_FAILURE() << "no exception";
    } catch (const ValueError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("Input X contains NaN (column 'age', row 2).", 0), 0u)
            << e.what();
    }
    const auto model = PolynomialFeatures().fit(X);
    expect_error<ValueError>(
        [&] {
            (void)model.transform(NDArray<double>({{1.0, 2.0}}));
        },
        "X has 2 features, but PolynomialFeatures is expecting 3 features as input.");
}

TEST(PolynomialFeatures, Parameters) {
    EXPECT_EQ(PolynomialFeatures().repr(),
              "PolynomialFeatures(degree=2, interaction_only=false, include_bias=true, "
              "order=\"C\")");
    Estimator e = PolynomialFeatures();
    e.set_params("degree", std::vector<double>{1, 3});
    EXPECT_EQ(e.target<PolynomialFeatures>()->params().degree,
              (std::variant<std::int64_t, std::vector<double>>(std::vector<double>{1, 3})));
    e.set_params("degree", 4);
    EXPECT_EQ(std::get<std::int64_t>(e.target<PolynomialFeatures>()->params().degree), 4);
}

TEST(PolynomialFeatures, Conformance) {
    testing::check_estimator(PolynomialFeatures());
    testing::check_estimator(
        PolynomialFeatures({.degree = std::vector<double>{2, 3}, .interaction_only = true}));
}

}  // namespace
}  // namespace tabula
