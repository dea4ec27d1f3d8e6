#pragma once
// scikit-learn's OneHotEncoder (1.2): one 0/1 column per category of each feature, categories
// sorted as scikit-learn sorts them (a missing value is a category of its own, last, named
// "city_nan"), rare ones grouped into "city_infrequent_sklearn" by min_frequency/max_categories.
//   auto model = OneHotEncoder({.handle_unknown = "ignore"}).fit(df[{"city"}]);
//   DataFrame Xt = model.transform(df[{"city"}]);     // city_Bergen, city_Oslo, ...
// Differences from scikit-learn: the output is dense (scikit-learn's default sparse_output=True
// CSR matrix has no tabula counterpart; a DataFrame of float64 columns is returned, so
// `sparse`/`sparse_output` are not parameters); the unknown-category UserWarning that
// scikit-learn gives with a `drop` is not emitted; "Found unknown categories" lists the values
// sorted (scikit-learn lists a Python set in hash order) and names the column.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <variant>
#include <vector>

#include "tabula/ml/estimator.hpp"
#include "tabula/ml/preprocessing/category_lists.hpp"

namespace tabula {

namespace encoders {
struct OneHotPlan;
struct FittedFeature;
}  // namespace encoders

struct OneHotEncoderParams {
    // "auto" (std::nullopt) or a list per feature; see category_lists.hpp.
    CategoriesParam categories = std::nullopt;
    // None, "first", "if_binary", or the category to drop in each feature (by its str() text,
    // or by value for numeric features).
    std::optional<std::variant<std::string, std::vector<std::string>, std::vector<double>>> drop =
        std::nullopt;
    // The output columns' dtype: "float64" (scikit-learn's np.float64), "float32", "int64",
    // "int32" or "bool".
    std::string dtype = "float64";
    std::string handle_unknown = "error";  // "error", "ignore", "infrequent_if_exist"
    // An int (count) or a float in (0, 1) (fraction of the training rows).
    std::optional<std::variant<std::int64_t, double>> min_frequency = std::nullopt;
    std::optional<std::int64_t> max_categories = std::nullopt;

    static constexpr auto fields() {
        return std::tuple{param("drop", &OneHotEncoderParams::drop),
                          param("dtype", &OneHotEncoderParams::dtype),
                          param("handle_unknown", &OneHotEncoderParams::handle_unknown),
                          param("max_categories", &OneHotEncoderParams::max_categories),
                          param("min_frequency", &OneHotEncoderParams::min_frequency)};
    }
    bool operator==(const OneHotEncoderParams& other) const;
};

class OneHotEncoderModel;

class OneHotEncoder : public EstimatorBase<OneHotEncoder, OneHotEncoderParams> {
  public:
    static constexpr std::string_view name = "OneHotEncoder";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    // ValueError for invalid parameters (scikit-learn's InvalidParameterError texts), for a
    // given `drop` category absent from the data ("The following categories were supposed to be
    // dropped, but were not found in the training data.\nCategory: x, Feature: 0"), for an
    // infrequent one ("Unable to drop category 'a' from feature 0 because it is infrequent").
    OneHotEncoderModel fit(const Features& X) const;
    // fit(X) and its transform of X, each value looked up once (Pipelines and ColumnTransformers
    // fit through this).
    std::pair<OneHotEncoderModel, Features> fit_transform_model(const Features& X,
                                                                const Target* y) const;
    DataFrame fit_transform(const DataFrame& X) const;
    NDArray<double> fit_transform(const NDArray<double>& X) const;
};

class OneHotEncoderModel final : public ModelBase, public TransformMethods<OneHotEncoderModel> {
  public:
    OneHotEncoderModel(const OneHotEncoderParams& params, const Features& X);

    // categories_: each feature's categories (strings, int64, float64 or bool; the missing
    // category last, null or NaN).
    const std::vector<Series>& categories() const noexcept { return categories_; }
    // drop_idx_: the position in categories() of each feature's dropped category (after
    // infrequent grouping, as scikit-learn), std::nullopt where none is dropped; empty when
    // drop is None.
    const std::vector<std::optional<std::int64_t>>& drop_idx() const noexcept { return drop_idx_; }
    // infrequent_categories_: std::nullopt for a feature without infrequent categories.
    std::vector<std::optional<Series>> infrequent_categories() const;

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    // "city_Oslo", "city_nan", "city_infrequent_sklearn", "x0_1.5" for arrays.
    std::vector<std::string> get_feature_names_out() const override;
    // ValueError "Found unknown categories ['Rome'] in column 0 during transform (column
    // 'city')" when handle_unknown="error".
    Features transform_features(const Features& X) const override;
    // One column per input feature: the category of each row, "infrequent_sklearn" for the
    // infrequent group (the column is then text), null for an unknown (all-zero) row when
    // handle_unknown allows them. ValueError "Shape of the passed X data is not correct.
    // Expected 5 columns, got 4." and scikit-learn's "Samples [0 2] can not be inverted when
    // drop=None and handle_unknown='error' because they contain all zeros".
    DataFrame inverse_transform(const Features& Xt) const;

  private:
    friend class OneHotEncoder;
    // The parameters checked and X's categories found (with each row's code when asked).
    static std::vector<encoders::FittedFeature> fit_features(const OneHotEncoderParams& params,
                                                             const Features& X, bool with_codes);
    OneHotEncoderModel(const OneHotEncoderParams& params, const Features& X,
                       std::vector<encoders::FittedFeature> fitted);
    // The output for X whose rows have these codes (positions in the categories, -1 unknown).
    Features encode(const Features& X, const std::vector<std::vector<std::int32_t>>& codes) const;

    OneHotEncoderParams params_;
    std::shared_ptr<const encoders::OneHotPlan> plan_;
    std::vector<Series> categories_;
    std::vector<std::optional<std::int64_t>> drop_idx_;
};

}  // namespace tabula
