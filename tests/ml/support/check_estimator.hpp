#pragma once
// The estimator conformance suite: scikit-learn's check_estimator checks that apply to tabula's
// contract, translated, plus one of ours (bit-identical results on 1 thread and on all cores).
// Call check_estimator(estimator, options) from a TEST of each estimator.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/ml/estimator.hpp"

namespace tabula::testing {

struct EstimatorChecks {
    // fit needs y (classifiers, regressors, supervised transformers such as TargetEncoder).
    bool supervised = false;
    // y holds class labels: also fit with string and with int labels.
    bool classifier = false;
    // NaN in X is accepted at fit (imputers, scalers); otherwise it must be a ValueError.
    bool allow_nan = false;
    // X is validated (scikit-learn's tags: false for no_validation estimators such as the Dummy
    // ones, which accept any X, NaN and infinity included).
    bool validates_input = true;
    // A 1-sample fit must succeed or fail with a ValueError (never crash).
    bool one_sample = true;
    // Training data; by default 40 rows of three float features a, b, c and a binary int label
    // (classifier) or a float target (regressor).
    std::optional<DataFrame> X = std::nullopt;
    std::optional<Series> y = std::nullopt;
};

namespace detail {

inline DataFrame default_features() {
    std::vector<double> a, b, c;
    for (int i = 0; i < 40; ++i) {
        a.push_back(std::sin(i * 1.3) * 10.0);
        b.push_back(std::cos(i * 0.7) * 3.0 + 1.0);
        c.push_back(static_cast<double>((i * 7) % 11) - 5.0);
    }
    return DataFrame({{"a", a}, {"b", b}, {"c", c}});
}

inline Series default_target(const DataFrame& X, bool classifier) {
    std::vector<std::int64_t> labels;
    std::vector<double> values;
    for (std::int64_t i = 0; i < X.num_rows(); ++i) {
        const double score = X["a"].value(i) + 2.0 * X["b"].value(i) - 0.5 * X["c"].value(i);
        labels.push_back(score > 2.0 ? 1 : 0);
        values.push_back(score);
    }
    return classifier ? Series(labels, "y") : Series(values, "y");
}

// Everything a fitted model says about X, bit for bit, one token per row per output column:
// transform output, predictions, probabilities and decision values.
struct Outputs {
    std::vector<std::vector<std::string>> columns;
    bool operator==(const Outputs&) const = default;
    Outputs reversed() const {
        Outputs out = *this;
        for (auto& column : out.columns) std::reverse(column.begin(), column.end());
        return out;
    }
};

inline std::string bits_of(double v) {
    if (std::isnan(v)) return "nan";
    std::uint64_t b = 0;
    std::memcpy(&b, &v, sizeof b);
    return std::to_string(b);
}

inline void add_numbers(Outputs& out, const NDArray<double>& values) {
    const std::int64_t rows = values.shape()[0];
    const std::int64_t cols = values.ndim() == 2 ? values.shape()[1] : 1;
    const std::vector<double> flat = values.to_vector();
    for (std::int64_t j = 0; j < cols; ++j) {
        std::vector<std::string> column;
        for (std::int64_t i = 0; i < rows; ++i) {
            column.push_back(bits_of(flat[static_cast<std::size_t>(i * cols + j)]));
        }
        out.columns.push_back(std::move(column));
    }
}

inline void add_column(Outputs& out, const Series& s) {
    std::vector<std::string> column;
    for (std::int64_t i = 0; i < s.size(); ++i) {
        if (s.column().is_null(i)) {
            column.emplace_back("<null>");
        } else if (s.dtype() == DType::String || s.dtype() == DType::Categorical) {
            column.emplace_back(s.text(i));
        } else {
            column.push_back(bits_of(s.value(i)));
        }
    }
    out.columns.push_back(std::move(column));
}

inline Outputs outputs(const Model& model, const Features& X) {
    Outputs out;
    if (model.has_method(ModelMethod::Transform)) {
        const DataFrame Xt = model.interface().transform_features(X).frame();
        for (const auto& name : Xt.columns()) add_column(out, Xt[name]);
    }
    if (model.has_method(ModelMethod::Predict)) {
        add_column(out, model.interface().predict_features(X));
    }
    if (model.has_method(ModelMethod::PredictProba)) {
        add_numbers(out, model.interface().predict_proba_features(X));
    }
    if (model.has_method(ModelMethod::DecisionFunction)) {
        add_numbers(out, model.interface().decision_function_features(X));
    }
    return out;
}

inline Model fit(const Estimator& e, const Features& X, const Series& y, bool supervised) {
    return supervised ? e.fit(X, Target(y)) : e.fit(X);
}

inline DataFrame with_value(const DataFrame& X, std::int64_t row, double value) {
    std::vector<double> column = X[X.columns()[0]].to_numpy().to_vector();
    column[static_cast<std::size_t>(row)] = value;
    return X.assign(X.columns()[0], ColumnValues(column));
}

template <class Body>
void expect_value_error(Body&& body, const std::string& fragment, const std::string& check) {
    try {
        body();
        ADD_FAILURE() << check << ": no exception";
    } catch (const ValueError& e) {
        EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos)
            << check << ": " << e.what();
    }
}

}  // namespace detail

