#pragma once
// Which left row and which right row make each output row of a merge, in pandas' order for each
// `how` (get_join_indexers): inner and outer go group by group (groups in code order), left rows
// before right rows inside a group; left (right) without sorting follows the left (right) rows
// and expands each over its matches; with sorting, left goes group by group and right goes group
// by group with the right rows outermost.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "merge_keys.hpp"

namespace tabula::detail {

enum class JoinHow { Inner, Left, Right, Outer };

// ValueError for a name other than inner, left, right, outer.
JoinHow parse_how(std::string_view how);

struct JoinIndexers {
    std::vector<std::int64_t> left;   // left row of each output row, -1 for none
    std::vector<std::int64_t> right;  // right row of each output row, -1 for none
};

// The rows of each group on one side, in row order.
struct GroupRows {
    enum class Form {
        Lists,     // start/rows: a counting sort of the side's rows by group
        Single,    // single[g]: the one row of group g, or -1 (a side with unique keys)
        Identity,  // group g is row g for g < identity_groups (unique keys, first-seen codes)
    };
    Form form = Form::Lists;
    std::vector<std::int64_t> start;  // groups + 1 offsets into rows
    std::vector<std::int64_t> rows;
    std::vector<std::int64_t> single;
    std::int64_t identity_groups = 0;

    std::int64_t count(std::int64_t g) const noexcept {
        switch (form) {
            case Form::Identity:
                return g < identity_groups ? 1 : 0;
            case Form::Single:
                return single[static_cast<std::size_t>(g)] >= 0 ? 1 : 0;
            case Form::Lists:
                break;
        }
        return start[static_cast<std::size_t>(g + 1)] - start[static_cast<std::size_t>(g)];
    }
    template <class F>
    void for_each(std::int64_t g, F&& f) const {
        if (form == Form::Identity) {
            if (g < identity_groups) f(g);
            return;
        }
        if (form == Form::Single) {
            const std::int64_t row = single[static_cast<std::size_t>(g)];
            if (row >= 0) f(row);
            return;
        }
        const std::int64_t end = start[static_cast<std::size_t>(g + 1)];
        for (std::int64_t k = start[static_cast<std::size_t>(g)]; k < end; ++k) {
            f(rows[static_cast<std::size_t>(k)]);
        }
    }
};

// The rows of every group on both sides; `sorted`: the codes follow key order (sort_groups)
// rather than first appearance.
class JoinPlan {
  public:
    JoinPlan(const KeyGroups& groups, std::int64_t left_rows, bool sorted);

    bool left_has_duplicates() const noexcept { return left_duplicates_; }
    bool right_has_duplicates() const noexcept { return right_duplicates_; }
    JoinIndexers indexers(JoinHow how) const;

  private:
    const KeyGroups& groups_;
    std::int64_t left_rows_;
    bool sorted_;
    GroupRows left_;
    GroupRows right_;
    bool left_duplicates_ = false;
    bool right_duplicates_ = false;
};

// The shortcut for the common case: an inner or left merge (unsorted) on one int64 key without
// nulls, unique on the right, whose right keys span a dense range. A direct table from key to
// right row replaces numbering the groups, and the left rows probe it in parallel. Gives nothing
// (use JoinPlan) when the case does not hold, including a key met twice where it matters.
std::optional<JoinIndexers> unique_int_join(const Column& left, const Column& right, JoinHow how);

}  // namespace tabula::detail
