#pragma once
// "Missing" as pandas' isna() sees a value: a null, or a NaN stored in a float column (a frame
// built from a NumPy array, or a computed 0/0, holds NaN rather than a null). dropna, fillna,
// ffill, bfill and interpolate all decide by this one rule.
#include <cstdint>
#include <memory>
#include <string>

#include "tabula/frame/column.hpp"

namespace tabula::detail {

// true when some row is missing.
bool any_missing(const Column& column);

// One flag per row, true where the row is missing.
std::unique_ptr<bool[]> missing_rows(const Column& column);

// Adds 1 to present[i] for every row i that is not missing.
void count_present(const Column& column, std::int32_t* present);

// "column 'income'" or, for an unnamed series, "a float64 series": where an error happened.
std::string column_description(const Column& column, const std::string& name);

}  // namespace tabula::detail
