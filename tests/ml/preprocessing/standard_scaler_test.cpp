#include "tabula/ml/preprocessing/standard_scaler.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "../../support/fixtures.hpp"
#include "../support/check_estimator.hpp"

namespace tabula {
namespace {

std::vector<double> numbers(const std::vector<std::string>& words, std::size_t from) {
    std::vector<double> out;
    for (std::size_t i = from; i < words.size(); ++i) out.push_back(std::stod(words[i]));
    return out;
}

void expect_same(const std::vector<double>& actual, const std::vector<double>& expected,
                 const std::string& what) {
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (std::isnan(expected[i])) {
            EXPECT_TRUE(std::isnan(actual[i])) << what << " [" << i << "]";
        } else {
            EXPECT_EQ(actual[i], expected[i]) << what << " [" << i << "]";
        }
    }
}

// scikit-learn's fit on a DataFrame sums each column with NumPy's pairwise nansum, which the
// model reproduces, so statistics and outputs are compared bit for bit.
TEST(StandardScaler, MatchesScikitLearnBitForBit) {
    for (int k = 0; k < 16; ++k) {
        SCOPED_TRACE("case_" + std::to_string(k));
        const auto lines = testing::fixture_lines("ml/preprocessing/standard_scaler/case_" +
                                                  std::to_string(k) + ".txt");
        const auto head = testing::words(lines[0]);
        const bool with_mean = head[1] == "1";
        const bool with_std = head[3] == "1";
        const auto rows = std::stoll(head[5]);
        const auto cols = std::stoll(head[7]);
        std::vector<double> flat;
        for (std::int64_t i = 0; i < rows; ++i) {
            const auto r = numbers(testing::words(lines[static_cast<std::size_t>(1 + i)]), 0);
            flat.insert(flat.end(), r.begin(), r.end());
        }
        const DataFrame X = DataFrame::from_numpy(NDArray<double>(flat, {rows, cols}));
        const auto model = StandardScaler({.with_mean = with_mean, .with_std = with_std}).fit(X);
        std::size_t line = static_cast<std::size_t>(1 + rows);
        const auto stat = [&](const std::vector<double>& actual, const std::string& what) {
            const auto words = testing::words(lines[line++]);
            if (words[1] == "none") {
                EXPECT_TRUE(actual.empty()) << what;
            } else {
                expect_same(actual, numbers(words, 1), what);
            }
        };
        stat(model.mean(), "mean");
        stat(model.var(), "var");
        stat(model.scale(), "scale");
        const auto seen = numbers(testing::words(lines[line++]), 1);
        for (std::size_t j = 0; j < seen.size(); ++j) {
            EXPECT_EQ(model.n_samples_seen()[j], static_cast<std::int64_t>(seen[j]));
        }
        const NDArray<double> out = model.transform(X).to_numpy();
        for (std::int64_t i = 0; i < rows; ++i) {
            const auto expected = numbers(testing::words(lines[line++]), 0);
            for (std::int64_t j = 0; j < cols; ++j) {
                const double e = expected[static_cast<std::size_t>(j)];
                const double a = out(i, j);
                if (std::isnan(e)) {
                    EXPECT_TRUE(std::isnan(a));
                } else {
                    EXPECT_EQ(a, e) << "row " << i << " col " << j;
                }
            }
        }
    }
}

TEST(StandardScaler, KeepsTheFormOfItsInput) {
    const DataFrame df({{"age", {20.0, 30.0, 40.0}}, {"n", {1, 2, 3}}});
    const auto model = StandardScaler().fit(df);
    const DataFrame out = model.transform(df);
    EXPECT_EQ(out.columns(), (std::vector<std::string>{"age", "n"}));
    EXPECT_EQ(out.column("n").dtype(), DType::Float64);
    EXPECT_DOUBLE_EQ(out["age"].value(0), -std::sqrt(1.5));
    EXPECT_EQ(model.get_feature_names_out(), (std::vector<std::string>{"age", "n"}));

    const NDArray<double> array{{1.0, 10.0}, {3.0, 30.0}};
    const auto array_model = StandardScaler().fit(array);
    const NDArray<double> scaled = array_model.transform(array);
    EXPECT_EQ(scaled.shape(), (Shape{2, 2}));
    EXPECT_EQ(scaled(0, 0), -1.0);
    EXPECT_EQ(scaled(1, 1), 1.0);
    EXPECT_EQ(array_model.get_feature_names_out(), (std::vector<std::string>{"x0", "x1"}));
    EXPECT_TRUE(array_model.feature_names_in().empty());
    EXPECT_EQ(StandardScaler().fit_transform(array)(1, 0), 1.0);
}

// fit_transform fits in its output columns before writing them: the same statistics and output
// as fit then transform, bit for bit, NaN and constant columns included.
TEST(StandardScaler, FitTransformEqualsFitThenTransform) {
    const std::int64_t n = 30001;
    std::vector<std::optional<double>> a(static_cast<std::size_t>(n));
    std::vector<double> b(static_cast<std::size_t>(n));
    std::vector<std::int64_t> c(static_cast<std::size_t>(n), 7);
    for (std::int64_t i = 0; i < n; ++i) {
        const auto k = static_cast<std::size_t>(i);
        const double x = std::sin(static_cast<double>(i) * 0.37) * 1e3 + 1e6;
        if (i % 9 != 0) a[k] = x;
        b[k] = i % 5 == 0 ? std::nan("") : x / 3.0;
    }
    const DataFrame X({"a", "b", "c"},
                      {Column::from_optionals(a), Column::from_vector(b), Column::from_vector(c)});
    for (const StandardScalerParams params :
         {StandardScalerParams{}, StandardScalerParams{.with_mean = false},
          StandardScalerParams{.with_std = false}}) {
        const StandardScaler scaler(params);
        const auto [model, Xt] = scaler.fit_transform_model(X, nullptr);
        const auto fitted = scaler.fit(X);
        EXPECT_EQ(model.mean(), fitted.mean());
        EXPECT_EQ(model.var(), fitted.var());
        EXPECT_EQ(model.scale(), fitted.scale());
        EXPECT_EQ(model.n_samples_seen(), fitted.n_samples_seen());
        const DataFrame expected = fitted.transform(X);
        for (std::size_t j = 0; j < 3; ++j) {
            const double* got = Xt.frame().column(j).data<double>();
            const double* want = expected.column(j).data<double>();
            for (std::int64_t i = 0; i < n; ++i) {
                if (std::isnan(want[i])) {
                    EXPECT_TRUE(std::isnan(got[i]));
                } else {
                    ASSERT_EQ(got[i], want[i]) << "column " << j << " row " << i;
                }
            }
        }
        EXPECT_TRUE(scaler.fit_transform(X).equals(Xt.frame()));
    }
}

TEST(StandardScaler, InverseTransformRestoresTheInput) {
    const DataFrame df({{"a", {1.5, -2.0, 7.25, 0.0}}, {"b", {100.0, 300.0, 200.0, 400.0}}});
    const auto model = StandardScaler().fit(df);
    const DataFrame back = model.inverse_transform(model.transform(df));
    for (std::int64_t i = 0; i < 4; ++i) {
        EXPECT_NEAR(back["a"].value(i), df["a"].value(i), 1e-12);
        EXPECT_NEAR(back["b"].value(i), df["b"].value(i), 1e-12);
    }
}

TEST(StandardScaler, IsPrintableComparableAndSettableByName) {
    StandardScaler scaler;
    EXPECT_EQ(scaler.repr(), "StandardScaler(with_mean=true, with_std=true)");
    std::ostringstream printed;
    printed << StandardScaler({.with_std = false});
    EXPECT_EQ(printed.str(), "StandardScaler(with_mean=true, with_std=false)");
    EXPECT_TRUE(scaler == StandardScaler());
    scaler.set_params("with_mean", false);
    EXPECT_FALSE(scaler.params().with_mean);
    EXPECT_FALSE(scaler == StandardScaler());
    EXPECT_FALSE(scaler.get_params().at("with_mean") == ParamValue(true));
    testing::expect_error<TypeError>([&] { scaler.set_params("with_std", "yes"); },
                                     "The 'with_std' parameter of StandardScaler must be of type "
                                     "bool. Got \"yes\" (str) instead.");
    testing::expect_error<ValueError>(
        [&] { scaler.set_params("with_meen", true); },
        "Invalid parameter 'with_meen' for estimator StandardScaler(with_mean=false, "
        "with_std=true). Valid parameters are: ['with_mean', 'with_std'].");
}

TEST(StandardScaler, RejectsBadInputWithScikitLearnsMessages) {
    const DataFrame df({{"age", {20.0, 30.0}}, {"city", {"Oslo", "Rome"}}});
    testing::expect_error<ValueError>([&] { (void)StandardScaler().fit(df); },
                                      "could not convert string to float: 'Oslo' (column 'city')");
    const auto model = StandardScaler().fit(df[{"age"}]);
    testing::expect_error<ValueError>(
        [&] {
            (void)model.transform(DataFrame({{"agee", {1.0}}}));
        },
        "The feature names should match those that were passed during fit.\n"
        "Feature names unseen at fit time:\n- agee\n"
        "Feature names seen at fit time, yet now missing:\n- age\n");
    testing::expect_error<ValueError>(
        [&] {
            (void)StandardScaler().fit(DataFrame({{"x", {1.0, INFINITY}}}));
        },
        "Input X contains infinity or a value too large for dtype('float64') (column 'x', row "
        "1).");
    testing::expect_error<ValueError>(
        [&] {
            (void)StandardScaler().fit(NDArray<double>{1.0, 2.0});
        },
        "Expected 2D array, got 1D array instead. Reshape your data either using "
        "array.reshape(-1, 1) if your data has a single feature or array.reshape(1, -1) if it "
        "contains a single sample.");
}

TEST(StandardScaler, PassesTheEstimatorChecks) {
    testing::check_estimator(StandardScaler(), {.allow_nan = true});
    testing::check_estimator(StandardScaler({.with_mean = false}), {.allow_nan = true});
}

}  // namespace
}  // namespace tabula
