#pragma once
// The keys that merge, join, concat(axis=1) and duplicated match rows on: one or more key columns
// over the left rows followed by the right rows (a global row number runs over both), numbered
// into groups of equal keys as pandas' factorizer does, in order of first appearance. A null
// key equals another null key (pandas matches NaN with NaN), and an int key equals a float key
// of the same value.
#include <cstdint>
#include <vector>

#include "tabula/frame/column.hpp"

namespace tabula::detail {

struct KeyGroups {
    std::vector<std::int64_t> codes;  // per global row, 0 .. groups - 1 by first appearance
    std::int64_t groups = 0;
    // Groups met in the left rows: codes 0 .. left_groups - 1 until sort_groups renumbers them.
    std::int64_t left_groups = 0;
};

class JoinKeys {
  public:
    // The i-th left key column is matched with the i-th right one; `right` may be empty (no right
    // rows: grouping one frame). ValueError with pandas' message when a pair cannot be compared
    // (a number with a string, a date with a number).
    JoinKeys(const std::vector<Column>& left, const std::vector<Column>& right);
    ~JoinKeys();
    JoinKeys(const JoinKeys&) = delete;
    JoinKeys& operator=(const JoinKeys&) = delete;

    std::int64_t left_rows() const noexcept { return left_rows_; }
    std::int64_t rows() const noexcept { return left_rows_ + right_rows_; }

    KeyGroups factorize() const;
    // The groups renumbered in sorted key order (key by key, nulls last), as merge(sort=True).
    void sort_groups(KeyGroups& groups) const;

    struct Key;

  private:
    std::vector<Key> keys_;
    std::int64_t left_rows_ = 0;
    std::int64_t right_rows_ = 0;
};

}  // namespace tabula::detail
