#pragma once
// The row orders behind sort_values, sort_index, nlargest and rank: pandas' nargsort (one key,
// NumPy's unstable order for ties) and lexsort_indexer (several keys, stable), over any column.
// Missing rows (a null, or NaN in a float column) never take part in the comparison: they keep
// their row order and go first or last, as pandas places them.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "tabula/frame/column.hpp"

namespace tabula::detail {

enum class SortKind { Quicksort, Heapsort, Stable };

// NumPy's kind names ("quicksort", "heapsort", "mergesort", "stable"; NumPy reads the first
// letter); ValueError with NumPy's message otherwise.
SortKind parse_sort_kind(std::string_view kind);
// true for "first", false for "last"; ValueError with pandas' message otherwise.
bool parse_na_first(std::string_view na_position);

// A null, or NaN in a float column.
bool is_missing(const Column& column, std::int64_t row);

// The rows of `column` that are not missing, in row order, and the ones that are.
struct RowSplit {
    std::vector<std::int64_t> present;
    std::vector<std::int64_t> missing;
};
RowSplit split_missing(const Column& column);

// Reorders `rows` (none missing) stably by the column's values, ascending or descending; equal
// values keep the order they had in `rows`.
void stable_sort_rows(const Column& column, bool ascending, std::vector<std::int64_t>& rows);
// True when rows a and b (neither missing) hold equal values (0.0 equals -0.0).
bool equal_rows(const Column& column, std::int64_t a, std::int64_t b);

// True when no row is missing and each row is >= (increasing) or <= (decreasing) the one
// before it, as pandas' is_monotonic_increasing / is_monotonic_decreasing.
bool is_monotonic(const Column& column, bool increasing);

// pandas' nargsort(column, kind, ascending, na_position): NumPy's order of `kind` for the
// present rows, then the missing rows in row order (first when na_first).
std::vector<std::int64_t> nargsort(const Column& column, bool ascending, bool na_first,
                                   SortKind kind);
// pandas' lexsort_indexer: stable by the first key, ties broken by the next, ...; each key's
// missing rows first or last whatever its direction. `ascending` has one entry per key.
std::vector<std::int64_t> lexsort(std::span<const Column> keys, const std::vector<bool>& ascending,
                                  bool na_first);

}  // namespace tabula::detail
