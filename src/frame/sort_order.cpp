#include "sort_order.hpp"

#include <string>
#include <vector>

namespace tabula::detail {

namespace {

Index reordered_index(const Index& index, std::span<const std::int64_t> order, bool ignore_index) {
    if (ignore_index) return Index::range(0, static_cast<std::int64_t>(order.size()));
    if (!index.is_range()) return index.take(order);
    // A RangeIndex's labels follow from the positions; materialising them first would cost a
    // pass over every row.
    std::vector<std::int64_t> labels(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        labels[i] = index.start() + order[i] * index.step();
    }
    return Index(Column::from_vector(labels), index.name());
}

}  // namespace

Series reorder(const Series& series, std::span<const std::int64_t> order, bool ignore_index) {
    return Series(series.column().take(order), series.name(),
                  reordered_index(series.index(), order, ignore_index));
}

DataFrame reorder(const DataFrame& frame, std::span<const std::int64_t> order, bool ignore_index) {
    std::vector<Column> columns;
    columns.reserve(frame.columns().size());
    for (std::size_t j = 0; j < frame.columns().size(); ++j) {
        columns.push_back(frame.column(j).take(order));
    }
    return DataFrame(frame.columns(), std::move(columns),
                     reordered_index(frame.index(), order, ignore_index));
}

}  // namespace tabula::detail
