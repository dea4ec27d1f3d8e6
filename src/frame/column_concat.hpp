#pragma once
// Stacking columns end to end (concat by rows, and a merge's key taken from either side), with
// the dtype pandas would give where tabula has it: one dtype stays; ints of two widths give
// int64; ints with floats give float64; strings with categoricals give strings; categoricals
// with the same categories stay categorical. A stretch with no column (a frame without it) is
// nulls of that dtype: an int column with gaps stays int64 (pandas makes float64).
#include <cstdint>
#include <string_view>
#include <vector>

#include "tabula/frame/column.hpp"

namespace tabula::detail {

struct ColumnPiece {
    const Column* column = nullptr;  // nullptr: `rows` nulls
    std::int64_t rows = 0;
};

// TypeError naming `what` when the dtypes have no common tabula dtype (a number with a string or
// a bool, a date with anything else: pandas would make an object column).
Column concat_columns(const std::vector<ColumnPiece>& pieces, std::string_view what);

}  // namespace tabula::detail
