#include "tabula/ml/model_selection/kfold.hpp"

#include <algorithm>

#include "../metrics/targets.hpp"
#include "splitter_support.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

// _BaseKFold.__init__'s checks.
void check_kfold_params(const KFoldParams& params) {
    detail::check_kfold_n_splits(params.n_splits);
    if (!params.shuffle && params.random_state) {
        throw ValueError(
            "Setting a random_state has no effect since shuffle is False. You should leave "
            "random_state to its default (None), or set shuffle=True.");
    }
}

std::string kfold_repr(const char* name, const KFoldParams& params) {
    return detail::splitter_repr(name, {{"n_splits", std::to_string(params.n_splits)},
                                        {"random_state", detail::seed_repr(params.random_state)},
                                        {"shuffle", params.shuffle ? "True" : "False"}});
}

}  // namespace

KFold::KFold(KFoldParams params) : params_(params) {
    check_kfold_params(params_);
}

std::vector<Split> KFold::split(std::int64_t n_samples) const {
    detail::check_folds_fit(params_.n_splits, n_samples);
    std::vector<std::int64_t> order(static_cast<std::size_t>(n_samples));
    for (std::int64_t i = 0; i < n_samples; ++i) order[static_cast<std::size_t>(i)] = i;
    if (params_.shuffle) detail::random_state_for(params_.random_state).shuffle(order);
    // The first n_samples % n_splits folds take one row more.
    std::vector<std::int64_t> fold_of(static_cast<std::size_t>(n_samples));
    const std::int64_t base = n_samples / params_.n_splits;
    const std::int64_t larger = n_samples % params_.n_splits;
    std::int64_t position = 0;
    for (std::int64_t f = 0; f < params_.n_splits; ++f) {
        const std::int64_t size = base + (f < larger ? 1 : 0);
        for (std::int64_t k = 0; k < size; ++k, ++position) {
            fold_of[static_cast<std::size_t>(order[static_cast<std::size_t>(position)])] = f;
        }
    }
    return detail::splits_from_folds(fold_of, params_.n_splits);
}

std::string KFold::repr() const {
    return kfold_repr("KFold", params_);
}

StratifiedKFold::StratifiedKFold(KFoldParams params) : params_(params) {
    check_kfold_params(params_);
}

std::vector<Split> StratifiedKFold::split(const Target& y) const {
    const std::int64_t n_samples = y.size();
    // The labels, or none for a continuous y; NaN and infinity are rejected first, as
    // check_array(y) does before anything else.
    const auto labels = metrics_detail::discrete_labels(y.series(), "y");
    detail::check_folds_fit(params_.n_splits, n_samples);
    if (!labels) {
        throw ValueError(
            "Supported target types are: ('binary', 'multiclass'). Got 'continuous' instead.");
    }
    // Classes numbered by first appearance, so relabelling y does not change the folds.
    const auto n_classes = static_cast<std::size_t>(labels->classes.size());
    std::vector<std::int64_t> class_number(n_classes, -1);
    std::vector<std::int64_t> encoded(static_cast<std::size_t>(n_samples));
    std::vector<std::int64_t> counts;
    for (std::int64_t i = 0; i < n_samples; ++i) {
        auto& number =
            class_number[static_cast<std::size_t>(labels->codes[static_cast<std::size_t>(i)])];
        if (number < 0) {
            number = static_cast<std::int64_t>(counts.size());
            counts.push_back(0);
        }
        ++counts[static_cast<std::size_t>(number)];
        encoded[static_cast<std::size_t>(i)] = number;
    }
    const std::int64_t n_splits = params_.n_splits;
    if (std::all_of(counts.begin(), counts.end(), [&](std::int64_t c) { return n_splits > c; })) {
        throw ValueError("n_splits=" + std::to_string(n_splits) +
                         " cannot be greater than the number of members in each class.");
    }
    // allocation[f][k]: class k's rows in test fold f, dealt round robin over the labels sorted
    // by class number (scikit-learn's bincount of y_order[f::n_splits]).
    std::vector<std::vector<std::int64_t>> allocation(static_cast<std::size_t>(n_splits),
                                                      std::vector<std::int64_t>(counts.size(), 0));
    std::int64_t position = 0;
    for (std::size_t k = 0; k < counts.size(); ++k) {
        for (std::int64_t j = 0; j < counts[k]; ++j, ++position) {
            ++allocation[static_cast<std::size_t>(position % n_splits)][k];
        }
    }
    std::optional<random::RandomState> rng;
    if (params_.shuffle) rng.emplace(detail::random_state_for(params_.random_state));
    // Each class's rows get its folds in blocks (0 0 1 1 2 ...), shuffled when asked.
    std::vector<std::vector<std::int64_t>> folds_for_class(counts.size());
    for (std::size_t k = 0; k < counts.size(); ++k) {
        auto& folds = folds_for_class[k];
        folds.reserve(static_cast<std::size_t>(counts[k]));
        for (std::int64_t f = 0; f < n_splits; ++f) {
            folds.insert(folds.end(),
                         static_cast<std::size_t>(allocation[static_cast<std::size_t>(f)][k]), f);
        }
        if (rng) rng->shuffle(folds);
    }
    std::vector<std::int64_t> fold_of(static_cast<std::size_t>(n_samples));
    std::vector<std::size_t> next(counts.size(), 0);
    for (std::int64_t i = 0; i < n_samples; ++i) {
        const auto k = static_cast<std::size_t>(encoded[static_cast<std::size_t>(i)]);
        fold_of[static_cast<std::size_t>(i)] = folds_for_class[k][next[k]++];
    }
    return detail::splits_from_folds(fold_of, n_splits);
}

std::string StratifiedKFold::repr() const {
    return kfold_repr("StratifiedKFold", params_);
}

}  // namespace tabula
