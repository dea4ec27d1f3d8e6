// DataFrame's per-column reductions: count, sum, mean, nunique. sum and mean read the numeric
// and bool columns only and leave the others out, as pandas 1.5 does with numeric_only=None.
#include <algorithm>

#include "column_stats.hpp"
#include "column_values.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/frame/dataframe.hpp"
#include "value_counting.hpp"

namespace tabula {

namespace {

// f(column) for each column, in parallel; one result per column, in column order.
template <class R, class F>
std::vector<R> per_column(const std::vector<Column>& columns, F f) {
    std::vector<R> out(columns.size());
    parallel_chunks(static_cast<std::int64_t>(columns.size()), 1,
                    [&](std::int64_t c, std::int64_t, std::int64_t) {
                        out[static_cast<std::size_t>(c)] = f(columns[static_cast<std::size_t>(c)]);
                    });
    return out;
}

struct NumericPart {
    std::vector<std::string> names;
    std::vector<Column> columns;
};

NumericPart numeric_part(const std::vector<std::string>& names,
                         const std::vector<Column>& columns) {
    NumericPart part;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        if (!detail::is_reducible(columns[c].dtype())) continue;
        part.names.push_back(names[c]);
        part.columns.push_back(columns[c]);
    }
    return part;
}

}  // namespace

Series DataFrame::count() const {
    const auto counts = per_column<std::int64_t>(columns_, detail::valid_count);
    return Series(Column::from_vector(counts), {}, Index(names_));
}

Series DataFrame::sum() const {
    const NumericPart part = numeric_part(names_, columns_);
    const bool integer =
        std::all_of(part.columns.begin(), part.columns.end(), detail::sums_as_integer);
    if (integer) {
        const auto sums = per_column<std::int64_t>(part.columns, detail::integer_sum);
        return Series(Column::from_vector(sums), {}, Index(part.names));
    }
    const auto sums = per_column<double>(part.columns, detail::nan_sum);
    return Series(Column::from_vector(sums), {}, Index(part.names));
}

Series DataFrame::mean() const {
    const NumericPart part = numeric_part(names_, columns_);
    const auto means = per_column<double>(part.columns, detail::nan_mean);
    return Series(Column::from_vector(means), {}, Index(part.names));
}

Series DataFrame::nunique(bool dropna) const {
    const auto counts = per_column<std::int64_t>(
        columns_, [dropna](const Column& c) { return detail::distinct_count(c, dropna); });
    return Series(Column::from_vector(counts), {}, Index(names_));
}

}  // namespace tabula
