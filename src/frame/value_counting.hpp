#pragma once
// Counting distinct values as pandas 1.5.3 does (htable.value_count, Categorical.value_counts),
// shared by value_counts, nunique and describe's unique/top/freq.
#include <cstdint>
#include <vector>

#include "tabula/frame/column.hpp"

namespace tabula::detail {

// The distinct values and their counts, unsorted: in first-seen order, or for a categorical
// column every category in category order (unseen ones with count 0). With `dropna` false the
// missing rows (null, or NaN in a float column) form one more group: at its first-seen place, or
// last for a categorical. 0.0 and -0.0 are one value (the first seen).
struct DistinctValues {
    Column keys;
    std::vector<std::int64_t> counts;
};
DistinctValues count_distinct(const Column& column, bool dropna);

// Distinct values present (pandas' nunique: unseen categories do not count); missing rows add
// one when `dropna` is false and there are any.
std::int64_t distinct_count(const Column& column, bool dropna);

}  // namespace tabula::detail
