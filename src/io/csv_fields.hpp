#pragma once
// The text of one CSV field turned into a value, with pandas' C parser's rules: integers and
// floats may carry surrounding white space and a leading '+', floats accept "inf"/"Infinity"
// in any case, bools are "true"/"false" in any case. Hot loops call these per field, so they
// are inline and never allocate.
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace tabula::csv {

// pandas' isspace_ascii.
inline bool is_space(char c) noexcept {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
inline bool is_digit(char c) noexcept {
    return static_cast<unsigned char>(c - '0') < 10;
}

enum class IntParse : std::uint8_t { ok, not_int, overflow };

// pandas' str_to_int64: white space, an optional sign, digits (with `thousands` anywhere after
// the first digit), white space. A value outside int64 is `overflow`.
inline IntParse parse_int64(const char* p, const char* end, int thousands,
                            std::int64_t& out) noexcept {
    while (p < end && is_space(*p)) ++p;
    while (end > p && is_space(end[-1])) --end;
    bool negative = false;
    if (p < end && (*p == '-' || *p == '+')) {
        negative = *p == '-';
        ++p;
    }
    if (p == end || !is_digit(*p)) return IntParse::not_int;
    // Digits accumulate as the negative magnitude, whose range includes INT64_MIN.
    std::int64_t value = 0;
    constexpr std::int64_t limit = INT64_MIN / 10;
    constexpr int last_digit = -(INT64_MIN % 10);
    for (; p < end; ++p) {
        const char c = *p;
        if (!is_digit(c)) {
            if (static_cast<unsigned char>(c) == thousands) continue;
            return IntParse::not_int;
        }
        const int d = c - '0';
        if (value < limit || (value == limit && d > last_digit)) {
            for (++p; p < end; ++p) {
                if (!is_digit(*p) && static_cast<unsigned char>(*p) != thousands) {
                    return IntParse::not_int;
                }
            }
            return IntParse::overflow;
        }
        value = value * 10 - d;
    }
    if (!negative) {
        if (value == INT64_MIN) return IntParse::overflow;
        value = -value;
    }
    out = value;
    return IntParse::ok;
}

// parse_float64 for the texts its fast path leaves (exponents, long mantissas, white space,
// '+', infinities, thousands separators): fast_float, correctly rounded.
bool parse_float64_general(const char* p, const char* end, char decimal, int thousands,
                           double& out);

inline constexpr double exact_powers_of_ten[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                                 1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                                 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// A float with pandas' syntax (sign, digits, `decimal`, digits, exponent; "inf", "infinity"
// with a sign, in any case), correctly rounded. pandas' default converter (precise_xstrtod)
// keeps only 17 digits, counting leading zeros, and is not correctly rounded past ~15
// significant digits; tabula rounds correctly, as pandas does with float_precision=
// "round_trip", so that to_csv's shortest round-trip text reads back to the same double. A
// finite text too large for a double is not a float (pandas leaves "1e309" a string).
inline bool parse_float64(const char* p, const char* end, char decimal, int thousands,
                          double& out) {
    // Plain decimals ("-123.45") whose digits fit a double's 53-bit mantissa: one division of
    // two exact doubles is correctly rounded (Clinger's fast path).
    const char* q = p;
    const bool negative = q < end && *q == '-';
    q += negative;
    const char* digits = q;
    std::uint64_t mantissa = 0;
    while (q < end && is_digit(*q)) mantissa = mantissa * 10 + static_cast<unsigned>(*q++ - '0');
    auto count = q - digits;
    std::ptrdiff_t fraction = 0;
    if (q < end && *q == decimal) {
        const char* first = ++q;
        while (q < end && is_digit(*q)) {
            mantissa = mantissa * 10 + static_cast<unsigned>(*q++ - '0');
        }
        fraction = q - first;
        count += fraction;
    }
    if (q == end && count > 0 && count <= 19 && mantissa <= (std::uint64_t{1} << 53)) {
        const double value = static_cast<double>(mantissa) / exact_powers_of_ten[fraction];
        out = negative ? -value : value;
        return true;
    }
    return parse_float64_general(p, end, decimal, thousands, out);
}

// The leading decimal digits of the 8 bytes at p (all readable): how many, and their value.
// SWAR (one 64-bit word at a time, as fast_float and simdjson do): no branch per digit.
struct DigitRun {
    int count = 0;
    std::uint64_t value = 0;
};
inline DigitRun eight_digits(const char* p) noexcept {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    // A byte is a digit when its high nibble is 3 and adding 6 keeps it so; a carry out of a
    // non-digit byte only disturbs bytes after the run.
    const std::uint64_t high = (word & 0xF0F0F0F0F0F0F0F0ull) ^ 0x3030303030303030ull;
    const std::uint64_t low =
        ((word + 0x0606060606060606ull) & 0xF0F0F0F0F0F0F0F0ull) ^ 0x3030303030303030ull;
    const std::uint64_t other = high | low;
    const int count = other == 0 ? 8 : std::countr_zero(other) / 8;
    if (count == 0) return {};
    // The digits to the top bytes, zeros (leading "0"s) below, then pairs, quads, eights.
    std::uint64_t v = (word - 0x3030303030303030ull) << (8 * (8 - count));
    v = v * 10 + (v >> 8);
    v = ((v & 0x000000FF000000FFull) * (100 + (1000000ull << 32)) +
         ((v >> 16) & 0x000000FF000000FFull) * (1 + (10000ull << 32))) >>
        32;
    return {count, static_cast<std::uint32_t>(v)};
}

inline constexpr std::uint64_t powers_of_ten[] = {1ull,
                                                  10ull,
                                                  100ull,
                                                  1000ull,
                                                  10000ull,
                                                  100000ull,
                                                  1000000ull,
                                                  10000000ull,
                                                  100000000ull,
                                                  1000000000ull,
                                                  10000000000ull,
                                                  100000000000ull,
                                                  1000000000000ull,
                                                  10000000000000ull,
                                                  100000000000000ull,
                                                  1000000000000000ull};

// Up to 16 leading digits at p (16 bytes readable).
inline DigitRun sixteen_digits(const char* p) noexcept {
    const DigitRun a = eight_digits(p);
    if (a.count < 8) return a;
    const DigitRun b = eight_digits(p + 8);
    return {8 + b.count, a.value * powers_of_ten[b.count] + b.value};
}

// The common shapes, "-123" and "-123.45" with at most 15 digits and nothing around them,
// read with word-at-a-time digit runs when 40 bytes from p may be read; false for anything
// else, which the general parsers then handle.
inline bool parse_int64_simple(const char* p, const char* end, const char* readable,
                               std::int64_t& out) noexcept {
    const bool negative = p < end && *p == '-';
    p += negative;
    if (readable - p < 40) return false;
    const DigitRun run = sixteen_digits(p);
    if (run.count == 0 || run.count > 15 || p + run.count != end) return false;
    const auto value = static_cast<std::int64_t>(run.value);
    out = negative ? -value : value;
    return true;
}

inline bool parse_float64_simple(const char* p, const char* end, const char* readable, char decimal,
                                 double& out) noexcept {
    const bool negative = p < end && *p == '-';
    p += negative;
    if (readable - p < 40) return false;
    const DigitRun whole = sixteen_digits(p);
    const char* q = p + whole.count;
    std::uint64_t mantissa = whole.value;
    int count = whole.count;
    int fraction = 0;
    if (q < end && *q == decimal) {
        const DigitRun part = sixteen_digits(q + 1);
        fraction = part.count;
        count += fraction;
        mantissa = count <= 15 ? mantissa * powers_of_ten[fraction] + part.value : 0;
        q += 1 + fraction;
    }
    if (q != end || count == 0 || count > 15) return false;
    const double value = static_cast<double>(mantissa) / exact_powers_of_ten[fraction];
    out = negative ? -value : value;
    return true;
}

// "true"/"false" in any case (pandas' to_boolean after its true/false value sets).
inline bool parse_bool(const char* p, const char* end, bool& out) noexcept {
    const auto n = end - p;
    auto lower_is = [p](const char* word, std::ptrdiff_t len) {
        for (std::ptrdiff_t i = 0; i < len; ++i) {
            if ((p[i] | 0x20) != word[i]) return false;
        }
        return true;
    };
    if (n == 4 && lower_is("true", 4)) {
        out = true;
        return true;
    }
    if (n == 5 && lower_is("false", 5)) {
        out = false;
        return true;
    }
    return false;
}

// Nanoseconds since the epoch of an ISO 8601 date "YYYY-MM-DD" optionally followed by ' ' or
// 'T' and "HH:MM[:SS[.fraction]]" (up to 9 fraction digits); false when the text is not one.
bool parse_datetime(const char* p, const char* end, std::int64_t& out) noexcept;

// The field's value as the tokenizer defines it: a field starting with the quote character is
// quoted ("" inside stands for one quote, and text after the closing quote is kept), and the
// escape character makes the next byte literal. Returns `raw` itself when nothing needs
// removing, else the decoded text in `scratch`.
std::string_view decode_field(std::string_view raw, char quote, int escape, std::string& scratch);

// Whether decode_field would change `raw`.
inline bool needs_decoding(std::string_view raw, char quote, int escape) noexcept {
    if (!raw.empty() && raw.front() == quote) return true;
    return escape >= 0 && std::memchr(raw.data(), escape, raw.size()) != nullptr;
}

// The position of the first byte of `text` that breaks UTF-8, or npos when it is valid.
std::size_t find_invalid_utf8(std::string_view text) noexcept;

}  // namespace tabula::csv
