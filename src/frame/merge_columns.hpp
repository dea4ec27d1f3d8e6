#pragma once
// Building the columns of a merge or join result from the join indexers.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tabula/frame/column.hpp"

namespace tabula::detail {

// Each column's rows at `positions` (-1 gives a null; positions are trusted to be in range),
// gathered in parallel chunks; a column is shared as it is when the positions are all of its
// rows in order.
std::vector<Column> gather_columns(const std::vector<Column>& columns,
                                   const std::vector<std::int64_t>& positions);

// A key present on both sides as one column: the left value where the output row has a left
// row, else the right value (pandas coalesces a merge key so).
Column coalesce(const Column& left, const Column& right, const std::vector<std::int64_t>& lpos,
                const std::vector<std::int64_t>& rpos, std::string_view what);

// pandas' repr of an Index of strings: Index(['a', 'b'], dtype='object').
std::string index_repr(const std::vector<std::string>& names);

// The names with a suffix where `overlap` holds them; ValueError with pandas' message when some
// overlap and both suffixes are empty.
void apply_suffixes(std::vector<std::string>& left_names, std::vector<std::string>& right_names,
                    const std::vector<std::string>& overlap, const std::string& left_suffix,
                    const std::string& right_suffix);

}  // namespace tabula::detail
