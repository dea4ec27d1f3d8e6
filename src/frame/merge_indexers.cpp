// Join indexers from group codes. The rows of each group are found per side (the row itself for
// unique keys, else a counting sort, stable, so each list is in row order); the output is laid out
// in two passes over fixed chunks of groups or rows (sizes, then the rows themselves), so it does
// not depend on the thread count.
#include "merge_indexers.hpp"

#include <algorithm>
#include <limits>
#include <string>

#include "tabula/core/buffer.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula::detail {

namespace {

constexpr std::int64_t item_chunk = 1 << 15;

bool has_duplicates(const GroupRows& side, std::int64_t groups) noexcept {
    if (side.form != GroupRows::Form::Lists) return false;
    for (std::int64_t g = 0; g < groups; ++g) {
        if (side.count(g) > 1) return true;
    }
    return false;
}

// The one row of each group on a side whose keys are unique; false at the first group met twice.
bool single_rows(const std::vector<std::int64_t>& codes, std::int64_t begin, std::int64_t end,
                 std::int64_t groups, GroupRows& out) {
    out.single.assign(static_cast<std::size_t>(groups), -1);
    for (std::int64_t r = begin; r < end; ++r) {
        std::int64_t& row =
            out.single[static_cast<std::size_t>(codes[static_cast<std::size_t>(r)])];
        if (row >= 0) return false;
        row = r - begin;
    }
    out.form = GroupRows::Form::Single;
    return true;
}

// The rows with codes [begin, end) of the global rows by group, numbered from 0 on this side:
// one row per group while the keys are unique (nothing to sort), else lists in row order.
GroupRows group_rows(const std::vector<std::int64_t>& codes, std::int64_t begin, std::int64_t end,
                     std::int64_t groups) {
    GroupRows out;
    if (single_rows(codes, begin, end, groups, out)) return out;
    out.single = {};
    out.start.assign(static_cast<std::size_t>(groups + 1), 0);
    for (std::int64_t r = begin; r < end; ++r) {
        ++out.start[static_cast<std::size_t>(codes[static_cast<std::size_t>(r)] + 1)];
    }
    for (std::int64_t g = 0; g < groups; ++g) {
        out.start[static_cast<std::size_t>(g + 1)] += out.start[static_cast<std::size_t>(g)];
    }
    out.rows.resize(static_cast<std::size_t>(end - begin));
    std::vector<std::int64_t> next(out.start.begin(), out.start.end() - 1);
    for (std::int64_t r = begin; r < end; ++r) {
        const auto g = static_cast<std::size_t>(codes[static_cast<std::size_t>(r)]);
        out.rows[static_cast<std::size_t>(next[g]++)] = r - begin;
    }
    return out;
}

// Lays out the output of `items` items: size(i) rows each, written by emit(i, left, right) into
// the item's own stretch of the two indexers.
template <class Size, class Emit>
void lay_out(std::int64_t items, const Size& size, const Emit& emit, JoinIndexers& out) {
    const std::int64_t chunks = chunk_count(items, item_chunk);
    std::vector<std::int64_t> offset(static_cast<std::size_t>(chunks + 1), 0);
    parallel_chunks(items, item_chunk, [&](std::int64_t c, std::int64_t begin, std::int64_t end) {
        std::int64_t total = 0;
        for (std::int64_t i = begin; i < end; ++i) total += size(i);
        offset[static_cast<std::size_t>(c + 1)] = total;
    });
    for (std::int64_t c = 0; c < chunks; ++c) {
        offset[static_cast<std::size_t>(c + 1)] += offset[static_cast<std::size_t>(c)];
    }
    const std::int64_t total = offset[static_cast<std::size_t>(chunks)];
    out.left.resize(static_cast<std::size_t>(total));
    out.right.resize(static_cast<std::size_t>(total));
    parallel_chunks(items, item_chunk, [&](std::int64_t c, std::int64_t begin, std::int64_t end) {
        std::int64_t* left = out.left.data() + offset[static_cast<std::size_t>(c)];
        std::int64_t* right = out.right.data() + offset[static_cast<std::size_t>(c)];
        for (std::int64_t i = begin; i < end; ++i) emit(i, left, right);
    });
}

// Unique keys on both sides, left rows numbered as their groups: left row i meets right row
// right_row[i] (-1: none). A left join keeps every left row; an inner join the matched ones, in
// left order.
void one_to_one(const std::int64_t* right_row, std::int64_t left_rows, bool inner,
                JoinIndexers& out) {
    if (!inner) {
        out.left.resize(static_cast<std::size_t>(left_rows));
        for (std::int64_t i = 0; i < left_rows; ++i) out.left[static_cast<std::size_t>(i)] = i;
        out.right.assign(right_row, right_row + left_rows);
        return;
    }
    lay_out(
        left_rows, [&](std::int64_t i) -> std::int64_t { return right_row[i] >= 0 ? 1 : 0; },
        [&](std::int64_t i, std::int64_t*& l, std::int64_t*& r) {
            if (right_row[i] < 0) return;
            *l++ = i;
            *r++ = right_row[i];
        },
        out);
}

}  // namespace

