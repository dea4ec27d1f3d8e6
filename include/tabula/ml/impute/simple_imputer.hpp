#pragma once
// scikit-learn's SimpleImputer: fills missing values of each feature with its mean, median, most
// frequent value or a constant.
//
// Missing means NaN or null in a numeric column and null in a text (string or categorical)
// column; scikit-learn's other missing_values markers are not supported, so that parameter is
// absent, and so are `copy` (inputs are never changed) and the deprecated `verbose`.
// Each column keeps its kind: numeric columns come out float64 and text columns as strings, which
// "most_frequent" and "constant" impute by value as scikit-learn does on object columns. Where
// scikit-learn would turn a frame mixing numbers and text into one object array, the defaults
// follow each column instead: fill_value None is 0 for numeric columns and "missing_value" for
// text ones, and a numeric fill_value for a text column (or a str one for a numeric column) is a
// ValueError rather than a mixed-type column.
// Features without any observed value are dropped (keep_empty_features=false), except with
// "constant", as in scikit-learn 1.2. add_indicator appends scikit-learn's MissingIndicator
// columns ("missingindicator_age") as float64 0/1, as NumPy's hstack with the float output makes
// them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <variant>
#include <vector>

#include "tabula/ml/estimator.hpp"
#include "tabula/ml/impute/missing_indicator.hpp"

namespace tabula {

struct SimpleImputerParams {
    // "mean", "median", "most_frequent" (ties go to the smallest value) or "constant".
    std::string strategy = "mean";
    // The "constant" value; none means 0 (numeric columns) or "missing_value" (text columns).
    std::optional<std::variant<double, std::string>> fill_value = std::nullopt;
    bool add_indicator = false;
    // Impute all-missing features with 0 instead of dropping them.
    bool keep_empty_features = false;

    static constexpr auto fields() {
        return std::tuple{param("strategy", &SimpleImputerParams::strategy),
                          param("fill_value", &SimpleImputerParams::fill_value),
                          param("add_indicator", &SimpleImputerParams::add_indicator),
                          param("keep_empty_features", &SimpleImputerParams::keep_empty_features)};
    }
    bool operator==(const SimpleImputerParams&) const = default;
};

class SimpleImputerModel;

class SimpleImputer : public EstimatorBase<SimpleImputer, SimpleImputerParams> {
  public:
    static constexpr std::string_view name = "SimpleImputer";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    SimpleImputerModel fit(const Features& X) const;
    // fit(X) and its transform of X; for an array and the mean, the output's memory is prepared
    // while the means are summed (Pipelines and ColumnTransformers fit through this).
    std::pair<SimpleImputerModel, Features> fit_transform_model(const Features& X,
                                                                const Target* y) const;
    DataFrame fit_transform(const DataFrame& X) const;
    NDArray<double> fit_transform(const NDArray<double>& X) const;
};

class SimpleImputerModel final : public ModelBase, public TransformMethods<SimpleImputerModel> {
  public:
    SimpleImputerModel(const SimpleImputerParams& params, const Features& X);

    // scikit-learn's statistics_, split by kind: the fill value of each numeric feature (NaN for
    // a dropped one, and for text features), and of each text feature (none for a dropped one,
    // and for numeric features).
    const std::vector<double>& statistics() const noexcept { return statistics_; }
    const std::vector<std::optional<std::string>>& text_statistics() const noexcept {
        return text_statistics_;
    }
    // scikit-learn's indicator_: the MissingIndicator fitted with add_indicator, else null.
    const MissingIndicatorModel* indicator() const noexcept {
        return indicator_ ? &*indicator_ : nullptr;
    }

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    // The kept input features, then the indicator's.
    std::vector<std::string> get_feature_names_out() const override;
    Features transform_features(const Features& X) const override;

  private:
    friend class SimpleImputer;
    // `output`, when given, is the fresh array fit_transform fills next (see row_major_means).
    SimpleImputerModel(const SimpleImputerParams& params, const Features& X,
                       NDArray<double>* output);
    // transform_features writing a C-ordered array into `output` when that has the output's
    // shape, else into memory of its own.
    Features transform_into(const Features& X, NDArray<double> output) const;
    // Takes the numeric features' statistics; NaN ones drop their feature unless kept as 0.
    void keep_statistics(std::vector<double> statistics);

    SimpleImputerParams params_;
    std::vector<std::uint8_t> text_;  // per feature: imputed by value
    std::vector<std::uint8_t> kept_;
    std::vector<double> statistics_;
    std::vector<std::optional<std::string>> text_statistics_;
    std::optional<MissingIndicatorModel> indicator_;
};

}  // namespace tabula
