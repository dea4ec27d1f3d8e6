#include "tabula/ml/estimator.hpp"

#include <gtest/gtest.h>

#include <variant>

#include "../support/fixtures.hpp"
#include "tabula/ml/labels.hpp"
#include "tabula/ml/preprocessing/standard_scaler.hpp"

namespace tabula {
namespace {

// An estimator with one parameter of every kind, to exercise the contract's machinery.
struct WrapperParams {
    Estimator inner = StandardScaler();
    std::int64_t count = 3;
    double ratio = 0.5;
    std::string mode = "fast";
    std::optional<std::int64_t> seed = std::nullopt;
    std::variant<std::string, double> size = std::string("auto");
    std::vector<std::string> names = {};

    static constexpr auto fields() {
        return std::tuple{
            param("inner", &WrapperParams::inner), param("count", &WrapperParams::count),
            param("ratio", &WrapperParams::ratio), param("mode", &WrapperParams::mode),
            param("seed", &WrapperParams::seed),   param("size", &WrapperParams::size),
            param("names", &WrapperParams::names)};
    }
    bool operator==(const WrapperParams&) const = default;
};

class Wrapper : public EstimatorBase<Wrapper, WrapperParams> {
  public:
    static constexpr std::string_view name = "Wrapper";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;
    StandardScalerModel fit(const Features& X) const { return StandardScalerModel({}, X); }
};

TEST(Params, PrintAsTheDesignatedInitialiserWouldBeWritten) {
    EXPECT_EQ(Wrapper().repr(),
              "Wrapper(inner=StandardScaler(with_mean=true, with_std=true), count=3, ratio=0.5, "
              "mode=\"fast\", seed=none, size=\"auto\", names={})");
    const Wrapper w({.count = 7, .seed = 42, .size = 0.25, .names = {"a", "b"}});
    EXPECT_EQ(w.repr(),
              "Wrapper(inner=StandardScaler(with_mean=true, with_std=true), count=7, ratio=0.5, "
              "mode=\"fast\", seed=42, size=0.25, names={\"a\", \"b\"})");
    EXPECT_EQ(ParamValue(std::vector<double>{0.25, 1.0}).repr(), "{0.25, 1.0}");
    EXPECT_EQ(ParamValue(std::nullopt).type_name(), "NoneType");
    EXPECT_EQ(ParamValue(2).type_name(), "int");
    EXPECT_TRUE(ParamValue(2) == ParamValue(std::int64_t{2}));
    EXPECT_FALSE(ParamValue(2) == ParamValue(2.0));
}

TEST(Params, GetParamsDeepListsNestedParameters) {
    const auto shallow = Wrapper().get_params(false);
    EXPECT_EQ(shallow.size(), 7U);
    const auto deep = Wrapper().get_params();
    ASSERT_EQ(deep.size(), 9U);
    EXPECT_EQ(deep.items()[1].first, "inner__with_mean");
    EXPECT_EQ(deep.items()[2].first, "inner__with_std");
    EXPECT_TRUE(deep.at("inner__with_std") == ParamValue(true));
    testing::expect_error<KeyError>([&] { (void)deep.at("nope"); }, "'nope'");
}

TEST(Params, SetParamsConvertsChecksAndNests) {
    Wrapper w;
    w.set_params("ratio", 2);  // an int is a valid float, as in Python
    EXPECT_EQ(w.params().ratio, 2.0);
    w.set_params("seed", 7).set_params("seed", std::nullopt);
    EXPECT_FALSE(w.params().seed.has_value());
    w.set_params("size", 0.3);
    EXPECT_EQ(std::get<double>(w.params().size), 0.3);
    w.set_params("size", "all");
    EXPECT_EQ(std::get<std::string>(w.params().size), "all");
    w.set_params("inner__with_mean", false);
    EXPECT_FALSE(w.params().inner.target<StandardScaler>()->params().with_mean);
    w.set_params("inner", StandardScaler({.with_std = false}));
    EXPECT_TRUE(w.params().inner == Estimator(StandardScaler({.with_std = false})));
    testing::expect_error<TypeError>([&] { w.set_params("count", 1.5); },
                                     "The 'count' parameter of Wrapper must be of type int. Got "
                                     "1.5 (float) instead.");
    testing::expect_error<TypeError>([&] { w.set_params("count", true); },
                                     "The 'count' parameter of Wrapper must be of type int. Got "
                                     "true (bool) instead.");
    EXPECT_THROW(w.set_params("inner__nope", 1), ValueError);
    EXPECT_THROW(w.set_params("count__x", 1), ValueError);
}

TEST(Estimator, HoldsAnyEstimatorByValue) {
    Estimator e = StandardScaler();
    Estimator copy = e;
    copy.set_params("with_mean", false);
    EXPECT_EQ(e.repr(), "StandardScaler(with_mean=true, with_std=true)");
    EXPECT_EQ(copy.repr(), "StandardScaler(with_mean=false, with_std=true)");
    EXPECT_FALSE(e == copy);
    EXPECT_FALSE(e == Estimator(Wrapper()));
    EXPECT_EQ(e.name(), "StandardScaler");
    EXPECT_EQ(e.kind(), EstimatorKind::Transformer);
    EXPECT_EQ(e.target<Wrapper>(), nullptr);
    EXPECT_NE(e.target<StandardScaler>(), nullptr);
    const Estimator empty;
    EXPECT_TRUE(empty.empty());
    EXPECT_TRUE(empty == Estimator());
    testing::expect_error<ValueError>([&] { (void)empty.name(); },
                                      "The estimator is empty (no estimator was given).");
}

TEST(Model, TypeErasedCallsReachTheConcreteModel) {
    const DataFrame X({{"a", {1.0, 2.0, 3.0}}, {"b", {0.0, 0.0, 6.0}}});
    const Model model = Estimator(StandardScaler()).fit(X);
    EXPECT_EQ(model.estimator_name(), "StandardScaler");
    EXPECT_EQ(model.n_features_in(), 2);
    EXPECT_EQ(model.as<StandardScalerModel>().mean(), (std::vector<double>{2.0, 2.0}));
    EXPECT_EQ(model.transform(X)["a"].value(2), std::sqrt(1.5));
    EXPECT_EQ(model.get_feature_names_out(), (std::vector<std::string>{"a", "b"}));
    testing::expect_error<AttributeError>([&] { (void)model.predict(X); },
                                          "'StandardScaler' object has no attribute 'predict'");
    testing::expect_error<AttributeError>(
        [&] {
            (void)model.score(X, Target(std::vector<int>{1, 2, 3}));
        },
        "'StandardScaler' object has no attribute 'score'");
    testing::expect_error<TypeError>([&] { (void)model.as<Wrapper>(); },
                                     "this Model holds a fitted StandardScaler");
    const auto [fitted, Xt] = Estimator(StandardScaler()).fit_transform(X);
    EXPECT_DOUBLE_EQ(Xt.frame()["b"].value(2), std::sqrt(2.0));
    EXPECT_EQ(fitted.n_features_in(), 2);
}

TEST(Model, HoldsAConcreteModel) {
    const DataFrame X({{"a", {1.0, 3.0}}});
    const Model model = StandardScaler().fit(X);
    EXPECT_EQ(model.as<StandardScalerModel>().mean(), (std::vector<double>{2.0}));
    EXPECT_EQ(model.transform(X)["a"].value(1), 1.0);
}

TEST(FeatureSchema, ChecksNamesOrderAndCountAsScikitLearn) {
    const FeatureSchema schema(DataFrame({{"a", {1.0}}, {"b", {1.0}}, {"c", {1.0}}}));
    testing::expect_error<ValueError>(
        [&] {
            schema.check(DataFrame({{"c", {1.0}}, {"b", {1.0}}, {"a", {1.0}}}), "E");
        },
        "The feature names should match those that were passed during fit.\n"
        "Feature names must be in the same order as they were in fit.\n");
    DataFrame many({{"a", {1.0}}});
    for (const char* name : {"u", "v", "w", "x", "y", "z"}) many = many.assign(name, Scalar(1.0));
    testing::expect_error<ValueError>([&] { schema.check(many, "E"); },
                                      "The feature names should match those that were passed "
                                      "during fit.\nFeature names unseen at fit time:\n- u\n- v\n- "
                                      "w\n- x\n- y\n- ...\nFeature names seen at fit time, yet now "
                                      "missing:\n- b\n- c\n");
    const FeatureSchema positional(NDArray<double>{{1.0, 2.0}});
    EXPECT_TRUE(positional.feature_names_in().empty());
    testing::expect_error<ValueError>([&] { positional.check(NDArray<double>{{1.0}}, "E"); },
                                      "X has 1 features, but E is expecting 2 features as input.");
    positional.check(DataFrame({{"p", {1.0}}, {"q", {2.0}}}), "E");
}

TEST(Target, AcceptsEveryFormOfY) {
    EXPECT_EQ(Target(NDArray<double>{{1.0}, {2.0}}).size(), 2);
    EXPECT_EQ(Target(std::vector<int>{1, 0}).series().dtype(), DType::Int64);
    testing::expect_error<ValueError>(
        [] {
            (void)Target(NDArray<double>{{1.0, 2.0}, {3.0, 4.0}});
        },
        "y should be a 1d array, got an array of shape (2, 2) instead.");
    const Target y = Target(Series(std::vector<std::string>{"a", "b", "c"}, "label"));
    const Target taken = y.take({2, 0});
    EXPECT_EQ(taken.series().text(0), "c");
    EXPECT_EQ(taken.series().index().size(), 2);
    EXPECT_EQ(taken.series().name(), "label");
}

TEST(Labels, EncodeAsNumpyUniqueAndDecodeBack) {
    const auto text = encode_labels(std::vector<std::string>{"b", "a", "B", "b"});
    EXPECT_EQ(text.classes.dtype(), DType::String);
    EXPECT_EQ(text.classes.text(0), "B");
    EXPECT_EQ(text.codes, (std::vector<std::int32_t>{2, 1, 0, 2}));
    const auto ints = encode_labels(std::vector<int>{3, -1, 3});
    EXPECT_EQ(ints.classes.dtype(), DType::Int64);
    EXPECT_EQ(ints.codes, (std::vector<std::int32_t>{1, 0, 1}));
    const auto floats = encode_labels(std::vector<double>{0.0, -0.0, 2.5});
    EXPECT_EQ(floats.classes.size(), 2);
    const Series decoded = decode_labels(text.classes, text.codes, Index::range(0, 4));
    EXPECT_EQ(decoded.text(3), "b");
    EXPECT_EQ(label_positions(ints.classes, Series(std::vector<std::int64_t>{3, 7})),
              (std::vector<std::int32_t>{1, -1}));
    testing::expect_error<TypeError>([&] { (void)label_positions(text.classes, ints.classes); },
                                     "Mix of label input types (string and number)");
    testing::expect_error<ValueError>(
        [] {
            (void)encode_labels(std::vector<double>{1.0, std::nan("")});
        },
        "Input y contains NaN.");
    testing::expect_error<ValueError>(
        [] { (void)regression_target(std::vector<std::string>{"x"}); },
        "could not convert string to float: 'x'");
    testing::expect_error<ValueError>(
        [] { check_consistent_length(3, 2); },
        "Found input variables with inconsistent numbers of samples: [3, 2]");
}

}  // namespace
}  // namespace tabula
