// DataFrame::merge and merge(): argument checks with pandas' messages, then keys -> groups ->
// join indexers -> gathered columns.
#include "tabula/frame/merge.hpp"

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "merge_columns.hpp"
#include "merge_indexers.hpp"
#include "merge_keys.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

namespace {

struct KeyNames {
    std::vector<std::string> left;
    std::vector<std::string> right;
};

KeyNames key_names(const DataFrame& left, const DataFrame& right, const MergeOptions& options) {
    if (!options.on.empty() && (!options.left_on.empty() || !options.right_on.empty())) {
        throw MergeError(
            "Can only pass argument \"on\" OR \"left_on\" and \"right_on\", not a combination of "
            "both.");
    }
    if (!options.left_on.empty() && options.right_on.empty()) {
        throw MergeError("Must pass \"right_on\" OR \"right_index\".");
    }
    if (options.left_on.empty() && !options.right_on.empty()) {
        throw MergeError("Must pass \"left_on\" OR \"left_index\".");
    }
    if (!options.left_on.empty()) {
        if (options.left_on.size() != options.right_on.size()) {
            throw ValueError("len(right_on) must equal len(left_on)");
        }
        return {options.left_on, options.right_on};
    }
    std::vector<std::string> on = options.on;
    if (on.empty()) {
        for (const auto& name : left.columns()) {
            if (right.contains(name)) on.push_back(name);
        }
        if (on.empty()) {
            throw MergeError(
                "No common columns to perform merge on. Merge options: left_on=None, "
                "right_on=None, left_index=False, right_index=False");
        }
    }
    return {on, on};
}

enum class Validate { None, OneToOne, OneToMany, ManyToOne };

Validate parse_validate(const std::string& text) {
    if (text.empty() || text == "many_to_many" || text == "m:m") return Validate::None;
    if (text == "one_to_one" || text == "1:1") return Validate::OneToOne;
    if (text == "one_to_many" || text == "1:m") return Validate::OneToMany;
    if (text == "many_to_one" || text == "m:1") return Validate::ManyToOne;
    throw ValueError("Not a valid argument for validate");
}

void check_validate(Validate validate, bool left_duplicates, bool right_duplicates) {
    const std::string prefix = "Merge keys are not unique in ";
    switch (validate) {
        case Validate::None:
            return;
        case Validate::OneToOne:
            if (left_duplicates && right_duplicates) {
                throw MergeError(prefix + "either left or right dataset; not a one-to-one merge");
            }
            if (left_duplicates) throw MergeError(prefix + "left dataset; not a one-to-one merge");
            if (right_duplicates)
                throw MergeError(prefix + "right dataset; not a one-to-one merge");
            return;
        case Validate::OneToMany:
            if (left_duplicates) throw MergeError(prefix + "left dataset; not a one-to-many merge");
            return;
        case Validate::ManyToOne:
            if (right_duplicates) {
                throw MergeError(prefix + "right dataset; not a many-to-one merge");
            }
            return;
    }
}

std::vector<Column> columns_of(const DataFrame& frame, const std::vector<std::string>& names) {
    std::vector<Column> out;
    for (const auto& name : names) out.push_back(frame.column(name));
    return out;
}

}  // namespace

DataFrame merge(const DataFrame& left, const DataFrame& right, const MergeOptions& options) {
    const detail::JoinHow how = detail::parse_how(options.how);
    const Validate validate = parse_validate(options.validate);
    const KeyNames keys = key_names(left, right, options);
    const std::vector<Column> left_keys = columns_of(left, keys.left);
    const std::vector<Column> right_keys = columns_of(right, keys.right);

    const detail::JoinKeys join_keys(left_keys, right_keys);
    std::optional<detail::JoinIndexers> shortcut;
    if (left_keys.size() == 1 && !options.sort && validate == Validate::None) {
        shortcut = detail::unique_int_join(left_keys[0], right_keys[0], how);
    }
    const detail::JoinIndexers rows = shortcut ? std::move(*shortcut) : [&] {
        detail::KeyGroups groups = join_keys.factorize();
        if (options.sort) join_keys.sort_groups(groups);
        const detail::JoinPlan plan(groups, left.num_rows(), options.sort);
        check_validate(validate, plan.left_has_duplicates(), plan.right_has_duplicates());
        return plan.indexers(how);
    }();

    // A key named alike on both sides (on=, or left_on and right_on naming the same column at
    // the same place) becomes one column; other shared names get the suffixes.
    std::vector<std::string> shared_keys;
    for (std::size_t k = 0; k < keys.left.size(); ++k) {
        if (keys.left[k] == keys.right[k]) shared_keys.push_back(keys.left[k]);
    }
    auto is_shared_key = [&](const std::string& name) {
        return std::find(shared_keys.begin(), shared_keys.end(), name) != shared_keys.end();
    };
    std::vector<std::string> overlap;
    for (const auto& name : left.columns()) {
        if (right.contains(name) && !is_shared_key(name)) overlap.push_back(name);
    }
    std::vector<std::string> left_names = left.columns();
    std::vector<std::string> right_names;
    std::vector<Column> right_columns;
    for (std::size_t j = 0; j < right.columns().size(); ++j) {
        if (is_shared_key(right.columns()[j])) continue;
        right_names.push_back(right.columns()[j]);
        right_columns.push_back(right.column(j));
    }
    detail::apply_suffixes(left_names, right_names, overlap, options.suffixes.first,
                           options.suffixes.second);
    std::vector<std::string> names = left_names;
    names.insert(names.end(), right_names.begin(), right_names.end());
    const std::set<std::string> distinct(names.begin(), names.end());
    if (distinct.size() != names.size()) {
        std::vector<std::string> made;
        for (const auto& name : overlap) {
            for (const auto& suffixed :
                 {name + options.suffixes.first, name + options.suffixes.second}) {
                if (std::count(names.begin(), names.end(), suffixed) > 1) made.push_back(suffixed);
            }
        }
        if (!made.empty()) {
            throw MergeError("Passing 'suffixes' which cause duplicate columns " +
                             detail::index_repr(made) + " is not allowed.");
        }
    }

    std::vector<Column> left_columns;
    for (std::size_t j = 0; j < left.columns().size(); ++j) left_columns.push_back(left.column(j));
    std::vector<Column> columns = detail::gather_columns(left_columns, rows.left);
    // Rows without a left row take a shared key from the right (pandas coalesces it); inner and
    // left merges have a left row everywhere.
    if (how == detail::JoinHow::Right || how == detail::JoinHow::Outer) {
        for (std::size_t k = 0; k < keys.left.size(); ++k) {
            if (keys.left[k] != keys.right[k]) continue;
            const auto it = std::find(left.columns().begin(), left.columns().end(), keys.left[k]);
            columns[static_cast<std::size_t>(it - left.columns().begin())] =
                detail::coalesce(left_keys[k], right_keys[k], rows.left, rows.right, keys.left[k]);
        }
    }
    std::vector<Column> gathered_right = detail::gather_columns(right_columns, rows.right);
    columns.insert(columns.end(), gathered_right.begin(), gathered_right.end());
    return DataFrame(std::move(names), std::move(columns),
                     Index::range(0, static_cast<std::int64_t>(rows.left.size())));
}

DataFrame DataFrame::merge(const DataFrame& right, const MergeOptions& options) const {
    return tabula::merge(*this, right, options);
}

}  // namespace tabula
