#pragma once
// scikit-learn 1.3's TargetEncoder: each category replaced by a shrunk mean of the target over
// its rows, mixed with the global mean (Micci-Barreca's empirical Bayes with smooth="auto", or a
// fixed smooth). fit_transform is cross-fitted, as scikit-learn's: each row is encoded by the
// encodings learnt on the other folds (KFold for a continuous y, StratifiedKFold for a binary
// one, shuffled with random_state), so fit(X, y).transform(X) differs from fit_transform(X, y).
// Pipelines and ColumnTransformers call the cross-fitted fit_transform_model when they fit.
//   auto [model, Xt] = TargetEncoder({.random_state = 0}).fit_transform_model(df[{"city"}], y);
// Differences: scikit-learn 1.4's target_type="multiclass" is not implemented (a multiclass y is
// a ValueError, as in 1.3); the message for it follows scikit-learn 1.4's wording.
#include <cstdint>
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
struct FeatureCategories;
struct TargetFit;
}  // namespace encoders

struct TargetEncoderParams {
    // "auto" (std::nullopt) or a list per feature; see category_lists.hpp.
    CategoriesParam categories = std::nullopt;
    std::string target_type = "auto";  // "auto", "continuous", "binary"
    // "auto" or a float >= 0.
    std::variant<std::string, double> smooth = std::string("auto");
    std::int64_t cv = 5;
    bool shuffle = true;
    // None draws a fresh seed for each fit_transform, as scikit-learn's None does.
    std::optional<std::int64_t> random_state = std::nullopt;

    static constexpr auto fields() {
        return std::tuple{param("cv", &TargetEncoderParams::cv),
                          param("random_state", &TargetEncoderParams::random_state),
                          param("shuffle", &TargetEncoderParams::shuffle),
                          param("smooth", &TargetEncoderParams::smooth),
                          param("target_type", &TargetEncoderParams::target_type)};
    }
    bool operator==(const TargetEncoderParams& other) const;
};

class TargetEncoderModel;

class TargetEncoder : public EstimatorBase<TargetEncoder, TargetEncoderParams> {
  public:
    static constexpr std::string_view name = "TargetEncoder";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    // Encodings learnt on all of X. ValueError for a multiclass y ("Unknown label type: Target
    // type was inferred to be 'multiclass'. Only ('binary', 'continuous') are supported."), for
    // NaN in y, for X and y of different lengths.
    TargetEncoderModel fit(const Features& X, const Target& y) const;
    // The model of fit(X, y) and X encoded by cross fitting.
    std::pair<TargetEncoderModel, Features> fit_transform_model(const Features& X,
                                                                const Target& y) const;
    DataFrame fit_transform(const DataFrame& X, const Target& y) const;
    NDArray<double> fit_transform(const NDArray<double>& X, const Target& y) const;
};

class TargetEncoderModel final : public ModelBase, public TransformMethods<TargetEncoderModel> {
  public:
    TargetEncoderModel(const TargetEncoderParams& params, const Features& X, const Target& y);

    // categories_, encodings_ (one value per category), target_type_ ("binary" or
    // "continuous"), target_mean_.
    const std::vector<Series>& categories() const noexcept { return categories_; }
    const std::vector<std::vector<double>>& encodings() const noexcept { return encodings_; }
    const std::string& target_type() const noexcept { return target_type_; }
    double target_mean() const noexcept { return target_mean_; }
    // classes_ of a binary target; empty for a continuous one (scikit-learn's None).
    Series classes() const override { return classes_; }

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    std::vector<std::string> get_feature_names_out() const override {
        return input_feature_names();
    }
    // Each category's encoding; unknown categories get target_mean().
    Features transform_features(const Features& X) const override;

  private:
    friend class TargetEncoder;
    // From the categories, codes and encoded y that fit_transform_model also cross-fits with.
    TargetEncoderModel(const Features& X, const encoders::TargetFit& fit);

    std::shared_ptr<const std::vector<encoders::FeatureCategories>> features_;
    std::vector<Series> categories_;
    std::vector<std::vector<double>> encodings_;
    std::string target_type_;
    double target_mean_ = 0.0;
    Series classes_;
};

}  // namespace tabula
