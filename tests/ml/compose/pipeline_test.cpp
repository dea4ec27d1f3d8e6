#include "tabula/ml/compose/pipeline.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "../../support/fixtures.hpp"
#include "../support/check_estimator.hpp"
#include "tabula/ml/dummy/dummy_classifier.hpp"
#include "tabula/ml/preprocessing/standard_scaler.hpp"
#include "toy_estimators.hpp"

namespace tabula {
namespace {

using testing::expect_error;

DataFrame features() {
    return DataFrame(
        {{"a", {1.0, 2.0, 4.0, 8.0, 16.0, 3.0}}, {"b", {0.5, -1.0, 2.5, 0.0, 1.0, 7.0}}});
}

Series labels() {
    return Series(std::vector<std::string>{"no", "yes", "yes", "no", "yes", "yes"});
}

std::vector<double> column(const DataFrame& frame, const std::string& name) {
    const Column& c = frame.column(name);
    return {c.data<double>(), c.data<double>() + c.size()};
}

Pipeline scaler_then_dummy() {
    return Pipeline({{"scale", StandardScaler()},
                     {"classifier", DummyClassifier({.strategy = "most_frequent"})}});
}

TEST(Pipeline, PredictsThroughTheFittedSteps) {
    const Pipeline pipeline = scaler_then_dummy();
    EXPECT_EQ(pipeline.kind(), EstimatorKind::Classifier);
    const PipelineModel model = pipeline.fit(features(), labels());

    const DataFrame scaled = StandardScaler().fit(features()).transform(features());
    const auto direct = DummyClassifier({.strategy = "most_frequent"}).fit(scaled, labels());
    EXPECT_TRUE(model.predict(features()).equals(direct.predict(scaled)));
    EXPECT_TRUE(model.classes().equals(direct.classes()));
    const auto proba = model.predict_proba(features());
    const auto expected = direct.predict_proba(scaled);
    EXPECT_EQ(proba.to_vector(), expected.to_vector());
    EXPECT_DOUBLE_EQ(model.score(features(), labels()), 4.0 / 6.0);
    EXPECT_TRUE(model.is_classifier());
    EXPECT_EQ(model.n_features_in(), 2);
    EXPECT_EQ(model.feature_names_in(), (std::vector<std::string>{"a", "b"}));

    // The fitted steps, by position and by name.
    ASSERT_EQ(model.steps().size(), 2u);
    EXPECT_EQ(model.steps()[0].first, "scale");
    EXPECT_EQ(model["scale"].as<StandardScalerModel>().mean(),
              StandardScaler().fit(features()).mean());
    EXPECT_EQ(model[1].estimator_name(), "DummyClassifier");
    EXPECT_EQ(model.named_steps().at("classifier").estimator_name(), "DummyClassifier");
    expect_error<KeyError>([&] { (void)model["clf"]; },
                           "'clf' (the steps are ['scale', 'classifier'])");
    expect_error<IndexError>([&] { (void)model[2]; }, "list index out of range");

    // A classifier has no transform; scikit-learn's message is the last step's own.
    expect_error<AttributeError>([&] { (void)model.transform(features()); },
                                 "'DummyClassifier' object has no attribute 'transform'");
    expect_error<AttributeError>([&] { (void)model.decision_function(features()); },
                                 "'DummyClassifier' object has no attribute 'decision_function'");
}

TEST(Pipeline, TransformsThroughEveryStep) {
    const Pipeline pipeline(
        {{"first", StandardScaler()}, {"second", StandardScaler({.with_mean = false})}});
    EXPECT_EQ(pipeline.kind(), EstimatorKind::Transformer);
    const PipelineModel model = pipeline.fit(features());
    const DataFrame once = StandardScaler().fit(features()).transform(features());
    const DataFrame twice = StandardScaler({.with_mean = false}).fit(once).transform(once);
    const DataFrame out = model.transform(features());
    EXPECT_EQ(out.columns(), (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(column(out, "a"), column(twice, "a"));
    EXPECT_EQ(column(out, "b"), column(twice, "b"));
    EXPECT_EQ(column(pipeline.fit_transform(features()), "b"), column(twice, "b"));
    EXPECT_EQ(model.get_feature_names_out(), (std::vector<std::string>{"a", "b"}));
    expect_error<AttributeError>([&] { (void)model.predict(features()); },
                                 "'StandardScaler' object has no attribute 'predict'");

    // Arrays in, arrays out; features checked by count.
    const NDArray<double> array = features().to_numpy();
    const NDArray<double> from_array = pipeline.fit(array).transform(array);
    EXPECT_EQ(from_array.shape(), (Shape{6, 2}));
    EXPECT_EQ(from_array.to_vector(), twice.to_numpy().to_vector());
    expect_error<ValueError>(
        [&] {
            (void)model.transform(features()[{"b", "a"}]);
        },
        "The feature names should match those that were passed during fit.\n"
        "Feature names must be in the same order as they were in fit.\n");
}

TEST(Pipeline, PassthroughSteps) {
    const Pipeline middle({{"scale", StandardScaler()},
                           {"nothing", "passthrough"},
                           {"classifier", DummyClassifier()}});
    const PipelineModel model = middle.fit(features(), labels());
    EXPECT_EQ(model["nothing"].estimator_name(), "passthrough");
    EXPECT_TRUE(model.predict(features())
                    .equals(scaler_then_dummy().fit(features(), labels()).predict(features())));

    const Pipeline last({{"scale", StandardScaler()}, {"end", "passthrough"}});
    EXPECT_EQ(last.kind(), EstimatorKind::Transformer);
    const PipelineModel fitted = last.fit(features());
    EXPECT_EQ(column(fitted.transform(features()), "a"),
              column(StandardScaler().fit(features()).transform(features()), "a"));
    EXPECT_EQ(fitted.get_feature_names_out(), (std::vector<std::string>{"a", "b"}));

    const PipelineModel only = Pipeline({{"p", "passthrough"}}).fit(features());
    EXPECT_TRUE(only.transform(features()).equals(features()));
}

TEST(Pipeline, ParametersByName) {
    Pipeline pipeline = scaler_then_dummy();
    const ParamMap shallow = pipeline.get_params(false);
    ASSERT_EQ(shallow.size(), 1u);
    EXPECT_EQ(shallow.at("steps").repr(), "{\"scale\", \"classifier\"}");

    std::vector<std::string> keys;
    for (const auto& [key, value] : pipeline.get_params()) keys.push_back(key);
    EXPECT_EQ(keys, (std::vector<std::string>{"steps", "scale", "classifier", "scale__with_mean",
                                              "scale__with_std", "classifier__constant",
                                              "classifier__random_state", "classifier__strategy"}));
    EXPECT_EQ(pipeline.get_params().at("scale").estimator(), Estimator(StandardScaler()));

    pipeline.set_params("classifier__strategy", "prior");
    EXPECT_EQ(pipeline.get_params().at("classifier__strategy").repr(), "\"prior\"");
    pipeline.set_params("scale", "passthrough");
    EXPECT_EQ(pipeline.get_params().at("scale").repr(), "\"passthrough\"");
    pipeline.set_params("scale", StandardScaler({.with_std = false}));
    EXPECT_EQ(pipeline.steps()[0].estimator.estimator(),
              Estimator(StandardScaler({.with_std = false})));
    EXPECT_EQ(pipeline.repr(),
              "Pipeline(steps={{\"scale\", StandardScaler(with_mean=true, with_std=false)}, "
              "{\"classifier\", DummyClassifier(constant=none, random_state=none, "
              "strategy=\"prior\")}})");

    // "steps" takes step names: those steps, in that order.
    Pipeline reordered = pipeline;
    reordered.set_params("steps", std::vector<std::string>{"classifier"});
    EXPECT_EQ(reordered.steps().size(), 1u);
    EXPECT_EQ(reordered.kind(), EstimatorKind::Classifier);

    expect_error<ValueError>([&] { pipeline.set_params("clf__C", 1.0); },
                             "Invalid parameter 'clf' for estimator " + pipeline.repr() +
                                 ". Valid parameters are: ['steps'].");
    expect_error<ValueError>([&] { pipeline.set_params("steps", std::vector<std::string>{"x"}); },
                             "'x' is not a step of this Pipeline");
    expect_error<AttributeError>(
        [&] {
            Pipeline p({{"a", "passthrough"}, {"b", StandardScaler()}});
            p.set_params("a__with_mean", false);
        },
        "'str' object has no attribute 'set_params'");
    // A replacement that would make the pipeline invalid is refused and leaves it as it was.
    const Pipeline before = pipeline;
    expect_error<TypeError>(
        [&] { pipeline.set_params("scale", DummyClassifier()); },
        "All intermediate steps should be transformers and implement fit and transform or be "
        "the string 'passthrough' 'DummyClassifier(constant=none, random_state=none, "
        "strategy=\"prior\")' (type <class 'DummyClassifier'>) doesn't");
    EXPECT_EQ(pipeline, before);
}

TEST(Pipeline, StepChecksWithScikitLearnsMessages) {
    expect_error<ValueError>(
        [] {
            Pipeline({{"a", StandardScaler()}, {"a", StandardScaler()}});
        },
        "Names provided are not unique: ['a', 'a']");
    expect_error<ValueError>(
        [] {
            Pipeline({{"a__b", StandardScaler()}});
        },
        "Estimator names must not contain __: got ['a__b']");
    expect_error<ValueError>(
        [] {
            Pipeline({{"steps", StandardScaler()}});
        },
        "Estimator names conflict with constructor arguments: ['steps']");
    expect_error<TypeError>(
        [] {
            Pipeline({{"a", "drop"}, {"b", StandardScaler()}});
        },
        "All intermediate steps should be transformers and implement fit and transform or be "
        "the string 'passthrough' 'drop' (type <class 'str'>) doesn't");
    expect_error<ValueError>([] { Pipeline(std::vector<NamedEstimator>{}); },
                             "A Pipeline needs at least one step, got none");
    expect_error<ValueError>(
        [] { (void)scaler_then_dummy().fit(features()); },
        "This DummyClassifier estimator requires y to be passed, but the target y is None.");
}

TEST(Pipeline, MakePipelineNamesStepsAsScikitLearn) {
    const Pipeline p = make_pipeline(StandardScaler(), "passthrough",
                                     StandardScaler({.with_mean = false}), DummyClassifier());
    std::vector<std::string> names;
    for (const auto& step : p.steps()) names.push_back(step.name);
    EXPECT_EQ(names, (std::vector<std::string>{"standardscaler-1", "passthrough",
                                               "standardscaler-2", "dummyclassifier"}));
}

TEST(Pipeline, IsAnEstimator) {
    const Estimator erased = scaler_then_dummy();
    EXPECT_EQ(erased.name(), "Pipeline");
    EXPECT_EQ(erased.kind(), EstimatorKind::Classifier);
    Estimator copy = erased;
    EXPECT_TRUE(copy == erased);
    copy.set_params("scale__with_mean", false);
    EXPECT_FALSE(copy == erased);
    const Model model = erased.fit(features(), labels());
    EXPECT_EQ(model.estimator_name(), "Pipeline");
    EXPECT_EQ(model.as<PipelineModel>().steps().size(), 2u);
    std::ostringstream printed;
    printed << scaler_then_dummy();
    EXPECT_EQ(printed.str(), scaler_then_dummy().repr());
}

// Intermediate steps are fitted with fit_transform (TargetEncoder's cross-fitting): the next
// step sees its output, not fit + transform's.
TEST(Pipeline, IntermediateStepsUseFitTransform) {
    const Pipeline pipeline({{"shift", testing::TargetShift()}, {"scale", StandardScaler()}});
    const Series y(std::vector<double>{1.0, 2.0, 3.0, 4.0, 5.0, 6.0});
    const PipelineModel model = pipeline.fit(features(), y);
    const double shift = 3.5;
    EXPECT_EQ(model["shift"].as<testing::TargetShiftModel>().shift(), shift);
    const double mean_a = (1.0 + 2.0 + 4.0 + 8.0 + 16.0 + 3.0) / 6.0;
    EXPECT_DOUBLE_EQ(model["scale"].as<StandardScalerModel>().mean()[0], mean_a + shift + 100.0);
    expect_error<ValueError>(
        [&] { (void)pipeline.fit(features()); },
        "This TargetShift estimator requires y to be passed, but the target y is None.");
}

TEST(Pipeline, PassesTheConformanceChecks) {
    testing::check_estimator(scaler_then_dummy(), {.classifier = true, .allow_nan = true});
    testing::check_estimator(Pipeline({{"a", StandardScaler()}, {"b", StandardScaler()}}),
                             {.allow_nan = true});
}

}  // namespace
}  // namespace tabula
