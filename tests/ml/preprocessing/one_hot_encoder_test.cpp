#include "tabula/ml/preprocessing/one_hot_encoder.hpp"

#include <gtest/gtest.h>

#include "../support/check_estimator.hpp"
#include "encoder_cases.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula {
namespace {

using testing::EncoderCase;

class OneHotEncoderFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(OneHotEncoderFixture, MatchesScikitLearn) {
    const EncoderCase c(GetParam());
    OneHotEncoder encoder(OneHotEncoderParams{.categories = c.categories()});
    c.set_params(encoder);
    const auto error = c.error();
    const auto fitted = testing::fit_checking_categories(c, encoder);
    if (!fitted) return;
    const auto& model = *fitted;
    const auto infrequent = model.infrequent_categories();
    std::size_t with_infrequent = 0;
    for (const auto& r : c.all("infrequent")) {
        const auto j = std::stoul(r[1]);
        ASSERT_TRUE(infrequent.at(j).has_value()) << c.file;
        EXPECT_EQ(testing::tokens_of(infrequent[j]->column()),
                  std::vector<std::string>(r.begin() + 2, r.end()));
        ++with_infrequent;
    }
    for (const auto& f : infrequent) with_infrequent -= f.has_value() ? 1 : 0;
    EXPECT_EQ(with_infrequent, 0u) << c.file;
    if (const auto drops = c.first("drop_idx")) {
        ASSERT_EQ(model.drop_idx().size() + 1, drops->size());
        for (std::size_t j = 0; j < model.drop_idx().size(); ++j) {
            const auto& want = (*drops)[j + 1];
            const auto& got = model.drop_idx()[j];
            EXPECT_EQ(got ? std::to_string(*got) : std::string("none"), want) << c.file;
        }
    } else {
        EXPECT_TRUE(model.drop_idx().empty());
    }
    const auto names = c.first("names");
    EXPECT_EQ(model.get_feature_names_out(),
              std::vector<std::string>(names->begin() + 1, names->end()));
    const Features X = c.transform_X();
    if (error && (*error)[1] == "transform") {
        testing::expect_sklearn_error([&] { (void)model.transform_features(X); }, *error);
        return;
    }
    const Features Xt = model.transform_features(X);
    testing::expect_output(c, Xt.frame());
    EXPECT_EQ(Xt.frame().columns(), model.get_feature_names_out());
    if (error && (*error)[1] == "inverse") {
        testing::expect_sklearn_error([&] { (void)model.inverse_transform(Xt); }, *error);
        return;
    }
    const auto inverse = c.all("inverse");
    if (inverse.empty()) return;
    const DataFrame back = model.inverse_transform(Xt);
    for (const auto& r : inverse) {
        const auto j = std::stoul(r[1]);
        EXPECT_EQ(testing::tokens_of(back.column(j)),
                  std::vector<std::string>(r.begin() + 2, r.end()))
            << c.file << " inverse feature " << j;
    }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, OneHotEncoderFixture,
    ::testing::Values("ohe_array", "ohe_bad_drop", "ohe_bad_handle_unknown",
                      "ohe_bad_max_categories", "ohe_bad_min_frequency",
                      "ohe_bad_min_frequency_int", "ohe_basic", "ohe_category_bool",
                      "ohe_drop_first", "ohe_drop_if_binary", "ohe_drop_ignore_unknown",
                      "ohe_drop_list", "ohe_drop_missing", "ohe_given_categories",
                      "ohe_given_unknown", "ohe_given_unsorted", "ohe_infrequent_drop",
                      "ohe_infrequent_drop_first", "ohe_infrequent_if_exist",
                      "ohe_infrequent_missing", "ohe_max_categories", "ohe_max_categories_one",
                      "ohe_min_frequency_float", "ohe_min_frequency_int", "ohe_missing",
                      "ohe_unknown_error", "ohe_unknown_ignore", "ohe_unknown_nan"));

DataFrame cities() {
    return DataFrame({{"city", std::vector<std::string>{"Oslo", "Rome", "Oslo"}},
                      {"level", std::vector<std::int64_t>{1, 2, 1}}});
}

TEST(OneHotEncoder, Conformance) {
    testing::check_estimator(OneHotEncoder(), {.allow_nan = true});
    testing::check_estimator(OneHotEncoder({.handle_unknown = "ignore", .min_frequency = 3}),
                             {.allow_nan = true});
}

TEST(OneHotEncoder, UnknownNamesTheColumn) {
    const auto model = OneHotEncoder().fit(cities());
    const DataFrame other({{"city", std::vector<std::string>{"Rome", "Tokyo"}},
                           {"level", std::vector<std::int64_t>{1, 1}}});
    testing::expect_sklearn_error(
        [&] { (void)model.transform(other); },
        {"error", "transform", "ValueError",
         "Found unknown categories ['Tokyo'] in column 0 during transform (column 'city')"});
}

TEST(OneHotEncoder, InverseOfAllZerosNeedsUnknownsAllowed) {
    const auto model = OneHotEncoder().fit(cities());
    const DataFrame zeros({{"city_Oslo", std::vector<double>{0, 1, 0}},
                           {"city_Rome", std::vector<double>{0, 0, 0}},
                           {"level_1", std::vector<double>{1, 1, 1}},
                           {"level_2", std::vector<double>{0, 0, 0}}});
    testing::expect_sklearn_error(
        [&] { (void)model.inverse_transform(zeros); },
        {"error", "inverse", "ValueError",
         "Samples [0 2] can not be inverted when drop=None and handle_unknown='error' because "
         "they contain all zeros"});
    testing::expect_sklearn_error(
        [&] { (void)model.inverse_transform(zeros[{"city_Oslo"}]); },
        {"error", "inverse", "ValueError",
         "Shape of the passed X data is not correct. Expected 4 columns, got 1."});
}

TEST(OneHotEncoder, CategoricalAndStringColumnsAgree) {
    std::vector<std::string> values;
    for (int i = 0; i < 200000; ++i) {
        std::string value = "c";
        value += std::to_string((i * 7919) % 50);
        values.push_back(value);
    }
    const Column text = Column::from_strings(values);
    const DataFrame as_text({"city"}, {text});
    const DataFrame as_category({"city"}, {text.astype(DType::Categorical)});
    const auto model = OneHotEncoder().fit(as_text);
    const DataFrame a = model.transform(as_text);
    const DataFrame b = OneHotEncoder().fit(as_category).transform(as_category);
    ASSERT_EQ(a.columns().size(), 50u);
    EXPECT_EQ(a.columns(), b.columns());
    for (std::size_t j = 0; j < a.columns().size(); ++j) {
        EXPECT_TRUE(a.column(j).equals(b.column(j))) << a.columns()[j];
    }
    EXPECT_EQ(a.columns()[0], "city_c0");
    EXPECT_EQ(a.columns()[1], "city_c1");
    EXPECT_EQ(a.columns()[2], "city_c10");
}

// fit_transform finds each row's category in the pass that finds the categories; its output and
// model must be those of fit followed by transform, whatever the parameters and column types.
TEST(OneHotEncoder, FitTransformEqualsFitThenTransform) {
    const std::int64_t n = 100000;  // two chunks of rows for the fit
    std::vector<std::optional<std::string>> text(static_cast<std::size_t>(n));
    std::vector<std::optional<double>> numbers(static_cast<std::size_t>(n));
    std::vector<std::int64_t> levels(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        const auto k = static_cast<std::size_t>(i);
        const std::int64_t h = (i * 2654435761) % 1000003;
        // Later chunks hold values the first ones lack; some values are rare.
        if (h % 17 != 0) {
            std::string value = "v";
            value += std::to_string(h % (i < 70000 ? 30 : 45));
            text[k] = value;
        }
        if (h % 13 != 0) numbers[k] = static_cast<double>(h % 7) - 2.5;
        if (h % 11 == 0) numbers[k] = std::nan("");
        levels[k] = h % 1009 == 0 ? 99 : h % 4;
    }
    const Column city = Column::from_optional_strings(text);
    const DataFrame X({"city", "dict", "x", "level"},
                      {city, city.astype(DType::Categorical), Column::from_optionals(numbers),
                       Column::from_vector(levels)});
    const std::vector<OneHotEncoderParams> cases = {
        {},
        {.handle_unknown = "ignore"},
        {.drop = "first", .dtype = "int32"},
        {.drop = "if_binary", .dtype = "bool"},
        {.dtype = "float32", .handle_unknown = "infrequent_if_exist", .min_frequency = 3000},
        {.handle_unknown = "ignore", .max_categories = 4},
        {.categories = std::vector<CategoryList>{std::vector<std::string>{"v1", "v3", "v40"},
                                                 std::vector<std::string>{"v2", "v7"},
                                                 std::vector<double>{-2.5, 0.5},
                                                 std::vector<double>{0, 1, 2, 3}},
         .handle_unknown = "ignore"},
    };
    for (std::size_t c = 0; c < cases.size(); ++c) {
        SCOPED_TRACE("case " + std::to_string(c));
        const OneHotEncoder encoder(cases[c]);
        const auto [model, Xt] = encoder.fit_transform_model(X, nullptr);
        const auto fitted = encoder.fit(X);
        const DataFrame expected = fitted.transform(X);
        const DataFrame& got = Xt.frame();
        ASSERT_EQ(got.columns(), expected.columns());
        for (std::size_t j = 0; j < got.columns().size(); ++j) {
            EXPECT_TRUE(got.column(j).equals(expected.column(j))) << got.columns()[j];
        }
        EXPECT_TRUE(model.transform(X).equals(expected));
        ASSERT_EQ(model.categories().size(), fitted.categories().size());
        for (std::size_t j = 0; j < model.categories().size(); ++j) {
            EXPECT_TRUE(model.categories()[j].column().equals(fitted.categories()[j].column()));
        }
        EXPECT_EQ(model.drop_idx(), fitted.drop_idx());
        EXPECT_TRUE(encoder.fit_transform(X).equals(expected));
    }
}

TEST(OneHotEncoder, OutputDtype) {
    const auto model = OneHotEncoder({.dtype = "int64"}).fit(cities());
    const DataFrame out = model.transform(cities());
    EXPECT_EQ(out.column(0).dtype(), DType::Int64);
    EXPECT_EQ(out.column(0).data<std::int64_t>()[0], 1);
    testing::expect_sklearn_error(
        [&] { (void)OneHotEncoder({.dtype = "float"}).fit(cities()); },
        {"error", "fit", "TypeError", "data type 'float' not understood"});
}

TEST(OneHotEncoder, ParamsByName) {
    OneHotEncoder e;
    e.set_params("min_frequency", 0.25).set_params("drop", "first");
    EXPECT_EQ(e.repr(), OneHotEncoder({.drop = "first", .min_frequency = 0.25}).repr());
    EXPECT_TRUE(e == OneHotEncoder({.drop = "first", .min_frequency = 0.25}));
}

}  // namespace
}  // namespace tabula
