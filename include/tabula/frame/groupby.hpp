#pragma once
// pandas' groupby: df.groupby("city")["income"].mean(), agg, transform, value_counts.
//
// Groups come out as pandas 1.5.3 orders them: sorted by key (strings in code-point order,
// nulls last) or, with sort=false, in order of first appearance; rows with a null key (null,
// or NaN in a float key) are dropped unless dropna=false. A categorical key shows every
// category (pandas' observed=False), in category order; with several keys and a categorical
// among them, every combination of the keys' values is a group. With dropna=false a
// categorical key keeps its null group last (pandas 1.5.3 loses those rows, a bug).
//
// Results are indexed by the key, named after it. tabula has no MultiIndex: with several keys
// the index holds the key tuples as pandas' MultiIndex.to_flat_index() prints them ("(NY, 2)"),
// and GroupByOptions::as_index = false gives the typed key columns instead, first in the frame,
// over a RangeIndex (pandas' as_index=False).
//
// Sums and means add each group's values in row order with Kahan compensation, and var/std
// use Welford's update, exactly as pandas' kernels do, so the results are bit-identical.
// Where tabula's nullable dtypes differ from pandas' NumPy dtypes, tabula keeps the dtype: the
// min/max/first/last of an empty group is a null (pandas turns an int column into float64
// NaN), and transform("sum") or ("count") of an int column stays int64 with nulls where a key was
// dropped (pandas gives float64); a key column keeps its dtype when all its values are null
// (pandas infers float64). min/max of strings skip nulls (pandas' object columns raise when
// a null is present); the sum of strings concatenates, "" for an empty group. Numeric
// statistics of datetime columns raise TypeError (pandas averages them).
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/options.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

namespace detail {
struct Grouping;
}

// A user aggregation: one group's values (nulls included, with their row labels) to a number.
using AggFunction = std::function<double(const Series&)>;
// A user transform: one group's values to a series of the same length, or of length 1 (a
// value broadcast over the group).
using TransformFunction = std::function<Series(const Series&)>;

// pandas' named aggregation, agg(income_mean=("income", "mean")), spelt
// agg({{"income_mean", "income", "mean"}, ...}); the function may also be a user function.
struct NamedAgg {
    NamedAgg(std::string name, std::string column, std::string aggfunc);
    NamedAgg(std::string name, std::string column, AggFunction function);

    std::string name;     // the result column
    std::string column;   // the column aggregated
    std::string aggfunc;  // a function name, or "<lambda>" for `function`
    AggFunction function;
};

// One column of a grouped frame: df.groupby("city")["income"].
class SeriesGroupBy {
  public:
    // Each returns one value per group, indexed by the group keys and named after the column.
    // sum: int64 for int and bool columns (wrapping as NumPy), the column's float type for
    // floats, 0 for an empty group; mean/median/std/var: float64, NaN for an empty group
    // (std/var also for a single value, ddof=1); count (values) and size (rows): int64;
    // min/max/first/last: the column's dtype, null for an empty group, first/last skipping
    // nulls; nunique: int64. TypeError for numeric statistics of a string column, with
    // pandas' message.
    Series sum() const;
    Series mean() const;
    Series count() const;
    Series size() const;
    Series min() const;
    Series max() const;
    Series std(std::int64_t ddof = 1) const;
    Series var(std::int64_t ddof = 1) const;
    Series median() const;
    Series first() const;
    Series last() const;
    Series nunique(bool dropna = true) const;

    // By name ("sum", "mean", ...); ValueError for a name that is none of the above.
    Series agg(std::string_view func) const;
    // f is called once per group with that group's values, in group order.
    Series agg(const AggFunction& f) const;
    // Several functions: one column per function, named after it.
    DataFrame agg(const std::vector<std::string>& funcs) const;
    DataFrame agg(std::initializer_list<std::string> funcs) const {
        return agg(std::vector<std::string>(funcs));
    }

