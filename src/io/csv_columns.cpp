#include "csv_columns.hpp"

#include <fmt/format.h>
#include <sys/mman.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <unordered_map>

#include "csv_fields.hpp"
#include "tabula/core/buffer.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula::csv {

namespace {

// What a block of one column holds. Every kind keeps one 8-byte slot per row in the column's
// shared buffer: int64, double, bool as 0/1, datetime nanoseconds, or (string) the offset of
// the row's text in the block's characters.
enum class Kind : std::uint8_t { empty, int64, float64, boolean, datetime, string };

// pandas' inference order over a whole column: int64 and float64 give float64, a number and
// a bool give strings, nulls give way to anything.
Kind join(Kind a, Kind b) noexcept {
    if (a == Kind::empty) return b;
    if (b == Kind::empty || a == b) return a;
    if ((a == Kind::int64 && b == Kind::float64) || (a == Kind::float64 && b == Kind::int64)) {
        return Kind::float64;
    }
    return Kind::string;
}

Kind forced_kind(DType dtype) {
    switch (dtype) {
        case DType::Bool:
            return Kind::boolean;
        case DType::Int32:
        case DType::Int64:
            return Kind::int64;
        case DType::Float32:
        case DType::Float64:
            return Kind::float64;
        case DType::Datetime:
            return Kind::datetime;
        case DType::String:
        case DType::Categorical:
            return Kind::string;
    }
    return Kind::string;
}

struct PartError {
    std::int64_t position = 0;
    std::string message;
};

// One column within one block.
struct Part {
    Kind kind = Kind::empty;
    std::vector<std::uint32_t> nulls;           // rows of the block
    std::vector<std::uint32_t> negative_zeros;  // int rows that were "-0": -0.0 as floats
    std::shared_ptr<Buffer> chars;
    std::int64_t chars_size = 0;
    std::optional<PartError> error;
};

class Fields {
  public:
    Fields(const RowBlock& block, std::int64_t ncols, std::int64_t field)
        : block_(block), ncols_(ncols), field_(field) {}

    std::string_view raw(std::int64_t r) const noexcept {
        const std::uint32_t* fe = block_.field_ends + r * ncols_;
        const std::uint32_t start = field_ == 0 ? block_.row_starts[r] : fe[field_ - 1] + 1;
        return {block_.base + start, fe[field_] - start};
    }
    std::int64_t position(std::string_view raw) const noexcept {
        return block_.base_position + (raw.data() - block_.base);
    }
    std::int64_t rows() const noexcept { return block_.rows; }

  private:
    const RowBlock& block_;
    std::int64_t ncols_;
    std::int64_t field_;
};

class PartParser {
  public:
    PartParser(const Dialect& d, const Fields& fields, const ColumnSpec& spec, std::int64_t* slots,
               Part& part)
        : d_(d),
          fields_(fields),
          spec_(spec),
          slots_(slots),
          part_(part),
          na_empty_(d.is_na(std::string_view())) {}

    void infer();
    void read_forced(DType dtype);
    void read_strings();

  private:
    std::string_view text(std::string_view raw) {
        return needs_decoding(raw, d_.quote, d_.escape)
                   ? decode_field(raw, d_.quote, d_.escape, scratch_)
                   : raw;
    }
    void set_null(std::int64_t r) {
        part_.nulls.push_back(static_cast<std::uint32_t>(r));
        slots_[r] = 0;
    }
    bool is_na_number(double v) const noexcept {
        return std::find(d_.na_numbers.begin(), d_.na_numbers.end(), v) != d_.na_numbers.end();
    }
    void store_int(std::int64_t r, std::int64_t v, std::string_view text) {
        if (!d_.na_numbers.empty() && is_na_number(static_cast<double>(v))) {
            set_null(r);
            return;
        }
        slots_[r] = v;
        if (v == 0 && text.find('-') != std::string_view::npos) {
            part_.negative_zeros.push_back(static_cast<std::uint32_t>(r));
        }
    }
    void store_float(std::int64_t r, double v) {
        if (!d_.na_numbers.empty() && is_na_number(v)) {
            set_null(r);
            return;
        }
        slots_[r] = std::bit_cast<std::int64_t>(v);
    }
    void ints_to_floats(std::int64_t rows) {
        for (std::int64_t i = 0; i < rows; ++i) {
            slots_[i] = std::bit_cast<std::int64_t>(static_cast<double>(slots_[i]));
        }
        for (const std::uint32_t r : part_.negative_zeros) {
            slots_[r] = std::bit_cast<std::int64_t>(-0.0);
        }
        part_.negative_zeros.clear();
    }
    void fail(std::string_view raw, const std::string& message) {
        part_.error = PartError{fields_.position(raw), message};
    }
    std::string cannot_convert(std::string_view text, std::string_view to) const {
        return fmt::format("could not convert {} to {} in column '{}'", preview(text), to,
                           spec_.name);
    }

