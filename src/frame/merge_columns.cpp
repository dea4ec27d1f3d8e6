#include "merge_columns.hpp"

#include <algorithm>
#include <cstring>
#include <optional>

#include "column_concat.hpp"
#include "column_dispatch.hpp"
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

// Rows per task of a gather; a multiple of 64, so tasks write whole words of a validity bitmap.
constexpr std::int64_t gather_chunk = 1 << 16;

// The validity of the gathered rows; nullopt when every one is present.
std::optional<Bitmap> gathered_validity(const Column& column, const std::int64_t* positions,
                                        std::int64_t n, bool any_missing) {
    if (!any_missing && !column.has_nulls()) return std::nullopt;
    Bitmap validity(n, true);
    parallel_chunks(n, gather_chunk, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            const std::int64_t p = positions[i];
            if (p < 0 || column.is_null(p)) validity.set(i, false);
        }
    });
    return validity;
}

Column gather_strings(const Column& column, const std::int64_t* positions, std::int64_t n,
                      std::optional<Bitmap> validity) {
    const std::int64_t* in_offsets = column.string_offsets();
    const char* in_chars = column.string_chars();
    auto offsets = Buffer::allocate(static_cast<std::size_t>(n + 1) * sizeof(std::int64_t));
    auto* out_offsets = offsets->as<std::int64_t>();
    // Each task writes its rows' lengths, then its offsets from the total of the tasks before it.
    const std::int64_t chunks = chunk_count(n, gather_chunk);
    std::vector<std::int64_t> chunk_bytes(static_cast<std::size_t>(chunks + 1), 0);
    parallel_chunks(n, gather_chunk, [&](std::int64_t c, std::int64_t begin, std::int64_t end) {
        std::int64_t bytes = 0;
        for (std::int64_t i = begin; i < end; ++i) {
            const std::int64_t p = positions[i];
            bytes += p < 0 ? 0 : in_offsets[p + 1] - in_offsets[p];
        }
        chunk_bytes[static_cast<std::size_t>(c + 1)] = bytes;
    });
    for (std::int64_t c = 0; c < chunks; ++c) {
        chunk_bytes[static_cast<std::size_t>(c + 1)] += chunk_bytes[static_cast<std::size_t>(c)];
    }
    auto chars = Buffer::allocate(static_cast<std::size_t>(chunk_bytes.back()));
    char* out_chars = chars->as<char>();
    out_offsets[0] = 0;
    parallel_chunks(n, gather_chunk, [&](std::int64_t c, std::int64_t begin, std::int64_t end) {
        std::int64_t at = chunk_bytes[static_cast<std::size_t>(c)];
        for (std::int64_t i = begin; i < end; ++i) {
            const std::int64_t p = positions[i];
            const std::int64_t length = p < 0 ? 0 : in_offsets[p + 1] - in_offsets[p];
            if (length > 0) {
                std::memcpy(out_chars + at, in_chars + in_offsets[p],
                            static_cast<std::size_t>(length));
            }
            at += length;
            out_offsets[i + 1] = at;
        }
    });
    return Column::strings(std::move(offsets), std::move(chars), n, std::move(validity));
}

// The column's rows at `positions` (-1: null), in parallel chunks.
Column gather(const Column& column, const std::int64_t* positions, std::int64_t n,
              bool any_missing) {
    std::optional<Bitmap> validity = gathered_validity(column, positions, n, any_missing);
    if (column.dtype() == DType::String) {
        return gather_strings(column, positions, n, std::move(validity));
    }
    auto copy = [&]<class T>(const T* in, T missing) {
        auto values = Buffer::allocate(static_cast<std::size_t>(n) * sizeof(T));
        T* out = values->template as<T>();
        parallel_chunks(n, gather_chunk, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
            for (std::int64_t i = begin; i < end; ++i) {
                const std::int64_t p = positions[i];
                out[i] = p < 0 ? missing : in[p];
            }
        });
        return values;
    };
    if (column.dtype() == DType::Categorical) {
        return Column::categorical(copy(column.codes(), std::int32_t{-1}), n, column.categories(),
                                   std::move(validity));
    }
    return dispatch_fixed(column.dtype(), [&]<class T>(T) {
        return Column::fixed(column.dtype(), copy(column.template data<T>(), T{}), n,
                             std::move(validity));
    });
}

}  // namespace

std::vector<Column> gather_columns(const std::vector<Column>& columns,
                                   const std::vector<std::int64_t>& positions) {
    if (columns.empty()) return {};
    if (is_identity(positions, columns.front().size())) return columns;
    const auto n = static_cast<std::int64_t>(positions.size());
    bool any_missing = false;
    for (std::int64_t p : positions) any_missing = any_missing || p < 0;
    std::vector<Column> out;
    out.reserve(columns.size());
    for (const Column& column : columns)
        out.push_back(gather(column, positions.data(), n, any_missing));
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