    // The aggregate of each row's group, aligned with the frame (same index, same length):
    // df["city_avg_income"] = df.groupby("city")["income"].transform("mean"). A row whose key
    // was dropped gets a null.
    Series transform(std::string_view func) const;
    Series transform(const TransformFunction& f) const;
    // A user aggregation broadcast over each group's rows.
    Series transform(const AggFunction& f) const;

    // Counts of each value within each group: groups in key order, values by count descending
    // with ties in value order (pandas' order); indexed by (keys..., value) tuples as pandas'
    // flat index prints them, named after the column.
    Series value_counts(const ValueCountsOptions& options = {}) const;

    std::int64_t ngroups() const noexcept;

  private:
    friend class DataFrameGroupBy;
    SeriesGroupBy(std::shared_ptr<const detail::Grouping> grouping, Series values,
                  GroupByOptions options);
    Series result(Column values) const;

    std::shared_ptr<const detail::Grouping> grouping_;
    Series values_;
    GroupByOptions options_;
};

// A grouped frame: df.groupby("city") or df.groupby({"city", "segment"}).
class DataFrameGroupBy {
  public:
    // KeyError naming a missing key and the closest column.
    DataFrameGroupBy(const DataFrame& frame, std::vector<std::string> keys,
                     const GroupByOptions& options = {});

    // KeyError naming a missing column and the closest one.
    SeriesGroupBy operator[](std::string_view column) const;
    DataFrameGroupBy operator[](const std::vector<std::string>& columns) const;
    DataFrameGroupBy operator[](std::initializer_list<std::string> columns) const {
        return (*this)[std::vector<std::string>(columns)];
    }

    // SeriesGroupBy's statistics for every selected column (the non-key columns unless
    // selected with []); sum, mean, std, var and median leave out string columns, as pandas'
    // default numeric_only does.
    DataFrame sum() const;
    DataFrame mean() const;
    DataFrame count() const;
    DataFrame min() const;
    DataFrame max() const;
    DataFrame std(std::int64_t ddof = 1) const;
    DataFrame var(std::int64_t ddof = 1) const;
    DataFrame median() const;
    DataFrame first() const;
    DataFrame last() const;
    DataFrame nunique(bool dropna = true) const;
    // Rows per group (int64, unnamed).
    Series size() const;

    // One function for every selected column.
    DataFrame agg(std::string_view func) const;
    // Several functions for every selected column: columns "<column>_<func>". (string_view
    // elements: a std::string element would also take {"income", {"sum"}} through its
    // iterator-pair constructor and hide the per-column form below.)
    DataFrame agg(std::initializer_list<std::string_view> funcs) const;
    // Functions per column, {{"revenue", {"sum", "mean"}}, {"orders", {"count"}}}: pandas'
    // two-level header flattened as "revenue_sum", "revenue_mean", "orders_count", in the
    // order given.
    DataFrame agg(const std::vector<std::pair<std::string, std::vector<std::string>>>& spec) const;
    // Named aggregation: {{"income_mean", "income", "mean"}, ...}, columns in the order given.
    DataFrame agg(const std::vector<NamedAgg>& named) const;
    // A user function applied to every selected column of every group.
    DataFrame agg(const AggFunction& f) const;

    // SeriesGroupBy::transform for every selected column; the keys are left out.
    DataFrame transform(std::string_view func) const;
    DataFrame transform(const TransformFunction& f) const;

    std::int64_t ngroups() const noexcept;

  private:
    DataFrameGroupBy(std::shared_ptr<const detail::Grouping> grouping, DataFrame frame,
                     std::vector<std::string> selected, GroupByOptions options);
    SeriesGroupBy column(const std::string& name) const;
    // f on each selected column, in parallel unless f runs user code.
    DataFrame each_column(bool numeric_only, bool parallel,
                          const std::function<Column(const Series&)>& f) const;
    DataFrame result(std::vector<std::string> names, std::vector<Column> columns) const;

    std::shared_ptr<const detail::Grouping> grouping_;
    DataFrame frame_;
    std::vector<std::string> selected_;
    GroupByOptions options_;
};

}  // namespace tabula
