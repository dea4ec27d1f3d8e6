#include "merge_columns.hpp"

#include <algorithm>

#include "column_concat.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula::detail {

namespace {

bool is_identity(const std::vector<std::int64_t>& positions, std::int64_t rows) {
    if (static_cast<std::int64_t>(positions.size()) != rows) return false;
    for (std::int64_t i = 0; i < rows; ++i) {
        if (positions[static_cast<std::size_t>(i)] != i) return false;
    }
    return true;
}

}  // namespace

std::vector<Column> gather_columns(const std::vector<Column>& columns,
                                   const std::vector<std::int64_t>& positions) {
    std::vector<Column> out(columns.size());
    if (columns.empty()) return out;
    if (is_identity(positions, columns.front().size())) return columns;
    parallel_chunks(static_cast<std::int64_t>(columns.size()), 1,
                    [&](std::int64_t k, std::int64_t, std::int64_t) {
                        out[static_cast<std::size_t>(k)] =
                            columns[static_cast<std::size_t>(k)].take(positions);
                    });
    return out;
}

Column coalesce(const Column& left, const Column& right, const std::vector<std::int64_t>& lpos,
                const std::vector<std::int64_t>& rpos, std::string_view what) {
    const Column both = concat_columns({{&left, left.size()}, {&right, right.size()}}, what);
    std::vector<std::int64_t> positions(lpos.size());
    for (std::size_t i = 0; i < positions.size(); ++i) {
        positions[i] = lpos[i] >= 0 ? lpos[i] : (rpos[i] >= 0 ? left.size() + rpos[i] : -1);
    }
    return both.take(positions);
}

std::string index_repr(const std::vector<std::string>& names) {
    std::string text = "Index([";
    for (std::size_t i = 0; i < names.size(); ++i) {
        text += (i == 0 ? "'" : ", '") + names[i] + "'";
    }
    return text + "], dtype='object')";
}

void apply_suffixes(std::vector<std::string>& left_names, std::vector<std::string>& right_names,
                    const std::vector<std::string>& overlap, const std::string& left_suffix,
                    const std::string& right_suffix) {
    if (overlap.empty()) return;
    if (left_suffix.empty() && right_suffix.empty()) {
        throw ValueError("columns overlap but no suffix specified: " + index_repr(overlap));
    }
    auto rename = [&](std::vector<std::string>& names, const std::string& suffix) {
        for (auto& name : names) {
            if (std::find(overlap.begin(), overlap.end(), name) != overlap.end()) name += suffix;
        }
    };
    rename(left_names, left_suffix);
    rename(right_names, right_suffix);
}

}  // namespace tabula::detail
