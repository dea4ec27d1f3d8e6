#pragma once
// The text of a column's cells as pandas prints them (pandas/io/formats/format.py: format_array
// and its per-dtype formatters), shared by the DataFrame and Series printers and info().
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "format_layout.hpp"
#include "tabula/frame/column.hpp"
#include "tabula/frame/display.hpp"
#include "tabula/frame/index.hpp"

namespace tabula::display_detail {

// The positions of the rows to print, in order (the head and tail of a truncated frame).
using Rows = std::span<const std::int64_t>;

// format_array: each dtype's formatter over `rows`, then the cells padded to one width with
// `justify` and cut at options.max_colwidth. Nulls print as pandas' dtype would: NaN for floats
// and strings, <NA> for int64 and bool (pandas' nullable Int64 and boolean), NaT for datetimes.
std::vector<std::string> format_cells(const Column& column, Rows rows, Justify justify,
                                      const DisplayOptions& options);

// FloatArrayFormatter: `precision` decimals with trailing zeros trimmed equally from every
// cell, scientific notation when a value would print as 0 or a large one makes cells too wide.
// A left-justified column writes nulls as " NaN".
std::vector<std::string> float_cells(const Column& column, Rows rows, Justify justify,
                                     int precision);
// Datetime64Formatter: "2021-01-03" when every value is a midnight, else
// "2021-01-03 10:00:00" with the finest fraction any value needs; NaT for nulls.
std::vector<std::string> datetime_cells(const Column& column, Rows rows);
// Python's str() of a pandas Timestamp: "2021-01-03 10:00:00" (".250000" or ".000000250" when
// there are sub-seconds).
std::string timestamp_text(std::int64_t nanoseconds);
// "2021-01-03".
std::string date_text(std::int64_t nanoseconds);
bool is_midnight(std::int64_t nanoseconds);

// Python's str() of the value at row i, as pandas writes an item of an index or a list:
// "3", "1.5", "nan", "True", "Oslo", "2021-01-03 00:00:00"; nulls as nan, <NA> or NaT.
std::string item_text(const Column& column, std::int64_t i);

// The dtype name pandas gives the column a tabula column stands for: "object" for strings (as
// read_csv gives them), "category", "datetime64[ns]", else NumPy's name.
std::string_view pandas_dtype_name(DType dtype);

// Index.format(): the labels at `rows`, left-aligned as pandas prints them beside the values.
// A whole RangeIndex pads to its first and last labels' width; a truncated one prints as the
// Int64Index pandas' concat makes of its head and tail.
std::vector<std::string> format_index_labels(const Index& index, Rows rows, bool truncated,
                                             const DisplayOptions& options);
// Index._summary(): "RangeIndex: 5 entries, 0 to 4", "Index: 3 entries, a to c", ...
std::string index_summary(const Index& index);
// pprint_thing of a list: "[a, b]", at most max_seq_items items, then ", ...".
std::string list_text(const std::vector<std::string>& items, std::int64_t max_seq_items);

}  // namespace tabula::display_detail
