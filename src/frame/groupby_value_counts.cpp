// SeriesGroupBy::value_counts: counts of each value within each group, in pandas' order.
#include <algorithm>

#include "groupby_kernels.hpp"
#include "groupby_result.hpp"
#include "tabula/frame/groupby.hpp"

namespace tabula {

Series SeriesGroupBy::value_counts(const ValueCountsOptions& options) const {
    if (!options_.as_index) detail::throw_series_without_index("SeriesGroupBy.value_counts()");
    const detail::Grouping& g = *grouping_;
    const Column& column = values_.column();
    const detail::DenseKeys values = detail::dense_keys(column, options.dropna);
    // pandas factorizes the values sorted, with the missing value's code -1 first among ties.
    std::vector<std::int64_t> rank = detail::sorted_ranks(column, values);
    if (values.null_id >= 0) rank[static_cast<std::size_t>(values.null_id)] = -1;

    const auto levels = static_cast<std::uint64_t>(values.first_rows.size());
    std::vector<std::uint64_t> pairs;
    for (std::size_t i = 0; i < g.ids.size(); ++i) {
        if (g.ids[i] < 0 || values.ids[i] < 0) continue;
        pairs.push_back(static_cast<std::uint64_t>(g.ids[i]) * levels +
                        static_cast<std::uint64_t>(values.ids[i]));
    }
    std::sort(pairs.begin(), pairs.end());
    struct Entry {
        std::int64_t value;
        std::int64_t count;
    };
    std::vector<std::vector<Entry>> per_group(static_cast<std::size_t>(g.ngroups));
    for (std::size_t i = 0; i < pairs.size();) {
        std::size_t j = i;
        while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
        per_group[static_cast<std::size_t>(pairs[i] / levels)].push_back(
            {static_cast<std::int64_t>(pairs[i] % levels), static_cast<std::int64_t>(j - i)});
        i = j;
    }

    std::vector<std::int64_t> group_of_row;
    std::vector<std::int64_t> value_row;
    std::vector<std::int64_t> counts;
    std::vector<double> fractions;
    for (const std::int64_t group : g.order) {
        std::vector<Entry>& entries = per_group[static_cast<std::size_t>(group)];
        std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
            const std::int64_t ra = rank[static_cast<std::size_t>(a.value)];
            const std::int64_t rb = rank[static_cast<std::size_t>(b.value)];
            if (options.sort && a.count != b.count) {
                return options.ascending ? a.count < b.count : a.count > b.count;
            }
            return ra < rb;
        });
        std::int64_t total = 0;
        for (const Entry& e : entries) total += e.count;
        for (const Entry& e : entries) {
            group_of_row.push_back(group);
            value_row.push_back(values.first_rows[static_cast<std::size_t>(e.value)]);
            counts.push_back(e.count);
            fractions.push_back(static_cast<double>(e.count) / static_cast<double>(total));
        }
    }
    std::vector<Column> labels;
    for (const Column& key : g.labels) labels.push_back(key.take(group_of_row));
    labels.push_back(column.take(value_row));
    Index index(detail::tuple_labels(labels));
    if (options.normalize) return Series(Column::from_vector(fractions), values_.name(), index);
    return Series(Column::from_vector(counts), values_.name(), index);
}

}  // namespace tabula