    const Dialect& d_;
    const Fields& fields_;
    const ColumnSpec& spec_;
    std::int64_t* slots_;
    Part& part_;
    bool na_empty_;
    std::string scratch_;
};

void PartParser::infer() {
    Kind kind = Kind::empty;
    const std::int64_t rows = fields_.rows();
    const int thousands = d_.thousands;
    for (std::int64_t r = 0; r < rows; ++r) {
        const std::string_view raw = fields_.raw(r);
        if (raw.empty()) {
            if (na_empty_) {
                set_null(r);
                continue;
            }
            read_strings();
            return;
        }
        const std::string_view t = text(raw);
        if (d_.na_before_parse && d_.is_na(t)) {
            set_null(r);
            continue;
        }
        const char* b = t.data();
        const char* e = b + t.size();
        std::int64_t i = 0;
        double f = 0;
        bool flag = false;
        if (kind == Kind::int64) {
            const IntParse parsed = parse_int64(b, e, thousands, i);
            if (parsed == IntParse::ok) {
                store_int(r, i, t);
                continue;
            }
            if (d_.is_na(t)) {
                set_null(r);
                continue;
            }
            // An integer past int64 is a float64 (pandas makes uint64 up to 2**64 - 1).
            if (parse_float64(b, e, d_.decimal, thousands, f)) {
                if (!d_.na_numbers.empty() && is_na_number(f)) {
                    set_null(r);
                    continue;
                }
                ints_to_floats(r);
                kind = Kind::float64;
                store_float(r, f);
                continue;
            }
        } else if (kind == Kind::float64) {
            if (parse_float64(b, e, d_.decimal, thousands, f)) {
                store_float(r, f);
                continue;
            }
            if (d_.is_na(t)) {
                set_null(r);
                continue;
            }
        } else if (kind == Kind::boolean) {
            if (parse_bool(b, e, flag)) {
                slots_[r] = flag;
                continue;
            }
            if (d_.is_na(t)) {
                set_null(r);
                continue;
            }
        } else {
            if (d_.is_na(t)) {
                set_null(r);
                continue;
            }
            if (parse_int64(b, e, thousands, i) == IntParse::ok) {
                kind = Kind::int64;
                store_int(r, i, t);
                continue;
            }
            if (parse_float64(b, e, d_.decimal, thousands, f)) {
                if (!d_.na_numbers.empty() && is_na_number(f)) {
                    set_null(r);
                    continue;
                }
                kind = Kind::float64;
                store_float(r, f);
                continue;
            }
            if (parse_bool(b, e, flag)) {
                kind = Kind::boolean;
                slots_[r] = flag;
                continue;
            }
        }
        read_strings();
        return;
    }
    part_.kind = kind;
}

void PartParser::read_forced(DType dtype) {
    const std::int64_t rows = fields_.rows();
    const int thousands = d_.thousands;
    const Kind kind = forced_kind(dtype);
    part_.kind = kind;
    if (kind == Kind::string) {
        read_strings();
        return;
    }
    for (std::int64_t r = 0; r < rows; ++r) {
        const std::string_view raw = fields_.raw(r);
        if (raw.empty() && na_empty_) {
            set_null(r);
            continue;
        }
        const std::string_view t = text(raw);
        if (d_.is_na(t)) {
            set_null(r);
            continue;
        }
        const char* b = t.data();
        const char* e = b + t.size();
        std::int64_t i = 0;
        double f = 0;
        bool flag = false;
        switch (kind) {
            case Kind::int64: {
                bool ok = parse_int64(b, e, thousands, i) == IntParse::ok;
                // pandas casts floats that hold integers ("1.0") to an int dtype.
                if (!ok && parse_float64(b, e, d_.decimal, thousands, f) && std::trunc(f) == f &&
                    f >= -0x1p63 && f < 0x1p63) {
                    i = static_cast<std::int64_t>(f);
                    ok = true;
                }
                if (ok && dtype == DType::Int32 &&
                    (i < std::numeric_limits<std::int32_t>::min() ||
                     i > std::numeric_limits<std::int32_t>::max())) {
                    ok = false;
                }
                if (!ok) return fail(raw, cannot_convert(t, dtype_name(dtype)));
                slots_[r] = i;
                break;
            }
            case Kind::float64:
                if (!parse_float64(b, e, d_.decimal, thousands, f)) {
                    return fail(raw, cannot_convert(t, dtype_name(dtype)));
                }
                store_float(r, f);
                break;
            case Kind::boolean:
                if (!parse_bool(b, e, flag)) return fail(raw, cannot_convert(t, "bool"));
                slots_[r] = flag;
                break;
            default:
                if (!parse_datetime(b, e, i)) {
                    return fail(raw, fmt::format("could not parse {} as a date (ISO 8601 "
                                                 "YYYY-MM-DD[ HH:MM[:SS[.fraction]]]) in "
                                                 "column '{}'",
                                                 preview(t), spec_.name));
                }
                slots_[r] = i;
                break;
        }
    }
}

void PartParser::read_strings() {
    part_.kind = Kind::string;
    part_.nulls.clear();
    part_.negative_zeros.clear();
    const std::int64_t rows = fields_.rows();
    std::size_t bound = 0;
    for (std::int64_t r = 0; r < rows; ++r) bound += fields_.raw(r).size();
    part_.chars = Buffer::allocate(bound);
    char* out = part_.chars->as<char>();
    std::int64_t size = 0;
    for (std::int64_t r = 0; r < rows; ++r) {
        slots_[r] = size;
        const std::string_view raw = fields_.raw(r);
        if (raw.empty()) {
            if (na_empty_) part_.nulls.push_back(static_cast<std::uint32_t>(r));
            continue;
        }
        const std::string_view t = text(raw);
        if (d_.is_na(t)) {
            part_.nulls.push_back(static_cast<std::uint32_t>(r));
            continue;
        }
        // Separators, quotes and line ends are ASCII, so the raw bytes are valid UTF-8 exactly
        // when the field's text is, and a bad byte's position is its place in the file.
        const std::size_t bad = find_invalid_utf8(raw);
        if (bad != std::string_view::npos) {
            part_.error = PartError{
                fields_.position(raw) + static_cast<std::int64_t>(bad),
                fmt::format("invalid UTF-8 byte 0x{:02x} in column '{}': {}",
                            static_cast<unsigned char>(raw[bad]), spec_.name, preview(raw))};
            part_.chars_size = size;
            return;
        }
        std::memcpy(out + size, t.data(), t.size());
        size += static_cast<std::int64_t>(t.size());
    }
    part_.chars_size = size;
}

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

void append_blocks(const TokenizedRows& rows, const char* data, std::int64_t ncols,
                   std::int64_t max_rows, std::int64_t& row_offset, std::vector<RowBlock>& blocks) {
    for (std::int64_t begin = 0; begin < rows.rows; begin += max_rows) {
        RowBlock block;
        block.base = data + rows.base;
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
    auto parser = [&](std::int64_t k, std::int64_t j, const Fields& fields) {
        std::int64_t* column_slots = slots[static_cast<std::size_t>(j)]->as<std::int64_t>();
        return PartParser(dialect, fields, specs[static_cast<std::size_t>(j)],
                          column_slots + blocks[static_cast<std::size_t>(k)].row_offset,
                          part(k, j));
    };

    parallel_chunks(nb, 1, [&](std::int64_t k, std::int64_t, std::int64_t) {
        for (std::int64_t j = 0; j < nc; ++j) {
            const ColumnSpec& spec = specs[static_cast<std::size_t>(j)];
            const Fields fields(blocks[static_cast<std::size_t>(k)], ncols, spec.field);
            PartParser p = parser(k, j, fields);
            if (spec.dtype) {
                p.read_forced(*spec.dtype);
            } else {
                p.infer();
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
            const Fields fields(blocks[static_cast<std::size_t>(k)], ncols,
                                specs[static_cast<std::size_t>(j)].field);
            if (kind == Kind::string) {
                parser(k, j, fields).read_strings();
            } else if (kind == Kind::float64 && p.kind == Kind::int64) {
                std::int64_t* s = slots[static_cast<std::size_t>(j)]->as<std::int64_t>() +
                                  blocks[static_cast<std::size_t>(k)].row_offset;
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
