#pragma once
// scikit-learn's OrdinalEncoder (1.2): each feature's value replaced by its category's position
// among the sorted categories (a missing value is a category of its own unless
// encoded_missing_value says otherwise).
//   auto model = OrdinalEncoder({.handle_unknown = "use_encoded_value", .unknown_value = -1})
//                    .fit(df[{"city"}]);
// "Found unknown categories" lists the values sorted (scikit-learn lists a Python set in hash
// order) and names the column.
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "tabula/ml/estimator.hpp"
#include "tabula/ml/preprocessing/category_lists.hpp"

namespace tabula {

namespace encoders {
struct FeatureCategories;
}

struct OrdinalEncoderParams {
    // "auto" (std::nullopt) or a list per feature; see category_lists.hpp.
    CategoriesParam categories = std::nullopt;
    // The output columns' dtype: "float64" (scikit-learn's np.float64), "float32", "int64",
    // "int32".
    std::string dtype = "float64";
    std::string handle_unknown = "error";  // "error" or "use_encoded_value"
    // An integer or NaN with handle_unknown="use_encoded_value"; None otherwise.
    std::optional<double> unknown_value = std::nullopt;
    // An integer or NaN (np.nan, the default).
    double encoded_missing_value = std::nan("");

    static constexpr auto fields() {
        return std::tuple{
            param("dtype", &OrdinalEncoderParams::dtype),
            param("encoded_missing_value", &OrdinalEncoderParams::encoded_missing_value),
            param("handle_unknown", &OrdinalEncoderParams::handle_unknown),
            param("unknown_value", &OrdinalEncoderParams::unknown_value)};
    }
    // NaN equals NaN here, so a clone equals its original.
    bool operator==(const OrdinalEncoderParams& other) const;
};

class OrdinalEncoderModel;

class OrdinalEncoder : public EstimatorBase<OrdinalEncoder, OrdinalEncoderParams>,
                       public FitTransformMethods<OrdinalEncoder> {
  public:
    static constexpr std::string_view name = "OrdinalEncoder";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    // scikit-learn's fit-time errors: TypeError "unknown_value should only be set when
    // handle_unknown is 'use_encoded_value', got -1.", ValueError "The used value for
    // unknown_value 1 is one of the values already used for encoding the seen categories.",
    // "There are missing values in features [0]. For OrdinalEncoder to encode missing values with
    // dtype: int64, ...", "encoded_missing_value (1) is already used to encode a known category
    // in features: ['city']".
    OrdinalEncoderModel fit(const Features& X) const;
};

class OrdinalEncoderModel final : public ModelBase, public TransformMethods<OrdinalEncoderModel> {
  public:
    OrdinalEncoderModel(const OrdinalEncoderParams& params, const Features& X);

    // categories_ (the missing category last, null or NaN).
    const std::vector<Series>& categories() const noexcept { return categories_; }

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    std::vector<std::string> get_feature_names_out() const override {
        return input_feature_names();
    }
    Features transform_features(const Features& X) const override;
    // The categories back; null for unknown_value. IndexError for a code with no category.
    DataFrame inverse_transform(const Features& Xt) const;

  private:
    OrdinalEncoderParams params_;
    std::shared_ptr<const std::vector<encoders::FeatureCategories>> features_;
    std::vector<Series> categories_;
};

}  // namespace tabula
