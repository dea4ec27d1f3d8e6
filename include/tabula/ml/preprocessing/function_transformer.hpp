#pragma once
// scikit-learn's FunctionTransformer: applies a user's function to X (and inverse_func in
// inverse_transform). The functions are C++ callables with a name: a FeatureFunction works on a
// DataFrame (it sees column names and dtypes) or on a 2-d float64 NDArray (X's values, row-major).
//
// Parameters holding callables stay printable and comparable: a callable prints as the name it
// was given and is equal only to copies of itself (compared by identity, as Python compares
// functions), so two FunctionTransformers built from separately made callables differ even when
// the names agree. get_params() reports a callable as its name (a str); set_params() accepts for
// it None (no function), its current name (no change) or, for feature_names_out, "one-to-one";
// a new callable is set through the parameter struct.
//
// Omitted from scikit-learn's parameters: accept_sparse (tabula has no sparse input) and
// kw_args / inv_kw_args (a C++ callable captures its arguments). scikit-learn only warns when
// check_inverse finds that the functions are not inverse; tabula has no warnings, so the fitted
// model reports the check's result (inverse_check()).
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tabula/ml/estimator.hpp"

namespace tabula {

class FeatureFunction {
  public:
    using OnFrame = std::function<DataFrame(const DataFrame&)>;
    using OnArray = std::function<NDArray<double>(const NDArray<double>&)>;

    FeatureFunction(std::string name, OnFrame function);
    FeatureFunction(std::string name, OnArray function);

    const std::string& name() const noexcept;
    // The function applied to X: a frame function gets X's frame and its result keeps X's kind
    // of feature names; an array function gets X.to_numpy() and its columns are named `names`
    // when there are as many, else x0, x1, ...
    Features operator()(const Features& X, const std::vector<std::string>& names) const;
    friend bool operator==(const FeatureFunction& a, const FeatureFunction& b) {
        return a.impl_ == b.impl_;
    }

  private:
    struct Impl;
    std::shared_ptr<const Impl> impl_;
};

// feature_names_out: "one-to-one" (the input names) or a named callable from the input feature
// names to the output names (scikit-learn passes the transformer too; a C++ callable captures
// what it needs).
class FeatureNamesOut {
  public:
    using Function = std::function<std::vector<std::string>(const std::vector<std::string>&)>;

    FeatureNamesOut(const char* option) : FeatureNamesOut(std::string(option)) {}  // NOLINT
    FeatureNamesOut(std::string option);                                           // NOLINT
    FeatureNamesOut(std::string name, Function function);

    // The option, or the callable's name.
    const std::string& name() const noexcept { return name_; }
    bool is_callable() const noexcept { return function_ != nullptr; }
    // ValueError with scikit-learn's text for an option other than "one-to-one".
    void check() const;
    std::vector<std::string> operator()(const std::vector<std::string>& input_features) const;
    friend bool operator==(const FeatureNamesOut& a, const FeatureNamesOut& b) {
        return a.name_ == b.name_ && a.function_ == b.function_;
    }

  private:
    std::string name_;
    std::shared_ptr<const Function> function_;
};

struct FunctionTransformerParams {
    // None is the identity.
    std::optional<FeatureFunction> func = std::nullopt;
    std::optional<FeatureFunction> inverse_func = std::nullopt;
    // Check X as scikit-learn's check_array (numbers only, no NaN or infinity, the fitted
    // feature count and names at transform) and pass its float64 values to the functions.
    bool validate = false;
    bool check_inverse = true;
    std::optional<FeatureNamesOut> feature_names_out = std::nullopt;

    bool operator==(const FunctionTransformerParams&) const = default;
};

class FunctionTransformerModel;

class FunctionTransformer : public EstimatorBase<FunctionTransformer, FunctionTransformerParams>,
                            public FitTransformMethods<FunctionTransformer> {
  public:
    static constexpr std::string_view name = "FunctionTransformer";
    static constexpr EstimatorKind kind = EstimatorKind::Transformer;
    using EstimatorBase::EstimatorBase;

    // Parameters by name as the class comment says (callables as their names).
    ParamMap get_params(bool deep = true) const;
    FunctionTransformer& set_params(std::string_view name, const ParamValue& value);
    std::string repr() const;

    FunctionTransformerModel fit(const Features& X) const;
};

class FunctionTransformerModel final : public ModelBase,
                                       public TransformMethods<FunctionTransformerModel> {
  public:
    FunctionTransformerModel(const FunctionTransformerParams& params, const Features& X);

    // With check_inverse and both functions: whether inverse_func(func(X)) came back to X within
    // np.allclose's tolerances on every max(1, n / 100)-th row (scikit-learn warns when not);
    // nullopt when not checked.
    std::optional<bool> inverse_check() const noexcept { return inverse_check_; }

    bool has_method(ModelMethod method) const override { return method == ModelMethod::Transform; }
    // AttributeError without feature_names_out, as scikit-learn's.
    std::vector<std::string> get_feature_names_out() const override;
    Features transform_features(const Features& X) const override;
    Features inverse_transform_features(const Features& Xt) const;
    DataFrame inverse_transform(const DataFrame& Xt) const {
        return inverse_transform_features(Xt).frame();
    }
    NDArray<double> inverse_transform(const NDArray<double>& Xt) const {
        return inverse_transform_features(Xt).to_numpy();
    }

  private:
    // The function (identity when none) on X, checked first with validate; an array result's
    // columns are named `names` when there are as many.
    Features apply(const std::optional<FeatureFunction>& function, const Features& X,
                   const std::vector<std::string>& names) const;

    FunctionTransformerParams params_;
    std::optional<bool> inverse_check_;
};

}  // namespace tabula
