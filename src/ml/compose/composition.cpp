#include "composition.hpp"

#include <algorithm>
#include <exception>
#include <map>
#include <memory>
#include <optional>
#include <set>

#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/compose/column_transformer.hpp"
#include "tabula/ml/compose/feature_union.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula::compose {
namespace {

// A nested composition fitted through its own fit_transform_model, whose y may be null (the
// erased Estimator's fit_transform only takes that path for estimators that require y).
template <class C>
std::optional<Fitted> fit_composite(const Estimator& e, const Features& X, const Target* y) {
    const C* composite = e.target<C>();
    if (composite == nullptr) return std::nullopt;
    auto [model, output] = composite->fit_transform_model(X, y);
    return Fitted{Model(std::make_shared<const decltype(model)>(std::move(model))),
                  std::move(output)};
}

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

}  // namespace

Model fit_step(const StepEstimator& step, const Features& X, const Target* y) {
    if (!step.is_estimator()) return Model(std::make_shared<const PassthroughModel>(X));
    return y != nullptr ? step.estimator().fit(X, *y) : step.estimator().fit(X);
}

Fitted fit_transform_step(const StepEstimator& step, const Features& X, const Target* y) {
    if (!step.is_estimator()) return {Model(std::make_shared<const PassthroughModel>(X)), X};
    const Estimator& e = step.estimator();
    if (auto out = fit_composite<Pipeline>(e, X, y)) return std::move(*out);
    if (auto out = fit_composite<ColumnTransformer>(e, X, y)) return std::move(*out);
    if (auto out = fit_composite<FeatureUnion>(e, X, y)) return std::move(*out);
    auto [model, output] = e.fit_transform(X, y);
    return {std::move(model), std::move(output)};
}

void validate_names(const std::vector<std::string>& names,
                    const std::vector<std::string>& parameters) {
    if (std::set<std::string>(names.begin(), names.end()).size() != names.size()) {
        throw ValueError("Names provided are not unique: " + python_list(names));
    }
    std::vector<std::string> conflicts;
    for (const auto& name : names) {
        if (std::find(parameters.begin(), parameters.end(), name) != parameters.end()) {
            conflicts.push_back(name);
        }
    }
    if (!conflicts.empty()) {
        std::sort(conflicts.begin(), conflicts.end());
        throw ValueError("Estimator names conflict with constructor arguments: " +
                         python_list(conflicts));
    }
    std::vector<std::string> nested;
    for (const auto& name : names) {
        if (name.find("__") != std::string::npos) nested.push_back(name);
    }
    if (!nested.empty()) {
        throw ValueError("Estimator names must not contain __: got " + python_list(nested));
    }
}

void validate_transformer(const StepEstimator& step, const std::vector<std::string>& keywords,
                          std::string_view prefix, std::string_view suffix) {
    std::string shown;
    std::string type;
    if (step.is_estimator()) {
        if (step.estimator().kind() == EstimatorKind::Transformer) return;
        shown = step.estimator().repr();
        type = step.estimator().name();
    } else {
        if (std::find(keywords.begin(), keywords.end(), step.keyword()) != keywords.end()) return;
        shown = step.keyword();
        type = "str";
    }
    std::string message(prefix);
    message += " '";
    message += shown;
    message += "' (type <class '";
    message += type;
    message += "'>) doesn't";
    message += suffix;
    throw TypeError(message);
}

std::string python_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += "'" + items[i] + "'";
    }
    return out + "]";
}

std::string braced_names(const std::vector<std::string>& items) {
    return ParamValue(items).repr();
}

std::vector<std::string> name_estimators(const std::vector<StepEstimator>& steps) {
    std::vector<std::string> names;
    for (const auto& step : steps) {
        names.push_back(step.is_estimator() ? lowercase(step.estimator().name()) : step.keyword());
    }
    // scikit-learn's _name_estimators: a repeated name gets "-1", "-2", ... in order.
    std::map<std::string, int> count;
    for (const auto& name : names) ++count[name];
    std::erase_if(count, [](const auto& item) { return item.second == 1; });
    for (auto i = names.size(); i-- > 0;) {
        const auto repeated = count.find(names[i]);
        if (repeated == count.end()) continue;
        names[i] += '-';
        names[i] += std::to_string(repeated->second--);
    }
    return names;
}

void add_step_params(ParamMap& out, const std::vector<std::string>& names,
                     const std::vector<const StepEstimator*>& steps, bool deep) {
    if (!deep) return;
    for (std::size_t i = 0; i < names.size(); ++i) out.add(names[i], steps[i]->param());
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (!steps[i]->is_estimator()) continue;
        for (const auto& [key, value] : steps[i]->estimator().get_params(true)) {
            out.add(names[i] + "__" + key, value);
        }
    }
}

std::string named_steps_repr(const std::vector<NamedEstimator>& steps) {
    std::string out = "{";
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (i > 0) out += ", ";
        out += "{\"" + steps[i].name + "\", " + steps[i].estimator.repr() + "}";
    }
    return out + "}";
}

