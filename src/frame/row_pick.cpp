#include "row_pick.hpp"

#include <string>

#include "tabula/core/error.hpp"

namespace tabula::detail {

namespace {

// Python's len(range(start, stop, step)).
std::int64_t range_count(std::int64_t start, std::int64_t stop, std::int64_t step) {
    if (step > 0) return stop > start ? (stop - start + step - 1) / step : 0;
    return start > stop ? (start - stop - step - 1) / -step : 0;
}

}  // namespace

std::vector<std::int64_t> RowPick::all_positions() const {
    if (positions) return *positions;
    std::vector<std::int64_t> out(static_cast<std::size_t>(count));
    for (std::int64_t k = 0; k < count; ++k) out[static_cast<std::size_t>(k)] = start + k * step;
    return out;
}

RowPick range_pick(std::int64_t first, std::int64_t stop, std::int64_t step) {
    RowPick pick;
    pick.start = first;
    pick.step = step;
    pick.count = range_count(first, stop, step);
    return pick;
}

RowPick slice_pick(std::int64_t n, std::optional<std::int64_t> start,
                   std::optional<std::int64_t> stop, std::int64_t step) {
    if (step == 0) throw ValueError("slice step cannot be zero");
    // Clipping bounds of slice.indices: [0, n] going forward, [-1, n - 1] going backward.
    const std::int64_t low = step > 0 ? 0 : -1;
    const std::int64_t high = step > 0 ? n : n - 1;
    const auto clip = [&](std::int64_t p) {
        if (p < 0) p += n;
        return p < low ? low : p > high ? high : p;
    };
    return range_pick(start ? clip(*start) : (step > 0 ? 0 : n - 1),
                      stop ? clip(*stop) : (step > 0 ? n : -1), step);
}

RowPick list_pick(std::int64_t n, std::vector<std::int64_t> positions) {
    for (std::int64_t& p : positions) {
        if (p < -n || p >= n) throw IndexError("positional indexers are out-of-bounds");
        if (p < 0) p += n;
    }
    RowPick pick;
    pick.count = static_cast<std::int64_t>(positions.size());
    pick.positions = std::move(positions);
    return pick;
}

RowPick positions_pick(std::int64_t n, const Positions& positions) {
    if (const auto* slice = std::get_if<Slice>(&positions.value)) {
        return slice_pick(n, slice->start, slice->stop, slice->step);
    }
    return list_pick(n, std::get<std::vector<std::int64_t>>(positions.value));
}

std::int64_t single_position(std::int64_t n, std::int64_t position) {
    if (position < -n || position >= n) {
        throw IndexError("single positional indexer is out-of-bounds");
    }
    return position < 0 ? position + n : position;
}

Column pick_column(const Column& column, const RowPick& pick) {
    if (!pick.positions && pick.step == 1) return column.slice(pick.start, pick.count);
    return column.take(pick.all_positions());
}

Index pick_index(const Index& index, const RowPick& pick) {
    if (!pick.positions && pick.step == 1) return index.slice(pick.start, pick.count);
    if (!pick.positions && index.is_range()) {
        const std::int64_t step = index.step() * pick.step;
        const std::int64_t first = index.start() + pick.start * index.step();
        return Index::range(first, first + pick.count * step, step).rename(index.name());
    }
    return index.take(pick.all_positions());
}

DataFrame pick_rows(const DataFrame& frame, const RowPick& pick) {
    std::vector<Column> columns;
    columns.reserve(frame.columns().size());
    for (std::size_t j = 0; j < frame.columns().size(); ++j) {
        columns.push_back(pick_column(frame.column(j), pick));
    }
    return DataFrame(frame.columns(), std::move(columns), pick_index(frame.index(), pick));
}

}  // namespace tabula::detail
