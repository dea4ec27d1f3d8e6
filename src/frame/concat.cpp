// concat of frames by rows or by columns, and of series by rows.
#include <algorithm>
#include <set>
#include <string>

#include "column_concat.hpp"
#include "merge_keys.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/frame/merge.hpp"

namespace tabula {

namespace {

void check_options(const ConcatOptions& options) {
    if (options.axis != 0 && options.axis != 1) {
        throw ValueError("No axis named " + std::to_string(options.axis) +
                         " for object type DataFrame");
    }
    if (options.join != "outer" && options.join != "inner") {
        throw ValueError("Only can inner (intersect) or outer (union) join the other axis");
    }
}

bool has_duplicates(const std::vector<std::string>& names) {
    return std::set<std::string>(names.begin(), names.end()).size() != names.size();
}

// pandas' InvalidIndexError, raised when labels to align on repeat.
[[noreturn]] void throw_not_unique() {
    throw ValueError("Reindexing only valid with uniquely valued Index objects");
}

// The index labels one after another; consecutive RangeIndexes stay a RangeIndex.
Index stacked_index(const std::vector<Index>& indexes) {
    bool consecutive = true;
    std::int64_t next = indexes.front().start();
    for (const Index& index : indexes) {
        if (index.size() == 0) continue;
        consecutive = consecutive && index.is_range() && index.step() == 1 && index.start() == next;
        next = index.stop();
    }
    if (consecutive) return Index::range(indexes.front().start(), next);
    std::vector<Column> labels;
    std::vector<detail::ColumnPiece> pieces;
    labels.reserve(indexes.size());
    for (const Index& index : indexes) {
        labels.push_back(index.labels());
        pieces.push_back({&labels.back(), index.size()});
    }
    return Index(detail::concat_columns(pieces, "index"), indexes.front().name());
}

DataFrame concat_rows(const std::vector<DataFrame>& frames, const ConcatOptions& options) {
    std::vector<std::string> names = frames.front().columns();
    bool same_columns = true;
    for (const DataFrame& frame : frames) same_columns = same_columns && frame.columns() == names;
    if (!same_columns) {
        for (const DataFrame& frame : frames) {
            if (has_duplicates(frame.columns())) throw_not_unique();
        }
        if (options.join == "outer") {
            for (const DataFrame& frame : frames) {
                for (const auto& name : frame.columns()) {
                    if (std::find(names.begin(), names.end(), name) == names.end()) {
                        names.push_back(name);
                    }
                }
            }
        } else {
            std::erase_if(names, [&](const std::string& name) {
                return std::any_of(frames.begin(), frames.end(),
                                   [&](const DataFrame& f) { return !f.contains(name); });
            });
        }
    }
    std::vector<Column> columns(names.size());
    parallel_chunks(static_cast<std::int64_t>(names.size()), 1,
                    [&](std::int64_t k, std::int64_t, std::int64_t) {
                        std::vector<detail::ColumnPiece> pieces;
                        for (const DataFrame& frame : frames) {
                            const Column* column =
                                same_columns ? &frame.column(static_cast<std::size_t>(k))
                                : frame.contains(names[static_cast<std::size_t>(k)])
                                    ? &frame.column(names[static_cast<std::size_t>(k)])
                                    : nullptr;
                            pieces.push_back({column, frame.num_rows()});
                        }
                        columns[static_cast<std::size_t>(k)] =
                            detail::concat_columns(pieces, names[static_cast<std::size_t>(k)]);
                    });
    std::int64_t rows = 0;
    std::vector<Index> indexes;
    for (const DataFrame& frame : frames) {
        rows += frame.num_rows();
        indexes.push_back(frame.index());
    }
    Index index = options.ignore_index ? Index::range(0, rows) : stacked_index(indexes);
    return DataFrame(std::move(names), std::move(columns), std::move(index));
}

// The union (outer) or intersection (inner) of the frames' labels in order of first appearance,
// and for each frame the row holding each of those labels (-1 where it has none).
struct Alignment {
    Index index;
    std::vector<std::vector<std::int64_t>> rows;
};

Alignment align_indexes(const std::vector<DataFrame>& frames, bool inner) {
    std::vector<Column> labels;
    std::vector<detail::ColumnPiece> pieces;
    labels.reserve(frames.size());
    for (const DataFrame& frame : frames) {
        labels.push_back(frame.index().labels());
        pieces.push_back({&labels.back(), frame.num_rows()});
    }
    const Column all = detail::concat_columns(pieces, "index");
    const detail::JoinKeys keys({all}, {});
    const detail::KeyGroups groups = keys.factorize();
    const auto group_count = static_cast<std::size_t>(groups.groups);
    std::vector<std::vector<std::int64_t>> row_of(frames.size(),
                                                  std::vector<std::int64_t>(group_count, -1));
    std::vector<std::int64_t> first_row(group_count, -1);
    std::int64_t at = 0;
    for (std::size_t f = 0; f < frames.size(); ++f) {
        for (std::int64_t i = 0; i < frames[f].num_rows(); ++i, ++at) {
            const auto g = static_cast<std::size_t>(groups.codes[static_cast<std::size_t>(at)]);
            if (row_of[f][g] >= 0) throw_not_unique();
            row_of[f][g] = i;
            if (first_row[g] < 0) first_row[g] = at;
        }
    }
    std::vector<std::int64_t> kept;
    for (std::size_t g = 0; g < group_count; ++g) {
        const bool everywhere = std::all_of(row_of.begin(), row_of.end(),
                                            [&](const auto& rows) { return rows[g] >= 0; });
        if (!inner || everywhere) kept.push_back(static_cast<std::int64_t>(g));
    }
    Alignment out;
    std::vector<std::int64_t> label_rows;
    for (std::int64_t g : kept) label_rows.push_back(first_row[static_cast<std::size_t>(g)]);
    out.index = Index(all.take(label_rows), frames.front().index().name());
    for (const auto& rows : row_of) {
        std::vector<std::int64_t> positions;
        for (std::int64_t g : kept) positions.push_back(rows[static_cast<std::size_t>(g)]);
        out.rows.push_back(std::move(positions));
    }
    return out;
}

DataFrame concat_columns_side_by_side(const std::vector<DataFrame>& frames,
                                      const ConcatOptions& options) {
    const bool same_index = std::all_of(frames.begin(), frames.end(), [&](const DataFrame& f) {
        return f.index().equals(frames.front().index());
    });
    std::vector<std::string> names;
    std::vector<Column> columns;
    Index index = frames.front().index();
    std::optional<Alignment> alignment;
    if (!same_index) {
        alignment = align_indexes(frames, options.join == "inner");
        index = alignment->index;
    }
    for (std::size_t f = 0; f < frames.size(); ++f) {
        const DataFrame& frame = frames[f];
        for (std::size_t j = 0; j < frame.columns().size(); ++j) {
            names.push_back(options.ignore_index ? std::to_string(names.size())
                                                 : frame.columns()[j]);
            columns.push_back(alignment ? frame.column(j).take(alignment->rows[f])
                                        : frame.column(j));
        }
    }
    return DataFrame(std::move(names), std::move(columns), std::move(index));
}

}  // namespace

DataFrame concat(const std::vector<DataFrame>& frames, const ConcatOptions& options) {
    check_options(options);
    if (frames.empty()) throw ValueError("No objects to concatenate");
    return options.axis == 0 ? concat_rows(frames, options)
                             : concat_columns_side_by_side(frames, options);
}

Series concat(const std::vector<Series>& pieces, bool ignore_index) {
    if (pieces.empty()) throw ValueError("No objects to concatenate");
    std::vector<detail::ColumnPiece> columns;
    std::vector<Index> indexes;
    std::int64_t rows = 0;
    bool same_name = true;
    for (const Series& piece : pieces) {
        columns.push_back({&piece.column(), piece.size()});
        indexes.push_back(piece.index());
        rows += piece.size();
        same_name = same_name && piece.name() == pieces.front().name();
    }
    const std::string name = same_name ? pieces.front().name() : std::string();
    Column values = detail::concat_columns(columns, name);
    return Series(std::move(values), name,
                  ignore_index ? Index::range(0, rows) : stacked_index(indexes));
}

}  // namespace tabula
