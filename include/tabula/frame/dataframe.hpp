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
#include "tabula/frame/indexing.hpp"
#include "tabula/frame/options.hpp"
#include "tabula/frame/scalar.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

class DataFrameGroupBy;
class ColumnRef;

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
    // df.drop({"a", "b"}): a braced list is a list of names, not string_view's pointer pair.
    DataFrame drop(std::initializer_list<std::string> columns) const {
        return drop(std::vector<std::string>(columns));
    }
    // Assignment, as pandas (column_ref.hpp): on a non-const frame df["x"] reads as the Series
    // and `df["x"] = values` makes or replaces the column in place: a Series (aligned on the
    // index labels), a Scalar (broadcast) or column values ({1, 2, 3}, a vector, a Column).
    // Reading a missing name this way throws the KeyError of the const overload.
    ColumnRef operator[](std::string_view name);
    DataFrame operator[](std::initializer_list<std::string> names) {
        return std::as_const(*this)[names];
    }
    // pandas' assign, one column per call (chain them: each sees the columns made before it):
    // a new frame with `name` made or replaced. A callable gets the frame and returns the values:
    // df.assign("ratio", [](const DataFrame& d) { return d["a"] / d["b"]; }).
    DataFrame assign(std::string name, const Series& values) const;
    DataFrame assign(std::string name, const Scalar& value) const;
    DataFrame assign(std::string name, const ColumnValues& values) const;
    template <std::invocable<const DataFrame&> F>
    DataFrame assign(std::string name, F&& make_values) const {
        return assign(std::move(name), make_values(*this));
    }
    // pandas' insert: the column placed at position `loc` (0 <= loc <= num_columns()), in place.
    // ValueError "cannot insert x, already exists" unless allow_duplicates; IndexError for loc.
    void insert(std::int64_t loc, std::string column, const Series& values,
                bool allow_duplicates = false);
    void insert(std::int64_t loc, std::string column, const Scalar& value,
                bool allow_duplicates = false);
    void insert(std::int64_t loc, std::string column, const ColumnValues& values,
                bool allow_duplicates = false);

    // Selecting by label (loc) and by position (iloc), as pandas: indexing.hpp has the selectors
    // and examples. A single label or position drops its axis: a row gives a Series indexed by
    // the column names (the common numeric dtype of the row, else a string series of each
    // value's Python text where pandas gives object), a row and a column give a Scalar.
    // KeyError for a missing label (its repr) or column (with the closest name); IndexError
    // "single positional indexer is out-of-bounds" / "positional indexers are out-of-bounds".
    template <RowLabel L>
    Series loc(const L& row) const {
        return loc_row(Scalar(row));
    }
    DataFrame loc(const LabelRows& rows) const;
    template <RowLabel L, ColumnName C>
    Scalar loc(const L& row, const C& column) const {
        return loc_cell(Scalar(row), column);
    }
    template <RowLabel L>
    Series loc(const L& row, const LabelColumns& columns) const {
        return loc_row(Scalar(row), columns);
    }
    template <ColumnName C>
    Series loc(const LabelRows& rows, const C& column) const {
        return loc_column(rows, column);
    }
    DataFrame loc(const LabelRows& rows, const LabelColumns& columns) const;
    template <Position I>
    Series iloc(I row) const {
        return iloc_row(static_cast<std::int64_t>(row), Slice{});
    }
    DataFrame iloc(const Positions& rows) const { return iloc(rows, Slice{}); }
    template <Position I, Position J>
    Scalar iloc(I row, J column) const {
        return iloc_cell(static_cast<std::int64_t>(row), static_cast<std::int64_t>(column));
    }
    template <Position I>
    Series iloc(I row, const Positions& columns) const {
        return iloc_row(static_cast<std::int64_t>(row), columns);
    }
    template <Position J>
    Series iloc(const Positions& rows, J column) const {
        return iloc_column(rows, static_cast<std::int64_t>(column));
    }
    DataFrame iloc(const Positions& rows, const Positions& columns) const;

    // pandas' apply (row_view.hpp): axis 1 calls f(const RowView&) on each row, axis 0 calls
    // f(const Series&) on each column (the result is indexed by the column names). f returns
    // a double, an integer, a bool or a std::string (std::optional of one for a null), which
    // sets the result's dtype. A vectorised expression (df["a"] * 2 + df["b"]) is faster still.
    template <class F>
    Series apply(F&& f, int axis = 0) const;

  private:
    Series loc_row(const Scalar& row) const;
    Series loc_row(const Scalar& row, const LabelColumns& columns) const;
    Scalar loc_cell(const Scalar& row, std::string_view column) const;
    Series loc_column(const LabelRows& rows, std::string_view column) const;
    Series iloc_row(std::int64_t row, const Positions& columns) const;
    Scalar iloc_cell(std::int64_t row, std::int64_t column) const;
    Series iloc_column(const Positions& rows, std::int64_t column) const;
    // The frame of the columns at `positions` (names may repeat), sharing them.
    DataFrame columns_at(std::span<const std::int64_t> positions) const;
    // Row `position` of the columns at `columns` as a Series named by its label and indexed by
    // their names; its dtype comes from every column of the frame, as pandas takes the row first.
    Series row_series(std::int64_t position, std::span<const std::int64_t> columns) const;
    std::vector<std::int64_t> all_column_positions() const;

  public:
    // Missing data (seed section 06). A null, or a NaN in a float column, is missing (pandas'
    // isna); the rows dropna keeps keep their index labels.
    DataFrame dropna(const DropnaOptions& options = {}) const;
    // Every missing value set to `value`; a column with none is left as it is. An int column
    // filled with a float becomes float64. A value pandas could hold only in an object column
    // (a string in a number column, a number in a string column) is a TypeError, and so is a
    // category the column does not have (pandas' message); a null value is a ValueError.
    DataFrame fillna(const Scalar& value) const;
    // A value per column; columns not named keep their gaps, names not in the frame are
    // ignored (as pandas).
    DataFrame fillna(const std::vector<std::pair<std::string, Scalar>>& values) const;
    // ValueError for a limit below 1.
    DataFrame ffill(std::optional<std::int64_t> limit = {}) const;
    DataFrame bfill(std::optional<std::int64_t> limit = {}) const;
    // Linear interpolation of every numeric column (Series::interpolate); strings and bools are
    // left as they are. As pandas 1.5: ValueError for a categorical or datetime column,
    // TypeError when every column holds text.
    DataFrame interpolate() const;

    // Ordering.
    DataFrame sort_values(const std::vector<std::string>& by, const SortOptions& options = {}) const;
    DataFrame sort_values(std::string_view by, const SortOptions& options = {}) const {
        return sort_values(std::vector{std::string(by)}, options);
    }
    // df.sort_values({"city", "age"}): the initializer_list overload wins over string_view's
    // pair-of-pointers constructor, as for operator[].
    DataFrame sort_values(std::initializer_list<std::string> by,
                          const SortOptions& options = {}) const {
        return sort_values(std::vector<std::string>(by), options);
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
    // groupby({"city", "segment"}): wins over string_view's pair-of-pointers constructor.
    DataFrameGroupBy groupby(std::initializer_list<std::string> keys,
                             const GroupByOptions& options = {}) const;

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

// Assignment through df["x"] and DataFrame::apply's row view complete the class's interface.
#include "tabula/frame/column_ref.hpp"  // IWYU pragma: export
#include "tabula/frame/row_view.hpp"    // IWYU pragma: export
