#include "tabula/ml/compose/feature_union.hpp"

#include <gtest/gtest.h>

#include "../../support/fixtures.hpp"
#include "../support/check_estimator.hpp"
#include "tabula/ml/dummy/dummy_classifier.hpp"
#include "tabula/ml/preprocessing/standard_scaler.hpp"

namespace tabula {
namespace {

using testing::expect_error;

DataFrame data() {
    return DataFrame({{"a", {1.0, 2.0, 4.0, 8.0}}, {"b", {3.0, -1.0, 0.5, 2.0}}});
}

std::vector<double> values(const DataFrame& frame, const std::string& name) {
    const Column& c = frame.column(name);
    return {c.data<double>(), c.data<double>() + c.size()};
}

TEST(FeatureUnion, ConcatenatesWeightedOutputs) {
    const FeatureUnion union_(
        {{"scaled", StandardScaler()}, {"raw", "passthrough"}, {"gone", "drop"}},
        {.transformer_weights = {{"raw", 2.0}}});
    const auto [model, out] = union_.fit_transform_model(data(), nullptr);
    EXPECT_EQ(out.frame().columns(),
              (std::vector<std::string>{"scaled__a", "scaled__b", "raw__a", "raw__b"}));
    EXPECT_EQ(model.get_feature_names_out(), out.frame().columns());
    EXPECT_EQ(values(out.frame(), "scaled__a"),
              values(StandardScaler().fit(data()).transform(data()), "a"));
    EXPECT_EQ(values(out.frame(), "raw__b"), (std::vector<double>{6.0, -2.0, 1.0, 4.0}));
    EXPECT_TRUE(model.transform(data()).equals(out.frame()));
    EXPECT_EQ(model.named_transformers().size(), 2u);
    EXPECT_FALSE(model.transformer_list()[2].model.has_value());
    EXPECT_EQ(model.transformer_list()[1].weight, 2.0);
    EXPECT_EQ(union_.repr(),
              "FeatureUnion(transformer_list={{\"scaled\", StandardScaler(with_mean=true, "
              "with_std=true)}, {\"raw\", \"passthrough\"}, {\"gone\", \"drop\"}}, "
              "transformer_weights={{\"raw\", 2.0}})");
}

TEST(FeatureUnion, ParametersAndChecks) {
    FeatureUnion union_ = make_union({StandardScaler(), StandardScaler({.with_mean = false})});
    std::vector<std::string> keys;
    for (const auto& [key, value] : union_.get_params()) keys.push_back(key);
    EXPECT_EQ(keys, (std::vector<std::string>{
                        "transformer_list", "standardscaler-1", "standardscaler-2",
                        "standardscaler-1__with_mean", "standardscaler-1__with_std",
                        "standardscaler-2__with_mean", "standardscaler-2__with_std"}));
    union_.set_params("standardscaler-2", "drop");
    EXPECT_EQ(union_.fit_transform(data()).columns(),
              (std::vector<std::string>{"standardscaler-1__a", "standardscaler-1__b"}));

    expect_error<TypeError>(
        [] {
            FeatureUnion({{"c", DummyClassifier()}});
        },
        "All estimators should implement fit and transform. 'DummyClassifier(constant=none, "
        "random_state=none, strategy=\"prior\")' (type <class 'DummyClassifier'>) doesn't");
    expect_error<ValueError>(
        [] {
            FeatureUnion({{"s", StandardScaler()}}, {.transformer_weights = {{"t", 1.0}}});
        },
        "Attempting to weight transformer \"t\", but it is not present in transformer_list.");
    expect_error<ValueError>(
        [] {
            FeatureUnion({{"s", StandardScaler()}, {"s", "passthrough"}});
        },
        "Names provided are not unique: ['s', 's']");
}

TEST(FeatureUnion, PassesTheConformanceChecks) {
    testing::check_estimator(
        FeatureUnion({{"a", StandardScaler()}, {"b", StandardScaler({.with_std = false})}}),
        {.allow_nan = true});
}

}  // namespace
}  // namespace tabula
