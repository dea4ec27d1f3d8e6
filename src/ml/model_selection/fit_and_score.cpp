#include "fit_and_score.hpp"

#include <algorithm>
#include <chrono>
#include <exception>

#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula::detail {
namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// "ValueError: message", where scikit-learn shows the traceback.
std::string describe(const std::exception_ptr& error) {
    try {
        std::rethrow_exception(error);
    } catch (const Error& e) {
        return std::string(e.python_name()) + ": " + e.what();
    } catch (const std::exception& e) {
        return std::string("Exception: ") + e.what();
    } catch (...) {
        return "Exception: unknown error";
    }
}

// _score: each scorer on (X, y); error_score for one that throws (unless it is "raise").
std::vector<double> score_all(const Model& model, const Features& X, const Target& y,
                              const NamedScorers& scorers, const ErrorScore& error_score) {
    std::vector<double> out;
    out.reserve(scorers.size());
    for (const auto& [name, scorer] : scorers) {
        if (const auto* value = std::get_if<double>(&error_score)) {
            try {
                out.push_back(scorer(model, X, y));
            } catch (const std::exception&) {
                out.push_back(*value);
            }
        } else {
            out.push_back(scorer(model, X, y));
        }
    }
    return out;
}

}  // namespace

void check_error_score(const ErrorScore& error_score) {
    const auto* text = std::get_if<std::string>(&error_score);
    if (text != nullptr && *text != "raise") {
        throw ValueError(
            "error_score must be the string 'raise' or a numeric value. (Hint: if using 'raise', "
            "please make sure that it has been spelled correctly.)");
    }
}

std::vector<FitResult> fit_and_score(const std::vector<Estimator>& estimators, const Features& X,
                                     const Target& y, const std::vector<FitTask>& tasks,
                                     const NamedScorers& scorers, const FitOptions& options) {
    check_error_score(options.error_score);
    const auto* error_value = std::get_if<double>(&options.error_score);
    std::vector<FitResult> results(tasks.size());
    std::vector<std::exception_ptr> errors(tasks.size());
    const auto run = [&](std::size_t k) {
        const FitTask& task = tasks[k];
        FitResult& result = results[k];
        std::vector<std::int64_t> train = task.split->train;
        if (task.n_train >= 0) train.resize(static_cast<std::size_t>(task.n_train));
        const Features X_train = X.take(train);
        const Features X_test = X.take(task.split->test);
        const Target y_train = y.take(train);
        const Target y_test = y.take(task.split->test);
        // Each fit gets its own copy (scikit-learn's clone), so no two threads share one.
        const Estimator estimator = estimators[static_cast<std::size_t>(task.candidate)];
        const auto start = std::chrono::steady_clock::now();
        std::optional<Model> model;
        try {
            model = estimator.fit(X_train, y_train);
        } catch (...) {
            result.fit_time = seconds_since(start);
            if (error_value == nullptr) throw;
            result.error = describe(std::current_exception());
            result.test_scores.assign(scorers.size(), *error_value);
            if (options.return_train_score) result.train_scores = result.test_scores;
            return;
        }
        result.fit_time = seconds_since(start);
        result.test_scores = score_all(*model, X_test, y_test, scorers, options.error_score);
        result.score_time = seconds_since(start) - result.fit_time;
        if (options.return_train_score) {
            result.train_scores = score_all(*model, X_train, y_train, scorers, options.error_score);
        }
        if (options.keep_models) result.model = std::move(model);
    };
    with_n_jobs(options.n_jobs, [&] {
        parallel_chunks(static_cast<std::int64_t>(tasks.size()), 1,
                        [&](std::int64_t, std::int64_t begin, std::int64_t) {
                            const auto k = static_cast<std::size_t>(begin);
                            try {
                                run(k);
                            } catch (...) {
                                errors[k] = std::current_exception();
                            }
                        });
    });
    for (const auto& error : errors) {
        if (error) std::rethrow_exception(error);
    }
    return results;
}

void check_all_failed(const std::vector<FitResult>& results) {
    if (results.empty()) return;
    std::vector<std::pair<std::string, std::int64_t>> counts;
    for (const FitResult& r : results) {
        if (r.error.empty()) return;
        auto it = std::find_if(counts.begin(), counts.end(),
                               [&](const auto& c) { return c.first == r.error; });
        if (it == counts.end()) {
            counts.emplace_back(r.error, 1);
        } else {
            ++it->second;
        }
    }
    std::string message = "\nAll the ";
    message += std::to_string(results.size());
    message +=
        " fits failed.\nIt is very likely that your model is misconfigured.\nYou can try to "
        "debug the error by setting error_score='raise'.\n\nBelow are more details about the "
        "failures:\n";
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (i > 0) message += "\n";
        message += std::string(80, '-');
        message += "\n";
        message += std::to_string(counts[i].second);
        message += " fits failed with the following error:\n";
        message += counts[i].first;
        message += "\n";
    }
    throw ValueError(message);
}

std::vector<Split> resolve_splits(const CrossValidator& cv, const Estimator& estimator,
                                  const Features& X, const Target& y, const Target* groups) {
    const bool classifier = estimator.kind() == EstimatorKind::Classifier;
    return check_cv(cv, &y, classifier).split(X, &y, groups);
}

}  // namespace tabula::detail
