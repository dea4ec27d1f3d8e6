#pragma once
// Applying a row order to a Series or DataFrame: values and labels move together, or the result
// gets a fresh RangeIndex (pandas' ignore_index).
#include <cstdint>
#include <span>

#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/series.hpp"

namespace tabula::detail {

Series reorder(const Series& series, std::span<const std::int64_t> order, bool ignore_index);
DataFrame reorder(const DataFrame& frame, std::span<const std::int64_t> order, bool ignore_index);

}  // namespace tabula::detail
