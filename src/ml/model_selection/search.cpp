#include "tabula/ml/model_selection/search.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <type_traits>

#include "../invalid_parameter.hpp"
#include "fit_and_score.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

struct SearchCVModel::State {
    std::string name;
    DataFrame cv_results;
    std::vector<ParamMap> candidates;
    std::int64_t n_splits = 0;
    bool multimetric = false;
    std::optional<std::int64_t> best_index;
    double best_score = 0.0;
    std::optional<Model> best_estimator;
    // The scorer that picks the best candidate and that score() uses.
    Scorer refit_scorer;
    double refit_time = 0.0;
};

namespace {

// np.average(a, axis=1) and the std of _store (np.std's formula), for one candidate's row of
// split values.
std::pair<double, double> mean_and_std(std::vector<double> row) {
    const auto n = static_cast<std::int64_t>(row.size());
    const NDArray<double> values(std::move(row), Shape{n});
    return {mean(values), tabula::std(values)};
}

// rankdata(-means, method="min") with NaN ranked below every number; all ones when every mean is
// NaN, as _store does.
std::vector<std::int32_t> min_ranks(std::vector<double> means) {
    double lowest = INFINITY;
    bool any = false;
    for (const double m : means) {
        if (!std::isnan(m)) {
            lowest = std::min(lowest, m);
            any = true;
        }
    }
    std::vector<std::int32_t> ranks(means.size(), 1);
    if (!any) return ranks;
    for (double& m : means) {
        if (std::isnan(m)) m = lowest - 1;
    }
    for (std::size_t i = 0; i < means.size(); ++i) {
        std::int32_t above = 0;
        for (const double other : means) above += other > means[i] ? 1 : 0;
        ranks[i] = above + 1;
    }
    return ranks;
}

// The values as a T column (null where a candidate lacks the parameter or has None), or nothing
// when one of them has another type.
template <class T>
std::optional<Column> typed_column(const std::vector<const ParamValue*>& values) {
    std::vector<std::optional<T>> out;
    for (const ParamValue* v : values) {
        if (v == nullptr || v->is_none()) {
            out.emplace_back();
            continue;
        }
        const T* held = std::get_if<T>(&v->storage());
        if (held == nullptr) return std::nullopt;
        out.emplace_back(*held);
    }
    if constexpr (std::is_same_v<T, std::string>) {
        return Column::from_optional_strings(out);
    } else {
        return Column::from_optionals(out);
    }
}

// param_<name>: the candidates' values in one typed column; a column whose values differ in
// type (or are lists or estimators) holds their Python reprs.
Column param_column(const std::vector<ParamMap>& candidates, const std::string& name) {
    std::vector<const ParamValue*> values;
    for (const ParamMap& params : candidates) {
        values.push_back(params.contains(name) ? &params.at(name) : nullptr);
    }
    if (auto c = typed_column<bool>(values)) return *c;
    if (auto c = typed_column<std::int64_t>(values)) return *c;
    if (auto c = typed_column<double>(values)) return *c;
    if (auto c = typed_column<std::string>(values)) return *c;
    std::vector<std::optional<std::string>> texts;
    for (const ParamValue* v : values) {
        texts.push_back(v != nullptr && !v->is_none() ? std::optional(python_repr(*v))
                                                      : std::nullopt);
    }
    return Column::from_optional_strings(texts);
}

std::string refit_repr(const std::variant<bool, std::string>& refit) {
    return python_repr(ParamValue(refit));
}

bool refit_requested(const std::variant<bool, std::string>& refit) {
    const auto* flag = std::get_if<bool>(&refit);
    return flag == nullptr || *flag;
}

SearchCVModel run_search(std::string_view name, const Estimator& estimator,
                         const std::vector<ParamMap>& candidates, const Features& X,
                         const Target& y, const Target* groups, const SearchOptions& options) {
    if (estimator.empty()) throw ValueError(std::string(name) + " needs an estimator, got none");
    detail::check_error_score(options.error_score);
    const auto scorers = options.scoring.resolve();
    auto state = std::make_shared<SearchCVModel::State>();
    state->name = std::string(name);
    state->multimetric = options.scoring.is_multimetric();
    std::size_t refit_scorer = 0;
    if (state->multimetric) {
        const auto* metric = std::get_if<std::string>(&options.refit);
        const auto it = metric == nullptr
                            ? scorers.end()
                            : std::find_if(scorers.begin(), scorers.end(),
                                           [&](const auto& s) { return s.first == *metric; });
        if (refit_requested(options.refit) && it == scorers.end()) {
            throw ValueError(
                "For multi-metric scoring, the parameter refit must be set to a scorer key or a "
                "callable to refit an estimator with the best parameter setting on the whole data "
                "and make the best_* attributes available for that metric. If this is not needed, "
                "refit should be set to False explicitly. " +
                refit_repr(options.refit) + " was passed.");
        }
        if (it != scorers.end()) refit_scorer = static_cast<std::size_t>(it - scorers.begin());
    }
    state->refit_scorer = scorers[refit_scorer].second;

    // Candidate estimators are made first: an unknown parameter name is an error at once, as
    // scikit-learn's set_params before the fit's try block.
    std::vector<Estimator> estimators;
    for (const ParamMap& params : candidates) {
        Estimator e = estimator;
        for (const auto& [param, value] : params) e.set_params(param, value);
        estimators.push_back(std::move(e));
    }
    const auto splits = detail::resolve_splits(options.cv, estimator, X, y, groups);
    const auto n_splits = static_cast<std::int64_t>(splits.size());
    std::vector<detail::FitTask> tasks;
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        for (const Split& split : splits) {
            tasks.push_back({.candidate = static_cast<std::int64_t>(c), .split = &split});
        }
    }
    if (tasks.empty()) {
        throw ValueError(
            "No fits were performed. Was the CV iterator empty? Were there no candidates?");
    }
    const auto results = detail::fit_and_score(estimators, X, y, tasks, scorers,
                                               {.return_train_score = options.return_train_score,
                                                .n_jobs = options.n_jobs,
                                                .error_score = options.error_score});
    detail::check_all_failed(results);

