#include "tabula/ml/preprocessing/function_transformer.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "../../support/fixtures.hpp"
#include "../support/check_estimator.hpp"
#include "tabula/array/ufuncs.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_error;

const FeatureFunction log1p_function("log1p", [](const NDArray<double>& X) { return log1p(X); });
const FeatureFunction expm1_function("expm1", [](const NDArray<double>& X) { return expm1(X); });

DataFrame incomes() {
    return DataFrame({{"age", {20.0, 35.0, 61.0}}, {"income", {1.5, 0.0, 1000.0}}});
}

TEST(FunctionTransformer, IdentityByDefault) {
    const DataFrame X = incomes();
    const auto model = FunctionTransformer().fit(X);
    EXPECT_TRUE(model.transform(X).equals(X));
    EXPECT_TRUE(model.inverse_transform(X).equals(X));
    EXPECT_FALSE(model.inverse_check().has_value());
    expect_error<AttributeError>([&] { (void)model.get_feature_names_out(); },
                                 "'FunctionTransformer' object has no attribute "
                                 "'get_feature_names_out'");
}

TEST(FunctionTransformer, ArrayFunctionsWithNamesOut) {
    const DataFrame X = incomes();
    const auto model = FunctionTransformer({.func = log1p_function,
                                            .inverse_func = expm1_function,
                                            .feature_names_out = "one-to-one"})
                           .fit(X);
    EXPECT_EQ(model.inverse_check(), std::optional<bool>(true));
    EXPECT_EQ(model.get_feature_names_out(), X.columns());
    const DataFrame out = model.transform(X);
    EXPECT_EQ(out.columns(), X.columns());
    EXPECT_EQ(out["income"].to_numpy().to_vector(), log1p(X["income"].to_numpy()).to_vector());
    const DataFrame back = model.inverse_transform(out);
    EXPECT_EQ(back.columns(), X.columns());
    const NDArray<double> array = model.transform(NDArray<double>({{0.0, 1.0}}));
    EXPECT_EQ(array.to_vector(), (std::vector<double>{0.0, std::log1p(1.0)}));
}

TEST(FunctionTransformer, FrameFunctionAndCallableNames) {
    const FeatureFunction ratio("ratio", [](const DataFrame& X) {
        const Series r = X["income"] / X["age"];
        return DataFrame({{"ratio", r.to_numpy().to_vector()}});
    });
    const FeatureNamesOut names("ratio_name", [](const std::vector<std::string>& in) {
        return std::vector<std::string>{in[1] + "_per_" + in[0]};
    });
    const auto model =
        FunctionTransformer({.func = ratio, .feature_names_out = names}).fit(incomes());
    EXPECT_EQ(model.get_feature_names_out(), (std::vector<std::string>{"income_per_age"}));
    const DataFrame out = model.transform(incomes());
    EXPECT_EQ(out.columns(), (std::vector<std::string>{"ratio"}));
    EXPECT_EQ(out["ratio"].value(0), 1.5 / 20.0);
}

TEST(FunctionTransformer, CheckInverseReportsWhatScikitLearnWarns) {
    const auto model = FunctionTransformer({.func = log1p_function, .inverse_func = log1p_function})
                           .fit(incomes());
    EXPECT_EQ(model.inverse_check(), std::optional<bool>(false));
    const auto unchecked =
        FunctionTransformer(
            {.func = log1p_function, .inverse_func = log1p_function, .check_inverse = false})
            .fit(incomes());
    EXPECT_FALSE(unchecked.inverse_check().has_value());
    const DataFrame text({{"city", {"Oslo", "Rome"}}});
    expect_error<ValueError>(
        [&] {
            (void)FunctionTransformer({.func = log1p_function, .inverse_func = expm1_function})
                .fit(text);
        },
        "'check_inverse' is only supported when all the elements in `X` is numerical.");
}

