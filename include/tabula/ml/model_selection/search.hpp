#pragma once
// scikit-learn's GridSearchCV and RandomizedSearchCV: every candidate parameter setting scored
// by cross-validation (candidates x splits fitted in parallel with n_jobs, each result in its own
// slot, so nothing depends on the thread count), the best one refitted on all the data.
//   GridSearchCV search(pipeline, {{"classifier__C", {0.1, 1.0, 10.0}}},
//                       {.scoring = "f1", .n_jobs = -1, .cv = 5});
//   SearchCVModel best = search.fit(X_train, y_train);
//   best.best_params(); best.best_score(); best.cv_results(); best.predict(X_test);
// scikit-learn's fit_params, pre_dispatch and verbose are not parameters; a search is not
// itself an Estimator (it cannot be nested in a Pipeline or another search).
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "tabula/frame/dataframe.hpp"
#include "tabula/ml/estimator.hpp"
#include "tabula/ml/model_selection/cross_validate.hpp"
#include "tabula/ml/model_selection/parameter_grid.hpp"

namespace tabula {

struct SearchOptions {
    Scoring scoring = {};
    // Threads over candidates x splits (scikit-learn's None is 1; -1 all cores).
    int n_jobs = 1;
    // true: refit the best candidate on all the data (single metric); false: no refit (no
    // predict, best_estimator); or, with several scorers, the scorer name that picks the best.
    std::variant<bool, std::string> refit = true;
    // 5 folds by default; an int is StratifiedKFold for a classifier with a binary or multiclass
    // y, else KFold (check_cv), unshuffled.
    CrossValidator cv = {};
    ErrorScore error_score = std::nan("");
    bool return_train_score = false;
};

// RandomizedSearchCV's sampling: n_iter candidates drawn from the lists (see ParameterSampler).
struct SamplerOptions {
    std::int64_t n_iter = 10;
    std::optional<std::int64_t> random_state = std::nullopt;
};

// A fitted search: scikit-learn's fitted attributes, and the refitted best model's methods
// (predict, predict_proba, decision_function, transform, score with the refit scorer).
class SearchCVModel final : public ModelBase,
                            public TransformMethods<SearchCVModel>,
                            public PredictMethods<SearchCVModel>,
                            public ClassifierMethods<SearchCVModel>,
                            public DecisionMethods<SearchCVModel> {
  public:
    struct State;
    SearchCVModel(std::string name, const Features& X, std::shared_ptr<const State> state);

    // One row per candidate, scikit-learn's columns: mean_fit_time, std_fit_time,
    // mean_score_time, std_score_time, param_<name> (typed, null where a candidate lacks it),
    // params (Python's repr of the dict), split<i>_test_<scorer>, mean_test_<scorer>,
    // std_test_<scorer>, rank_test_<scorer> (int32, method "min"), then the train_ columns
    // with return_train_score; <scorer> is "score" for a single scorer.
    const DataFrame& cv_results() const noexcept;
    // The candidate settings, in cv_results' row order.
    const std::vector<ParamMap>& candidates() const noexcept;
    // AttributeError without a refit metric (multi-metric with refit=false), as scikit-learn.
    std::int64_t best_index() const;
    double best_score() const;
    const ParamMap& best_params() const;
    // The refitted model; AttributeError with refit=false.
    const Model& best_estimator() const;
    double refit_time() const noexcept;
    std::int64_t n_splits() const noexcept;
    bool multimetric() const noexcept;

    bool has_method(ModelMethod method) const override;
    bool is_classifier() const override;
    bool is_regressor() const override;
    Series classes() const override;
    std::vector<std::string> get_feature_names_out() const override;
    Features transform_features(const Features& X) const override;
    Series predict_features(const Features& X) const override;
    NDArray<double> predict_proba_features(const Features& X) const override;
    NDArray<double> decision_function_features(const Features& X) const override;
    // The refit scorer on the best model (scikit-learn's search.score).
    double score_features(const Features& X, const Target& y) const override;

  private:
    const Model& refitted(std::string_view method) const;
    std::shared_ptr<const State> state_;
};

class GridSearchCV {
  public:
    static constexpr std::string_view name = "GridSearchCV";
    // One grid ({{"C", {0.1, 1.0}}}) or several (scikit-learn's list of dicts).
    GridSearchCV(Estimator estimator, ParamGrid param_grid, SearchOptions options = {});
    GridSearchCV(Estimator estimator, std::vector<ParamGrid> param_grid,
                 SearchOptions options = {});
    // ValueError for an unknown parameter name, and the errors of cross_validate. `groups` are
    // the group labels of GroupKFold.
    SearchCVModel fit(const Features& X, const Target& y,
                      const std::optional<Target>& groups = std::nullopt) const;

    const Estimator& estimator() const noexcept { return estimator_; }
    const ParameterGrid& param_grid() const noexcept { return grid_; }
    const SearchOptions& options() const noexcept { return options_; }

  private:
    Estimator estimator_;
    ParameterGrid grid_;
    SearchOptions options_;
};

class RandomizedSearchCV {
  public:
    static constexpr std::string_view name = "RandomizedSearchCV";
    // ValueError "The 'n_iter' parameter of RandomizedSearchCV must be an int in the range
    // [1, inf). Got 0 instead." at fit.
    RandomizedSearchCV(Estimator estimator, std::vector<ParamGrid> param_distributions,
                       SamplerOptions sampler = {}, SearchOptions options = {});
    RandomizedSearchCV(Estimator estimator, ParamGrid param_distributions,
                       SamplerOptions sampler = {}, SearchOptions options = {});
    SearchCVModel fit(const Features& X, const Target& y,
                      const std::optional<Target>& groups = std::nullopt) const;

    const Estimator& estimator() const noexcept { return estimator_; }
    const std::vector<ParamGrid>& param_distributions() const noexcept { return distributions_; }
    const SamplerOptions& sampler() const noexcept { return sampler_; }
    const SearchOptions& options() const noexcept { return options_; }

  private:
    Estimator estimator_;
    std::vector<ParamGrid> distributions_;
    SamplerOptions sampler_;
    SearchOptions options_;
};

}  // namespace tabula