    std::vector<std::string> names;
    std::vector<Column> columns;
    const auto add = [&](std::string column_name, Column column) {
        names.push_back(std::move(column_name));
        columns.push_back(std::move(column));
    };
    const std::size_t n_candidates = candidates.size();
    const auto store = [&](const std::string& key,
                           const std::function<double(const detail::FitResult&)>& value,
                           bool splits_too, bool rank) {
        std::vector<double> means(n_candidates), stds(n_candidates);
        std::vector<std::vector<double>> by_split(static_cast<std::size_t>(n_splits),
                                                  std::vector<double>(n_candidates));
        for (std::size_t c = 0; c < n_candidates; ++c) {
            std::vector<double> row;
            for (std::int64_t s = 0; s < n_splits; ++s) {
                row.push_back(value(
                    results[c * static_cast<std::size_t>(n_splits) + static_cast<std::size_t>(s)]));
                by_split[static_cast<std::size_t>(s)][c] = row.back();
            }
            std::tie(means[c], stds[c]) = mean_and_std(row);
        }
        if (splits_too) {
            for (std::int64_t s = 0; s < n_splits; ++s) {
                add("split" + std::to_string(s) + "_" + key,
                    Column::from_vector(by_split[static_cast<std::size_t>(s)]));
            }
        }
        add("mean_" + key, Column::from_vector(means));
        add("std_" + key, Column::from_vector(stds));
        if (rank) add("rank_" + key, Column::from_vector(min_ranks(means)));
        return means;
    };
    store(
        "fit_time", [](const detail::FitResult& r) { return r.fit_time; }, false, false);
    store(
        "score_time", [](const detail::FitResult& r) { return r.score_time; }, false, false);
    std::vector<std::string> param_names;
    for (const ParamMap& params : candidates) {
        for (const auto& [param, value] : params) {
            if (std::find(param_names.begin(), param_names.end(), param) == param_names.end()) {
                param_names.push_back(param);
            }
        }
    }
    for (const auto& param : param_names) add("param_" + param, param_column(candidates, param));
    std::vector<std::string> params_text;
    for (const ParamMap& params : candidates) params_text.push_back(python_repr(params));
    add("params", Column::from_strings(params_text));
    std::vector<double> refit_means;
    for (std::size_t s = 0; s < scorers.size(); ++s) {
        auto means = store(
            "test_" + scorers[s].first,
            [s](const detail::FitResult& r) { return r.test_scores[s]; }, true, true);
        if (s == refit_scorer) refit_means = std::move(means);
        if (options.return_train_score) {
            store(
                "train_" + scorers[s].first,
                [s](const detail::FitResult& r) { return r.train_scores[s]; }, true, false);
        }
    }
    state->cv_results = DataFrame(std::move(names), std::move(columns));
    state->candidates = candidates;
    state->n_splits = n_splits;

    const bool refit = refit_requested(options.refit);
    if (refit || !state->multimetric) {
        const auto ranks = min_ranks(refit_means);
        const auto best = std::min_element(ranks.begin(), ranks.end()) - ranks.begin();
        state->best_index = best;
        state->best_score = refit_means[static_cast<std::size_t>(best)];
    }
    if (refit) {
        const auto start = std::chrono::steady_clock::now();
        state->best_estimator = estimators[static_cast<std::size_t>(*state->best_index)].fit(X, y);
        state->refit_time =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    }
    return SearchCVModel(std::string(name), X, std::move(state));
}

}  // namespace

SearchCVModel::SearchCVModel(std::string name, const Features& X,
                             std::shared_ptr<const State> state)
    : ModelBase(std::move(name), X), state_(std::move(state)) {}

