#pragma once
// scikit-learn's ColumnTransformer: each transformer fitted on its own columns of X (in parallel;
// the outputs always side by side in the order given), the columns no transformer names handled
// by `remainder`. The output is dense (a frame sharing the transformers' columns), so
// scikit-learn's `sparse_threshold` is not a parameter; nor are `n_jobs` and `verbose` (the
// transformers run on tabula's threads, set_num_threads). `transformer_weights` is not
// supported.
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/ml/compose/pipeline.hpp"

namespace tabula {

// make_column_selector's arguments. dtypes are pandas' select_dtypes spellings: "number",
// "integer", "floating", "bool", "object" (text), "category", "datetime", or a dtype name
// ("int64", "float64", ...); pattern is a regular expression searched in the column names.
struct ColumnSelectorOptions {
    std::vector<std::string> dtype_include = {};
    std::vector<std::string> dtype_exclude = {};
    std::optional<std::string> pattern = std::nullopt;
    friend bool operator==(const ColumnSelectorOptions&, const ColumnSelectorOptions&) = default;
};

// scikit-learn's make_column_selector: picks a frame's columns by dtype and name pattern.
class ColumnSelector {
  public:
    explicit ColumnSelector(ColumnSelectorOptions options) : options_(std::move(options)) {}
    // The selected names in X's order. ValueError "make_column_selector can only be applied to
    // pandas dataframes" for an array; TypeError "data type 'foo' not understood".
    std::vector<std::string> operator()(const Features& X) const;
    const ColumnSelectorOptions& options() const noexcept { return options_; }
    // make_column_selector(dtype_include={"number"}, pattern="^a")
    std::string repr() const;
    friend bool operator==(const ColumnSelector&, const ColumnSelector&) = default;

  private:
    ColumnSelectorOptions options_;
};

ColumnSelector make_column_selector(ColumnSelectorOptions options = {});

// The columns a transformer receives: names, positions (negative ones count from the end), or a
// column selector. An empty list selects nothing (the transformer is then not fitted).
class ColumnSpec {
  public:
    ColumnSpec() = default;
    ColumnSpec(std::vector<std::string> names) : spec_(std::move(names)) {}  // NOLINT
    ColumnSpec(std::initializer_list<std::string> names)                     // NOLINT
        : spec_(std::vector<std::string>(names)) {}
    ColumnSpec(std::vector<std::int64_t> positions) : spec_(std::move(positions)) {}  // NOLINT
    ColumnSpec(std::initializer_list<std::int64_t> positions)                         // NOLINT
        : spec_(std::vector<std::int64_t>(positions)) {}
    ColumnSpec(ColumnSelector selector) : spec_(std::move(selector)) {}  // NOLINT

    // The positions of the selected columns in X, in the order given. Errors as scikit-learn:
    // KeyError "A given column is not a column of the dataframe: 'agee' (closest column:
    // 'age')", ValueError "all features must be in [0, 3] or [-4, 0]", ValueError "Specifying
    // the columns using strings is only supported for pandas DataFrames".
    std::vector<std::int64_t> resolve(const Features& X) const;
    // {"age", "income"}, {0, 2} or the selector's repr.
    std::string repr() const;
    friend bool operator==(const ColumnSpec&, const ColumnSpec&) = default;

  private:
    std::variant<std::vector<std::string>, std::vector<std::int64_t>, ColumnSelector> spec_;
};

// {"num", StandardScaler(), {"age", "income"}}; the transformer may be "drop" or "passthrough".
struct ColumnTransformerStep {
    std::string name;
    StepEstimator transformer;
    ColumnSpec columns;
    friend bool operator==(const ColumnTransformerStep&, const ColumnTransformerStep&) = default;
};

struct ColumnTransformerOptions {
    // "drop", "passthrough" or a transformer, for the columns no transformer selects.
    StepEstimator remainder = "drop";
    // Output names "num__age" (true) or the transformers' own names (which must then be unique).
    bool verbose_feature_names_out = true;
    friend bool operator==(const ColumnTransformerOptions&,
                           const ColumnTransformerOptions&) = default;
};

class ColumnTransformerModel;

class ColumnTransformer : public EstimatorTag, public CompositeFitTransform<ColumnTransformer> {
  public:
    static constexpr std::string_view name = "ColumnTransformer";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;

