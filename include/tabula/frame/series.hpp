#pragma once
// pandas' Series: one named Column plus the row labels (Index) it shares with its frame.
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/frame/column.hpp"
#include "tabula/frame/index.hpp"
#include "tabula/frame/options.hpp"
#include "tabula/frame/scalar.hpp"

namespace tabula {

class StringMethods;

struct ValueCountsOptions {
    bool normalize = false;  // fractions instead of counts
    bool sort = true;        // by count; ties keep first-seen order, as pandas
    bool ascending = false;
    bool dropna = true;  // false counts nulls as their own value
};

class Series {
  public:
    // An empty float64 series.
    Series() = default;
    // `index` defaults to a RangeIndex over the column; ValueError when the lengths differ.
    explicit Series(Column column, std::string name = {}, std::optional<Index> index = {});
    template <ArrayElement T>
    explicit Series(const std::vector<T>& values, std::string name = {})
        : Series(Column::from_vector(values), std::move(name)) {}
    explicit Series(const std::vector<std::string>& values, std::string name = {})
        : Series(Column::from_strings(values), std::move(name)) {}

    // Each accessor throws the KeyError of a missing column read through a non-const frame's
    // df["name"] (see ColumnRef), so that such a read never sees an empty series.
    const Column& column() const {
        check_pending();
        return column_;
    }
    const std::string& name() const {
        check_pending();
        return name_;
    }
    const Index& index() const {
        check_pending();
        return index_;
    }
    DType dtype() const { return column().dtype(); }
    std::int64_t size() const { return column().size(); }
    bool empty() const { return size() == 0; }
    Series rename(std::string name) const;

    Series head(std::int64_t n = 5) const;
    Series tail(std::int64_t n = 5) const;
    // Elements [offset, offset + length) by position, with their labels.
    Series slice(std::int64_t offset, std::int64_t length) const;

    // The value at position i as double (NaN for a null); TypeError for strings.
    double value(std::int64_t i) const;
    // The text at position i of a string or categorical series.
    std::string_view text(std::int64_t i) const { return column().string_at(i); }
    // Values as float64 with nulls as NaN (bool as 0/1); TypeError for strings.
    NDArray<double> to_numpy() const;

    // Missing values (isna/notna are pandas' aliases).
    Series isnull() const;
    Series notnull() const;
    Series isna() const { return isnull(); }
    Series notna() const { return notnull(); }

    // Reductions skip nulls (pandas' skipna=True); they read numbers and bools, TypeError for
    // strings. An empty or all-null input gives NaN (sum gives 0, count gives 0).
    std::int64_t count() const { return size() - column_.null_count(); }
    double sum() const;
    double mean() const;
    double var(std::int64_t ddof = 1) const;
    double std(std::int64_t ddof = 1) const;
    double min() const;
    double max() const;
    double median() const;
    // Linear interpolation, as pandas' default; ValueError unless 0 <= q <= 1.
    double quantile(double q) const;
    // Distinct non-null values (nulls count as one more value when dropna is false).
    std::int64_t nunique(bool dropna = true) const;
    // Counts (int64) or fractions (float64) of each distinct value, indexed by the value.
    Series value_counts(const ValueCountsOptions& options = {}) const;
    // pandas' Series.describe(): count mean std min 25% 50% 75% max (float64) for numbers;
    // count unique top freq (as text) otherwise.
    Series describe() const;

    // Bytes used by the values (and the index when `index`), as pandas' memory_usage.
    std::size_t memory_usage(bool index = true, bool deep = false) const;
    bool equals(const Series& other) const;

    // Computing (series_ops.hpp has the operators and the free math functions).
    Series astype(DType dtype) const;
    Series abs() const;
    Series round(int decimals = 0) const;
    // Bounds left out are not applied; a null stays null.
    Series clip(std::optional<double> lower, std::optional<double> upper) const;
    Series pow(double exponent) const;
    // left <= x <= right for "both"; "neither", "left" and "right" as pandas' inclusive.
    Series between(const Scalar& left, const Scalar& right,
                   std::string_view inclusive = "both") const;
    Series isin(const std::vector<Scalar>& values) const;
    // pandas' .str accessor; TypeError for a series that does not hold strings.
    StringMethods str() const;
    // f applied to each non-null value (pandas' map with na_action="ignore": a null stays null and
    // f is not called for it; pandas' default would call f with NaN). f takes the values as
    // double (floats), std::int64_t (ints, datetimes as nanoseconds), bool, or std::string_view
    // (strings, categoricals); TypeError when it cannot. The result's dtype follows f's return
    // type: float64, int64, bool or string; a std::optional return gives a null for nullopt.
    template <class F>
    Series map(F&& f) const;

    // Missing data.
    Series dropna() const;
    Series fillna(const Scalar& value) const;
    // Carry the last (next) value forward (backward) over nulls, at most `limit` in a row.
    Series ffill(std::optional<std::int64_t> limit = {}) const;
    Series bfill(std::optional<std::int64_t> limit = {}) const;
    // pandas' interpolate(method="linear"): straight lines between values by position; leading
    // nulls stay (limit_direction="forward").
    Series interpolate() const;

    // Ordering.
    Series sort_values(const SortOptions& options = {}) const;
    Series sort_index(const SortOptions& options = {}) const;
    // keep: "first", "last" or "all", as pandas.
    Series nlargest(std::int64_t n = 5, std::string_view keep = "first") const;
    Series nsmallest(std::int64_t n = 5, std::string_view keep = "first") const;
    Series rank(const RankOptions& options = {}) const;

  protected:
    // Makes every read throw KeyError(message): ColumnRef's state for a column that does not
    // exist yet (assigning to it creates the column).
    void set_pending_key_error(std::string message);
    // Members that read column_ directly call this first.
    void check_pending() const {
        if (pending_key_error_) [[unlikely]] {
            throw_pending_key_error();
        }
    }

  private:
    [[noreturn]] void throw_pending_key_error() const;

    Column column_;
    std::string name_;
    Index index_;
    std::shared_ptr<const std::string> pending_key_error_;
};

std::ostream& operator<<(std::ostream& out, const Series& series);

}  // namespace tabula

// The operators belong with the class: `df[df["age"] > 60]` needs no other include.
#include "tabula/frame/series_map.hpp"      // IWYU pragma: export
#include "tabula/frame/series_ops.hpp"      // IWYU pragma: export
#include "tabula/frame/string_methods.hpp"  // IWYU pragma: export