TEST(FunctionTransformer, ValidateChecksInput) {
    const auto model = FunctionTransformer({.func = log1p_function, .validate = true})
                           .fit(NDArray<double>({{1.0, 2.0}, {3.0, 4.0}}));
    expect_error<ValueError>(
        [&] {
            (void)model.transform(NDArray<double>({{1.0, 2.0, 3.0}}));
        },
        "X has 3 features, but FunctionTransformer is expecting 2 features as input.");
    expect_error<ValueError>(
        [&] {
            (void)FunctionTransformer({.validate = true})
                .fit(DataFrame({{"city", {"Oslo", "Rome"}}}));
        },
        "could not convert string to float: 'Oslo' (column 'city')");
    // Without validate scikit-learn 1.2 passes X through unchecked.
    const auto loose = FunctionTransformer().fit(NDArray<double>({{1.0, 2.0}}));
    EXPECT_EQ(loose.transform(NDArray<double>({{1.0, 2.0, 3.0}})).to_vector(),
              (std::vector<double>{1.0, 2.0, 3.0}));
}

TEST(FunctionTransformer, RejectsBadParameters) {
    expect_error<ValueError>(
        [&] { (void)FunctionTransformer({.feature_names_out = "foo"}).fit(incomes()); },
        "The 'feature_names_out' parameter of FunctionTransformer must be a callable, a str "
        "among {'one-to-one'} or None. Got 'foo' instead.");
    const FeatureFunction flat("sum", [](const NDArray<double>& X) { return X.sum(1); });
    expect_error<ValueError>(
        [&] { (void)FunctionTransformer({.func = flat}).fit(incomes()).transform(incomes()); },
        "FunctionTransformer's function 'sum' returned a 1-d array; a 2-d (n_samples, "
        "n_features) array is expected");
}

// Callables print as their names and compare by identity.
TEST(FunctionTransformer, Parameters) {
    const FunctionTransformer t({.func = log1p_function, .feature_names_out = "one-to-one"});
    EXPECT_EQ(t.repr(),
              "FunctionTransformer(func=\"log1p\", inverse_func=none, validate=false, "
              "check_inverse=true, feature_names_out=\"one-to-one\")");
    EXPECT_TRUE(t ==
                FunctionTransformer({.func = log1p_function, .feature_names_out = "one-to-one"}));
    const FeatureFunction other_log1p("log1p", [](const NDArray<double>& X) { return log1p(X); });
    EXPECT_FALSE(t ==
                 FunctionTransformer({.func = other_log1p, .feature_names_out = "one-to-one"}));

    Estimator e = t;
    e.set_params("func", "log1p");
    EXPECT_TRUE(e == Estimator(t));
    expect_error<TypeError>([&] { e.set_params("func", "exp"); },
                            "The 'func' parameter of FunctionTransformer holds a C++ callable: "
                            "set_params accepts None or its current name 'log1p'; set a new "
                            "callable in FunctionTransformerParams. Got \"exp\".");
    e.set_params("func", std::nullopt);
    EXPECT_FALSE(e.target<FunctionTransformer>()->params().func.has_value());
    e.set_params("validate", true);
    EXPECT_TRUE(e.target<FunctionTransformer>()->params().validate);
    try {
        e.set_params("kw_args", 1);
        ADD_FAILURE() << "no exception";
    } catch (const ValueError& error) {
        EXPECT_NE(std::string(error.what())
                      .find("Valid parameters are: ['check_inverse', "
                            "'feature_names_out', 'func', 'inverse_func', "
                            "'validate']."),
                  std::string::npos)
            << error.what();
    }
}

TEST(FunctionTransformer, Conformance) {
    testing::check_estimator(FunctionTransformer({.func = log1p_function,
                                                  .inverse_func = expm1_function,
                                                  .validate = true,
                                                  .feature_names_out = "one-to-one"}),
                             {.X = DataFrame({{"a", {1.0, 2.0, 3.0, 4.0}},
                                              {"b", {0.5, 0.0, 2.0, 8.0}},
                                              {"c", {1.0, 1.0, 1.0, 0.0}}})});
}

}  // namespace
}  // namespace tabula