    // ValueError for repeated names, names with "__" or equal to a parameter; TypeError for a
    // transformer that cannot transform or a keyword other than "drop"/"passthrough"; ValueError
    // for a bad remainder (scikit-learn's wording).
    explicit ColumnTransformer(std::vector<ColumnTransformerStep> transformers,
                               ColumnTransformerOptions options = {});

    const std::vector<ColumnTransformerStep>& transformers() const noexcept {
        return transformers_;
    }
    const ColumnTransformerOptions& options() const noexcept { return options_; }
    std::string repr() const;
    // "transformers" (their names), "remainder", "verbose_feature_names_out", then each
    // transformer by name and (deep) "name__param", "remainder__param".
    ParamMap get_params(bool deep = true) const;
    // A transformer by name (an estimator, "drop" or "passthrough"), "name__param", "remainder",
    // "remainder__param", "verbose_feature_names_out". ValueError for an unknown name.
    ColumnTransformer& set_params(std::string_view name, const ParamValue& value);

    // Fitting computes the output too (as scikit-learn's fit calls fit_transform): the output
    // names and widths are part of the model.
    ColumnTransformerModel fit(const Features& X) const;
    ColumnTransformerModel fit(const Features& X, const Target& y) const;
    std::pair<ColumnTransformerModel, Features> fit_transform_model(const Features& X,
                                                                    const Target* y) const;

    friend bool operator==(const ColumnTransformer& a, const ColumnTransformer& b) {
        return a.transformers_ == b.transformers_ && a.options_ == b.options_;
    }
    friend std::ostream& operator<<(std::ostream& out, const ColumnTransformer& c) {
        return out << c.repr();
    }

  private:
    void validate() const;
    std::vector<ColumnTransformerStep> transformers_;
    ColumnTransformerOptions options_;
};

// scikit-learn's make_column_transformer: transformers named as make_pipeline names steps.
struct UnnamedColumnTransformerStep {
    StepEstimator transformer;
    ColumnSpec columns;
};
ColumnTransformer make_column_transformer(std::vector<UnnamedColumnTransformerStep> transformers,
                                          ColumnTransformerOptions options = {});

// A fitted ColumnTransformer.
class ColumnTransformerModel final : public ModelBase,
                                     public TransformMethods<ColumnTransformerModel> {
  public:
    // scikit-learn's transformers_: every transformer given, then "remainder" when columns are
    // left over. `model` is empty for "drop" and for an empty selection; "passthrough" holds a
    // model named "passthrough" returning its input.
    struct Fitted {
        std::string name;
        std::optional<Model> model;
        std::vector<std::int64_t> columns;  // positions in the fitted X
    };

    ColumnTransformerModel(const Features& X, std::vector<Fitted> transformers,
                           std::vector<std::string> feature_names_out,
                           std::vector<std::pair<std::string, Slice>> output_indices);

    const std::vector<Fitted>& transformers() const noexcept { return transformers_; }
    // The fitted transformers by name (the dropped ones are absent).
    std::map<std::string, Model> named_transformers() const;
    // Which output columns each transformer made (start, stop); every name and "remainder"
    // appear, an empty slice (0, 0) for one that made none, as scikit-learn's output_indices_.
    const std::vector<std::pair<std::string, Slice>>& output_indices() const noexcept {
        return output_indices_;
    }

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    // "num__age", "cat__city_Oslo", "remainder__x".
    std::vector<std::string> get_feature_names_out() const override { return feature_names_out_; }
    // Fitted on a frame and given a frame, columns are found by name (others are ignored;
    // ValueError "columns are missing: {'age'}"); otherwise by position, after the count check.
    Features transform_features(const Features& X) const override;

  private:
    std::vector<Fitted> transformers_;
    std::vector<std::string> feature_names_out_;
    std::vector<std::pair<std::string, Slice>> output_indices_;
};

}  // namespace tabula
