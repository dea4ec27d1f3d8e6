// DESIGN.md's ColumnTransformer (SimpleImputer(median) + StandardScaler on the numerics,
// OneHotEncoder(handle_unknown="ignore") on city and employment_type) against scikit-learn
// 1.2.1 on rows of data/users.csv (tests/fixtures/ml/compose/column_transformer).
#include <gtest/gtest.h>

#include <optional>

#include "../../support/fixtures.hpp"
#include "tabula/ml/compose/column_transformer.hpp"
#include "tabula/ml/impute/simple_imputer.hpp"
#include "tabula/ml/preprocessing/one_hot_encoder.hpp"
#include "tabula/ml/preprocessing/standard_scaler.hpp"
#include "tabula/ml/preprocessing/target_encoder.hpp"

namespace tabula {
namespace {

const std::string kDir = "ml/compose/column_transformer/";

// The fixture's train or test rows: age|income|credit_score|city|employment_type.
DataFrame users(const std::string& part) {
    std::vector<std::vector<std::optional<double>>> numbers(3);
    std::vector<std::vector<std::optional<std::string>>> texts(2);
    for (const auto& fields : testing::fixture_rows(kDir + "users.txt", part)) {
        for (std::size_t j = 0; j < 3; ++j) {
            const auto& f = fields[j + 1];
            numbers[j].push_back(f.empty() ? std::nullopt : std::optional(std::stod(f)));
        }
        for (std::size_t j = 0; j < 2; ++j) {
            const auto& f = fields[j + 4];
            texts[j].push_back(f.empty() ? std::nullopt : std::optional(f));
        }
    }
    return DataFrame({{"age", numbers[0]},
                      {"income", numbers[1]},
                      {"credit_score", numbers[2]},
                      {"city", texts[0]},
                      {"employment_type", texts[1]}});
}

// DESIGN.md writes SimpleImputer({.strategy = "median"}); fill_value is spelled out because
// SimpleImputerParams::fill_value has no default member initializer, which
// -Werror=missing-field-initializers rejects in a designated initializer that omits it.
ColumnTransformer design_preprocessor() {
    auto numeric = std::vector<std::string>{"age", "income", "credit_score"};
    auto categorical = std::vector<std::string>{"city", "employment_type"};
    return ColumnTransformer({
        {"num",
         Pipeline({{"impute", SimpleImputer({.strategy = "median", .fill_value = std::nullopt})},
                   {"scale", StandardScaler()}}),
         numeric},
        {"cat", OneHotEncoder({.handle_unknown = "ignore"}), categorical},
    });
}

// The same arithmetic as scikit-learn's (median, NumPy's nansum order, 0/1 indicators), so the
// outputs are compared exactly.
void expect_rows(const DataFrame& actual, const std::string& part) {
    std::int64_t i = 0;
    for (const auto& fields : testing::fixture_rows(kDir + "design.txt", part)) {
        ASSERT_EQ(static_cast<std::int64_t>(fields.size()) - 1, actual.num_columns());
        for (std::size_t j = 1; j < fields.size(); ++j) {
            const Column& column = actual.column(j - 1);
            EXPECT_EQ(column.data<double>()[i], std::stod(fields[j]))
                << part << " row " << i << " column " << actual.columns()[j - 1];
        }
        ++i;
    }
    EXPECT_EQ(i, actual.num_rows());
}

TEST(DesignExample, ColumnTransformerMatchesScikitLearn) {
    const auto head = testing::fixture_rows(kDir + "design.txt", "names")[0];
    const std::vector<std::string> names(head.begin() + 1, head.end());

    const auto [model, fitted] = design_preprocessor().fit_transform_model(users("train"), nullptr);
    EXPECT_EQ(model.get_feature_names_out(), names);
    EXPECT_EQ(fitted.frame().columns(), names);
    std::vector<std::string> indices;
    for (const auto& [name, slice] : model.output_indices()) {
        indices.push_back(name + "|" + std::to_string(*slice.start) + "|" +
                          std::to_string(*slice.stop));
    }
    std::vector<std::string> expected_indices;
    for (const auto& fields : testing::fixture_rows(kDir + "design.txt", "output_indices")) {
        expected_indices.push_back(fields[1] + "|" + fields[2] + "|" + fields[3]);
    }
    EXPECT_EQ(indices, expected_indices);
    expect_rows(fitted.frame(), "fit");
    expect_rows(model.transform(users("test")), "transform");
}

// TargetEncoder inside a ColumnTransformer inside a Pipeline is fitted with its cross-fitted
// fit_transform_model: the next step is fitted on that output, not on fit + transform's.
TEST(DesignExample, TargetEncoderCrossFitsInsideCompositions) {
    const DataFrame X = users("train")[{"city", "employment_type"}];
    std::vector<std::int64_t> labels;
    for (std::int64_t i = 0; i < X.num_rows(); ++i) labels.push_back(i % 3 == 0 ? 1 : 0);
    const Series y(labels);
    const TargetEncoder encoder({.random_state = 0});
    const Pipeline pipeline(
        {{"pre", ColumnTransformer({{"te", encoder, {"city", "employment_type"}}})},
         {"scale", StandardScaler()}});
    const PipelineModel model = pipeline.fit(X, y);

    const auto [direct, cross_fitted] = encoder.fit_transform_model(X, y);
    const auto expected = StandardScaler().fit(cross_fitted);
    EXPECT_EQ(model["scale"].as<StandardScalerModel>().mean(), expected.mean());
    const auto plain = StandardScaler().fit(direct.transform(X));
    EXPECT_NE(model["scale"].as<StandardScalerModel>().mean(), plain.mean());
    // Afterwards the fitted encoder transforms with its full-data encodings.
    EXPECT_TRUE(model["pre"].transform(X).to_numpy().to_vector() ==
                direct.transform(X).to_numpy().to_vector());
}

}  // namespace
}  // namespace tabula
