#include "tabula/ml/compose/column_transformer.hpp"

#include <algorithm>

#include "composition.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

// ColumnTransformer's own parameters (scikit-learn's n_jobs, sparse_threshold,
// transformer_weights and verbose are not kept).
const std::vector<std::string>& own_parameters() {
    static const std::vector<std::string> names = {"remainder", "transformers",
                                                   "verbose_feature_names_out"};
    return names;
}

// One transformer's share of the work: its columns of X.
struct Job {
    std::string name;
    const StepEstimator* step;
    std::vector<std::int64_t> columns;
    bool active() const { return !columns.empty() && step->keyword() != "drop"; }
};

}  // namespace

ColumnTransformer::ColumnTransformer(std::vector<ColumnTransformerStep> transformers,
                                     ColumnTransformerOptions options)
    : transformers_(std::move(transformers)), options_(std::move(options)) {
    validate();
}

void ColumnTransformer::validate() const {
    compose::validate_names(compose::step_names(transformers_), own_parameters());
    for (const auto& step : transformers_) {
        compose::validate_transformer(step.transformer, {"drop", "passthrough"},
                                      "All estimators should implement fit and transform, or can "
                                      "be 'drop' or 'passthrough' specifiers.",
                                      ".");
    }
    const StepEstimator& remainder = options_.remainder;
    const bool valid = remainder.is_estimator()
                           ? remainder.estimator().kind() == EstimatorKind::Transformer
                           : remainder.keyword() == "drop" || remainder.keyword() == "passthrough";
    if (!valid) {
        throw ValueError(
            "The remainder keyword needs to be one of 'drop', 'passthrough', or estimator. '" +
            (remainder.is_estimator() ? remainder.estimator().repr() : remainder.keyword()) +
            "' was passed instead");
    }
}

std::string ColumnTransformer::repr() const {
    std::string out = "ColumnTransformer(transformers={";
    for (std::size_t i = 0; i < transformers_.size(); ++i) {
        const auto& step = transformers_[i];
        if (i > 0) out += ", ";
        out +=
            "{\"" + step.name + "\", " + step.transformer.repr() + ", " + step.columns.repr() + "}";
    }
    out += "}, remainder=" + options_.remainder.repr() + ", verbose_feature_names_out=" +
           (options_.verbose_feature_names_out ? "true" : "false") + ")";
    return out;
}

ParamMap ColumnTransformer::get_params(bool deep) const {
    ParamMap out;
    out.add("transformers", compose::step_names(transformers_));
    out.add("remainder", options_.remainder.param());
    out.add("verbose_feature_names_out", options_.verbose_feature_names_out);
    if (deep && options_.remainder.is_estimator()) {
        for (const auto& [key, value] : options_.remainder.estimator().get_params(true)) {
            out.add("remainder__" + key, value);
        }
    }
    std::vector<const StepEstimator*> steps;
    for (const auto& step : transformers_) steps.push_back(&step.transformer);
    compose::add_step_params(out, compose::step_names(transformers_), steps, deep);
    return out;
}

ColumnTransformer& ColumnTransformer::set_params(std::string_view name, const ParamValue& value) {
    const auto [head, rest] = detail::split_nested(name);
    compose::change_or_restore(*this, [&] {
        const auto step = std::find_if(transformers_.begin(), transformers_.end(),
                                       [&](const auto& s) { return s.name == head; });
        if (step != transformers_.end()) {
            compose::set_step_param(step->transformer, rest, value);
        } else if (head == "transformers" && rest.empty()) {
            transformers_ = compose::steps_by_name(transformers_, value, ColumnTransformer::name,
                                                   "transformers");
        } else if (head == "remainder") {
            compose::set_step_param(options_.remainder, rest, value);
        } else if (head == "verbose_feature_names_out" && rest.empty()) {
            if (!detail::param_from(value, options_.verbose_feature_names_out)) {
                detail::throw_param_type(ColumnTransformer::name, head, "bool", value);
            }
        } else {
            detail::throw_invalid_param(repr(), head, own_parameters());
        }
        validate();
    });
    return *this;
}

ColumnTransformerModel ColumnTransformer::fit(const Features& X) const {
    return fit_transform_model(X, nullptr).first;
}

ColumnTransformerModel ColumnTransformer::fit(const Features& X, const Target& y) const {
    return fit_transform_model(X, &y).first;
}

