#pragma once
// Rows to groups: every row gets a dense group id in one hash pass (no sort of the rows), and
// only the distinct keys are sorted to give pandas' group order.
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "tabula/frame/column.hpp"

namespace tabula::detail {

// Distinct values of one column, numbered in order of first appearance.
struct DenseKeys {
    std::vector<std::int32_t> ids;         // per row; -1 for a missing row when dropna
    std::vector<std::int64_t> first_rows;  // per id, the row that first holds it
    std::int32_t null_id = -1;             // the id of the missing rows (dropna false), or -1
};

// Missing values are nulls and NaN (a float key or value), as pandas' factorize sees them;
// 0.0 and -0.0 are one value. Parallel over fixed chunks: the ids never depend on the thread
// count.
DenseKeys dense_keys(const Column& column, bool dropna);

// The position of each id of `keys` in sorted order (strings in code-point order, the missing
// value last).
std::vector<std::int64_t> sorted_ranks(const Column& column, const DenseKeys& keys);

struct Grouping {
    std::vector<std::int32_t> ids;  // per row: its group, or -1 for a row left out
    std::int64_t ngroups = 0;
    std::vector<std::int64_t> order;  // output position -> group id
    std::vector<std::string> names;   // the key columns
    std::vector<Column> labels;       // per key: the key of each group, by group id
};

// Groups of the rows of `keys` (one column per key, all of one length).
Grouping make_grouping(const std::vector<Column>& keys, std::vector<std::string> names, bool sort,
                       bool dropna);

// The rows of each group, in row order: group k holds rows[start[k]] .. rows[start[k + 1] - 1].
struct GroupRows {
    std::vector<std::int64_t> start;
    std::vector<std::int64_t> rows;

    std::span<const std::int64_t> of(std::int64_t group) const {
        const auto k = static_cast<std::size_t>(group);
        return {rows.data() + start[k], static_cast<std::size_t>(start[k + 1] - start[k])};
    }
};
GroupRows rows_by_group(const Grouping& g);

}  // namespace tabula::detail
