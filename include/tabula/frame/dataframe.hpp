#pragma once
// pandas' DataFrame: ordered, named, immutable columns shared by pointer, plus row labels.
// Copying a frame is cheap; "changing" a column makes a new frame that shares the others.
#include <cstdint>
#include <initializer_list>
#include <iosfwd>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/frame/column.hpp"
#include "tabula/frame/index.hpp"
#include "tabula/frame/options.hpp"
#include "tabula/frame/scalar.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

class DataFrameGroupBy;

// The values of one column in a DataFrame literal: {25, 31}, {1.5, 2.5}, {"Oslo", "Rome"},
// {true, false}, a vector (of optionals for nulls), a Column or a Series.
struct ColumnValues {
    Column column;
    ColumnValues(Column c) : column(std::move(c)) {}                 // NOLINT
    ColumnValues(const Series& s) : column(s.column()) {}            // NOLINT
    ColumnValues(std::initializer_list<int> values);                 // int64
    ColumnValues(std::initializer_list<std::int64_t> values);        // int64
    ColumnValues(std::initializer_list<double> values);              // float64
    ColumnValues(std::initializer_list<bool> values);                // bool
    ColumnValues(std::initializer_list<const char*> values);         // string
    ColumnValues(const std::vector<std::string>& values);            // NOLINT
    ColumnValues(const std::vector<std::optional<std::string>>& v);  // NOLINT
    template <ArrayElement T>
    ColumnValues(const std::vector<T>& values) : column(Column::from_vector(values)) {}  // NOLINT
    template <ArrayElement T>
    ColumnValues(const std::vector<std::optional<T>>& values)  // NOLINT
        : column(Column::from_optionals(values)) {}
};

struct DescribeOptions {
    // "" (numeric columns, or all when there are none, as pandas), "all", "number", "object".
    std::string include;
    std::vector<double> percentiles = {0.25, 0.5, 0.75};
};

class DataFrame {
  public:
    DataFrame() = default;
    // DataFrame({{"age", {25, 31}}, {"city", {"Oslo", "Rome"}}}); ValueError when the columns'
    // lengths differ.
    DataFrame(std::initializer_list<std::pair<std::string, ColumnValues>> columns);
    // ValueError when the names and columns do not pair up or the lengths differ.
    DataFrame(std::vector<std::string> names, std::vector<Column> columns,
              std::optional<Index> index = {});
    // A 2-d float64 array as columns; names default to "0", "1", ... as pandas.
    static DataFrame from_numpy(const NDArray<double>& values,
                                std::vector<std::string> columns = {});

    // (rows, columns), as pandas' shape.
    std::pair<std::int64_t, std::int64_t> shape() const noexcept;
    std::int64_t num_rows() const noexcept { return shape().first; }
    std::int64_t num_columns() const noexcept { return shape().second; }
    // rows * columns, as pandas' size.
    std::int64_t size() const noexcept { return num_rows() * num_columns(); }
    bool empty() const noexcept { return size() == 0; }
    const std::vector<std::string>& columns() const noexcept { return names_; }
    const Index& index() const noexcept { return index_; }
    // The dtype names ("int64", "float64", "object" for strings, ...) indexed by column name.
    Series dtypes() const;

    bool contains(std::string_view name) const noexcept;
    // KeyError naming the missing column and the closest existing one.
    const Column& column(std::string_view name) const;
    const Column& column(std::size_t position) const;
    Series operator[](std::string_view name) const;
    DataFrame operator[](const std::vector<std::string>& names) const;
    // df[{"age", "income"}]: the initializer_list overload wins over string_view's pair-of-
    // pointers constructor.
    DataFrame operator[](std::initializer_list<std::string> names) const {
        return (*this)[std::vector<std::string>(names)];
    }
    // The rows where a bool series is true; ValueError when its length differs.
    DataFrame operator[](const Series& mask) const;

