#include "tabula/ml/preprocessing/function_transformer.hpp"

#include <algorithm>
#include <cmath>
#include <variant>

#include "../invalid_parameter.hpp"
#include "tabula/core/error.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {

struct FeatureFunction::Impl {
    std::string name;
    std::variant<OnFrame, OnArray> function;
};

FeatureFunction::FeatureFunction(std::string name, OnFrame function)
    : impl_(std::make_shared<const Impl>(Impl{std::move(name), std::move(function)})) {}

FeatureFunction::FeatureFunction(std::string name, OnArray function)
    : impl_(std::make_shared<const Impl>(Impl{std::move(name), std::move(function)})) {}

const std::string& FeatureFunction::name() const noexcept {
    return impl_->name;
}

Features FeatureFunction::operator()(const Features& X,
                                     const std::vector<std::string>& names) const {
    if (const auto* on_frame = std::get_if<OnFrame>(&impl_->function)) {
        return Features((*on_frame)(X.frame()), X.has_feature_names());
    }
    const NDArray<double> result = std::get<OnArray>(impl_->function)(X.to_numpy());
    if (result.ndim() != 2) {
        std::string message = "FunctionTransformer's function '";
        message += impl_->name;
        message += "' returned a ";
        message += std::to_string(result.ndim());
        message += "-d array; a 2-d (n_samples, n_features) array is expected";
        throw ValueError(message);
    }
    const std::int64_t width = result.shape()[1];
    const std::vector<std::string> columns =
        static_cast<std::int64_t>(names.size()) == width ? names : positional_feature_names(width);
    DataFrame frame = DataFrame::from_numpy(result, columns);
    if (frame.num_rows() == X.num_rows()) {
        std::vector<Column> values;
        for (std::int64_t j = 0; j < width; ++j)
            values.push_back(frame.column(static_cast<std::size_t>(j)));
        frame = DataFrame(columns, std::move(values), X.frame().index());
    }
    return Features(std::move(frame), X.has_feature_names());
}

FeatureNamesOut::FeatureNamesOut(std::string option) : name_(std::move(option)) {}

FeatureNamesOut::FeatureNamesOut(std::string name, Function function)
    : name_(std::move(name)), function_(std::make_shared<const Function>(std::move(function))) {}

void FeatureNamesOut::check() const {
    if (function_ == nullptr && name_ != "one-to-one") {
        detail::throw_invalid_parameter(FunctionTransformer::name, "feature_names_out",
                                        "a callable, a str among {'one-to-one'} or None",
                                        "'" + name_ + "'");
    }
}

std::vector<std::string> FeatureNamesOut::operator()(
    const std::vector<std::string>& input_features) const {
    return function_ ? (*function_)(input_features) : input_features;
}

namespace {

constexpr std::string_view parameter_names[] = {"func", "inverse_func", "validate", "check_inverse",
                                                "feature_names_out"};

ParamValue name_or_none(const auto& held) {
    return held ? ParamValue(held->name()) : ParamValue();
}

// set_params of a callable parameter: None clears it, its own name keeps it.
void set_function(std::optional<FeatureFunction>& held, std::string_view parameter,
                  const ParamValue& value) {
    if (value.is_none()) {
        held.reset();
        return;
    }
    const auto* text = std::get_if<std::string>(&value.storage());
    if (held && text != nullptr && *text == held->name()) return;
    std::string message = "The '";
    message += parameter;
    message += "' parameter of FunctionTransformer holds a C++ callable: set_params accepts None ";
    message += held ? "or its current name '" + held->name() + "'" : std::string("only");
    message += "; set a new callable in FunctionTransformerParams. Got ";
    message += value.repr();
    message += '.';
    throw TypeError(message);
}

// Every step-th row, as scikit-learn's check_inverse samples X[::max(1, n // 100)].
std::vector<std::int64_t> sampled_rows(std::int64_t rows) {
    const std::int64_t step = std::max<std::int64_t>(1, rows / 100);
    std::vector<std::int64_t> out;
    for (std::int64_t i = 0; i < rows; i += step) out.push_back(i);
    return out;
}

// np.allclose(a, b) with rtol=1e-7, atol=1e-9; NaN is never close; shapes must agree.
bool all_close(const NDArray<double>& a, const NDArray<double>& b) {
    if (a.shape() != b.shape()) return false;
    const std::vector<double> x = a.to_vector();
    const std::vector<double> y = b.to_vector();
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!(std::fabs(x[i] - y[i]) <= 1e-9 + 1e-7 * std::fabs(y[i]))) return false;
    }
    return true;
}