ParamMap named_step_params(std::string_view list_parameter,
                           const std::vector<NamedEstimator>& steps, bool deep) {
    ParamMap out;
    const auto names = step_names(steps);
    out.add(std::string(list_parameter), names);
    std::vector<const StepEstimator*> estimators;
    for (const auto& step : steps) estimators.push_back(&step.estimator);
    add_step_params(out, names, estimators, deep);
    return out;
}

void set_named_step_param(std::vector<NamedEstimator>& steps, std::string_view name,
                          const ParamValue& value, std::string_view composite,
                          std::string_view list_parameter,
                          const std::function<std::string()>& repr) {
    const auto [head, rest] = detail::split_nested(name);
    const auto step =
        std::find_if(steps.begin(), steps.end(), [&](const auto& s) { return s.name == head; });
    if (step != steps.end()) {
        set_step_param(step->estimator, rest, value);
    } else if (head == list_parameter && rest.empty()) {
        steps = steps_by_name(steps, value, composite, list_parameter);
    } else {
        detail::throw_invalid_param(repr(), head, {std::string(list_parameter)});
    }
}

void set_step_param(StepEstimator& step, std::string_view rest, const ParamValue& value) {
    if (rest.empty()) {
        step = StepEstimator::from_param(value);
        return;
    }
    if (!step.is_estimator()) throw AttributeError("'str' object has no attribute 'set_params'");
    step.estimator().set_params(rest, value);
}

void throw_unknown_step(std::string_view composite, std::string_view name) {
    throw ValueError("'" + std::string(name) + "' is not a step of this " + std::string(composite));
}

void for_each_parallel(std::int64_t n, const std::function<void(std::int64_t)>& body) {
    std::vector<std::exception_ptr> errors(static_cast<std::size_t>(n));
    parallel_chunks(n, 1, [&](std::int64_t, std::int64_t i, std::int64_t) {
        try {
            body(i);
        } catch (...) {
            errors[static_cast<std::size_t>(i)] = std::current_exception();
        }
    });
    for (const auto& error : errors) {
        if (error) std::rethrow_exception(error);
    }
}

Features select_columns(const Features& X, const std::vector<std::int64_t>& positions) {
    const DataFrame& frame = X.frame();
    std::vector<std::string> names;
    std::vector<Column> columns;
    names.reserve(positions.size());
    columns.reserve(positions.size());
    for (const auto p : positions) {
        names.push_back(frame.columns()[static_cast<std::size_t>(p)]);
        columns.push_back(frame.column(static_cast<std::size_t>(p)));
    }
    return Features(DataFrame(std::move(names), std::move(columns), frame.index()),
                    X.has_feature_names());
}

Features hstack(const Features& X, const std::vector<Features>& outputs,
                std::vector<std::string> names) {
    std::vector<Column> columns;
    columns.reserve(names.size());
    for (const auto& output : outputs) {
        if (output.num_rows() != X.num_rows()) {
            std::string message = "A transformer returned ";
            message += std::to_string(output.num_rows());
            message += " rows for an input of ";
            message += std::to_string(X.num_rows());
            throw ValueError(message);
        }
        const DataFrame& frame = output.frame();
        for (std::size_t j = 0; j < frame.columns().size(); ++j) {
            columns.push_back(frame.column(j));
        }
    }
    if (columns.size() != names.size()) {
        std::string message = "The transformers returned ";
        message += std::to_string(columns.size());
        message += " columns, but ";
        message += std::to_string(names.size());
        message += " were output when they were fitted";
        throw ValueError(message);
    }
    return make_output(X, std::move(names), std::move(columns));
}

std::vector<std::string> output_names(const std::vector<std::string>& transformer_names,
                                      const std::vector<Features>& outputs, bool verbose) {
    std::vector<std::string> names;
    for (std::size_t i = 0; i < outputs.size(); ++i) {
        for (const auto& column : outputs[i].frame().columns()) {
            names.push_back(verbose ? transformer_names[i] + "__" + column : column);
        }
    }
    if (verbose) return names;
    // scikit-learn's check: the (at most 6) most common names, those repeated, sorted.
    std::vector<std::pair<std::string, int>> counts;
    for (const auto& name : names) {
        auto it = std::find_if(counts.begin(), counts.end(),
                               [&](const auto& c) { return c.first == name; });
        if (it == counts.end()) {
            counts.emplace_back(name, 1);
        } else {
            ++it->second;
        }
    }
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<std::string> overlap;
    for (std::size_t i = 0; i < counts.size() && i < 6; ++i) {
        if (counts[i].second > 1) overlap.push_back(counts[i].first);
    }
    if (overlap.empty()) return names;
    std::sort(overlap.begin(), overlap.end());
    std::string shown = python_list(overlap);
    if (overlap.size() == 6) {
        overlap.pop_back();
        shown = python_list(overlap);
        shown.pop_back();
        shown += ", ...]";
    }
    throw ValueError("Output feature names: " + shown +
                     " are not unique. Please set verbose_feature_names_out=True to add "
                     "prefixes to feature names");
}

}  // namespace tabula::compose
