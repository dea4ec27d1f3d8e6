#pragma once
// Test-only estimators for the composition tests: a supervised transformer whose fit_transform
// differs from fit + transform (as TargetEncoder's cross-fitting does), so the tests can see
// which one a composition called.
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "tabula/ml/estimator.hpp"
#include "tabula/ml/labels.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula::testing {

struct TargetShiftParams {
    // Added to the fit_transform output only, to tell it from transform's.
    double fit_transform_offset = 100.0;
    static constexpr auto fields() {
        return std::tuple{param("fit_transform_offset", &TargetShiftParams::fit_transform_offset)};
    }
    bool operator==(const TargetShiftParams&) const = default;
};

// x + mean(y) at transform; x + mean(y) + offset from fit_transform.
class TargetShiftModel final : public ModelBase, public TransformMethods<TargetShiftModel> {
  public:
    TargetShiftModel(const Features& X, double shift)
        : ModelBase("TargetShift", X), shift_(shift) {}
    double shift() const { return shift_; }
    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    std::vector<std::string> get_feature_names_out() const override {
        return input_feature_names();
    }
    Features transform_features(const Features& X) const override { return shifted(X, shift_); }
    Features shifted(const Features& X, double by) const {
        check_features(X);
        const NumericColumns columns(X, "TargetShift", MissingValues::AllowNan);
        std::vector<Column> out;
        for (std::int64_t j = 0; j < columns.num_columns(); ++j) {
            FloatColumnBuilder result(columns.num_rows());
            const auto values = columns.column(j);
            for (std::size_t i = 0; i < values.size(); ++i) result.values[i] = values[i] + by;
            out.push_back(std::move(result).finish());
        }
        return make_output(X, X.frame().columns(), std::move(out));
    }

  private:
    double shift_;
};

class TargetShift : public EstimatorBase<TargetShift, TargetShiftParams> {
  public:
    static constexpr std::string_view name = "TargetShift";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    TargetShiftModel fit(const Features& X, const Target& y) const {
        const auto values = regression_target(y);
        double sum = 0.0;
        for (double v : values) sum += v;
        return TargetShiftModel(X, sum / static_cast<double>(values.size()));
    }
    std::pair<TargetShiftModel, Features> fit_transform_model(const Features& X,
                                                              const Target& y) const {
        TargetShiftModel model = fit(X, y);
        Features output = model.shifted(X, model.shift() + params_.fit_transform_offset);
        return {std::move(model), std::move(output)};
    }
};

}  // namespace tabula::testing
