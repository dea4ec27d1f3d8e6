#include "tabula/ml/model_selection/cross_validate.hpp"

#include "fit_and_score.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/display.hpp"

namespace tabula {
namespace {

NDArray<double> array_of(std::vector<double> values) {
    const auto n = static_cast<std::int64_t>(values.size());
    return NDArray<double>(std::move(values), Shape{n});
}

}  // namespace

CrossValidateResult::CrossValidateResult(
    std::vector<std::pair<std::string, NDArray<double>>> arrays, std::vector<Model> estimators)
    : arrays_(std::move(arrays)), estimators_(std::move(estimators)) {}

const NDArray<double>& CrossValidateResult::operator[](std::string_view key) const {
    for (const auto& [name, values] : arrays_) {
        if (name == key) return values;
    }
    throw KeyError("'" + std::string(key) + "'");
}

std::vector<std::string> CrossValidateResult::keys() const {
    std::vector<std::string> out;
    for (const auto& entry : arrays_) out.push_back(entry.first);
    return out;
}

DataFrame CrossValidateResult::frame() const {
    std::vector<std::string> names;
    std::vector<Column> columns;
    for (const auto& [name, values] : arrays_) {
        names.push_back(name);
        columns.push_back(Column::from_vector(values.to_vector()));
    }
    return DataFrame(std::move(names), std::move(columns));
}

std::ostream& operator<<(std::ostream& out, const CrossValidateResult& r) {
    return out << r.frame();
}

CrossValidateResult cross_validate(const Estimator& estimator, const Features& X, const Target& y,
                                   const CrossValidateOptions& options) {
    detail::check_error_score(options.error_score);
    const auto scorers = options.scoring.resolve();
    const auto splits = detail::resolve_splits(options.cv, estimator, X, y,
                                               options.groups ? &*options.groups : nullptr);
    std::vector<detail::FitTask> tasks;
    for (const Split& split : splits) tasks.push_back({.candidate = 0, .split = &split});
    const auto results = detail::fit_and_score({estimator}, X, y, tasks, scorers,
                                               {.return_train_score = options.return_train_score,
                                                .keep_models = options.return_estimator,
                                                .n_jobs = options.n_jobs,
                                                .error_score = options.error_score});
    detail::check_all_failed(results);

    std::vector<double> fit_time, score_time;
    std::vector<Model> models;
    for (const auto& r : results) {
        fit_time.push_back(r.fit_time);
        score_time.push_back(r.score_time);
        if (r.model) models.push_back(*r.model);
    }
    std::vector<std::pair<std::string, NDArray<double>>> arrays;
    arrays.emplace_back("fit_time", array_of(std::move(fit_time)));
    arrays.emplace_back("score_time", array_of(std::move(score_time)));
    for (std::size_t s = 0; s < scorers.size(); ++s) {
        std::vector<double> test, train;
        for (const auto& r : results) {
            test.push_back(r.test_scores[s]);
            if (options.return_train_score) train.push_back(r.train_scores[s]);
        }
        arrays.emplace_back("test_" + scorers[s].first, array_of(std::move(test)));
        if (options.return_train_score) {
            arrays.emplace_back("train_" + scorers[s].first, array_of(std::move(train)));
        }
    }
    // A fit that failed keeps no model; scikit-learn returns the unfitted clone there.
    if (models.size() != results.size()) models.clear();
    return CrossValidateResult(std::move(arrays), std::move(models));
}

NDArray<double> cross_val_score(const Estimator& estimator, const Features& X, const Target& y,
                                const CrossValidateOptions& options) {
    CrossValidateOptions single = options;
    single.scoring = options.scoring.single();
    single.return_train_score = false;
    single.return_estimator = false;
    return cross_validate(estimator, X, y, single)["test_score"];
}

}  // namespace tabula
