// Series.sort_index and DataFrame.sort_index, as pandas 1.5.3: labels already in the requested
// order are left as they are (ties included); otherwise nargsort of the labels.
#include <optional>
#include <string>
#include <vector>

#include "sort_keys.hpp"
#include "sort_order.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

namespace {

// The order that sorts the labels; nullopt when they are in order already.
std::optional<std::vector<std::int64_t>> index_order(const Index& index,
                                                     const SortOptions& options) {
    // A flat index has one level, so one direction; pandas reads a longer list as "ascending"
    // by its truthiness, which would silently ignore a False.
    if (options.ascending.size() != 1) {
        throw ValueError("Length of ascending (" + std::to_string(options.ascending.size()) +
                         ") must be 1 for an index of one level");
    }
    const detail::SortKind kind = detail::parse_sort_kind(options.kind);
    const bool na_first = detail::parse_na_first(options.na_position);
    const bool ascending = options.ascending.front();
    const std::int64_t n = index.size();
    const bool in_order = index.is_range() ? (n < 2 || (index.step() > 0) == ascending)
                                           : detail::is_monotonic(index.labels(), ascending);
    if (in_order) return std::nullopt;
    return detail::nargsort(index.labels(), ascending, na_first, kind);
}

}  // namespace

Series Series::sort_index(const SortOptions& options) const {
    check_pending();
    const auto order = index_order(index_, options);
    if (order) return detail::reorder(*this, *order, options.ignore_index);
    return options.ignore_index ? Series(column_, name_) : *this;
}

DataFrame DataFrame::sort_index(const SortOptions& options) const {
    const auto order = index_order(index_, options);
    if (order) return detail::reorder(*this, *order, options.ignore_index);
    return options.ignore_index ? DataFrame(names_, columns_) : *this;
}

}  // namespace tabula