// check_array of X: its numeric values as float64 columns, named and indexed as X.
Features validated(const Features& X) {
    const NumericColumns columns(X, FunctionTransformer::name);
    std::vector<Column> out;
    for (std::int64_t j = 0; j < columns.num_columns(); ++j) {
        FloatColumnBuilder column(columns.num_rows());
        std::copy(columns.column(j).begin(), columns.column(j).end(), column.values);
        out.push_back(std::move(column).finish());
    }
    return make_output(X, X.frame().columns(), std::move(out));
}

}  // namespace

ParamMap FunctionTransformer::get_params(bool) const {
    ParamMap out;
    out.add("func", name_or_none(params_.func));
    out.add("inverse_func", name_or_none(params_.inverse_func));
    out.add("validate", params_.validate);
    out.add("check_inverse", params_.check_inverse);
    out.add("feature_names_out", name_or_none(params_.feature_names_out));
    return out;
}

FunctionTransformer& FunctionTransformer::set_params(std::string_view name,
                                                     const ParamValue& value) {
    const auto [head, rest] = detail::split_nested(name);
    const auto set_bool = [&](bool& field) {
        if (!detail::param_from(value, field)) {
            detail::throw_param_type(FunctionTransformer::name, head, "bool", value);
        }
    };
    // No parameter here is an estimator, so a nested name ("func__x") is never valid.
    const bool plain = rest.empty();
    if (plain && head == "func") {
        set_function(params_.func, head, value);
    } else if (plain && head == "inverse_func") {
        set_function(params_.inverse_func, head, value);
    } else if (plain && head == "validate") {
        set_bool(params_.validate);
    } else if (plain && head == "check_inverse") {
        set_bool(params_.check_inverse);
    } else if (plain && head == "feature_names_out") {
        const auto* text = std::get_if<std::string>(&value.storage());
        auto& held = params_.feature_names_out;
        if (value.is_none()) {
            held.reset();
        } else if (text == nullptr) {
            detail::throw_param_type(FunctionTransformer::name, head, "str", value);
        } else if (!(held && held->is_callable() && held->name() == *text)) {
            held = FeatureNamesOut(*text);
        }
    } else {
        detail::throw_invalid_param(
            repr(), head,
            std::vector<std::string>(std::begin(parameter_names), std::end(parameter_names)));
    }
    return *this;
}

std::string FunctionTransformer::repr() const {
    return detail::estimator_repr(FunctionTransformer::name, get_params(false));
}

FunctionTransformerModel FunctionTransformer::fit(const Features& X) const {
    return FunctionTransformerModel(params_, X);
}

FunctionTransformerModel::FunctionTransformerModel(const FunctionTransformerParams& params,
                                                   const Features& X)
    : ModelBase(std::string(FunctionTransformer::name), X), params_(params) {
    if (params.feature_names_out) params.feature_names_out->check();
    const Features input = params.validate ? validated(X) : X;
    if (!params.check_inverse || !params.func || !params.inverse_func) return;
    for (std::int64_t j = 0; j < input.num_features(); ++j) {
        const DType dtype = input.frame().column(static_cast<std::size_t>(j)).dtype();
        if (dtype == DType::String || dtype == DType::Categorical) {
            throw ValueError(
                "'check_inverse' is only supported when all the elements in `X` is numerical.");
        }
    }
    const Features sample = input.take(sampled_rows(input.num_rows()));
    const Features round_trip = inverse_transform_features(transform_features(sample));
    inverse_check_ = all_close(sample.to_numpy(), round_trip.to_numpy());
}

std::vector<std::string> FunctionTransformerModel::get_feature_names_out() const {
    if (!params_.feature_names_out) throw_no_attribute("get_feature_names_out");
    return (*params_.feature_names_out)(input_feature_names());
}

Features FunctionTransformerModel::apply(const std::optional<FeatureFunction>& function,
                                         const Features& X,
                                         const std::vector<std::string>& names) const {
    const Features input = params_.validate ? validated(X) : X;
    if (!function) return input;
    return (*function)(input, names);
}

Features FunctionTransformerModel::transform_features(const Features& X) const {
    if (params_.validate) check_features(X);
    return apply(params_.func, X,
                 params_.feature_names_out ? get_feature_names_out() : std::vector<std::string>{});
}

// The inverse's array output is named as the fitted input.
Features FunctionTransformerModel::inverse_transform_features(const Features& Xt) const {
    return apply(params_.inverse_func, Xt, input_feature_names());
}

}  // namespace tabula
