#include "tabula/ml/preprocessing/label_encoder.hpp"

#include <gtest/gtest.h>

#include "encoder_cases.hpp"

namespace tabula {
namespace {

using testing::EncoderCase;

Target target_of(const std::vector<std::string>& tokens, const std::string& kind) {
    if (kind == "label_strings") return Target(tokens);
    if (kind == "label_ints") {
        std::vector<std::int64_t> v;
        for (const auto& t : tokens) v.push_back(std::stoll(t));
        return Target(v);
    }
    std::vector<double> v;
    for (const auto& t : tokens) v.push_back(std::stod(t));
    return Target(v);
}

class LabelEncoderFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(LabelEncoderFixture, MatchesScikitLearn) {
    const EncoderCase c(GetParam());
    const auto fields = [&](const std::string& kind) {
        const auto r = *c.first(kind);
        return std::vector<std::string>(r.begin() + 1, r.end());
    };
    const Target y = target_of(fields("fit"), GetParam());
    const auto model = LabelEncoder().fit(y);
    EXPECT_EQ(testing::tokens_of(model.classes().column()), fields("classes"));
    EXPECT_EQ(testing::tokens_of(model.transform(y).column()), fields("codes"));
    EXPECT_EQ(testing::tokens_of(LabelEncoder().fit_transform(y).column()), fields("codes"));
    const Target y_new = target_of(fields("transform"), GetParam());
    for (const auto& e : c.all("error")) {
        auto error = e;
        error[3] = testing::unescape(error[3]);
        if (e[1] == "transform") {
            testing::expect_sklearn_error([&] { (void)model.transform(y_new); }, error);
        }
    }
    if (c.first("new_codes")) {
        EXPECT_EQ(testing::tokens_of(model.transform(y_new).column()), fields("new_codes"));
    }
    std::vector<std::int64_t> codes;
    for (const auto& t : fields("inverse_codes")) codes.push_back(std::stoll(t));
    if (c.first("inverse")) {
        EXPECT_EQ(testing::tokens_of(model.inverse_transform(codes).column()), fields("inverse"));
    } else {
        for (const auto& e : c.all("error")) {
            if (e[1] == "inverse") {
                testing::expect_sklearn_error([&] { (void)model.inverse_transform(codes); }, e);
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Cases, LabelEncoderFixture,
                         ::testing::Values("label_strings", "label_ints", "label_floats"));

TEST(LabelEncoder, KeepsTheIndexAndRejectsNaN) {
    const Series y(Column::from_strings({"b", "a", "b"}), "y",
                   Index(Column::from_vector(std::vector<std::int64_t>{10, 20, 30})));
    const Series codes = LabelEncoder().fit_transform(y);
    EXPECT_EQ(codes.dtype(), DType::Int64);
    EXPECT_EQ(codes.index().size(), 3);
    EXPECT_EQ(codes.name(), "y");
    testing::expect_sklearn_error(
        [&] {
            (void)LabelEncoder().fit(std::vector<double>{1.0, std::nan("")});
        },
        {"error", "fit", "ValueError", "Input y contains NaN."});
    EXPECT_EQ(LabelEncoder().repr(), "LabelEncoder()");
}

}  // namespace
}  // namespace tabula
