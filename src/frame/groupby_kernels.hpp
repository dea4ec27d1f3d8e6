#pragma once
// The groupby aggregations over dense group ids, one result per group id, pandas 1.5.3's
// algorithms: row-order Kahan sums and means, Welford var/std, selection medians.
#include <cstdint>
#include <optional>
#include <string_view>

#include "groupby_keys.hpp"
#include "tabula/frame/column.hpp"

namespace tabula::detail {

enum class AggKind { Sum, Mean, Count, Size, Min, Max, Std, Var, Median, First, Last, Nunique };

// The aggregation a pandas function name stands for ("sum", "mean", ...), or none.
std::optional<AggKind> agg_kind(std::string_view name);

struct AggArgs {
    std::int64_t ddof = 1;  // std, var
    bool dropna = true;     // nunique: false counts the missing value as one more
};

// One value per group id (g.ngroups of them) of `values`, a column as long as g.ids.
// `name` is the column's, for error messages.
Column aggregate(const Column& values, const Grouping& g, AggKind kind, std::string_view name,
                 const AggArgs& args = {});

// min/max/first/last/nunique: the row each group takes its value from (-1 for none), and the
// distinct-value counts.
std::vector<std::int64_t> selected_rows(const Column& values, const Grouping& g, AggKind kind);
Column distinct_per_group(const Column& values, const Grouping& g, bool dropna);

}  // namespace tabula::detail
