#include "tabula/ml/preprocessing/target_encoder.hpp"

#include <gtest/gtest.h>

#include "../support/check_estimator.hpp"
#include "encoder_cases.hpp"

namespace tabula {
namespace {

using testing::EncoderCase;

Target target_of(const std::vector<std::string>& tokens) {
    bool text = false;
    bool integral = true;
    for (const auto& t : tokens) {
        text = text || (t.find_first_not_of("-0123456789.e") != std::string::npos);
        integral = integral && t.find('.') == std::string::npos;
    }
    if (text) return Target(tokens);
    if (integral) {
        std::vector<std::int64_t> v;
        for (const auto& t : tokens) v.push_back(std::stoll(t));
        return Target(v);
    }
    std::vector<double> v;
    for (const auto& t : tokens) v.push_back(std::stod(t));
    return Target(v);
}

TargetEncoder estimator_of(const EncoderCase& c) {
    TargetEncoder encoder(TargetEncoderParams{.categories = c.categories()});
    for (const auto& r : c.all("param")) {
        if (r[1] == "shuffle") encoder.set_params("shuffle", r[3] == "True");
        if (r[1] == "random_state" && r[2] == "int") {
            encoder.set_params("random_state", static_cast<std::int64_t>(std::stoll(r[3])));
        }
        if (r[1] == "cv") encoder.set_params("cv", static_cast<std::int64_t>(std::stoll(r[3])));
        if (r[1] == "target_type") encoder.set_params("target_type", r[3]);
        if (r[1] == "smooth") {
            if (r[2] == "str") {
                encoder.set_params("smooth", r[3]);
            } else {
                encoder.set_params("smooth", std::stod(r[3]));
            }
        }
    }
    return encoder;
}

// The NumPy re-implementation sums in the same order as the Cython loops and as this code, and
// np.mean / np.var are the array module's: the values agree exactly.
void expect_rows(const EncoderCase& c, const std::string& kind, const DataFrame& out) {
    const auto rows = c.all(kind);
    ASSERT_EQ(static_cast<std::int64_t>(rows.size()), out.num_rows()) << c.file << " " << kind;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        for (std::size_t j = 0; j + 1 < rows[i].size(); ++j) {
            EXPECT_EQ(out.column(j).data<double>()[i], std::stod(rows[i][j + 1]))
                << c.file << " " << kind << " row " << i << " col " << j;
        }
    }
}

class TargetEncoderFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(TargetEncoderFixture, MatchesScikitLearn13) {
    const EncoderCase c(GetParam());
    const TargetEncoder encoder = estimator_of(c);
    const auto y_tokens = *c.first("y");
    const Target y = target_of({y_tokens.begin() + 1, y_tokens.end()});
    const Features X = c.fit_X();
    if (const auto error = c.error()) {
        testing::expect_sklearn_error([&] { (void)encoder.fit(X, y); }, *error);
        return;
    }
    const auto model = encoder.fit(X, y);
    EXPECT_EQ(model.target_type(), (*c.first("target_type"))[1]);
    EXPECT_EQ(model.target_mean(), std::stod((*c.first("target_mean"))[1]));
    for (const auto& r : c.all("category")) {
        const auto j = std::stoul(r[1]);
        EXPECT_EQ(testing::tokens_of(model.categories().at(j).column()),
                  std::vector<std::string>(r.begin() + 2, r.end()));
    }
    for (const auto& r : c.all("encoding")) {
        const auto j = std::stoul(r[1]);
        ASSERT_EQ(model.encodings().at(j).size() + 2, r.size());
        for (std::size_t k = 0; k < model.encodings()[j].size(); ++k) {
            EXPECT_EQ(model.encodings()[j][k], std::stod(r[k + 2])) << c.file << " " << j;
        }
    }
    expect_rows(c, "out", model.transform_features(c.transform_X()).frame());
    if (c.first("cross")) {
        const auto [fitted, Xt] = encoder.fit_transform_model(X, y);
        EXPECT_EQ(fitted.encodings(), model.encodings());
        expect_rows(c, "cross", Xt.frame());
        // Through the erased Estimator, as a Pipeline fits it.
        const auto [erased, Xt2] = Estimator(encoder).fit_transform(X, &y);
        EXPECT_TRUE(Xt2.frame().equals(Xt.frame()));
        EXPECT_EQ(erased.estimator_name(), "TargetEncoder");
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, TargetEncoderFixture,
                         ::testing::Values("target_bad_cv", "target_bad_smooth",
                                           "target_binary_auto", "target_binary_ints",
                                           "target_binary_smooth", "target_continuous_auto",
                                           "target_continuous_smooth", "target_few_rows",
                                           "target_given_categories", "target_missing",
                                           "target_multiclass", "target_no_shuffle"));

TEST(TargetEncoder, ByHand) {
    // city a: y 1, 3; city b: y 5. Global mean 3, np.var 8/3.
    const DataFrame X({{"city", std::vector<std::string>{"a", "a", "b"}}});
    const Target y(std::vector<double>{1.0, 3.0, 5.0});
    // Three integral values are "multiclass" to type_of_target: continuous is asked for.
    const auto smooth = TargetEncoder({.target_type = "continuous", .smooth = 1.0}).fit(X, y);
    // (1 + 3 + 1 * 3) / (2 + 1) and (5 + 3) / (1 + 1).
    EXPECT_DOUBLE_EQ(smooth.encodings()[0][0], 7.0 / 3.0);
    EXPECT_DOUBLE_EQ(smooth.encodings()[0][1], 4.0);
    const auto automatic = TargetEncoder({.target_type = "continuous"}).fit(X, y);
    // a: mean 2, squared deviations 2, lambda = (8/3 * 2) / (8/3 * 2 + 2 / 2) = 16/19.
    EXPECT_DOUBLE_EQ(automatic.encodings()[0][0], 16.0 / 19.0 * 2.0 + 3.0 / 19.0 * 3.0);
    // b: one row, no deviation: lambda 1.
    EXPECT_DOUBLE_EQ(automatic.encodings()[0][1], 5.0);
    const DataFrame unseen({{"city", std::vector<std::string>{"z"}}});
    EXPECT_EQ(automatic.transform(unseen).column(0).data<double>()[0], 3.0);
}

TEST(TargetEncoder, Conformance) {
    testing::check_estimator(TargetEncoder({.random_state = 0}),
                             {.supervised = true, .allow_nan = true});
}

TEST(TargetEncoder, Errors) {
    const DataFrame X({{"city", std::vector<std::string>{"a", "b"}}});
    testing::expect_sklearn_error(
        [&] {
            (void)TargetEncoder().fit(X, Target(std::vector<double>{1.0, 2.0, 3.0}));
        },
        {"error", "fit", "ValueError",
         "Found input variables with inconsistent numbers of samples: [2, 3]"});
    testing::expect_sklearn_error(
        [&] {
            (void)TargetEncoder({.target_type = "multiclass"})
                .fit(X, Target(std::vector<double>{1.0, 2.0}));
        },
        {"error", "fit", "ValueError",
         "The 'target_type' parameter of TargetEncoder must be a str among {'auto', 'binary', "
         "'continuous'}. Got 'multiclass' instead."});
    testing::expect_sklearn_error(
        [&] {
            (void)TargetEncoder().fit(X, Target(std::vector<double>{1.5, std::nan("")}));
        },
        {"error", "fit", "ValueError", "Input y contains NaN."});
}

}  // namespace
}  // namespace tabula
