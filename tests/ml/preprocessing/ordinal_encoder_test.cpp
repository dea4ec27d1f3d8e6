#include "tabula/ml/preprocessing/ordinal_encoder.hpp"

#include <gtest/gtest.h>

#include "../support/check_estimator.hpp"
#include "encoder_cases.hpp"

namespace tabula {
namespace {

using testing::EncoderCase;

class OrdinalEncoderFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(OrdinalEncoderFixture, MatchesScikitLearn) {
    const EncoderCase c(GetParam());
    OrdinalEncoder encoder(OrdinalEncoderParams{.categories = c.categories()});
    c.set_params(encoder);
    const auto error = c.error();
    const auto fitted = testing::fit_checking_categories(c, encoder);
    if (!fitted) return;
    const auto& model = *fitted;
    const auto names = c.first("names");
    EXPECT_EQ(model.get_feature_names_out(),
              std::vector<std::string>(names->begin() + 1, names->end()));
    const Features X = c.transform_X();
    if (error && (*error)[1] == "transform") {
        testing::expect_sklearn_error([&] { (void)model.transform_features(X); }, *error);
        return;
    }
    const DataFrame out = model.transform_features(X).frame();
    const DataFrame as_float = [&] {
        std::vector<Column> columns;
        for (std::size_t j = 0; j < out.columns().size(); ++j) {
            columns.push_back(out.column(j).astype(DType::Float64));
        }
        return DataFrame(out.columns(), columns);
    }();
    testing::expect_output(c, as_float);
    const auto inverse = c.all("inverse");
    if (inverse.empty()) return;
    const DataFrame back = model.inverse_transform(Features(as_float));
    for (const auto& r : inverse) {
        const auto j = std::stoul(r[1]);
        EXPECT_EQ(testing::tokens_of(back.column(j)),
                  std::vector<std::string>(r.begin() + 2, r.end()))
            << c.file << " inverse feature " << j;
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, OrdinalEncoderFixture,
                         ::testing::Values("ord_bad_handle_unknown", "ord_basic", "ord_category",
                                           "ord_encoded_missing_used", "ord_given_categories",
                                           "ord_int_dtype", "ord_int_dtype_missing", "ord_missing",
                                           "ord_missing_encoded", "ord_unknown_error",
                                           "ord_unknown_nan", "ord_unknown_value",
                                           "ord_unknown_value_used", "ord_unknown_value_without"));

TEST(OrdinalEncoder, Conformance) {
    testing::check_estimator(OrdinalEncoder(), {.allow_nan = true});
    testing::check_estimator(
        OrdinalEncoder({.handle_unknown = "use_encoded_value", .unknown_value = -1.0}),
        {.allow_nan = true});
}

TEST(OrdinalEncoder, InverseOfACodeWithoutCategory) {
    const DataFrame X({{"city", std::vector<std::string>{"Oslo", "Rome"}}});
    const auto model = OrdinalEncoder().fit(X);
    const DataFrame codes({{"city", std::vector<double>{0.0, 7.0}}});
    testing::expect_sklearn_error(
        [&] { (void)model.inverse_transform(codes); },
        {"error", "inverse", "IndexError", "index 7 is out of bounds for axis 0 with size 2"});
    testing::expect_sklearn_error(
        [&] {
            (void)model.inverse_transform(
                DataFrame({{"a", std::vector<double>{0}}, {"b", std::vector<double>{0}}}));
        },
        {"error", "inverse", "ValueError",
         "Shape of the passed X data is not correct. Expected 1 columns, got 2."});
}

TEST(OrdinalEncoder, ArrayInput) {
    const auto X = NDArray<double>({3.0, 1.0, 2.0, 1.0}, Shape{4, 1});
    const auto model = OrdinalEncoder().fit(X);
    EXPECT_EQ(model.get_feature_names_out(), std::vector<std::string>{"x0"});
    EXPECT_EQ(model.transform(X).to_vector(), (std::vector<double>{2.0, 0.0, 1.0, 0.0}));
}

}  // namespace
}  // namespace tabula
