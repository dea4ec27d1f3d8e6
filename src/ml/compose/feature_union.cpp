#include "tabula/ml/compose/feature_union.hpp"

#include <algorithm>

#include "composition.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {
namespace {

// FeatureUnion's parameters that a transformer may not be named after (scikit-learn's n_jobs and
// verbose are not kept; transformer_weights is set through the options only).
const std::vector<std::string>& reserved_names() {
    static const std::vector<std::string> names = {"transformer_list", "transformer_weights"};
    return names;
}

// scikit-learn's `res * weight`: every column as float64, times the weight.
Features weighted(const Features& output, double weight) {
    const NumericColumns columns(output, FeatureUnion::name, MissingValues::AllowNan);
    std::vector<Column> out;
    out.reserve(static_cast<std::size_t>(columns.num_columns()));
    for (std::int64_t j = 0; j < columns.num_columns(); ++j) {
        const auto values = columns.column(j);
        FloatColumnBuilder result(columns.num_rows());
        for (std::size_t i = 0; i < values.size(); ++i) result.values[i] = values[i] * weight;
        out.push_back(std::move(result).finish());
    }
    return make_output(output, output.frame().columns(), std::move(out));
}

}  // namespace

FeatureUnion::FeatureUnion(std::vector<NamedEstimator> transformer_list,
                           FeatureUnionOptions options)
    : transformer_list_(std::move(transformer_list)), options_(std::move(options)) {
    validate();
}

void FeatureUnion::validate() const {
    if (transformer_list_.empty()) {
        throw ValueError("A FeatureUnion needs at least one transformer, got none");
    }
    const auto names = compose::step_names(transformer_list_);
    compose::validate_names(names, reserved_names());
    for (const auto& step : transformer_list_) {
        compose::validate_transformer(step.estimator, {"drop", "passthrough"},
                                      "All estimators should implement fit and transform.", "");
    }
    for (const auto& [name, weight] : options_.transformer_weights) {
        if (std::find(names.begin(), names.end(), name) == names.end()) {
            throw ValueError("Attempting to weight transformer \"" + name +
                             "\", but it is not present in transformer_list.");
        }
    }
}

std::string FeatureUnion::repr() const {
    std::string out =
        "FeatureUnion(transformer_list=" + compose::named_steps_repr(transformer_list_);
    out += ", transformer_weights=";
    if (options_.transformer_weights.empty()) return out + "none)";
    out += "{";
    for (std::size_t i = 0; i < options_.transformer_weights.size(); ++i) {
        if (i > 0) out += ", ";
        const auto& [name, weight] = options_.transformer_weights[i];
        out += "{\"" + name + "\", " + float_repr(weight) + "}";
    }
    return out + "})";
}

ParamMap FeatureUnion::get_params(bool deep) const {
    return compose::named_step_params("transformer_list", transformer_list_, deep);
}

FeatureUnion& FeatureUnion::set_params(std::string_view name, const ParamValue& value) {
    compose::change_or_restore(*this, [&] {
        compose::set_named_step_param(transformer_list_, name, value, FeatureUnion::name,
                                      "transformer_list", [this] { return repr(); });
        validate();
    });
    return *this;
}

FeatureUnionModel FeatureUnion::fit(const Features& X) const {
    return fit_transform_model(X, nullptr).first;
}

FeatureUnionModel FeatureUnion::fit(const Features& X, const Target& y) const {
    return fit_transform_model(X, &y).first;
}

std::pair<FeatureUnionModel, Features> FeatureUnion::fit_transform_model(const Features& X,
                                                                         const Target* y) const {
    validate();
    const auto n = transformer_list_.size();
    std::vector<double> weights(n, 1.0);
    for (std::size_t i = 0; i < n; ++i) {
        for (const auto& [name, weight] : options_.transformer_weights) {
            if (name == transformer_list_[i].name) weights[i] = weight;
        }
    }
    std::vector<std::optional<compose::Fitted>> results(n);
    compose::for_each_parallel(static_cast<std::int64_t>(n), [&](std::int64_t k) {
        const auto i = static_cast<std::size_t>(k);
        const StepEstimator& step = transformer_list_[i].estimator;
        if (step.keyword() == "drop") return;
        results[i] = compose::fit_transform_step(step, X, y);
        if (weights[i] != 1.0) results[i]->output = weighted(results[i]->output, weights[i]);
    });
    std::vector<FeatureUnionModel::Fitted> fitted;
    std::vector<std::string> active_names;
    std::vector<Features> outputs;
    for (std::size_t i = 0; i < n; ++i) {
        fitted.push_back({transformer_list_[i].name, std::nullopt, weights[i]});
        if (!results[i]) continue;
        fitted.back().model = std::move(results[i]->model);
        active_names.push_back(transformer_list_[i].name);
        outputs.push_back(std::move(results[i]->output));
    }
    auto names = compose::output_names(active_names, outputs, true);
    Features output = compose::hstack(X, outputs, names);
    return {FeatureUnionModel(X, std::move(fitted), std::move(names)), std::move(output)};
}

FeatureUnion make_union(std::vector<StepEstimator> transformers) {
    const auto names = compose::name_estimators(transformers);
    std::vector<NamedEstimator> named;
    for (std::size_t i = 0; i < transformers.size(); ++i) {
        named.push_back({names[i], std::move(transformers[i])});
    }
    return FeatureUnion(std::move(named));
}

FeatureUnionModel::FeatureUnionModel(const Features& X, std::vector<Fitted> transformers,
                                     std::vector<std::string> feature_names_out)
    : ModelBase(std::string(FeatureUnion::name), X),
      transformers_(std::move(transformers)),
      feature_names_out_(std::move(feature_names_out)) {}

std::map<std::string, Model> FeatureUnionModel::named_transformers() const {
    return compose::models_by_name(transformers_);
}

Features FeatureUnionModel::transform_features(const Features& X) const {
    check_features(X);
    const auto active = compose::with_model(transformers_);
    std::vector<Features> outputs(active.size(), X);
    compose::for_each_parallel(static_cast<std::int64_t>(active.size()), [&](std::int64_t i) {
        const Fitted& t = *active[static_cast<std::size_t>(i)];
        Features output = t.model->interface().transform_features(X);
        if (t.weight != 1.0) output = weighted(output, t.weight);
        outputs[static_cast<std::size_t>(i)] = std::move(output);
    });
    return compose::hstack(X, outputs, feature_names_out_);
}

}  // namespace tabula
