// agg: functions by name, several per column, named aggregation and user functions.
#include <string>

#include "column_values.hpp"
#include "groupby_kernels.hpp"
#include "groupby_result.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/groupby.hpp"

namespace tabula {

namespace {

detail::AggKind kind_of(std::string_view func, std::string_view owner) {
    if (const auto kind = detail::agg_kind(func)) return *kind;
    throw ValueError("'" + std::string(func) + "' is not a valid function for '" +
                     std::string(owner) + "' object");
}

Column by_name(const Series& values, const detail::Grouping& g, std::string_view func,
               std::string_view owner) {
    return detail::aggregate(values.column(), g, kind_of(func, owner), values.name());
}

// f of each group's values (nulls included, with their labels), called in group order; a
// float64 column by group id.
Column by_function(const Series& values, const detail::Grouping& g, const AggFunction& f) {
    const detail::GroupRows rows = detail::rows_by_group(g);
    std::vector<double> out(static_cast<std::size_t>(g.ngroups));
    for (const std::int64_t group : g.order) {
        const auto members = rows.of(group);
        const Series part(values.column().take(members), values.name(),
                          values.index().take(members));
        out[static_cast<std::size_t>(group)] = f(part);
    }
    return Column::from_vector(out);
}

// Frame-level sum, mean, std, var and median skip string columns (pandas' numeric_only).
bool numeric_only(detail::AggKind kind) {
    return kind == detail::AggKind::Sum || kind == detail::AggKind::Mean ||
           kind == detail::AggKind::Std || kind == detail::AggKind::Var ||
           kind == detail::AggKind::Median;
}

}  // namespace

Series SeriesGroupBy::agg(std::string_view func) const {
    return result(by_name(values_, *grouping_, func, "SeriesGroupBy"));
}

Series SeriesGroupBy::agg(const AggFunction& f) const {
    return result(by_function(values_, *grouping_, f));
}

DataFrame SeriesGroupBy::agg(const std::vector<std::string>& funcs) const {
    std::vector<Column> columns;
    for (const std::string& func : funcs) {
        columns.push_back(detail::in_group_order(
            by_name(values_, *grouping_, func, "SeriesGroupBy"), *grouping_));
    }
    if (options_.as_index)
        return DataFrame(funcs, std::move(columns), detail::group_index(*grouping_));
    std::vector<std::string> names = grouping_->names;
    std::vector<Column> all = detail::ordered_keys(*grouping_);
    names.insert(names.end(), funcs.begin(), funcs.end());
    all.insert(all.end(), columns.begin(), columns.end());
    return DataFrame(std::move(names), std::move(all));
}

DataFrame DataFrameGroupBy::agg(std::string_view func) const {
    const detail::AggKind kind = kind_of(func, "DataFrameGroupBy");
    return each_column(numeric_only(kind), true, [&](const Series& values) {
        return detail::aggregate(values.column(), *grouping_, kind, values.name());
    });
}

DataFrame DataFrameGroupBy::agg(std::initializer_list<std::string_view> funcs) const {
    std::vector<std::pair<std::string, std::vector<std::string>>> spec;
    for (const std::string& name : selected_) {
        spec.emplace_back(name, std::vector<std::string>(funcs.begin(), funcs.end()));
    }
    return agg(spec);
}

DataFrame DataFrameGroupBy::agg(
    const std::vector<std::pair<std::string, std::vector<std::string>>>& spec) const {
    std::vector<std::string> names;
    std::vector<std::function<Column()>> tasks;
    for (const auto& [column, funcs] : spec) {
        const Series values = frame_[column];
        for (const std::string& func : funcs) {
            names.push_back(column + "_" + func);
            const detail::AggKind kind = kind_of(func, "DataFrameGroupBy");
            tasks.emplace_back([this, values, kind] {
                return detail::aggregate(values.column(), *grouping_, kind, values.name());
            });
        }
    }
    return result(std::move(names), detail::run_tasks(tasks, true));
}

DataFrame DataFrameGroupBy::agg(const std::vector<NamedAgg>& named) const {
    std::vector<std::string> names;
    std::vector<std::function<Column()>> tasks;
    bool user_code = false;
    for (const NamedAgg& item : named) {
        const Series values = frame_[item.column];
        names.push_back(item.name);
        if (item.function) {
            user_code = true;
            tasks.emplace_back(
                [this, values, &item] { return by_function(values, *grouping_, item.function); });
            continue;
        }
        const detail::AggKind kind = kind_of(item.aggfunc, "DataFrameGroupBy");
        tasks.emplace_back([this, values, kind] {
            return detail::aggregate(values.column(), *grouping_, kind, values.name());
        });
    }
    return result(std::move(names), detail::run_tasks(tasks, !user_code));
}

DataFrame DataFrameGroupBy::agg(const AggFunction& f) const {
    return each_column(false, false,
                       [&](const Series& values) { return by_function(values, *grouping_, f); });
}

}  // namespace tabula
