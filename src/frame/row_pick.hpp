#pragma once
// The rows (or columns) loc and iloc choose: a slice of positions, kept as a slice so that step 1
// shares storage and a RangeIndex stays a RangeIndex (as pandas' iloc[1:3]), or a list.
#include <cstdint>
#include <optional>
#include <vector>

#include "tabula/frame/dataframe.hpp"

namespace tabula::detail {

struct RowPick {
    std::int64_t start = 0;
    std::int64_t step = 1;
    std::int64_t count = 0;
    std::optional<std::vector<std::int64_t>> positions;  // set for a list

    std::vector<std::int64_t> all_positions() const;
};

// Python's range(first, stop, step) of positions already inside the axis.
RowPick range_pick(std::int64_t first, std::int64_t stop, std::int64_t step);
// Python's slice.indices(n): open ends, negative positions from the end, clipped to [0, n];
// ValueError "slice step cannot be zero".
RowPick slice_pick(std::int64_t n, std::optional<std::int64_t> start,
                   std::optional<std::int64_t> stop, std::int64_t step);
// Positions counted from the end when negative; IndexError "positional indexers are
// out-of-bounds" for any outside [-n, n).
RowPick list_pick(std::int64_t n, std::vector<std::int64_t> positions);
RowPick positions_pick(std::int64_t n, const Positions& positions);
// One position counted from the end when negative; IndexError "single positional indexer is
// out-of-bounds".
std::int64_t single_position(std::int64_t n, std::int64_t position);

Column pick_column(const Column& column, const RowPick& pick);
Index pick_index(const Index& index, const RowPick& pick);
DataFrame pick_rows(const DataFrame& frame, const RowPick& pick);

}  // namespace tabula::detail
