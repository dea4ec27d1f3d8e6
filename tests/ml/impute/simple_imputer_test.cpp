#include "tabula/ml/impute/simple_imputer.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>

#include "../../support/fixtures.hpp"
#include "../support/check_estimator.hpp"
#include "impute_fixtures.hpp"

namespace tabula {
namespace {

using testing::ImputeCase;

SimpleImputer imputer(const std::string& strategy, bool add_indicator = false) {
    SimpleImputerParams params;
    params.strategy = strategy;
    params.add_indicator = add_indicator;
    return SimpleImputer(params);
}

SimpleImputerParams params_of(const ImputeCase& c) {
    SimpleImputerParams params;
    params.strategy = c.head[2];
    const std::string& fill = c.head[3];
    if (fill.rfind("num:", 0) == 0) params.fill_value = std::stod(fill.substr(4));
    if (fill.rfind("str:", 0) == 0) params.fill_value = fill.substr(4);
    params.add_indicator = c.head[4] == "1";
    params.keep_empty_features = c.head[5] == "1";
    return params;
}

// The statistics are the same arithmetic as NumPy's (pairwise nansum over the count for "mean",
// the middle values for "median", the smallest mode), so every value is compared bit for bit.
TEST(SimpleImputer, MatchesScikitLearnOnEveryStrategy) {
    const auto cases = testing::impute_cases("ml/impute/simple/simple_imputer.txt", "case");
    ASSERT_GT(cases.size(), 20U);
    for (const auto& c : cases) {
        SCOPED_TRACE(c.head[1]);
        const SimpleImputer imputer(params_of(c));
        if (!c.error.empty()) {
            try {
                (void)imputer.fit(c.train).transform(c.test);
                ADD_FAILURE() << "no exception";
            } catch (const ValueError& e) {
                EXPECT_EQ(std::string(e.what()).rfind(c.error, 0), 0U) << e.what();
            }
            continue;
        }
        const auto model = imputer.fit(c.train);
        for (std::size_t j = 0; j < c.stat.size(); ++j) {
            const auto& text = model.text_statistics()[j];
            if (text) {
                EXPECT_EQ(*text, c.stat[j]) << "statistic " << j;
            } else {
                testing::expect_values(std::vector<double>{model.statistics()[j]}, {c.stat[j]},
                                       "statistic " + std::to_string(j));
            }
        }
        EXPECT_EQ(model.get_feature_names_out(), c.names);
        testing::expect_frame(model.transform(c.test), c.names, c.out);
    }
}

TEST(SimpleImputer, ArraysKeepPositionalNames) {
    const NDArray<double> X({1.0, NAN, 3.0, NAN, 5.0, NAN}, {3, 2});
    const auto model = imputer("mean", true).fit(X);
    EXPECT_EQ(model.get_feature_names_out(),
              (std::vector<std::string>{"x0", "missingindicator_x1"}));
    const NDArray<double> out = model.transform(X);
    EXPECT_EQ(out.shape(), (Shape{3, 2}));
    EXPECT_EQ(out.to_vector(), (std::vector<double>{1.0, 1.0, 3.0, 1.0, 5.0, 1.0}));
}

// On a C-ordered array scikit-learn's mean adds each column row after row (not pairwise as on a
// frame); the fixture's data rounds differently in the two orders, so this checks the order.
TEST(SimpleImputer, MeanOfAnArrayMatchesScikitLearn) {
    const std::string file = "ml/impute/simple/simple_imputer_array.txt";
    const auto shape = testing::fixture_rows(file, "shape").front();
    auto values = testing::fixture_rows(file, "x").front();
    values.erase(values.begin());
    std::vector<double> x;
    for (const auto& v : values) x.push_back(testing::parse_value<double>(v));
    const NDArray<double> X(x, {std::stoll(shape[1]), std::stoll(shape[2])});
    for (const bool keep_empty : {false, true}) {
        SCOPED_TRACE(keep_empty);
        auto stat = testing::fixture_rows(file, keep_empty ? "stat_keep_empty" : "stat").front();
        stat.erase(stat.begin());
        const auto model = SimpleImputer({.keep_empty_features = keep_empty}).fit(X);
        testing::expect_values(model.statistics(), stat, "statistics");
        const NDArray<double> out = model.transform(X);
        const std::int64_t d = X.shape()[1];
        const std::int64_t kept = keep_empty ? d : d - 1;  // feature 0 has no value
        ASSERT_EQ(out.shape(), (Shape{X.shape()[0], kept}));
        for (std::int64_t i = 0; i < X.shape()[0]; ++i) {
            for (std::int64_t j = d - kept; j < d; ++j) {
                const double v = x[static_cast<std::size_t>(i * d + j)];
                EXPECT_EQ(out.at({i, j - (d - kept)}),
                          std::isnan(v) ? model.statistics()[static_cast<std::size_t>(j)] : v);
            }
        }
        const NDArray<double> fused =
            SimpleImputer({.keep_empty_features = keep_empty}).fit_transform(X);
        EXPECT_EQ(fused.shape(), out.shape());
        EXPECT_EQ(fused.to_vector(), out.to_vector());
    }
}

// Arrays past 32 MB are written with streaming stores when their width is even, and fit_transform
// faults the output in while it sums: both must give NumPy's row-order means and every value.
TEST(SimpleImputer, LargeArraysFitTransformToTheRowOrderMeans) {
    const std::int64_t rows = 250'000;
    for (const std::int64_t d : {18, 17}) {
        SCOPED_TRACE(d);
        NDArray<double> X = NDArray<double>::empty({rows, d});
        std::vector<double> sum(static_cast<std::size_t>(d), 0.0);
        std::vector<double> count(static_cast<std::size_t>(d), 0.0);
        for (std::int64_t i = 0; i < rows; ++i) {
            for (std::int64_t j = 0; j < d; ++j) {
                const bool gap = (i + 3 * j) % 10 == 0;
                const double v = gap ? NAN : std::sin(static_cast<double>(i * d + j)) * 1e3 / 7;
                X.data()[i * d + j] = v;
                if (gap) continue;
                sum[static_cast<std::size_t>(j)] += v;
                count[static_cast<std::size_t>(j)] += 1;
            }
        }
        const NDArray<double> out = SimpleImputer().fit_transform(X);
        ASSERT_EQ(out.shape(), X.shape());
        std::int64_t wrong = 0;
        for (std::int64_t i = 0; i < rows; ++i) {
            for (std::int64_t j = 0; j < d; ++j) {
                const double v = X.data()[i * d + j];
                const auto c = static_cast<std::size_t>(j);
                wrong += out.data()[i * d + j] != (std::isnan(v) ? sum[c] / count[c] : v);
            }
        }
        EXPECT_EQ(wrong, 0);
        X.data()[(rows - 1) * d + 2] = -INFINITY;
        testing::expect_error<ValueError>(
            [&] { (void)SimpleImputer().fit_transform(X); },
            "Input X contains infinity or a value too large for dtype('float64') (column 'x2', "
            "row " +
                std::to_string(rows - 1) + ").");
    }
}

TEST(SimpleImputer, ArraysWithInfinityAreRejectedWithTheirPlace) {
    const NDArray<double> X({{1.0, 2.0}, {NAN, 3.0}, {4.0, INFINITY}});
    const std::string message =
        "Input X contains infinity or a value too large for dtype('float64') (column 'x1', row "
        "2).";
    testing::expect_error<ValueError>([&] { (void)SimpleImputer().fit(X); }, message);
    const auto model = SimpleImputer().fit(NDArray<double>({{1.0, 2.0}, {NAN, 3.0}}));
    testing::expect_error<ValueError>([&] { (void)model.transform(X); }, message);
    EXPECT_EQ(model.transform(NDArray<double>({{NAN, -1.0}})).to_vector(),
              (std::vector<double>{1.0, -1.0}));
}

TEST(SimpleImputer, RejectsBadInput) {
    const DataFrame X({{"a", {1.0, NAN}}, {"b", {2.0, 3.0}}});
    testing::expect_error<ValueError>(
        [&] { (void)imputer("mode").fit(X); },
        "The 'strategy' parameter of SimpleImputer must be a str among {'constant', 'mean', "
        "'median', 'most_frequent'}. Got 'mode' instead.");
    testing::expect_error<ValueError>(
        [&] {
            (void)SimpleImputer().fit(DataFrame({{"a", {1.0, INFINITY}}}));
        },
        "Input X contains infinity or a value too large for dtype('float64') (column 'a', row "
        "1).");
    testing::expect_error<ValueError>(
        [&] { (void)SimpleImputer().fit(X.head(0)); },
        "Found array with 0 sample(s) (shape=(0, 2)) while a minimum of 1 is required by "
        "SimpleImputer.");
    testing::expect_error<ValueError>(
        [&] {
            (void)imputer("constant")
                .set_params("fill_value", 1.0)
                .fit(DataFrame({{"city", {"Oslo", "Rome"}}}));
        },
        "'fill_value'=1.0 is invalid. Expected a str value when imputing text data (column "
        "'city')");
    const auto model = SimpleImputer().fit(X);
    testing::expect_error<ValueError>(
        [&] {
            (void)model.transform(DataFrame({{"a", {1.0, 2.0}}, {"b", {NAN, -INFINITY}}}));
        },
        "Input X contains infinity or a value too large for dtype('float64') (column 'b', row "
        "1).");
    testing::expect_error<ValueError>(
        [&] {
            (void)model.transform(DataFrame({{"a", {1.0}}}));
        },
        "The feature names should match those that were passed during fit.\nFeature names seen "
        "at fit time, yet now missing:\n- b\n");
}

TEST(SimpleImputer, NullsInTextAndIntColumnsAreMissing) {
    const DataFrame X(
        {{"city", ColumnValues(std::vector<std::optional<std::string>>{"Rome", std::nullopt, "Oslo",
                                                                       "Rome"})},
         {"n", ColumnValues(std::vector<std::optional<std::int64_t>>{1, 2, std::nullopt, 2})}});
    const DataFrame out = imputer("most_frequent").fit_transform(X);
    EXPECT_EQ(out["city"].text(1), "Rome");
    EXPECT_EQ(out["n"].value(2), 2.0);
    EXPECT_EQ(out["n"].dtype(), DType::Float64);
    // A float64 column's null and NaN are both gaps; a null's bits play no part.
    const DataFrame floats({{"f", ColumnValues(std::vector<std::optional<double>>{
                                      1.5, std::nullopt, NAN, 3.5, std::nullopt})}});
    const auto model = SimpleImputer().fit(floats);
    EXPECT_EQ(model.statistics(), (std::vector<double>{2.5}));
    const DataFrame filled = model.transform(floats);
    EXPECT_FALSE(filled["f"].column().has_nulls());
    for (std::int64_t i = 0; i < 5; ++i) {
        EXPECT_EQ(filled["f"].value(i), (std::vector<double>{1.5, 2.5, 2.5, 3.5, 2.5})[i]);
    }
}

// Texts are counted by chunks of rows merged in order: a tie between a text seen first and a
// smaller one seen chunks later goes to the smaller, as Counter.most_common and sorted() do.
TEST(SimpleImputer, MostFrequentTextBreaksTiesAcrossChunksBySmallestText) {
    std::vector<std::optional<std::string>> texts;
    for (const char* text : {"b", "a", "c"}) {
        for (int i = 0; i < 70000; ++i) texts.emplace_back(text);
    }
    texts.pop_back();
    for (std::size_t i = 0; i < texts.size(); i += 1000) texts[i] = std::nullopt;
    const auto mode = [](const std::vector<std::optional<std::string>>& rows) {
        const Column column = Column::from_optional_strings(rows);
        const auto text = imputer("most_frequent").fit(DataFrame({{"t", column}}));
        const auto categorical =
            imputer("most_frequent").fit(DataFrame({{"t", column.astype(DType::Categorical)}}));
        EXPECT_EQ(text.text_statistics(), categorical.text_statistics());
        return text.text_statistics().at(0);
    };
    EXPECT_EQ(mode(texts), "a");
    texts.emplace_back("c");
    EXPECT_EQ(mode(texts), "a");
    texts.emplace_back("c");
    EXPECT_EQ(mode(texts), "c");
}

TEST(SimpleImputer, PassesTheEstimatorChecks) {
    for (const char* strategy : {"mean", "median", "most_frequent", "constant"}) {
        testing::check_estimator(imputer(strategy, true), testing::allowing_nan());
    }
}

}  // namespace
}  // namespace tabula