const DataFrame& SearchCVModel::cv_results() const noexcept {
    return state_->cv_results;
}
const std::vector<ParamMap>& SearchCVModel::candidates() const noexcept {
    return state_->candidates;
}
std::int64_t SearchCVModel::best_index() const {
    if (!state_->best_index) throw_no_attribute("best_index_");
    return *state_->best_index;
}
double SearchCVModel::best_score() const {
    if (!state_->best_index) throw_no_attribute("best_score_");
    return state_->best_score;
}
const ParamMap& SearchCVModel::best_params() const {
    if (!state_->best_index) throw_no_attribute("best_params_");
    return state_->candidates[static_cast<std::size_t>(*state_->best_index)];
}
const Model& SearchCVModel::best_estimator() const {
    if (!state_->best_estimator) throw_no_attribute("best_estimator_");
    return *state_->best_estimator;
}
double SearchCVModel::refit_time() const noexcept {
    return state_->refit_time;
}
std::int64_t SearchCVModel::n_splits() const noexcept {
    return state_->n_splits;
}
bool SearchCVModel::multimetric() const noexcept {
    return state_->multimetric;
}

const Model& SearchCVModel::refitted(std::string_view method) const {
    if (!state_->best_estimator) {
        throw AttributeError("This " + state_->name +
                             " instance was initialized with `refit=False`. " +
                             std::string(method) +
                             " is available only after refitting on the best parameters. You "
                             "can refit an estimator manually using the `best_params_` "
                             "attribute");
    }
    return *state_->best_estimator;
}

bool SearchCVModel::has_method(ModelMethod method) const {
    return state_->best_estimator && state_->best_estimator->has_method(method);
}
bool SearchCVModel::is_classifier() const {
    return state_->best_estimator && state_->best_estimator->is_classifier();
}
bool SearchCVModel::is_regressor() const {
    return state_->best_estimator && state_->best_estimator->is_regressor();
}
Series SearchCVModel::classes() const {
    return refitted("classes_").classes();
}
std::vector<std::string> SearchCVModel::get_feature_names_out() const {
    return refitted("get_feature_names_out").get_feature_names_out();
}
Features SearchCVModel::transform_features(const Features& X) const {
    return refitted("transform").interface().transform_features(X);
}
Series SearchCVModel::predict_features(const Features& X) const {
    return refitted("predict").interface().predict_features(X);
}
NDArray<double> SearchCVModel::predict_proba_features(const Features& X) const {
    return refitted("predict_proba").interface().predict_proba_features(X);
}
NDArray<double> SearchCVModel::decision_function_features(const Features& X) const {
    return refitted("decision_function").interface().decision_function_features(X);
}
double SearchCVModel::score_features(const Features& X, const Target& y) const {
    return state_->refit_scorer(refitted("score"), X, y);
}

GridSearchCV::GridSearchCV(Estimator estimator, ParamGrid param_grid, SearchOptions options)
    : estimator_(std::move(estimator)),
      grid_(std::move(param_grid)),
      options_(std::move(options)) {}

GridSearchCV::GridSearchCV(Estimator estimator, std::vector<ParamGrid> param_grid,
                           SearchOptions options)
    : estimator_(std::move(estimator)),
      grid_(std::move(param_grid)),
      options_(std::move(options)) {}

SearchCVModel GridSearchCV::fit(const Features& X, const Target& y,
                                const std::optional<Target>& groups) const {
    return run_search(name, estimator_, grid_.candidates(), X, y, groups ? &*groups : nullptr,
                      options_);
}

RandomizedSearchCV::RandomizedSearchCV(Estimator estimator,
                                       std::vector<ParamGrid> param_distributions,
                                       SamplerOptions sampler, SearchOptions options)
    : estimator_(std::move(estimator)),
      distributions_(std::move(param_distributions)),
      sampler_(sampler),
      options_(std::move(options)) {}

RandomizedSearchCV::RandomizedSearchCV(Estimator estimator, ParamGrid param_distributions,
                                       SamplerOptions sampler, SearchOptions options)
    : RandomizedSearchCV(std::move(estimator),
                         std::vector<ParamGrid>{std::move(param_distributions)}, sampler,
                         std::move(options)) {}

SearchCVModel RandomizedSearchCV::fit(const Features& X, const Target& y,
                                      const std::optional<Target>& groups) const {
    if (sampler_.n_iter < 1) {
        detail::throw_invalid_parameter(name, "n_iter", "an int in the range [1, inf)",
                                        std::to_string(sampler_.n_iter));
    }
    const ParameterSampler sampler(distributions_, sampler_.n_iter, sampler_.random_state);
    return run_search(name, estimator_, sampler.candidates(), X, y, groups ? &*groups : nullptr,
                      options_);
}

}  // namespace tabula
