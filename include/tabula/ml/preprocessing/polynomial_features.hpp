#pragma once
// scikit-learn's PolynomialFeatures: every product of the features up to `degree` (or between
// degree = {min, max}), in scikit-learn's column order and with its arithmetic order, so values
// match bit for bit. NaN is rejected, as scikit-learn's. `order` ("C" or "F") is validated but
// only chooses NumPy's memory layout there; tabula's output is columnar either way.
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <variant>
#include <vector>

#include "tabula/ml/estimator.hpp"

namespace tabula {

struct PolynomialFeaturesParams {
    // An int, or a list {min_degree, max_degree} (scikit-learn's tuple).
    std::variant<std::int64_t, std::vector<double>> degree = std::int64_t{2};
    bool interaction_only = false;
    bool include_bias = true;
    std::string order = "C";

    static constexpr auto fields() {
        return std::tuple{param("degree", &PolynomialFeaturesParams::degree),
                          param("interaction_only", &PolynomialFeaturesParams::interaction_only),
                          param("include_bias", &PolynomialFeaturesParams::include_bias),
                          param("order", &PolynomialFeaturesParams::order)};
    }
    bool operator==(const PolynomialFeaturesParams&) const = default;
};

class PolynomialFeaturesModel;

class PolynomialFeatures : public EstimatorBase<PolynomialFeatures, PolynomialFeaturesParams>,
                           public FitTransformMethods<PolynomialFeatures> {
  public:
    static constexpr std::string_view name = "PolynomialFeatures";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    // ValueError with scikit-learn's texts for a negative degree, a reversed {min, max}, an empty
    // output (degree 0 without bias) and an order other than "C" or "F".
    PolynomialFeaturesModel fit(const Features& X) const;
};

class PolynomialFeaturesModel final : public ModelBase,
                                      public TransformMethods<PolynomialFeaturesModel> {
  public:
    PolynomialFeaturesModel(const PolynomialFeaturesParams& params, const Features& X);

    // scikit-learn's n_output_features_ and powers_: (n_output_features, n_features_in), the
    // exponent of each input feature in each output feature.
    std::int64_t n_output_features() const noexcept { return n_output_features_; }
    NDArray<std::int64_t> powers() const;

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    // "1", "age", "age^2", "age income", ... (x0, x1, ... for an array).
    std::vector<std::string> get_feature_names_out() const override;
    Features transform_features(const Features& X) const override;

  private:
    // Output column `out` = column `source` of the full output times input feature `feature`.
    struct Product {
        std::int64_t out;
        std::int64_t source;
        std::int64_t feature;
    };

    bool include_bias_ = true;
    std::int64_t max_degree_ = 0;
    std::int64_t n_output_features_ = 0;
    // Columns of the output with min_degree 0 (scikit-learn's _n_out_full), and their products.
    std::int64_t n_out_full_ = 0;
    std::vector<Product> products_;
    // Rows of powers_, one per output column.
    std::vector<std::vector<std::int64_t>> powers_;
};

}  // namespace tabula
