// DataFrame::groupby, the grouped objects and their statistics.
#include "tabula/frame/groupby.hpp"

#include <algorithm>

#include "column_values.hpp"
#include "groupby_kernels.hpp"
#include "groupby_result.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

DataFrameGroupBy DataFrame::groupby(const std::vector<std::string>& keys,
                                    const GroupByOptions& options) const {
    return DataFrameGroupBy(*this, keys, options);
}

DataFrameGroupBy DataFrame::groupby(std::string_view key, const GroupByOptions& options) const {
    return DataFrameGroupBy(*this, {std::string(key)}, options);
}

DataFrameGroupBy DataFrame::groupby(std::initializer_list<std::string> keys,
                                    const GroupByOptions& options) const {
    return DataFrameGroupBy(*this, std::vector<std::string>(keys), options);
}

NamedAgg::NamedAgg(std::string name, std::string column, std::string aggfunc)
    : name(std::move(name)), column(std::move(column)), aggfunc(std::move(aggfunc)) {}

NamedAgg::NamedAgg(std::string name, std::string column, AggFunction function)
    : name(std::move(name)),
      column(std::move(column)),
      aggfunc("<lambda>"),
      function(std::move(function)) {}

// ---- SeriesGroupBy ---------------------------------------------------------------------------

SeriesGroupBy::SeriesGroupBy(std::shared_ptr<const detail::Grouping> grouping, Series values,
                             GroupByOptions options)
    : grouping_(std::move(grouping)), values_(std::move(values)), options_(options) {}

std::int64_t SeriesGroupBy::ngroups() const noexcept {
    return grouping_->ngroups;
}

Series SeriesGroupBy::result(Column by_id) const {
    if (!options_.as_index) detail::throw_series_without_index("SeriesGroupBy");
    return Series(detail::in_group_order(by_id, *grouping_), values_.name(),
                  detail::group_index(*grouping_));
}

namespace {

Column aggregate_series(const Series& values, const detail::Grouping& g, detail::AggKind kind,
                        const detail::AggArgs& args = {}) {
    return detail::aggregate(values.column(), g, kind, values.name(), args);
}

}  // namespace

Series SeriesGroupBy::sum() const {
    return result(aggregate_series(values_, *grouping_, detail::AggKind::Sum));
}
Series SeriesGroupBy::mean() const {
    return result(aggregate_series(values_, *grouping_, detail::AggKind::Mean));
}
Series SeriesGroupBy::count() const {
    return result(aggregate_series(values_, *grouping_, detail::AggKind::Count));
}
Series SeriesGroupBy::size() const {
    return result(aggregate_series(values_, *grouping_, detail::AggKind::Size));
}
Series SeriesGroupBy::min() const {
    return result(aggregate_series(values_, *grouping_, detail::AggKind::Min));
}
Series SeriesGroupBy::max() const {
    return result(aggregate_series(values_, *grouping_, detail::AggKind::Max));
}
Series SeriesGroupBy::std(std::int64_t ddof) const {
    return result(aggregate_series(values_, *grouping_, detail::AggKind::Std, {.ddof = ddof}));
}
Series SeriesGroupBy::var(std::int64_t ddof) const {
    return result(aggregate_series(values_, *grouping_, detail::AggKind::Var, {.ddof = ddof}));
}
Series SeriesGroupBy::median() const {
    return result(aggregate_series(values_, *grouping_, detail::AggKind::Median));
}
Series SeriesGroupBy::first() const {
    return result(aggregate_series(values_, *grouping_, detail::AggKind::First));
}
Series SeriesGroupBy::last() const {
    return result(aggregate_series(values_, *grouping_, detail::AggKind::Last));
}
Series SeriesGroupBy::nunique(bool dropna) const {
    return result(
        aggregate_series(values_, *grouping_, detail::AggKind::Nunique, {.dropna = dropna}));
}

// ---- DataFrameGroupBy ------------------------------------------------------------------------

DataFrameGroupBy::DataFrameGroupBy(const DataFrame& frame, std::vector<std::string> keys,
                                   const GroupByOptions& options)
    : frame_(frame), options_(options) {
    if (keys.empty()) throw ValueError("No group keys passed!");
    std::vector<Column> columns;
    for (const std::string& key : keys) columns.push_back(frame.column(key));
    for (const std::string& name : frame.columns()) {
        if (std::find(keys.begin(), keys.end(), name) == keys.end()) selected_.push_back(name);
    }
    grouping_ = std::make_shared<const detail::Grouping>(
        detail::make_grouping(columns, std::move(keys), options.sort, options.dropna));
}

