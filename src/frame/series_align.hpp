#pragma once
// Pairing the rows of two series for a binary operator, as pandas' Series._align_series: equal
// indexes pair by position; otherwise an outer join on the labels: sorted, every pair of rows
// that share a label (left-major), a row missing from one side paired with no row (-1). An empty
// side keeps the other's labels in their order, as pandas' Index.union.
#include <cstdint>
#include <vector>

#include "tabula/frame/index.hpp"

namespace tabula::detail {

struct Alignment {
    Index index;
    bool by_position = true;
    // Positions into each side (-1: the label has no row there) when not by_position.
    std::vector<std::int64_t> left;
    std::vector<std::int64_t> right;
};

// TypeError when the labels cannot be ordered together (numbers with text).
Alignment align(const Index& left, const Index& right);

}  // namespace tabula::detail