inline void check_estimator(const Estimator& estimator, const EstimatorChecks& options = {}) {
    using namespace detail;
    const bool supervised = options.supervised || options.classifier;
    const DataFrame X = options.X ? *options.X : default_features();
    const Series y = options.y ? *options.y : default_target(X, options.classifier);
    const std::string name = estimator.name();
    SCOPED_TRACE("check_estimator(" + estimator.repr() + ")");

    // Clones are equal and print the same; every parameter survives a set_params round trip.
    Estimator copy = estimator;
    EXPECT_TRUE(copy == estimator);
    EXPECT_EQ(copy.repr(), estimator.repr());
    for (const auto& [param, value] : estimator.get_params(false)) {
        copy.set_params(param, value);
    }
    EXPECT_TRUE(copy == estimator) << "set_params with get_params' own values changed it";
    expect_value_error([&] { copy.set_params("not_a_parameter", 1); },
                       "Invalid parameter 'not_a_parameter'", "unknown parameter");

    // fit leaves the estimator's parameters and the input alone, and is deterministic.
    const std::string repr_before = estimator.repr();
    const DataFrame X_before = X;
    const Model model = fit(estimator, X, y, supervised);
    EXPECT_EQ(estimator.repr(), repr_before) << "fit changed the parameters";
    EXPECT_TRUE(X.equals(X_before)) << "fit changed its input";
    const Outputs first = outputs(model, X);
    EXPECT_TRUE(first == outputs(fit(estimator, X, y, supervised), X)) << "fit is not idempotent";
    EXPECT_EQ(model.n_features_in(), X.num_columns());
    EXPECT_EQ(model.feature_names_in(), X.columns());

    // Row order does not change what each row gets.
    std::vector<std::int64_t> reversed;
    for (std::int64_t i = X.num_rows() - 1; i >= 0; --i) reversed.push_back(i);
    const Features X_reversed = Features(X).take(reversed);
    EXPECT_TRUE(outputs(model, X_reversed) == first.reversed())
        << "outputs depend on the order of the rows";

    // Features are checked by name for frames and by count for arrays.
    const DataFrame fewer = X.drop(X.columns().back());
    expect_value_error([&] { (void)outputs(model, fewer); },
                       "The feature names should match those that were passed during fit",
                       "missing feature");
    const Model array_model = fit(estimator, Features(X.to_numpy()), y, supervised);
    EXPECT_TRUE(array_model.feature_names_in().empty());
    expect_value_error([&] { (void)outputs(array_model, Features(fewer.to_numpy())); },
                       "X has " + std::to_string(fewer.num_columns()) + " features, but " + name +
                           " is expecting " + std::to_string(X.num_columns()) +
                           " features as input.",
                       "feature count");

    // Empty data, NaN and infinity.
    expect_value_error([&] { (void)fit(estimator, X.head(0), y.head(0), supervised); },
                       "0 sample(s)", "empty data");
    if (!options.allow_nan && options.validates_input) {
        expect_value_error(
            [&] { (void)fit(estimator, with_value(X, 3, std::nan("")), y, supervised); }, "NaN",
            "NaN in X");
    }
    if (options.validates_input) {
        expect_value_error([&] { (void)fit(estimator, with_value(X, 3, INFINITY), y, supervised); },
                           "infinity", "infinity in X");
    }

    // One sample and one feature.
    if (options.one_sample && !options.classifier) {
        try {
            const Model one = fit(estimator, X.head(1), y.head(1), supervised);
            (void)outputs(one, X.head(1));
        } catch (const ValueError&) {
        }
    }
    const DataFrame one_feature = X[{X.columns().front()}];
    const Model narrow = fit(estimator, one_feature, y, supervised);
    const Outputs narrow_out = outputs(narrow, one_feature);
    EXPECT_FALSE(narrow_out.columns.empty());

    // Class labels keep their type: strings stay strings, ints stay ints.
    if (options.classifier) {
        std::vector<std::string> words;
        for (std::int64_t i = 0; i < y.size(); ++i) words.push_back(y.value(i) > 0 ? "yes" : "no");
        const Model text_model = estimator.fit(X, Target(words));
        const Series predicted = text_model.predict(X);
        EXPECT_EQ(predicted.dtype(), DType::String);
        EXPECT_EQ(text_model.classes().dtype(), DType::String);
        EXPECT_EQ(model.predict(X).dtype(), DType::Int64);
        EXPECT_EQ(model.classes().dtype(), DType::Int64);
    }

    // Same model and same outputs on 1 thread and on every core.
    const int threads = get_num_threads();
    set_num_threads(1);
    const Outputs serial = outputs(fit(estimator, X, y, supervised), X);
    set_num_threads(threads);
    EXPECT_TRUE(serial == first) << "results depend on the thread count";
}

}  // namespace tabula::testing
