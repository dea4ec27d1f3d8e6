#pragma once
// The selectors DataFrame::loc and DataFrame::iloc take, since C++20's operator[] takes one
// argument and Python's `:` has no C++ spelling:
//   df.loc("r1")                        pandas df.loc["r1"]            (a row as a Series)
//   df.loc({"r1", "r3"})                df.loc[["r1", "r3"]]
//   df.loc(LabelSlice{"r1", "r3"})      df.loc["r1":"r3"]              (both ends included)
//   df.loc(df["age"] > 60, {"city"})    df.loc[df["age"] > 60, ["city"]]
//   df.iloc(Slice{1, 4})                df.iloc[1:4]                   (stop excluded)
//   df.iloc(Slice{}, {0, 2})            df.iloc[:, [0, 2]]
//   df.iloc(Slice{{}, {}, -1})          df.iloc[::-1]   ({} is an open end)
// A single label or position (not a list) drops that axis, as pandas: a row gives a Series, a
// row and a column give a Scalar.
#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "tabula/array/ndarray.hpp"  // Slice: Python's slice, as NDArray indexing takes it
#include "tabula/frame/scalar.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

// A slice by label as pandas' loc takes it: both ends included; a null Scalar (Python's None) is
// an open end. On a sorted index the ends need not be labels of it (they are searched for).
struct LabelSlice {
    Scalar start{};
    Scalar stop{};
    std::int64_t step = 1;
};

// Rows (or columns) by position for iloc: a list of positions or a Slice (an absent end is
// open, a negative position counts from the end, positions past the end are clipped).
struct Positions {
    std::variant<std::vector<std::int64_t>, Slice> value;
    Positions(std::vector<std::int64_t> positions) : value(std::move(positions)) {}  // NOLINT
    Positions(std::initializer_list<std::int64_t> positions)                         // NOLINT
        : value(std::vector<std::int64_t>(positions)) {}
    Positions(Slice slice) : value(slice) {}  // NOLINT
};

// Rows by label for loc: a list of labels, a LabelSlice, or a bool Series (aligned on the
// frame's index, as pandas).
struct LabelRows {
    std::variant<std::vector<Scalar>, LabelSlice, Series> value;
    LabelRows(std::vector<Scalar> labels) : value(std::move(labels)) {}  // NOLINT
    LabelRows(std::initializer_list<Scalar> labels)                      // NOLINT
        : value(std::vector<Scalar>(labels)) {}
    LabelRows(const std::vector<std::string>& labels)  // NOLINT
        : value(std::vector<Scalar>(labels.begin(), labels.end())) {}
    LabelRows(const std::vector<std::int64_t>& labels)  // NOLINT
        : value(std::vector<Scalar>(labels.begin(), labels.end())) {}
    LabelRows(LabelSlice slice) : value(std::move(slice)) {}  // NOLINT
    LabelRows(Series mask) : value(std::move(mask)) {}        // NOLINT
};

// Columns by name for loc: a list of names or a LabelSlice over the column names.
struct LabelColumns {
    std::variant<std::vector<std::string>, LabelSlice> value;
    LabelColumns(std::vector<std::string> names) : value(std::move(names)) {}  // NOLINT
    LabelColumns(std::initializer_list<std::string> names)                     // NOLINT
        : value(std::vector<std::string>(names)) {}
    LabelColumns(LabelSlice slice) : value(std::move(slice)) {}  // NOLINT
};

// One label (an int, a string, ...). A braced list never deduces a template argument, so
// `df.loc({"r1"})` picks the list overload and gives a frame, as pandas' df.loc[["r1"]].
template <class L>
concept RowLabel = std::constructible_from<Scalar, const L&>;

// One column name.
template <class C>
concept ColumnName = std::convertible_to<const C&, std::string_view>;

// One position (bool is not a position).
template <class I>
concept Position = std::integral<I> && !std::same_as<I, bool>;

}  // namespace tabula