std::optional<JoinIndexers> unique_int_join(const Column& left, const Column& right, JoinHow how) {
    if (how != JoinHow::Inner && how != JoinHow::Left) return std::nullopt;
    if (left.dtype() != DType::Int64 || right.dtype() != DType::Int64 || left.has_nulls() ||
        right.has_nulls() || right.size() == 0) {
        return std::nullopt;
    }
    const std::int64_t left_rows = left.size();
    const std::int64_t right_rows = right.size();
    const std::int64_t* left_keys = left.data<std::int64_t>();
    const std::int64_t* right_keys = right.data<std::int64_t>();
    const auto [low, high] = std::minmax_element(right_keys, right_keys + right_rows);
    const std::int64_t lo = *low;
    const std::uint64_t span = static_cast<std::uint64_t>(*high) - static_cast<std::uint64_t>(lo);
    if (span > 4 * static_cast<std::uint64_t>(left_rows + right_rows) + 1024) return std::nullopt;

    if (right_rows >= std::numeric_limits<std::int32_t>::max()) return std::nullopt;
    // int32 rows in Buffers (2 MiB pages when large): these tables are written once and read
    // once, so page faults, not the probes, would dominate their cost.
    const auto table = Buffer::allocate(static_cast<std::size_t>(span + 1) * sizeof(std::int32_t));
    std::int32_t* right_row = table->as<std::int32_t>();
    std::fill(right_row, right_row + span + 1, -1);
    for (std::int64_t j = 0; j < right_rows; ++j) {
        std::int32_t& row =
            right_row[static_cast<std::uint64_t>(right_keys[j]) - static_cast<std::uint64_t>(lo)];
        if (row >= 0) return std::nullopt;
        row = static_cast<std::int32_t>(j);
    }
    const auto match_buffer =
        Buffer::allocate(static_cast<std::size_t>(left_rows) * sizeof(std::int64_t));
    std::int64_t* match = match_buffer->as<std::int64_t>();
    parallel_chunks(left_rows, item_chunk, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            const std::uint64_t offset =
                static_cast<std::uint64_t>(left_keys[i]) - static_cast<std::uint64_t>(lo);
            match[i] = offset <= span ? right_row[offset] : -1;
        }
    });
    // An inner merge goes group by group: left rows sharing a matched key would be brought
    // together, which the row-order layout below does not do.
    if (how == JoinHow::Inner) {
        std::vector<bool> matched(static_cast<std::size_t>(right_rows), false);
        for (std::int64_t i = 0; i < left_rows; ++i) {
            const std::int64_t j = match[i];
            if (j < 0) continue;
            if (matched[static_cast<std::size_t>(j)]) return std::nullopt;
            matched[static_cast<std::size_t>(j)] = true;
        }
    }
    JoinIndexers out;
    one_to_one(match, left_rows, how == JoinHow::Inner, out);
    return out;
}

