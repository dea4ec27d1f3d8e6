#include "csv_columns.hpp"

#include <sys/mman.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <numeric>
#include <unordered_map>

#include "csv_parts.hpp"
#include "tabula/core/buffer.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula::csv {

namespace {

// Column buffers of a large file are tens of MB written once: 2 MiB pages fault 512 times less
// often than 4 KiB ones (the kernel only uses them where asked, the usual THP setting).
void prefer_huge_pages(std::byte* data, std::size_t size) {
    constexpr std::uintptr_t huge = std::uintptr_t{1} << 21;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + huge - 1) & ~(huge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + size) & ~(huge - 1);
    if (end > begin) ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
}

Column encode_categorical(const Column& strings, std::optional<Bitmap> validity) {
    const std::int64_t n = strings.size();
    auto codes = Buffer::allocate(static_cast<std::size_t>(n) * sizeof(std::int32_t));
    auto* c = codes->as<std::int32_t>();
    std::unordered_map<std::string_view, std::int32_t> ids;
    std::vector<std::string_view> seen;
    for (std::int64_t i = 0; i < n; ++i) {
        if (strings.is_null(i)) {
            c[i] = -1;
            continue;
        }
        const auto [it, inserted] =
            ids.try_emplace(strings.string_at(i), static_cast<std::int32_t>(seen.size()));
        if (inserted) seen.push_back(it->first);
        c[i] = it->second;
    }
    // pandas sorts the categories it infers.
    std::vector<std::int32_t> order(seen.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](auto a, auto b) { return seen[a] < seen[b]; });
    std::vector<std::int32_t> rank(seen.size());
    std::vector<std::string> categories;
    categories.reserve(seen.size());
    for (std::size_t k = 0; k < order.size(); ++k) {
        rank[order[k]] = static_cast<std::int32_t>(k);
        categories.emplace_back(seen[order[k]]);
    }
    for (std::int64_t i = 0; i < n; ++i) {
        if (c[i] >= 0) c[i] = rank[c[i]];
    }
    return Column::categorical(std::move(codes), n, Column::from_strings(categories),
                               std::move(validity));
}

template <class To, class From>
std::shared_ptr<Buffer> narrow(const std::shared_ptr<Buffer>& slots, std::int64_t n) {
    auto out = Buffer::allocate(static_cast<std::size_t>(n) * sizeof(To));
    const auto* in = slots->as<From>();
    auto* o = out->as<To>();
    for (std::int64_t i = 0; i < n; ++i) o[i] = static_cast<To>(in[i]);
    return out;
}

}  // namespace

void append_blocks(const TokenizedRows& rows, std::string_view text, std::int64_t ncols,
                   std::int64_t max_rows, std::int64_t& row_offset, std::vector<RowBlock>& blocks) {
    for (std::int64_t begin = 0; begin < rows.rows; begin += max_rows) {
        RowBlock block;
        block.base = text.data() + rows.base;
        block.text_end = text.data() + text.size();
        block.base_position = rows.base;
        block.row_starts = rows.row_starts.data() + begin;
        block.field_ends = rows.field_ends.data() + begin * ncols;
        block.rows = std::min(max_rows, rows.rows - begin);
        block.row_offset = row_offset;
        row_offset += block.rows;
        blocks.push_back(block);
    }
}