std::pair<ColumnTransformerModel, Features> ColumnTransformer::fit_transform_model(
    const Features& X, const Target* y) const {
    validate();
    std::vector<Job> jobs;
    std::vector<bool> used(static_cast<std::size_t>(X.num_features()), false);
    for (const auto& step : transformers_) {
        jobs.push_back({step.name, &step.transformer, step.columns.resolve(X)});
        for (const auto p : jobs.back().columns) used[static_cast<std::size_t>(p)] = true;
    }
    std::vector<std::int64_t> remaining;
    for (std::size_t p = 0; p < used.size(); ++p) {
        if (!used[p]) remaining.push_back(static_cast<std::int64_t>(p));
    }
    if (!remaining.empty()) jobs.push_back({"remainder", &options_.remainder, remaining});

    std::vector<std::optional<compose::Fitted>> results(jobs.size());
    compose::for_each_parallel(static_cast<std::int64_t>(jobs.size()), [&](std::int64_t i) {
        const Job& job = jobs[static_cast<std::size_t>(i)];
        if (!job.active()) return;
        results[static_cast<std::size_t>(i)] =
            compose::fit_transform_step(*job.step, compose::select_columns(X, job.columns), y);
    });

    std::vector<ColumnTransformerModel::Fitted> fitted;
    std::vector<std::string> active_names;
    std::vector<Features> outputs;
    std::vector<std::pair<std::string, Slice>> output_indices;
    std::int64_t start = 0;
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        fitted.push_back({jobs[i].name, std::nullopt, jobs[i].columns});
        if (!results[i]) {
            output_indices.emplace_back(jobs[i].name, Slice{0, 0});
            continue;
        }
        fitted.back().model = std::move(results[i]->model);
        const std::int64_t width = results[i]->output.num_features();
        output_indices.emplace_back(jobs[i].name, Slice{start, start + width});
        start += width;
        active_names.push_back(jobs[i].name);
        outputs.push_back(std::move(results[i]->output));
    }
    if (remaining.empty()) output_indices.emplace_back("remainder", Slice{0, 0});

    auto names = compose::output_names(active_names, outputs, options_.verbose_feature_names_out);
    Features output = compose::hstack(X, outputs, names);
    return {
        ColumnTransformerModel(X, std::move(fitted), std::move(names), std::move(output_indices)),
        std::move(output)};
}

ColumnTransformer make_column_transformer(std::vector<UnnamedColumnTransformerStep> transformers,
                                          ColumnTransformerOptions options) {
    std::vector<StepEstimator> steps;
    for (const auto& t : transformers) steps.push_back(t.transformer);
    const auto names = compose::name_estimators(steps);
    std::vector<ColumnTransformerStep> named;
    for (std::size_t i = 0; i < transformers.size(); ++i) {
        named.push_back(
            {names[i], std::move(transformers[i].transformer), std::move(transformers[i].columns)});
    }
    return ColumnTransformer(std::move(named), std::move(options));
}

ColumnTransformerModel::ColumnTransformerModel(
    const Features& X, std::vector<Fitted> transformers, std::vector<std::string> feature_names_out,
    std::vector<std::pair<std::string, Slice>> output_indices)
    : ModelBase(std::string(ColumnTransformer::name), X),
      transformers_(std::move(transformers)),
      feature_names_out_(std::move(feature_names_out)),
      output_indices_(std::move(output_indices)) {}

std::map<std::string, Model> ColumnTransformerModel::named_transformers() const {
    return compose::models_by_name(transformers_);
}

Features ColumnTransformerModel::transform_features(const Features& X) const {
    const auto& fitted_names = feature_names_in();
    const bool by_name = !fitted_names.empty() && X.has_feature_names();
    std::vector<std::int64_t> position_of(fitted_names.size(), -1);
    if (by_name) {
        const auto& given = X.frame().columns();
        std::vector<std::string> missing;
        for (const auto& t : transformers_) {
            if (!t.model) continue;
            for (const auto p : t.columns) {
                const auto& name = fitted_names[static_cast<std::size_t>(p)];
                const auto found = std::find(given.begin(), given.end(), name);
                if (found == given.end()) {
                    missing.push_back(name);
                } else {
                    position_of[static_cast<std::size_t>(p)] = found - given.begin();
                }
            }
        }
        if (!missing.empty()) {
            std::sort(missing.begin(), missing.end());
            missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
            auto listed = compose::python_list(missing);
            listed.front() = '{';
            listed.back() = '}';
            throw ValueError("columns are missing: " + listed);
        }
    } else {
        check_features(X);
    }

    const auto active = compose::with_model(transformers_);
    std::vector<Features> outputs(active.size(), X);
    compose::for_each_parallel(static_cast<std::int64_t>(active.size()), [&](std::int64_t i) {
        const Fitted& t = *active[static_cast<std::size_t>(i)];
        std::vector<std::int64_t> columns = t.columns;
        if (by_name) {
            for (auto& p : columns) p = position_of[static_cast<std::size_t>(p)];
        }
        outputs[static_cast<std::size_t>(i)] =
            t.model->interface().transform_features(compose::select_columns(X, columns));
    });
    return compose::hstack(X, outputs, feature_names_out_);
}

}  // namespace tabula
