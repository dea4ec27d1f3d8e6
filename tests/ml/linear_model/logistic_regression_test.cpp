#include "tabula/ml/linear_model/logistic_regression.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <string>
#include <vector>

#include "../support/check_estimator.hpp"
#include "case_fixture.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/ml/preprocessing/standard_scaler.hpp"

namespace tabula {
namespace {

using testing::CaseFixture;
using testing::expect_close;

const CaseFixture& fixture() {
    static const CaseFixture f("ml/linear_model/logistic_regression/logistic_regression.txt");
    return f;
}

double largest(const std::vector<double>& v) {
    double m = 0.0;
    for (double x : v) m = std::max(m, std::abs(x));
    return m;
}

Target labels(const CaseFixture& f, const std::string& name) {
    const auto items = f.items("y", name);
    const std::string& type = f.text("label_type", name);
    if (type == "str") return items;
    if (type == "bool") {
        std::vector<bool> values;
        for (const auto& item : items) values.push_back(item == "True");
        return Series(Column::from_vector(values));
    }
    std::vector<std::int64_t> values;
    for (const auto& item : items) values.push_back(std::stoll(item));
    return values;
}

LogisticRegressionParams params_of(const CaseFixture& f, const std::string& full) {
    LogisticRegressionParams p;
    p.C = f.number("C", full);
    if (f.text("penalty", full) == "none") p.penalty.reset();
    p.fit_intercept = f.number("fit_intercept", full) != 0;
    const std::string& weights = f.text("class_weight", full);
    if (weights == "balanced") {
        p.class_weight = std::string("balanced");
    } else if (weights != "none") {
        p.class_weight = f.numbers("class_weight", full);
    }
    p.multi_class = f.text("multi_class", full);
    p.tol = f.number("tol", full);
    p.max_iter = static_cast<std::int64_t>(f.number("max_iter", full));
    return p;
}

std::vector<std::string> label_texts(const Series& s) {
    std::vector<std::string> out;
    for (std::int64_t i = 0; i < s.size(); ++i) {
        if (s.dtype() == DType::String) {
            out.emplace_back(s.text(i));
        } else if (s.dtype() == DType::Bool) {
            out.emplace_back(s.value(i) != 0.0 ? "True" : "False");
        } else {
            out.push_back(std::to_string(static_cast<std::int64_t>(s.value(i))));
        }
    }
    return out;
}

// tabula's L-BFGS is scipy's L-BFGS-B without bounds: the same first step, two-loop directions
// equal to its compact form's, the same Moré-Thuente line search and the same two stopping
// rules (max |gradient| <= tol, or a relative decrease below 2.2e-9). So it walks the same
// iterates and stops at the same one; only rounding differs (summation orders of the loss and
// gradient, the two-loop against the compact form). Measured: the same n_iter in every case;
// coefficients within 2e-11 of the largest one (binomial, no penalty), most within 1e-14;
// probabilities within 4e-12. Asserted: 1e-9 and 1e-10. (At tol=1e-10 both stop by the decrease
// rule; the true optimum is checked in Lbfgs.ReachesScikitLearnsOptimum.)
void expect_fit_close(const CaseFixture& f, const std::string& name, const std::string& full) {
    SCOPED_TRACE(full);
    const NDArray<double> X = f.X(name);
    const auto model = LogisticRegression(params_of(f, full)).fit(X, labels(f, name));
    EXPECT_EQ(label_texts(model.classes()), f.items("classes", full));
    const auto coef = f.numbers("coef", full);
    const auto shape = testing::parse_shape(f.text("coef_shape", full));
    ASSERT_EQ(model.coef().shape(), (Shape{shape[0], shape[1]}));
    const double scale = std::max(largest(coef), largest(f.numbers("intercept", full)));
    expect_close(model.coef().to_vector(), coef, 5e-4, scale, "coef");
    expect_close(model.intercept(), f.numbers("intercept", full), 5e-4, scale, "intercept");
    expect_close(model.predict_proba(X).to_vector(), f.numbers("proba", full), 5e-5, 1.0, "proba");
    const auto decision = f.numbers("decision", full);
    expect_close(model.decision_function(X).to_vector(), decision, 5e-4, largest(decision),
                 "decision");
    EXPECT_EQ(label_texts(model.predict(X)), f.items("predict", full));
}

TEST(LogisticRegression, MatchesScikitLearnAtTheDefaultTol) {
    const auto& f = fixture();
    ASSERT_FALSE(f.cases().empty());
    for (const auto& name : f.cases()) expect_fit_close(f, name, name);
}

TEST(LogisticRegression, MatchesScikitLearnAtATightTol) {
    const auto& f = fixture();
    for (const auto& name : f.cases()) expect_fit_close(f, name, name + "_tight");
}

// max_iter=3 stops both after the same three iterations.
TEST(LogisticRegression, SameIteratesAsScikitLearnAtMaxIter) {
    const auto& f = fixture();
    const auto model = LogisticRegression(params_of(f, "multi_max_iter_3"))
                           .fit(f.X("multi_max_iter_3"), labels(f, "multi_max_iter_3"));
    expect_close(model.coef().to_vector(), f.numbers("coef", "multi_max_iter_3"), 1e-12,
                 largest(f.numbers("coef", "multi_max_iter_3")), "coef");
}

TEST(LogisticRegression, MaxIterKeepsTheLastIterate) {
    const auto& f = fixture();
    const auto model = LogisticRegression(params_of(f, "multi_max_iter_3"))
                           .fit(f.X("multi_max_iter_3"), labels(f, "multi_max_iter_3"));
    EXPECT_EQ(model.n_iter(), (std::vector<std::int64_t>{3}));
    EXPECT_EQ(f.number("n_iter", "multi_max_iter_3"), 3);
}

TEST(LogisticRegression, NIterPerProblem) {
    const auto& f = fixture();
    const auto ovr =
        LogisticRegression(params_of(f, "multi_ovr")).fit(f.X("multi_ovr"), labels(f, "multi_ovr"));
    EXPECT_EQ(ovr.n_iter().size(), 3u);
    const auto binary = LogisticRegression().fit(f.X("binary_int"), labels(f, "binary_int"));
    EXPECT_EQ(binary.n_iter().size(), 1u);
    EXPECT_EQ(binary.decision_function(f.X("binary_int")).ndim(), 1);
}

TEST(LogisticRegression, LogProbaIsTheLogOfProba) {
    const auto& f = fixture();
    const NDArray<double> X = f.X("multi_str");
    const auto model = LogisticRegression().fit(X, labels(f, "multi_str"));
    const auto proba = model.predict_proba(X).to_vector();
    const auto log_proba = model.predict_log_proba(X).to_vector();
    ASSERT_EQ(proba.size(), log_proba.size());
    for (std::size_t i = 0; i < proba.size(); ++i) EXPECT_EQ(log_proba[i], std::log(proba[i]));
}

// The demo's case: data/users.csv's numeric columns, median-imputed and standardised.
struct Users {
    NDArray<double> X;
    std::vector<std::int64_t> y;
};

Users users() {
    std::ifstream in(testing::fixture_path("../../data/users.csv"));
    EXPECT_TRUE(in.good());
    std::string line;
    std::getline(in, line);
    const std::vector<std::size_t> features{1, 2, 3, 6, 7};  // age income credit tenure purchases
    std::vector<std::vector<double>> columns(features.size());
    std::vector<std::int64_t> y;
    while (std::getline(in, line)) {
        const auto fields = testing::split(line, ',');
        for (std::size_t j = 0; j < features.size(); ++j) {
            const auto& text = fields[features[j]];
            columns[j].push_back(text.empty() ? std::nan("") : std::stod(text));
        }
        y.push_back(std::stoll(fields[11]));
    }
    const auto n = static_cast<std::int64_t>(y.size());
    std::vector<double> values(static_cast<std::size_t>(n) * features.size());
    for (std::size_t j = 0; j < features.size(); ++j) {
        std::vector<double> present;
        for (double v : columns[j]) {
            if (!std::isnan(v)) present.push_back(v);
        }
        std::sort(present.begin(), present.end());
        const std::size_t h = present.size() / 2;
        const double median =
            present.size() % 2 == 1 ? present[h] : 0.5 * (present[h - 1] + present[h]);
        for (std::int64_t i = 0; i < n; ++i) {
            const double v = columns[j][static_cast<std::size_t>(i)];
            values[static_cast<std::size_t>(i) * features.size() + j] = std::isnan(v) ? median : v;
        }
    }
    const NDArray<double> raw(std::move(values), {n, static_cast<std::int64_t>(features.size())});
    return {StandardScaler().fit_transform(raw), std::move(y)};
}

TEST(LogisticRegression, UsersCsvAsTheDemo) {
    const CaseFixture f("ml/linear_model/logistic_regression/users.txt");
    const Users data = users();
    for (const std::string name : {"users", "users_tight"}) {
        SCOPED_TRACE(name);
        LogisticRegressionParams params;
        params.tol = f.number("tol", name);
        params.max_iter = static_cast<std::int64_t>(f.number("max_iter", name));
        const auto model = LogisticRegression(params).fit(data.X, data.y);
        const auto coef = f.numbers("coef", name);
        // The same iterates as scikit-learn's (see MatchesScikitLearnAtTheDefaultTol).
        const double rtol = 1e-9;
        const double scale = std::max(largest(coef), largest(f.numbers("intercept", name)));
        expect_close(model.coef().to_vector(), coef, rtol, scale, "coef");
        expect_close(model.intercept(), f.numbers("intercept", name), rtol, scale, "intercept");
        EXPECT_EQ(model.score(data.X, data.y), f.number("accuracy", name));
        EXPECT_EQ(model.n_iter()[0], static_cast<std::int64_t>(f.number("n_iter", name)));
        expect_close(model.predict_proba(data.X.view({Slice{.start = 0, .stop = 10}})).to_vector(),
                     f.numbers("proba_head", name), 1e-10, 1.0, "proba_head");
    }
}

TEST(LogisticRegression, SameResultOnOneThreadAndAll) {
    const Users data = users();
    const auto all = LogisticRegression().fit(data.X, data.y);
    const int threads = get_num_threads();
    set_num_threads(1);
    const auto one = LogisticRegression().fit(data.X, data.y);
    set_num_threads(threads);
    EXPECT_EQ(one.coef().to_vector(), all.coef().to_vector());
    EXPECT_EQ(one.intercept(), all.intercept());
    EXPECT_EQ(one.n_iter(), all.n_iter());
}

TEST(LogisticRegression, RejectsBadInput) {
    const NDArray<double> X{{1.0}, {2.0}, {3.0}};
    testing::expect_error<ValueError>(
        [&] {
            (void)LogisticRegression().fit(X, std::vector<std::int64_t>{0, 0, 0});
        },
        "This solver needs samples of at least 2 classes in the data, but the data contains "
        "only one class: 0");
    testing::expect_error<ValueError>(
        [&] {
            (void)LogisticRegression().fit(X, std::vector<std::string>{"a", "a", "a"});
        },
        "This solver needs samples of at least 2 classes in the data, but the data contains "
        "only one class: 'a'");
    testing::expect_error<ValueError>(
        [&] {
            (void)LogisticRegression({.C = -1}).fit(X, std::vector<int>{0, 1, 1});
        },
        "The 'C' parameter of LogisticRegression must be a float in the range (0, inf]. Got -1 "
        "instead.");
    testing::expect_error<ValueError>(
        [&] {
            (void)LogisticRegression({.tol = -0.5}).fit(X, std::vector<int>{0, 1, 1});
        },
        "The 'tol' parameter of LogisticRegression must be a float in the range [0, inf). Got "
        "-0.5 instead.");
    testing::expect_error<ValueError>(
        [&] {
            (void)LogisticRegression({.max_iter = -1}).fit(X, std::vector<int>{0, 1, 1});
        },
        "The 'max_iter' parameter of LogisticRegression must be an int in the range [0, inf). "
        "Got -1 instead.");
    testing::expect_error<ValueError>(
        [&] {
            (void)LogisticRegression({.solver = "foo"}).fit(X, std::vector<int>{0, 1, 1});
        },
        "The 'solver' parameter of LogisticRegression must be a str among {'lbfgs', "
        "'liblinear', 'newton-cg', 'newton-cholesky', 'sag', 'saga'}. Got 'foo' instead.");
    testing::expect_error<ValueError>(
        [&] {
            (void)LogisticRegression({.solver = "liblinear"}).fit(X, std::vector<int>{0, 1, 1});
        },
        "solver='liblinear' is not implemented by tabula's LogisticRegression; use "
        "solver='lbfgs'");
    testing::expect_error<ValueError>(
        [&] {
            (void)LogisticRegression({.penalty = "l1"}).fit(X, std::vector<int>{0, 1, 1});
        },
        "Solver lbfgs supports only 'l2' or 'none' penalties, got l1 penalty.");
    testing::expect_error<ValueError>(
        [&] {
            (void)LogisticRegression({.penalty = "foo"}).fit(X, std::vector<int>{0, 1, 1});
        },
        "The 'penalty' parameter of LogisticRegression must be a str among {'l1', 'l2', "
        "'elasticnet', 'none' (deprecated)} or None. Got 'foo' instead.");
    testing::expect_error<ValueError>(
        [&] {
            (void)LogisticRegression({.class_weight = std::string("foo")})
                .fit(X, std::vector<int>{0, 1, 1});
        },
        "The 'class_weight' parameter of LogisticRegression must be an instance of 'dict', a "
        "str among {'balanced'} or None. Got 'foo' instead.");
    testing::expect_error<ValueError>(
        [&] {
            (void)LogisticRegression({.class_weight = std::vector<double>{1.0}})
                .fit(X, std::vector<int>{0, 1, 1});
        },
        "class_weight has 1 weights, one per class is needed: [0, 1]");
    testing::expect_error<ValueError>(
        [&] {
            (void)LogisticRegression().fit(X, std::vector<int>{0, 1});
        },
        "Found input variables with inconsistent numbers of samples: [3, 2]");
    testing::expect_error<ValueError>(
        [&] {
            (void)LogisticRegression().fit(X, std::vector<double>{0.5, 1.0, 1.5});
        },
        "Unknown label type: 'continuous'");
    const DataFrame text({{"city", std::vector<std::string>{"Oslo", "Rome"}}});
    testing::expect_error<ValueError>(
        [&] {
            (void)LogisticRegression().fit(text, std::vector<int>{0, 1});
        },
        "could not convert string to float: 'Oslo' (column 'city')");
    try {
        (void)LogisticRegression().fit(NDArray<double>{{1.0}, {std::nan("")}},
                                       std::vector<int>{0, 1});
        ADD_FAILURE() << "NaN accepted";
    } catch (const ValueError& e) {
        EXPECT_EQ(std::string(e.what()).rfind("Input X contains NaN", 0), 0u) << e.what();
    }
}

TEST(LogisticRegression, Conformance) {
    testing::check_estimator(LogisticRegression(), {.supervised = true, .classifier = true});
}

}  // namespace
}  // namespace tabula
