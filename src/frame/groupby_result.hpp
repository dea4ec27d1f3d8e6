#pragma once
// Shaping groupby results: per-group columns (by group id) put in pandas' group order, under
// the keys' index, or after the key columns with as_index=false.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "groupby_keys.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/index.hpp"

namespace tabula::detail {

// The index of a result: the key's values named after it, or for several keys their tuples as
// pandas' MultiIndex.to_flat_index() prints them: "(NY, 2.0)", a missing value as "nan".
Index group_index(const Grouping& g);
// The key columns in group order.
std::vector<Column> ordered_keys(const Grouping& g);
// A column by group id put in group order.
Column in_group_order(const Column& by_id, const Grouping& g);
// One tuple label per row: "(" + texts of each column's row joined by ", " + ")".
Column tuple_labels(const std::vector<Column>& columns);

// The results of independent aggregations, computed in parallel unless one calls user code;
// an error is rethrown as the first failing task (in task order) raised it, whatever the
// thread count.
std::vector<Column> run_tasks(const std::vector<std::function<Column()>>& tasks, bool parallel);

// ValueError: a Series result with as_index=false, which pandas gives as a frame.
[[noreturn]] void throw_series_without_index(std::string_view what);

}  // namespace tabula::detail
