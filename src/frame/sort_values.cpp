// Series.sort_values and DataFrame.sort_values, as pandas 1.5.3: one key sorts by nargsort
// (NumPy's order of `kind` for ties), several keys by lexsort_indexer (stable whatever `kind`).
#include <string>
#include <vector>

#include "sort_keys.hpp"
#include "sort_order.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

Series Series::sort_values(const SortOptions& options) const {
    if (options.ascending.size() != 1) {
        throw ValueError("Length of ascending (" + std::to_string(options.ascending.size()) +
                         ") must be 1 for Series");
    }
    const detail::SortKind kind = detail::parse_sort_kind(options.kind);
    const bool na_first = detail::parse_na_first(options.na_position);
    const auto order = detail::nargsort(column_, options.ascending.front(), na_first, kind);
    return detail::reorder(*this, order, options.ignore_index);
}

DataFrame DataFrame::sort_values(const std::vector<std::string>& by,
                                 const SortOptions& options) const {
    const std::size_t n_asc = options.ascending.size();
    if (n_asc != 1 && n_asc != by.size()) {
        throw ValueError("Length of ascending (" + std::to_string(n_asc) + ") != length of by (" +
                         std::to_string(by.size()) + ")");
    }
    std::vector<Column> keys;
    keys.reserve(by.size());
    for (const std::string& name : by) keys.push_back(column(name));
    const bool na_first = detail::parse_na_first(options.na_position);
    std::vector<std::int64_t> order;
    if (keys.size() == 1) {
        order = detail::nargsort(keys.front(), options.ascending.front(), na_first,
                                 detail::parse_sort_kind(options.kind));
    } else if (keys.size() > 1) {
        std::vector<bool> ascending = options.ascending;
        if (n_asc == 1) ascending.assign(keys.size(), options.ascending.front());
        order = detail::lexsort(keys, ascending, na_first);
    } else {
        for (std::int64_t i = 0; i < num_rows(); ++i) order.push_back(i);
    }
    return detail::reorder(*this, order, options.ignore_index);
}

}  // namespace tabula
