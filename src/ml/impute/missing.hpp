#pragma once
// What the imputers count as missing (scikit-learn's missing_values=np.nan): NaN or null in a
// numeric column, null in a text column (pandas reads a text gap as NaN).
#include <cstdint>
#include <string_view>
#include <vector>

#include "tabula/frame/column.hpp"
#include "tabula/ml/data.hpp"

namespace tabula::impute {

// String or categorical: imputed by value, not by number.
bool is_text(const Column& column);

// 1 where row i of `column` is missing.
std::vector<std::uint8_t> missing_mask(const Column& column);

// ValueError "Input X contains infinity or a value too large for dtype('float64') (column 'x',
// row 0)." for numeric columns (the imputers take force_all_finite='allow-nan').
void check_no_infinity(const Features& X);

}  // namespace tabula::impute