std::vector<Column> build_columns(const Source& source, const Dialect& dialect, std::int64_t ncols,
                                  const std::vector<ColumnSpec>& specs,
                                  const std::vector<RowBlock>& blocks) {
    const auto nb = static_cast<std::int64_t>(blocks.size());
    const auto nc = static_cast<std::int64_t>(specs.size());
    const std::int64_t n = blocks.empty() ? 0 : blocks.back().row_offset + blocks.back().rows;
    std::vector<std::shared_ptr<Buffer>> slots(static_cast<std::size_t>(nc));
    for (auto& s : slots) {
        s = Buffer::allocate(static_cast<std::size_t>(n + 1) * 8);
        prefer_huge_pages(s->data(), s->size());
    }
    std::vector<Part> parts(static_cast<std::size_t>(nb * nc));
    auto part = [&](std::int64_t k, std::int64_t j) -> Part& {
        return parts[static_cast<std::size_t>(k * nc + j)];
    };
    auto block_slots = [&](std::int64_t k, std::int64_t j) {
        return slots[static_cast<std::size_t>(j)]->as<std::int64_t>() +
               blocks[static_cast<std::size_t>(k)].row_offset;
    };

    parallel_chunks(nb, 1, [&](std::int64_t k, std::int64_t, std::int64_t) {
        for (std::int64_t j = 0; j < nc; ++j) {
            const ColumnSpec& spec = specs[static_cast<std::size_t>(j)];
            const Fields fields(blocks[static_cast<std::size_t>(k)], ncols, spec.field);
            if (spec.dtype) {
                read_forced_part(dialect, fields, spec, *spec.dtype, block_slots(k, j), part(k, j));
            } else {
                infer_part(dialect, fields, spec, block_slots(k, j), part(k, j));
            }
        }
    });

    std::vector<Kind> kinds(static_cast<std::size_t>(nc), Kind::empty);
    for (std::int64_t j = 0; j < nc; ++j) {
        const ColumnSpec& spec = specs[static_cast<std::size_t>(j)];
        Kind kind = spec.dtype ? forced_kind(*spec.dtype) : Kind::empty;
        for (std::int64_t k = 0; k < nb && !spec.dtype; ++k) kind = join(kind, part(k, j).kind);
        kinds[static_cast<std::size_t>(j)] = kind;
    }

    // Blocks whose own kind differs from their column's.
    parallel_chunks(nb, 1, [&](std::int64_t k, std::int64_t, std::int64_t) {
        for (std::int64_t j = 0; j < nc; ++j) {
            Part& p = part(k, j);
            const Kind kind = kinds[static_cast<std::size_t>(j)];
            if (p.error || p.kind == kind) continue;
            const ColumnSpec& spec = specs[static_cast<std::size_t>(j)];
            const Fields fields(blocks[static_cast<std::size_t>(k)], ncols, spec.field);
            if (kind == Kind::string) {
                read_string_part(dialect, fields, spec, block_slots(k, j), p);
            } else if (kind == Kind::float64 && p.kind == Kind::int64) {
                std::int64_t* s = block_slots(k, j);
                for (std::int64_t r = 0; r < fields.rows(); ++r) {
                    s[r] = std::bit_cast<std::int64_t>(static_cast<double>(s[r]));
                }
                for (const std::uint32_t r : p.negative_zeros) {
                    s[r] = std::bit_cast<std::int64_t>(-0.0);
                }
            }
        }
    });

    const PartError* first = nullptr;
    for (const Part& p : parts) {
        if (p.error && (first == nullptr || p.error->position < first->position)) {
            first = &*p.error;
        }
    }
    if (first != nullptr) throw_parse_error(source, first->position, first->message);

    std::vector<Column> columns;
    columns.reserve(static_cast<std::size_t>(nc));
    for (std::int64_t j = 0; j < nc; ++j) {
        const ColumnSpec& spec = specs[static_cast<std::size_t>(j)];
        const std::shared_ptr<Buffer>& s = slots[static_cast<std::size_t>(j)];
        std::int64_t null_count = 0;
        for (std::int64_t k = 0; k < nb; ++k) {
            null_count += static_cast<std::int64_t>(part(k, j).nulls.size());
        }
        std::optional<Bitmap> validity;
        if (null_count > 0) {
            validity.emplace(n, true);
            for (std::int64_t k = 0; k < nb; ++k) {
                const std::int64_t offset = blocks[static_cast<std::size_t>(k)].row_offset;
                for (const std::uint32_t r : part(k, j).nulls) validity->set(offset + r, false);
            }
        }
        const DType declared = spec.dtype.value_or(DType::Float64);
        switch (kinds[static_cast<std::size_t>(j)]) {
            case Kind::empty:
                // pandas reads a column without a value as float64 NaN, and no rows as object.
                columns.push_back(n == 0 ? Column::from_strings({})
                                         : Column::nulls(DType::Float64, n));
                break;
            case Kind::int64:
                columns.push_back(declared == DType::Int32
                                      ? Column::fixed(DType::Int32,
                                                      narrow<std::int32_t, std::int64_t>(s, n), n,
                                                      std::move(validity))
                                      : Column::fixed(DType::Int64, s, n, std::move(validity)));
                break;
            case Kind::float64:
                columns.push_back(declared == DType::Float32
                                      ? Column::fixed(DType::Float32, narrow<float, double>(s, n),
                                                      n, std::move(validity))
                                      : Column::fixed(DType::Float64, s, n, std::move(validity)));
                break;
            case Kind::boolean:
                columns.push_back(Column::fixed(DType::Bool, narrow<bool, std::int64_t>(s, n), n,
                                                std::move(validity)));
                break;
            case Kind::datetime:
                columns.push_back(Column::fixed(DType::Datetime, s, n, std::move(validity)));
                break;
            case Kind::string: {
                std::vector<std::int64_t> bases(static_cast<std::size_t>(nb) + 1, 0);
                for (std::int64_t k = 0; k < nb; ++k) {
                    bases[static_cast<std::size_t>(k) + 1] =
                        bases[static_cast<std::size_t>(k)] + part(k, j).chars_size;
                }
                auto chars = Buffer::allocate(static_cast<std::size_t>(bases.back()));
                std::int64_t* offsets = s->as<std::int64_t>();
                parallel_chunks(nb, 1, [&](std::int64_t k, std::int64_t, std::int64_t) {
                    const Part& p = part(k, j);
                    const std::int64_t base = bases[static_cast<std::size_t>(k)];
                    if (p.chars_size > 0) {
                        std::memcpy(chars->as<char>() + base, p.chars->as<char>(),
                                    static_cast<std::size_t>(p.chars_size));
                    }
                    const RowBlock& block = blocks[static_cast<std::size_t>(k)];
                    for (std::int64_t r = 0; r < block.rows; ++r) {
                        offsets[block.row_offset + r] += base;
                    }
                });
                for (std::int64_t k = 0; k < nb; ++k) part(k, j).chars.reset();
                offsets[n] = bases.back();
                Column strings = Column::strings(s, std::move(chars), n, validity);
                columns.push_back(declared == DType::Categorical
                                      ? encode_categorical(strings, std::move(validity))
                                      : std::move(strings));
                break;
            }
        }
    }
    return columns;
}

}  // namespace tabula::csv
