#include "csv_parts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#include "csv_errors.hpp"
#include "csv_fields.hpp"

namespace tabula::csv {

namespace {

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
        if (v == 0 && text.size() > 1 && text.find('-') != std::string_view::npos) {
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
    const Fields fields_;
    const ColumnSpec& spec_;
    std::int64_t* slots_;
    Part& part_;
    bool na_empty_;
    std::string scratch_;
};

void PartParser::infer() {
    Kind kind = Kind::empty;
    const Fields fields = fields_;
    const std::int64_t rows = fields.rows();
    const int thousands = d_.thousands;
    const char decimal = d_.decimal;
    const bool na_before_parse = d_.na_before_parse;
    // Without escapes or numeric NA strings, an unquoted number needs no text() or NA test.
    const bool plain = !na_before_parse && d_.escape == no_char && d_.na_numbers.empty();
    const char quote = d_.quote;
    const char* const text_end = fields.text_end();
    std::int64_t* const slots = slots_;
    for (std::int64_t r = 0; r < rows; ++r) {
        const std::string_view raw = fields.raw(r);
        if (plain && !raw.empty() && raw.front() != quote) {
            const char* b = raw.data();
            const char* e = b + raw.size();
            std::int64_t i = 0;
            double f = 0;
            if (kind == Kind::int64 && parse_int64_simple(b, e, text_end, i)) {
                slots[r] = i;
                if (i == 0 && raw.size() > 1 && b[0] == '-') {
                    part_.negative_zeros.push_back(static_cast<std::uint32_t>(r));
                }
                continue;
            }
            if (kind == Kind::float64 && parse_float64_simple(b, e, text_end, decimal, f)) {
                slots[r] = std::bit_cast<std::int64_t>(f);
                continue;
            }
        }
        if (raw.empty()) {
            if (na_empty_) {
                set_null(r);
                continue;
            }
            read_strings();
            return;
        }
        const std::string_view t = text(raw);
        if (na_before_parse && d_.is_na(t)) {
            set_null(r);
            continue;
        }
        const char* b = t.data();
        const char* e = b + t.size();
        // Digits may be read in 8-byte words past the field's end while still in the text.
        const char* readable = b == raw.data() ? fields.text_end() : e;
        std::int64_t i = 0;
        double f = 0;
        bool flag = false;
        if (kind == Kind::int64) {
            if (parse_int64_simple(b, e, readable, i) ||
                parse_int64(b, e, thousands, i) == IntParse::ok) {
                store_int(r, i, t);
                continue;
            }
            if (d_.is_na(t)) {
                set_null(r);
                continue;
            }
            // An integer past int64 is a float64 (pandas makes uint64 up to 2**64 - 1).
            if (parse_float64(b, e, decimal, thousands, f)) {
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
            if (parse_float64_simple(b, e, readable, decimal, f) ||
                parse_float64(b, e, decimal, thousands, f)) {
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
            if (parse_int64_simple(b, e, readable, i) ||
                parse_int64(b, e, thousands, i) == IntParse::ok) {
                kind = Kind::int64;
                store_int(r, i, t);
                continue;
            }
            if (parse_float64(b, e, decimal, thousands, f)) {
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
    const Fields fields = fields_;
    const std::int64_t rows = fields.rows();
    const int thousands = d_.thousands;
    const char decimal = d_.decimal;
    const Kind kind = forced_kind(dtype);
    part_.kind = kind;
    if (kind == Kind::string) {
        read_strings();
        return;
    }
    for (std::int64_t r = 0; r < rows; ++r) {
        const std::string_view raw = fields.raw(r);
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
                if (!ok && parse_float64(b, e, decimal, thousands, f) && std::trunc(f) == f &&
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
                if (!parse_float64(b, e, decimal, thousands, f)) {
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
    const Fields fields = fields_;
    const std::int64_t rows = fields.rows();
    std::size_t bound = 0;
    for (std::int64_t r = 0; r < rows; ++r) bound += fields.raw(r).size();
    // 16 bytes of slack let a short text be copied as one 16-byte move.
    part_.chars = Buffer::allocate(bound + 16);
    char* out = part_.chars->as<char>();
    std::int64_t size = 0;
    std::int64_t* const slots = slots_;
    const char* const text_end = fields.text_end();
    for (std::int64_t r = 0; r < rows; ++r) {
        slots[r] = size;
        const std::string_view raw = fields.raw(r);
        if (raw.empty()) {
            if (na_empty_) part_.nulls.push_back(static_cast<std::uint32_t>(r));
            continue;
        }
        const std::string_view t = text(raw);
        if (d_.is_na(t)) {
            part_.nulls.push_back(static_cast<std::uint32_t>(r));
            continue;
        }
        // A short field with 16 bytes readable after its start (most strings in a CSV): one
        // test of the high bits for ASCII, one 16-byte move.
        if (raw.size() <= 16 && text_end - raw.data() >= 16) {
            std::uint64_t word[2];
            std::memcpy(word, raw.data(), 16);
            const std::size_t n = raw.size();
            const std::uint64_t low =
                n >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * n)) - 1;
            const std::uint64_t high = n <= 8    ? 0
                                       : n == 16 ? ~std::uint64_t{0}
                                                 : (std::uint64_t{1} << (8 * (n - 8))) - 1;
            if ((((word[0] & low) | (word[1] & high)) & 0x8080808080808080ull) == 0) {
                if (t.data() == raw.data()) {
                    std::memcpy(out + size, word, 16);
                } else {
                    std::memcpy(out + size, t.data(), t.size());
                }
                size += static_cast<std::int64_t>(t.size());
                continue;
            }
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

}  // namespace

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

void infer_part(const Dialect& dialect, const Fields& fields, const ColumnSpec& spec,
                std::int64_t* slots, Part& part) {
    PartParser(dialect, fields, spec, slots, part).infer();
}

void read_forced_part(const Dialect& dialect, const Fields& fields, const ColumnSpec& spec,
                      DType dtype, std::int64_t* slots, Part& part) {
    PartParser(dialect, fields, spec, slots, part).read_forced(dtype);
}

void read_string_part(const Dialect& dialect, const Fields& fields, const ColumnSpec& spec,
                      std::int64_t* slots, Part& part) {
    PartParser(dialect, fields, spec, slots, part).read_strings();
}

}  // namespace tabula::csv