    DataFrame head(std::int64_t n = 5) const;
    DataFrame tail(std::int64_t n = 5) const;
    // Rows [offset, offset + length) by position, sharing storage.
    DataFrame slice(std::int64_t offset, std::int64_t length) const;
    DataFrame take(std::span<const std::int64_t> positions) const;
    // A frame with `name` replaced (or appended); ValueError when the length differs.
    DataFrame with_column(std::string name, Column column) const;
    DataFrame set_index(std::string_view column, bool drop = true) const;
    // The index becomes the first column (named "index" when unnamed), a RangeIndex the index.
    DataFrame reset_index(bool drop = false) const;

    // float64 values, rows x columns, nulls as NaN; TypeError naming a string column.
    NDArray<double> to_numpy() const;
    bool equals(const DataFrame& other) const;

    // Exploration, as pandas.
    DataFrame isnull() const;
    DataFrame notnull() const;
    DataFrame isna() const { return isnull(); }
    DataFrame notna() const { return notnull(); }
    // Per-column reductions over numeric and bool columns (others left out, as pandas 1.5
    // does), indexed by column name: count covers every column.
    Series count() const;
    Series sum() const;
    Series mean() const;
    Series nunique(bool dropna = true) const;
    DataFrame describe(const DescribeOptions& options = {}) const;
    // pandas' info(): class, index range, per-column non-null counts and dtypes, dtype counts,
    // memory usage.
    void info(std::ostream& out) const;
    void info() const;
    // Bytes per column (the index first, as "Index", when `index`).
    Series memory_usage(bool index = true, bool deep = false) const;
    // Pearson correlation of the numeric columns, pairwise-complete as pandas.
    DataFrame corr() const;

    // Changing columns; each returns a new frame sharing the untouched columns.
    // Columns removed; KeyError naming a missing one.
    DataFrame drop(const std::vector<std::string>& columns) const;
    DataFrame drop(std::string_view column) const { return drop(std::vector{std::string(column)}); }
    // Columns renamed by an old -> new map; names not in the frame are ignored, as pandas.
    DataFrame rename(const std::vector<std::pair<std::string, std::string>>& columns) const;

    // Missing data (seed section 06).
    DataFrame dropna(const DropnaOptions& options = {}) const;
    DataFrame fillna(const Scalar& value) const;
    // A value per column (columns not named keep their nulls).
    DataFrame fillna(const std::vector<std::pair<std::string, Scalar>>& values) const;
    DataFrame ffill(std::optional<std::int64_t> limit = {}) const;
    DataFrame bfill(std::optional<std::int64_t> limit = {}) const;
    // Linear interpolation of every numeric column (others unchanged).
    DataFrame interpolate() const;

    // Ordering.
    DataFrame sort_values(const std::vector<std::string>& by, const SortOptions& options = {}) const;
    DataFrame sort_values(std::string_view by, const SortOptions& options = {}) const {
        return sort_values(std::vector{std::string(by)}, options);
    }
    DataFrame sort_index(const SortOptions& options = {}) const;
    DataFrame nlargest(std::int64_t n, const std::vector<std::string>& columns,
                       std::string_view keep = "first") const;
    DataFrame nsmallest(std::int64_t n, const std::vector<std::string>& columns,
                        std::string_view keep = "first") const;

    // Grouping (groupby.hpp has the grouped object).
    DataFrameGroupBy groupby(const std::vector<std::string>& keys,
                             const GroupByOptions& options = {}) const;
    DataFrameGroupBy groupby(std::string_view key, const GroupByOptions& options = {}) const;

    // Combining (merge.hpp has merge() and concat()).
    DataFrame merge(const DataFrame& right, const MergeOptions& options = {}) const;
    // Columns of `other` joined on its index, as pandas' join.
    DataFrame join(const DataFrame& other, const JoinOptions& options = {}) const;
    // A bool series, true for a row equal to an earlier one (keep "first") over the subset.
    Series duplicated(const DuplicatedOptions& options = {}) const;
    DataFrame drop_duplicates(const DuplicatedOptions& options = {}) const;

  private:
    std::vector<std::string> names_;
    std::vector<Column> columns_;
    Index index_;
};

std::ostream& operator<<(std::ostream& out, const DataFrame& frame);

}  // namespace tabula
