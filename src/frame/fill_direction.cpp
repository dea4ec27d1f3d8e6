// ffill / bfill: a missing row takes the nearest present value before (after) it, at most
// `limit` rows in a row; rows with nothing to take from stay missing. Every dtype is filled the
// same way, by gathering rows, so strings and categories need no code of their own.
#include <cstdint>
#include <optional>
#include <vector>

#include "missing_values.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

namespace {

void check_limit(std::optional<std::int64_t> limit) {
    if (limit && *limit <= 0) throw ValueError("Limit must be greater than 0");
}

// The row each row takes its value from: itself when present or left missing.
std::vector<std::int64_t> sources(const bool* missing, std::int64_t n, bool forward,
                                  std::optional<std::int64_t> limit) {
    std::vector<std::int64_t> from(static_cast<std::size_t>(n));
    std::int64_t last = -1;  // the nearest present row passed so far
    std::int64_t run = 0;    // missing rows since it
    for (std::int64_t step = 0; step < n; ++step) {
        const std::int64_t i = forward ? step : n - 1 - step;
        if (!missing[i]) {
            last = i;
            run = 0;
            from[static_cast<std::size_t>(i)] = i;
            continue;
        }
        ++run;
        const bool fills = last >= 0 && (!limit || run <= *limit);
        from[static_cast<std::size_t>(i)] = fills ? last : i;
    }
    return from;
}

Column fill_column(const Column& column, bool forward, std::optional<std::int64_t> limit) {
    if (!detail::any_missing(column)) return column;
    const auto missing = detail::missing_rows(column);
    return column.take(sources(missing.get(), column.size(), forward, limit));
}

DataFrame fill_frame(const DataFrame& frame, bool forward, std::optional<std::int64_t> limit) {
    check_limit(limit);
    std::vector<Column> columns;
    for (std::size_t j = 0; j < frame.columns().size(); ++j) {
        columns.push_back(fill_column(frame.column(j), forward, limit));
    }
    return DataFrame(frame.columns(), std::move(columns), frame.index());
}

}  // namespace

Series Series::ffill(std::optional<std::int64_t> limit) const {
    check_pending();
    check_limit(limit);
    return Series(fill_column(column_, true, limit), name_, index_);
}

Series Series::bfill(std::optional<std::int64_t> limit) const {
    check_pending();
    check_limit(limit);
    return Series(fill_column(column_, false, limit), name_, index_);
}

DataFrame DataFrame::ffill(std::optional<std::int64_t> limit) const {
    return fill_frame(*this, true, limit);
}

DataFrame DataFrame::bfill(std::optional<std::int64_t> limit) const {
    return fill_frame(*this, false, limit);
}

}  // namespace tabula
