// DataFrame::join: the other frame's index matched against this frame's index (or `on`
// columns). pandas orders a join on two indexes as a merge, except that an outer join, or any
// join where an index has duplicate labels, comes out sorted by label.
#include <algorithm>
#include <string>

#include "merge_columns.hpp"
#include "merge_indexers.hpp"
#include "merge_keys.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula {

namespace {

bool is_identity(const std::vector<std::int64_t>& rows, std::int64_t size) {
    if (static_cast<std::int64_t>(rows.size()) != size) return false;
    for (std::int64_t i = 0; i < size; ++i) {
        if (rows[static_cast<std::size_t>(i)] != i) return false;
    }
    return true;
}

}  // namespace

DataFrame DataFrame::join(const DataFrame& other, const JoinOptions& options) const {
    const detail::JoinHow how = detail::parse_how(options.how);
    if (options.on.size() > 1) {
        throw ValueError("len(left_on) must equal the number of levels in the index of \"right\"");
    }
    const bool on_index = options.on.empty();
    const Column left_key = on_index ? index_.labels() : column(options.on.front());
    const Column right_key = other.index().labels();
    const detail::JoinKeys keys({left_key}, {right_key});
    detail::KeyGroups groups = keys.factorize();
    bool sorted = options.sort;
    if (sorted) keys.sort_groups(groups);
    std::optional<detail::JoinPlan> plan;
    plan.emplace(groups, num_rows(), sorted);
    if (on_index && !sorted &&
        (how == detail::JoinHow::Outer || plan->left_has_duplicates() ||
         plan->right_has_duplicates())) {
        sorted = true;
        keys.sort_groups(groups);
        plan.emplace(groups, num_rows(), sorted);
    }
    const detail::JoinIndexers rows = plan->indexers(how);

    std::vector<std::string> overlap;
    for (const auto& name : names_) {
        if (other.contains(name)) overlap.push_back(name);
    }
    std::vector<std::string> left_names = names_;
    std::vector<std::string> right_names = other.columns();
    detail::apply_suffixes(left_names, right_names, overlap, options.lsuffix, options.rsuffix);

    std::vector<Column> columns = detail::gather_columns(columns_, rows.left);
    std::vector<Column> other_columns;
    for (std::size_t j = 0; j < right_names.size(); ++j) other_columns.push_back(other.column(j));
    const std::vector<Column> gathered = detail::gather_columns(other_columns, rows.right);
    const bool needs_right = how == detail::JoinHow::Right || how == detail::JoinHow::Outer;
    if (!on_index && needs_right) {
        const auto at = static_cast<std::size_t>(
            std::find(names_.begin(), names_.end(), options.on.front()) - names_.begin());
        columns[at] = detail::coalesce(left_key, right_key, rows.left, rows.right, names_[at]);
    }
    columns.insert(columns.end(), gathered.begin(), gathered.end());
    std::vector<std::string> names = left_names;
    names.insert(names.end(), right_names.begin(), right_names.end());

    Index index;
    if (is_identity(rows.left, num_rows())) {
        index = index_;
    } else if (on_index && is_identity(rows.right, other.num_rows())) {
        index = other.index();
    } else if (on_index && needs_right) {
        index = Index(detail::coalesce(left_key, right_key, rows.left, rows.right, "index"),
                      index_.name());
    } else {
        index = Index(index_.labels().take(rows.left), index_.name());
    }
    return DataFrame(std::move(names), std::move(columns), std::move(index));
}

}  // namespace tabula
