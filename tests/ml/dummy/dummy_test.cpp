#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "../../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/ml/dummy/dummy_classifier.hpp"
#include "tabula/ml/dummy/dummy_regressor.hpp"

namespace tabula {
namespace {

using testing::expect_error;
using testing::expect_values;

// dummy.txt: "<case> <field> <values...>" lines written by make_dummy.py.
class DummyFixture : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        for (const std::string& line : testing::fixture_lines("ml/dummy/dummy.txt")) {
            auto w = testing::words(line);
            if (w.size() < 2) continue;
            const std::string key = w[0] + " " + w[1];
            fields()[key] = std::vector<std::string>(w.begin() + 2, w.end());
        }
    }
    static std::map<std::string, std::vector<std::string>>& fields() {
        static std::map<std::string, std::vector<std::string>> map;
        return map;
    }
    static const std::vector<std::string>& field(const std::string& key) {
        const auto it = fields().find(key);
        EXPECT_NE(it, fields().end()) << key;
        static const std::vector<std::string> none;
        return it == fields().end() ? none : it->second;
    }
    static std::vector<double> doubles(const std::string& key) {
        std::vector<double> out;
        for (const auto& v : field(key)) out.push_back(std::stod(v));
        return out;
    }
    static NDArray<double> X() { return NDArray<double>(doubles("data X"), Shape{23, 2}); }
    static Target y_int() {
        std::vector<std::int64_t> out;
        for (const auto& v : field("data y_int")) out.push_back(std::stoll(v));
        return Target(out);
    }
    static Target y_str() { return Target(field("data y_str")); }
};

std::vector<std::string> texts(const Series& s) {
    std::vector<std::string> out;
    for (std::int64_t i = 0; i < s.size(); ++i) {
        out.push_back(s.dtype() == DType::String
                          ? std::string(s.text(i))
                          : std::to_string(static_cast<std::int64_t>(s.value(i))));
    }
    return out;
}

std::vector<double> values(const NDArray<double>& a) {
    return std::vector<double>(a.data(), a.data() + a.size());
}

TEST_F(DummyFixture, ClassifierMatchesScikitLearnForEveryStrategyAndSeed) {
    for (const std::string labels : {"int", "str"}) {
        const Target y = labels == "int" ? y_int() : y_str();
        for (const std::string strategy : {"prior", "most_frequent", "stratified", "uniform"}) {
            for (const std::int64_t seed : {0, 42}) {
                const std::string c = "clf_" + labels + "_" + strategy + "_" + std::to_string(seed);
                const auto model =
                    DummyClassifier({.random_state = seed, .strategy = strategy}).fit(X(), y);
                EXPECT_EQ(texts(model.classes()), field(c + " classes")) << c;
                // count / n, as scikit-learn's class_distribution divides.
                expect_values(model.class_prior(), field(c + " class_prior"), c);
                EXPECT_EQ(texts(model.predict(X())), field(c + " predict")) << c;
                expect_values(values(model.predict_proba(X())), field(c + " predict_proba"), c);
                expect_values(std::vector<double>{model.score(X(), y)}, field(c + " score"), c);
            }
        }
    }
}

TEST_F(DummyFixture, ClassifierPredictsTheSameOnEveryCallWithASeed) {
    const auto model =
        DummyClassifier({.random_state = 3, .strategy = "stratified"}).fit(X(), y_int());
    EXPECT_TRUE(model.predict(X()).equals(model.predict(X())));
}

TEST_F(DummyFixture, ClassifierConstantStrategy) {
    const auto model =
        DummyClassifier({.constant = std::string("emu"), .strategy = "constant"}).fit(X(), y_str());
    EXPECT_EQ(texts(model.predict(X())), std::vector<std::string>(23, "emu"));
    const auto proba = values(model.predict_proba(X()));
    EXPECT_EQ(std::vector<double>(proba.begin(), proba.begin() + 4),
              (std::vector<double>{0, 0, 0, 1}));
    const auto ints =
        DummyClassifier({.constant = std::int64_t{1}, .strategy = "constant"}).fit(X(), y_int());
    EXPECT_EQ(texts(ints.predict(X())), std::vector<std::string>(23, "1"));
}

