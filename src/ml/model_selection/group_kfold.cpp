#include <algorithm>
#include <cmath>
#include <span>

#include "../../frame/numpy_quicksort.hpp"
#include "splitter_support.hpp"
#include "tabula/core/error.hpp"
#include "tabula/ml/labels.hpp"
#include "tabula/ml/model_selection/kfold.hpp"

namespace tabula {
namespace {

// check_array(groups, input_name="groups"): encode_labels would name y. NaN is named before
// infinity wherever each is, as scikit-learn's _assert_all_finite does.
template <class F>
void check_finite(const F* values, std::int64_t n) {
    const std::span<const F> all(values, static_cast<std::size_t>(n));
    if (std::any_of(all.begin(), all.end(), [](F v) { return std::isnan(v); })) {
        throw ValueError("Input groups contains NaN.");
    }
    if (std::any_of(all.begin(), all.end(), [](F v) { return std::isinf(v); })) {
        throw ValueError(
            "Input groups contains infinity or a value too large for dtype('float64').");
    }
}

void check_groups_finite(const Series& groups) {
    const Column& column = groups.column();
    if (column.has_nulls()) throw ValueError("Input groups contains NaN.");
    if (column.dtype() == DType::Float64) check_finite(column.data<double>(), column.size());
    if (column.dtype() == DType::Float32) check_finite(column.data<float>(), column.size());
}

}  // namespace

GroupKFold::GroupKFold(GroupKFoldParams params) : params_(params) {
    detail::check_kfold_n_splits(params_.n_splits);
}

std::vector<Split> GroupKFold::split(const Target& groups) const {
    const std::int64_t n_samples = groups.size();
    detail::check_folds_fit(params_.n_splits, n_samples);
    check_groups_finite(groups.series());
    const EncodedLabels labels = encode_labels(groups);
    const std::int64_t n_groups = labels.classes.size();
    if (params_.n_splits > n_groups) {
        throw ValueError(
            "Cannot have number of splits n_splits=" + std::to_string(params_.n_splits) +
            " greater than the number of groups: " + std::to_string(n_groups) + ".");
    }
    std::vector<std::int64_t> group_sizes(static_cast<std::size_t>(n_groups), 0);
    for (std::int32_t code : labels.codes) ++group_sizes[static_cast<std::size_t>(code)];
    // Largest groups first: np.argsort(sizes)[::-1], whose tie order is NumPy's introsort's.
    std::vector<std::int64_t> order = detail::numpy_argsort(group_sizes);
    std::reverse(order.begin(), order.end());
    // Each group goes to the fold holding the fewest rows so far (the first such fold).
    std::vector<std::int64_t> fold_rows(static_cast<std::size_t>(params_.n_splits), 0);
    std::vector<std::int64_t> group_fold(static_cast<std::size_t>(n_groups), 0);
    for (std::int64_t group : order) {
        const auto lightest = static_cast<std::size_t>(
            std::min_element(fold_rows.begin(), fold_rows.end()) - fold_rows.begin());
        fold_rows[lightest] += group_sizes[static_cast<std::size_t>(group)];
        group_fold[static_cast<std::size_t>(group)] = static_cast<std::int64_t>(lightest);
    }
    std::vector<std::int64_t> fold_of(static_cast<std::size_t>(n_samples));
    for (std::size_t i = 0; i < fold_of.size(); ++i) {
        fold_of[i] = group_fold[static_cast<std::size_t>(labels.codes[i])];
    }
    return detail::splits_from_folds(fold_of, params_.n_splits);
}

std::string GroupKFold::repr() const {
    return detail::splitter_repr("GroupKFold", {{"n_splits", std::to_string(params_.n_splits)}});
}

}  // namespace tabula