DataFrameGroupBy::DataFrameGroupBy(std::shared_ptr<const detail::Grouping> grouping,
                                   DataFrame frame, std::vector<std::string> selected,
                                   GroupByOptions options)
    : grouping_(std::move(grouping)),
      frame_(std::move(frame)),
      selected_(std::move(selected)),
      options_(options) {}

std::int64_t DataFrameGroupBy::ngroups() const noexcept {
    return grouping_->ngroups;
}

SeriesGroupBy DataFrameGroupBy::column(const std::string& name) const {
    return SeriesGroupBy(grouping_, frame_[name], options_);
}

SeriesGroupBy DataFrameGroupBy::operator[](std::string_view column) const {
    return this->column(std::string(column));
}

DataFrameGroupBy DataFrameGroupBy::operator[](const std::vector<std::string>& columns) const {
    for (const std::string& name : columns) frame_.column(name);
    return DataFrameGroupBy(grouping_, frame_, columns, options_);
}

DataFrame DataFrameGroupBy::result(std::vector<std::string> names,
                                   std::vector<Column> columns) const {
    for (Column& column : columns) column = detail::in_group_order(column, *grouping_);
    if (options_.as_index) {
        return DataFrame(std::move(names), std::move(columns), detail::group_index(*grouping_));
    }
    std::vector<std::string> all_names = grouping_->names;
    std::vector<Column> all = detail::ordered_keys(*grouping_);
    all_names.insert(all_names.end(), names.begin(), names.end());
    all.insert(all.end(), columns.begin(), columns.end());
    return DataFrame(std::move(all_names), std::move(all));
}

DataFrame DataFrameGroupBy::each_column(bool numeric_only, bool parallel,
                                        const std::function<Column(const Series&)>& f) const {
    std::vector<std::string> names;
    std::vector<std::function<Column()>> tasks;
    for (const std::string& name : selected_) {
        const Series values = frame_[name];
        if (numeric_only && !detail::is_reducible(values.dtype())) continue;
        names.push_back(name);
        tasks.emplace_back([&f, values] { return f(values); });
    }
    return result(std::move(names), detail::run_tasks(tasks, parallel));
}

namespace {

std::function<Column(const Series&)> kernel(const detail::Grouping& g, detail::AggKind kind,
                                            const detail::AggArgs& args = {}) {
    return
        [&g, kind, args](const Series& values) { return aggregate_series(values, g, kind, args); };
}

}  // namespace

DataFrame DataFrameGroupBy::sum() const {
    return each_column(true, true, kernel(*grouping_, detail::AggKind::Sum));
}
DataFrame DataFrameGroupBy::mean() const {
    return each_column(true, true, kernel(*grouping_, detail::AggKind::Mean));
}
DataFrame DataFrameGroupBy::count() const {
    return each_column(false, true, kernel(*grouping_, detail::AggKind::Count));
}
DataFrame DataFrameGroupBy::min() const {
    return each_column(false, true, kernel(*grouping_, detail::AggKind::Min));
}
DataFrame DataFrameGroupBy::max() const {
    return each_column(false, true, kernel(*grouping_, detail::AggKind::Max));
}
DataFrame DataFrameGroupBy::std(std::int64_t ddof) const {
    return each_column(true, true, kernel(*grouping_, detail::AggKind::Std, {.ddof = ddof}));
}
DataFrame DataFrameGroupBy::var(std::int64_t ddof) const {
    return each_column(true, true, kernel(*grouping_, detail::AggKind::Var, {.ddof = ddof}));
}
DataFrame DataFrameGroupBy::median() const {
    return each_column(true, true, kernel(*grouping_, detail::AggKind::Median));
}
DataFrame DataFrameGroupBy::first() const {
    return each_column(false, true, kernel(*grouping_, detail::AggKind::First));
}
DataFrame DataFrameGroupBy::last() const {
    return each_column(false, true, kernel(*grouping_, detail::AggKind::Last));
}
DataFrame DataFrameGroupBy::nunique(bool dropna) const {
    return each_column(false, true,
                       kernel(*grouping_, detail::AggKind::Nunique, {.dropna = dropna}));
}

Series DataFrameGroupBy::size() const {
    if (!options_.as_index) detail::throw_series_without_index("DataFrameGroupBy.size()");
    const Column sizes = detail::aggregate(Column(), *grouping_, detail::AggKind::Size, "size");
    return Series(detail::in_group_order(sizes, *grouping_), "", detail::group_index(*grouping_));
}

}  // namespace tabula