JoinHow parse_how(std::string_view how) {
    if (how == "inner") return JoinHow::Inner;
    if (how == "left") return JoinHow::Left;
    if (how == "right") return JoinHow::Right;
    if (how == "outer") return JoinHow::Outer;
    throw ValueError("'" + std::string(how) +
                     "' is not a valid Merge type: left, right, inner, outer");
}

JoinPlan::JoinPlan(const KeyGroups& groups, std::int64_t left_rows, bool sorted)
    : groups_(groups), left_rows_(left_rows), sorted_(sorted) {
    const auto rows = static_cast<std::int64_t>(groups.codes.size());
    if (!sorted && groups.left_groups == left_rows) {
        left_.form = GroupRows::Form::Identity;
        left_.identity_groups = left_rows;
    } else {
        left_ = group_rows(groups.codes, 0, left_rows, groups.groups);
    }
    right_ = group_rows(groups.codes, left_rows, rows, groups.groups);
    left_duplicates_ = has_duplicates(left_, groups.groups);
    right_duplicates_ = has_duplicates(right_, groups.groups);
}

JoinIndexers JoinPlan::indexers(JoinHow how) const {
    const std::vector<std::int64_t>& codes = groups_.codes;
    const auto rows = static_cast<std::int64_t>(codes.size());
    const std::int64_t left_rows = left_rows_;
    const bool sorted = sorted_;
    const GroupRows& left = left_;
    const GroupRows& right = right_;
    JoinIndexers out;
    if (left.form == GroupRows::Form::Identity && right.form == GroupRows::Form::Single &&
        (how == JoinHow::Inner || how == JoinHow::Left)) {
        one_to_one(right.single.data(), left_rows, how == JoinHow::Inner, out);
        return out;
    }

    // One side's rows of group g, or a single -1 when it has none.
    auto each_or_none = [](const GroupRows& side, std::int64_t g, auto&& f) {
        if (side.count(g) == 0) {
            f(std::int64_t{-1});
        } else {
            side.for_each(g, f);
        }
    };
    auto width = [](std::int64_t count) { return std::max<std::int64_t>(count, 1); };

    if (how == JoinHow::Left && !sorted) {
        lay_out(
            left_rows,
            [&](std::int64_t i) { return width(right.count(codes[static_cast<std::size_t>(i)])); },
            [&](std::int64_t i, std::int64_t*& l, std::int64_t*& r) {
                each_or_none(right, codes[static_cast<std::size_t>(i)], [&](std::int64_t j) {
                    *l++ = i;
                    *r++ = j;
                });
            },
            out);
        return out;
    }
    if (how == JoinHow::Right && !sorted) {
        auto code = [&](std::int64_t j) { return codes[static_cast<std::size_t>(left_rows + j)]; };
        lay_out(
            rows - left_rows, [&](std::int64_t j) { return width(left.count(code(j))); },
            [&](std::int64_t j, std::int64_t*& l, std::int64_t*& r) {
                each_or_none(left, code(j), [&](std::int64_t i) {
                    *l++ = i;
                    *r++ = j;
                });
            },
            out);
        return out;
    }
    auto size = [&](std::int64_t g) -> std::int64_t {
        const std::int64_t nl = left.count(g);
        const std::int64_t nr = right.count(g);
        switch (how) {
            case JoinHow::Inner:
                return nl * nr;
            case JoinHow::Left:
                return nl * width(nr);
            case JoinHow::Right:
                return nr * width(nl);
            case JoinHow::Outer:
                break;
        }
        return width(nl) * width(nr);
    };
    auto emit = [&](std::int64_t g, std::int64_t*& l, std::int64_t*& r) {
        if (size(g) == 0) return;
        if (how == JoinHow::Right) {
            each_or_none(right, g, [&](std::int64_t j) {
                each_or_none(left, g, [&](std::int64_t i) {
                    *l++ = i;
                    *r++ = j;
                });
            });
            return;
        }
        each_or_none(left, g, [&](std::int64_t i) {
            each_or_none(right, g, [&](std::int64_t j) {
                *l++ = i;
                *r++ = j;
            });
        });
    };
    lay_out(groups_.groups, size, emit, out);
    return out;
}

}  // namespace tabula::detail