TEST_F(DummyFixture, ClassifierErrorsHaveScikitLearnsText) {
    expect_error<ValueError>(
        [&] { DummyClassifier({.strategy = "foo"}).fit(X(), y_int()); },
        "The 'strategy' parameter of DummyClassifier must be a str among {'constant', "
        "'most_frequent', 'prior', 'stratified', 'uniform'}. Got 'foo' instead.");
    expect_error<ValueError>(
        [&] { DummyClassifier({.random_state = -1}).fit(X(), y_int()); },
        "The 'random_state' parameter of DummyClassifier must be an int in the range [0, "
        "4294967295], an instance of 'numpy.random.mtrand.RandomState' or None. Got -1 instead.");
    expect_error<ValueError>(
        [&] { DummyClassifier({.strategy = "constant"}).fit(X(), y_int()); },
        "Constant target value has to be specified when the constant strategy is used.");
    expect_error<ValueError>(
        [&] {
            DummyClassifier({.constant = std::string("z"), .strategy = "constant"})
                .fit(X(), y_int());
        },
        "The constant target value must be present in the training data. You provided "
        "constant=z. Possible values are: [0, 1, 2].");
    expect_error<ValueError>(
        [&] {
            DummyClassifier({.constant = std::string("z"), .strategy = "constant"})
                .fit(X(), y_str());
        },
        "The constant target value must be present in the training data. You provided "
        "constant=z. Possible values are: ['ant', 'cat', 'dog', 'emu'].");
    expect_error<ValueError>(
        [&] {
            DummyClassifier().fit(X(), std::vector<std::int64_t>{1, 2});
        },
        "Found input variables with inconsistent numbers of samples: [23, 2]");
    const auto model = DummyClassifier().fit(X(), y_int());
    expect_error<ValueError>(
        [&] {
            model.predict(NDArray<double>(std::vector<double>(3, 0.0), Shape{1, 3}));
        },
        "X has 3 features, but DummyClassifier is expecting 2 features as input.");
}

TEST_F(DummyFixture, ClassifierIsAnEstimator) {
    Estimator e = DummyClassifier({.strategy = "most_frequent"});
    EXPECT_EQ(e.kind(), EstimatorKind::Classifier);
    e.set_params("strategy", "uniform");
    e.set_params("random_state", 5);
    EXPECT_EQ(e.repr(), "DummyClassifier(constant=none, random_state=5, strategy=\"uniform\")");
    const Model model = e.fit(X(), y_int());
    EXPECT_TRUE(model.is_classifier());
    EXPECT_EQ(model.predict(X()).size(), 23);
}

TEST_F(DummyFixture, RegressorMatchesScikitLearn) {
    const Target y(doubles("data y_reg"));
    const auto check = [&](const DummyRegressorParams& params, const std::string& c) {
        const auto model = DummyRegressor(params).fit(X(), y);
        expect_values(std::vector<double>{model.constant()}, field(c + " constant"), c);
        const Series predicted = model.predict(X());
        EXPECT_EQ(values(predicted.to_numpy()), std::vector<double>(23, model.constant())) << c;
        // R^2 sums in another order than scikit-learn's.
        EXPECT_NEAR(model.score(X(), y), std::stod(field(c + " score").at(0)), 1e-12) << c;
    };
    check({}, "reg_mean_");
    check({.strategy = "median"}, "reg_median_");
    check({.quantile = 0.29, .strategy = "quantile"}, "reg_quantile_0.29");
    check({.quantile = 0.0, .strategy = "quantile"}, "reg_quantile_0.0");
    check({.quantile = 0.9, .strategy = "quantile"}, "reg_quantile_0.9");
    check({.constant = 1.5, .strategy = "constant"}, "reg_constant_1.5");
}

TEST_F(DummyFixture, RegressorErrorsHaveScikitLearnsText) {
    const Target y(doubles("data y_reg"));
    expect_error<ValueError>(
        [&] { DummyRegressor({.quantile = 1.5}).fit(X(), y); },
        "The 'quantile' parameter of DummyRegressor must be a float in the range [0.0, 1.0] or "
        "None. Got 1.5 instead.");
    expect_error<ValueError>(
        [&] { DummyRegressor({.strategy = "quantile"}).fit(X(), y); },
        "When using `strategy='quantile', you have to specify the desired quantile in the range "
        "[0, 1].");
    expect_error<TypeError>(
        [&] { DummyRegressor({.strategy = "constant"}).fit(X(), y); },
        "Constant target value has to be specified when the constant strategy is used.");
    expect_error<ValueError>(
        [&] {
            DummyRegressor().fit(X(), std::vector<double>{1.0, std::nan("")});
        },
        "Input y contains NaN.");
    expect_error<ValueError>(
        [&] {
            DummyRegressor().fit(NDArray<double>(std::vector<double>{}, Shape{0, 2}),
                                 std::vector<double>{});
        },
        "Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is required.");
    expect_error<ValueError>([&] { DummyRegressor().fit(X(), std::vector<std::string>{"a"}); },
                             "could not convert string to float: 'a'");
}

}  // namespace
}  // namespace tabula
