// nlargest / nsmallest as pandas 1.5.3's SelectNSeries and SelectNFrame: ties in row order
// (reversed for keep="last"), keep="all" widens the cut to every tie of the n-th value, and a
// frame breaks ties of one column by the next before it sorts the picked rows.
#include <algorithm>
#include <string>
#include <vector>

#include "sort_keys.hpp"
#include "sort_order.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

namespace {

void check_keep(std::string_view keep) {
    if (keep != "first" && keep != "last" && keep != "all") {
        throw ValueError(R"(keep must be either "first", "last" or "all")");
    }
}

// Numbers, bools and datetimes, as pandas' is_valid_dtype_n_method.
bool selectable(DType dtype) {
    return dtype != DType::String && dtype != DType::Categorical;
}

std::string pandas_name(DType dtype) {
    return dtype == DType::String ? "object" : std::string(dtype_name(dtype));
}

const char* method_name(bool largest) {
    return largest ? "nlargest" : "nsmallest";
}

// The rows SelectNSeries.compute returns, in its order.
std::vector<std::int64_t> select_n(const Column& column, std::int64_t n, std::string_view keep,
                                   bool largest) {
    if (n <= 0) return {};
    if (n >= column.size()) {
        // pandas falls back to sort_values(...).head(n), nulls last.
        return detail::nargsort(column, !largest, false, detail::SortKind::Quicksort);
    }
    detail::RowSplit split = detail::split_missing(column);
    std::vector<std::int64_t> rows = std::move(split.present);
    if (keep == "last") std::reverse(rows.begin(), rows.end());
    detail::stable_sort_rows(column, !largest, rows);
    const auto count = static_cast<std::int64_t>(rows.size());
    const std::int64_t missing = static_cast<std::int64_t>(split.missing.size());
    std::int64_t picked = std::min(n, count);
    std::int64_t length = n;
    if (keep == "all") {
        while (picked > 0 && picked < count &&
               detail::equal_rows(column, rows[static_cast<std::size_t>(picked)],
                                  rows[static_cast<std::size_t>(picked - 1)])) {
            ++picked;
        }
        length = picked < n && missing + picked >= n ? missing + picked : picked;
    }
    rows.resize(static_cast<std::size_t>(picked));
    rows.insert(rows.end(), split.missing.begin(), split.missing.end());
    rows.resize(static_cast<std::size_t>(std::min<std::int64_t>(length, rows.size())));
    return rows;
}

Series select_series(const Series& series, std::int64_t n, std::string_view keep, bool largest) {
    check_keep(keep);
    if (!selectable(series.dtype())) {
        throw TypeError("Cannot use method '" + std::string(method_name(largest)) +
                        "' with dtype " + pandas_name(series.dtype()));
    }
    return detail::reorder(series, select_n(series.column(), n, keep, largest), false);
}

// Appends `rows` after `indexer` (nsmallest) or puts them before it (nlargest), as pandas'
// get_indexer.
void add_rows(std::vector<std::int64_t>& indexer, const std::vector<std::int64_t>& rows,
              bool largest) {
    indexer.insert(largest ? indexer.begin() : indexer.end(), rows.begin(), rows.end());
}

DataFrame select_frame(const DataFrame& frame, std::int64_t n,
                       const std::vector<std::string>& columns, std::string_view keep,
                       bool largest) {
    check_keep(keep);
    for (const std::string& name : columns) {
        const DType dtype = frame.column(name).dtype();
        if (!selectable(dtype)) {
            throw TypeError("Column '" + name + "' has dtype " + pandas_name(dtype) +
                            ", cannot use method '" + method_name(largest) + "' with this dtype");
        }
    }
    std::vector<std::int64_t> current(static_cast<std::size_t>(frame.num_rows()));
    for (std::size_t i = 0; i < current.size(); ++i) current[i] = static_cast<std::int64_t>(i);
    std::int64_t wanted = n;
    std::vector<std::int64_t> indexer;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        const Column& column = frame.column(columns[c]);
        const bool last_column = c + 1 == columns.size();
        std::vector<std::int64_t> picked =
            select_n(column.take(current), wanted, last_column ? keep : "all", largest);
        for (std::int64_t& p : picked) p = current[static_cast<std::size_t>(p)];
        if (last_column || static_cast<std::int64_t>(picked.size()) <= wanted || picked.empty()) {
            add_rows(indexer, picked, largest);
            break;
        }
        // Rows equal to the last picked value may or may not make the cut: the next column
        // decides among them. A null equals nothing, as in pandas' ==.
        const std::int64_t border = picked.back();
        std::vector<std::int64_t> safe;
        std::vector<std::int64_t> unsafe;
        for (std::int64_t r : picked) {
            const bool tie = !detail::is_missing(column, r) &&
                             !detail::is_missing(column, border) &&
                             detail::equal_rows(column, r, border);
            (tie ? unsafe : safe).push_back(r);
        }
        add_rows(indexer, safe, largest);
        current = std::move(unsafe);
        wanted = n - static_cast<std::int64_t>(indexer.size());
        if (current.empty()) break;
    }
    DataFrame picked = detail::reorder(frame, indexer, false);
    if (columns.size() == 1) return picked;
    return picked.sort_values(columns, {.ascending = {!largest}, .kind = "mergesort"});
}

}  // namespace

Series Series::nlargest(std::int64_t n, std::string_view keep) const {
    return select_series(*this, n, keep, true);
}

Series Series::nsmallest(std::int64_t n, std::string_view keep) const {
    return select_series(*this, n, keep, false);
}

DataFrame DataFrame::nlargest(std::int64_t n, const std::vector<std::string>& columns,
                              std::string_view keep) const {
    return select_frame(*this, n, columns, keep, true);
}

DataFrame DataFrame::nsmallest(std::int64_t n, const std::vector<std::string>& columns,
                               std::string_view keep) const {
    return select_frame(*this, n, columns, keep, false);
}

}  // namespace tabula
