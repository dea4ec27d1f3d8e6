#include "tabula/ml/compose/column_transformer.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "../../support/fixtures.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/dummy/dummy_classifier.hpp"
#include "tabula/ml/preprocessing/standard_scaler.hpp"
#include "toy_estimators.hpp"

namespace tabula {
namespace {

using testing::expect_error;

DataFrame people() {
    return DataFrame({{"age", {25.0, 31.0, 47.0, 52.0, 38.0}},
                      {"city", {"Oslo", "Rome", "Oslo", "Paris", "Rome"}},
                      {"income", {30.0, 42.0, 55.0, 61.0, 48.0}},
                      {"x", {1, 2, 3, 4, 5}}});
}

std::vector<double> values(const DataFrame& frame, const std::string& name) {
    const Column& c = frame.column(name);
    return {c.data<double>(), c.data<double>() + c.size()};
}

std::vector<double> scaled(const std::string& name) {
    const DataFrame one = people()[{name}];
    return values(StandardScaler().fit(one).transform(one), name);
}

TEST(ColumnTransformer, TransformsEachColumnListAndNamesTheOutputs) {
    const ColumnTransformer ct({{"num", StandardScaler(), {"age", "income"}}},
                               {.remainder = "passthrough"});
    const auto [model, out] = ct.fit_transform_model(people(), nullptr);
    EXPECT_EQ(out.frame().columns(), (std::vector<std::string>{"num__age", "num__income",
                                                               "remainder__city", "remainder__x"}));
    EXPECT_EQ(model.get_feature_names_out(), out.frame().columns());
    EXPECT_EQ(values(out.frame(), "num__age"), scaled("age"));
    EXPECT_EQ(values(out.frame(), "num__income"), scaled("income"));
    // Passed-through columns are the input's, shared, not copied.
    EXPECT_EQ(out.frame().column("remainder__city").values_buffer(),
              people().column("city").values_buffer());
    EXPECT_TRUE(model.transform(people()).equals(out.frame()));

    ASSERT_EQ(model.transformers().size(), 2u);
    EXPECT_EQ(model.transformers()[0].columns, (std::vector<std::int64_t>{0, 2}));
    EXPECT_EQ(model.transformers()[1].name, "remainder");
    EXPECT_EQ(model.transformers()[1].columns, (std::vector<std::int64_t>{1, 3}));
    EXPECT_EQ(model.named_transformers().at("num").as<StandardScalerModel>().mean(),
              (std::vector<double>{38.6, 47.2}));
    EXPECT_EQ(model.named_transformers().at("remainder").estimator_name(), "passthrough");
    ASSERT_EQ(model.output_indices().size(), 2u);
    EXPECT_EQ(model.output_indices()[0].first, "num");
    EXPECT_EQ(model.output_indices()[0].second.start, 0);
    EXPECT_EQ(model.output_indices()[0].second.stop, 2);
    EXPECT_EQ(model.output_indices()[1].second.start, 2);
    EXPECT_EQ(model.output_indices()[1].second.stop, 4);
}

TEST(ColumnTransformer, SelectsByPositionAndBySelector) {
    const ColumnTransformer by_position({{"a", StandardScaler(), {0}}, {"b", "passthrough", {-1}}});
    EXPECT_EQ(by_position.fit_transform(people()).columns(),
              (std::vector<std::string>{"a__age", "b__x"}));

    const ColumnTransformer by_dtype(
        {{"num", StandardScaler(), make_column_selector({.dtype_include = {"number"}})},
         {"text", "passthrough", make_column_selector({.dtype_exclude = {"number"}})}});
    EXPECT_EQ(by_dtype.fit_transform(people()).columns(),
              (std::vector<std::string>{"num__age", "num__income", "num__x", "text__city"}));

    const ColumnTransformer by_pattern(
        {{"f", StandardScaler(),
          make_column_selector({.dtype_include = {"float64"}, .pattern = "^(a|i)"})}});
    EXPECT_EQ(by_pattern.fit_transform(people()).columns(),
              (std::vector<std::string>{"f__age", "f__income"}));
    EXPECT_EQ(make_column_selector({.dtype_include = {"float64"}, .pattern = "^a"}).repr(),
              "make_column_selector(dtype_include={\"float64\"}, pattern=\"^a\")");

    // Arrays: positions only; names are x0, x1, ... as scikit-learn's.
    const NDArray<double> array = people()[{"age", "income"}].to_numpy();
    const ColumnTransformer on_array({{"s", StandardScaler(), {1}}}, {.remainder = "passthrough"});
    const auto model = on_array.fit(array);
    EXPECT_EQ(model.get_feature_names_out(), (std::vector<std::string>{"s__x1", "remainder__x0"}));
    const NDArray<double> out = model.transform(array);
    EXPECT_EQ(out.shape(), (Shape{5, 2}));
    EXPECT_EQ(out(0, 1), 25.0);
    EXPECT_EQ(out(0, 0), scaled("income")[0]);
}

TEST(ColumnTransformer, DropPassthroughAndEmptySelections) {
    const ColumnTransformer ct({{"gone", "drop", {"age"}},
                                {"kept", "passthrough", {"city"}},
                                {"none", StandardScaler(), std::vector<std::string>{}}},
                               {.remainder = StandardScaler()});
    const auto model = ct.fit(people());
    EXPECT_EQ(model.get_feature_names_out(),
              (std::vector<std::string>{"kept__city", "remainder__income", "remainder__x"}));
    EXPECT_FALSE(model.transformers()[0].model.has_value());
    EXPECT_FALSE(model.transformers()[2].model.has_value());
    std::vector<std::string> names;
    for (const auto& [name, slice] : model.output_indices()) {
        names.push_back(name + ":" + std::to_string(*slice.start) + "-" +
                        std::to_string(*slice.stop));
    }
    EXPECT_EQ(names,
              (std::vector<std::string>{"gone:0-0", "kept:0-1", "none:0-0", "remainder:1-3"}));
    const DataFrame out = model.transform(people());
    EXPECT_EQ(values(out, "remainder__income"), scaled("income"));

    const ColumnTransformer nothing({{"gone", "drop", {"age"}}});
    const DataFrame empty = nothing.fit_transform(people());
    EXPECT_EQ(empty.shape(), (std::pair<std::int64_t, std::int64_t>{5, 0}));
}

TEST(ColumnTransformer, ShortFeatureNames) {
    const ColumnTransformer ct({{"num", StandardScaler(), {"age"}}},
                               {.remainder = "passthrough", .verbose_feature_names_out = false});
    EXPECT_EQ(ct.fit_transform(people()).columns(),
              (std::vector<std::string>{"age", "city", "income", "x"}));
    const ColumnTransformer twice({{"a", StandardScaler(), {"age"}}, {"b", "passthrough", {"age"}}},
                                  {.verbose_feature_names_out = false});
    expect_error<ValueError>([&] { (void)twice.fit(people()); },
                             "Output feature names: ['age'] are not unique. Please set "
                             "verbose_feature_names_out=True to add prefixes to feature names");
}

TEST(ColumnTransformer, TransformFindsColumnsByName) {
    const ColumnTransformer ct({{"num", StandardScaler(), {"age", "income"}}});
    const auto model = ct.fit(people());
    // Reordered and extra columns are fine, as in scikit-learn: columns are found by name.
    const DataFrame shuffled = people()[{"x", "income", "city", "age"}].assign("extra", 1.0);
    EXPECT_TRUE(model.transform(shuffled).equals(model.transform(people())));
    expect_error<ValueError>([&] { (void)model.transform(people().drop("age")); },
                             "columns are missing: {'age'}");
    expect_error<ValueError>(
        [&] {
            (void)model.transform(people()[{"age", "income"}].to_numpy());
        },
        "X has 2 features, but ColumnTransformer is expecting 4 features as input.");
}

TEST(ColumnTransformer, ColumnErrors) {
    expect_error<KeyError>(
        [] {
            (void)ColumnTransformer({{"n", StandardScaler(), {"agee"}}}).fit(people());
        },
        "A given column is not a column of the dataframe: 'agee' (closest column: 'age')");
    expect_error<ValueError>(
        [] {
            (void)ColumnTransformer({{"n", StandardScaler(), {4}}}).fit(people());
        },
        "all features must be in [0, 3] or [-4, 0]");
    const NDArray<double> array = people()[{"age"}].to_numpy();
    expect_error<ValueError>(
        [&] {
            (void)ColumnTransformer({{"n", StandardScaler(), {"age"}}}).fit(array);
        },
        "Specifying the columns using strings is only supported for pandas DataFrames");
    expect_error<ValueError>(
        [&] {
            (void)ColumnTransformer({{"n", StandardScaler(), make_column_selector()}}).fit(array);
        },
        "make_column_selector can only be applied to pandas dataframes");
    expect_error<TypeError>(
        [] {
            (void)ColumnTransformer(
                {{"n", StandardScaler(), make_column_selector({.dtype_include = {"numbr"}})}})
                .fit(people());
        },
        "data type 'numbr' not understood");
    // A transformer fails on text: the error is the transformer's.
    expect_error<ValueError>(
        [] {
            (void)ColumnTransformer({{"n", StandardScaler(), {"city"}}}).fit(people());
        },
        "could not convert string to float: 'Oslo' (column 'city')");
}

TEST(ColumnTransformer, TransformerChecksWithScikitLearnsMessages) {
    expect_error<ValueError>(
        [] {
            ColumnTransformer({{"a", StandardScaler(), {"age"}}, {"a", "drop", {"x"}}});
        },
        "Names provided are not unique: ['a', 'a']");
    expect_error<ValueError>(
        [] {
            ColumnTransformer({{"remainder", StandardScaler(), {"age"}}});
        },
        "Estimator names conflict with constructor arguments: ['remainder']");
    expect_error<TypeError>(
        [] {
            ColumnTransformer({{"a", DummyClassifier(), {"age"}}});
        },
        "All estimators should implement fit and transform, or can be 'drop' or 'passthrough' "
        "specifiers. 'DummyClassifier(constant=none, random_state=none, strategy=\"prior\")' "
        "(type <class 'DummyClassifier'>) doesn't.");
    expect_error<TypeError>(
        [] {
            ColumnTransformer({{"a", "keep", {"age"}}});
        },
        "All estimators should implement fit and transform, or can be 'drop' or 'passthrough' "
        "specifiers. 'keep' (type <class 'str'>) doesn't.");
    expect_error<ValueError>(
        [] {
            ColumnTransformer({{"a", "drop", {"age"}}}, {.remainder = "keep"});
        },
        "The remainder keyword needs to be one of 'drop', 'passthrough', or estimator. 'keep' "
        "was passed instead");
}

TEST(ColumnTransformer, ParametersByName) {
    ColumnTransformer ct({{"num", StandardScaler(), {"age", "income"}}, {"cat", "drop", {1}}},
                         {.remainder = StandardScaler()});
    std::vector<std::string> keys;
    for (const auto& [key, value] : ct.get_params()) keys.push_back(key);
    EXPECT_EQ(keys,
              (std::vector<std::string>{"transformers", "remainder", "verbose_feature_names_out",
                                        "remainder__with_mean", "remainder__with_std", "num", "cat",
                                        "num__with_mean", "num__with_std"}));
    EXPECT_EQ(ct.repr(),
              "ColumnTransformer(transformers={{\"num\", StandardScaler(with_mean=true, "
              "with_std=true), {\"age\", \"income\"}}, {\"cat\", \"drop\", {1}}}, "
              "remainder=StandardScaler(with_mean=true, with_std=true), "
              "verbose_feature_names_out=true)");
    ct.set_params("num__with_mean", false);
    ct.set_params("cat", StandardScaler());
    ct.set_params("remainder", "passthrough");
    ct.set_params("verbose_feature_names_out", false);
    EXPECT_EQ(ct.get_params().at("num__with_mean"), ParamValue(false));
    EXPECT_EQ(ct.options().remainder.keyword(), "passthrough");
    EXPECT_FALSE(ct.options().verbose_feature_names_out);
    EXPECT_EQ(ct.transformers()[1].transformer.estimator(), Estimator(StandardScaler()));
    expect_error<ValueError>(
        [&] { ct.set_params("nums__with_mean", true); },
        "Invalid parameter 'nums' for estimator " + ct.repr() +
            ". Valid parameters are: ['remainder', 'transformers', 'verbose_feature_names_out'].");
    const ColumnTransformer before = ct;
    expect_error<ValueError>([&] { ct.set_params("remainder", DummyClassifier()); },
                             "The remainder keyword needs to be one of 'drop', 'passthrough', or "
                             "estimator. 'DummyClassifier(constant=none, random_state=none, "
                             "strategy=\"prior\")' was passed instead");
    EXPECT_EQ(ct, before);
}

TEST(ColumnTransformer, NestsInsidePipelines) {
    const ColumnTransformer pre(
        {{"num", Pipeline({{"scale", StandardScaler()}, {"again", StandardScaler()}}),
          std::vector<std::string>{"age", "income"}},
         {"cat", "passthrough", {"x"}}});
    const Pipeline pipeline(
        {{"preprocessor", pre}, {"classifier", DummyClassifier({.strategy = "most_frequent"})}});
    const Series y(std::vector<std::int64_t>{0, 1, 1, 0, 1});
    const PipelineModel model = pipeline.fit(people(), y);
    EXPECT_EQ(model.predict(people()).size(), 5);
    EXPECT_EQ(model["preprocessor"].get_feature_names_out(),
              (std::vector<std::string>{"num__age", "num__income", "cat__x"}));
    EXPECT_EQ(model["preprocessor"]
                  .as<ColumnTransformerModel>()
                  .named_transformers()
                  .at("num")
                  .as<PipelineModel>()["again"]
                  .estimator_name(),
              "StandardScaler");

    Pipeline tuned = pipeline;
    EXPECT_TRUE(tuned.get_params().contains("preprocessor__num__scale__with_mean"));
    tuned.set_params("preprocessor__num__scale__with_mean", false);
    EXPECT_EQ(tuned.get_params().at("preprocessor__num__scale__with_mean"), ParamValue(false));
    EXPECT_FALSE(tuned == pipeline);
}

// A supervised transformer deep inside gets y and is fitted with its own fit_transform.
TEST(ColumnTransformer, PassesYToItsTransformers) {
    const Pipeline pipeline(
        {{"pre", ColumnTransformer({{"shift", testing::TargetShift(), {"age"}}})},
         {"scale", StandardScaler()}});
    const Series y(std::vector<double>{1.0, 2.0, 3.0, 4.0, 5.0});
    const PipelineModel model = pipeline.fit(people(), y);
    EXPECT_DOUBLE_EQ(model["scale"].as<StandardScalerModel>().mean()[0], 38.6 + 3.0 + 100.0);
    // transform (not fit_transform) uses the fitted shift only.
    EXPECT_DOUBLE_EQ(values(model["pre"].transform(people()), "shift__age")[0], 25.0 + 3.0);
}

TEST(ColumnTransformer, SameResultOnOneThreadAndOnAll) {
    const ColumnTransformer ct({{"a", StandardScaler(), {"age"}},
                                {"b", StandardScaler({.with_mean = false}), {"income", "x"}}},
                               {.remainder = "passthrough"});
    const DataFrame all = ct.fit_transform(people());
    const int threads = get_num_threads();
    set_num_threads(1);
    const DataFrame one = ct.fit_transform(people());
    set_num_threads(threads);
    EXPECT_TRUE(all.equals(one));
    // With several failures, the first transformer's error is the one reported.
    const DataFrame towns = people().assign(
        "town", ColumnValues(std::vector<std::string>{"Bergen", "Bari", "Bergen", "Lyon", "Bari"}));
    const ColumnTransformer failing(
        {{"a", StandardScaler(), {"town"}}, {"b", StandardScaler(), {"age", "city"}}});
    for (int i = 0; i < 20; ++i) {
        expect_error<ValueError>([&] { (void)failing.fit(towns); },
                                 "could not convert string to float: 'Bergen' (column 'town')");
    }
}

TEST(ColumnTransformer, MakeColumnTransformerNamesAsScikitLearn) {
    const ColumnTransformer ct = make_column_transformer(
        {{StandardScaler(), {"age"}}, {StandardScaler(), {"income"}}, {"passthrough", {"x"}}});
    std::vector<std::string> names;
    for (const auto& t : ct.transformers()) names.push_back(t.name);
    EXPECT_EQ(names,
              (std::vector<std::string>{"standardscaler-1", "standardscaler-2", "passthrough"}));
}

}  // namespace
}  // namespace tabula
