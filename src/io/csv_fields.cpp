#include "csv_fields.hpp"

#include <fast_float/fast_float.h>

#include <cmath>
#include <limits>
#include <system_error>

namespace tabula::csv {

namespace {

bool equals_lower(const char* p, std::size_t n, std::string_view lower) noexcept {
    if (n != lower.size()) return false;
    for (std::size_t i = 0; i < n; ++i) {
        if ((p[i] | 0x20) != lower[i]) return false;
    }
    return true;
}

// pandas' precise_xstrtod skips one thousands separator after each digit of the integer part.
std::string_view without_thousands(const char* p, const char* end, char decimal, int thousands,
                                   std::string& scratch) {
    scratch.clear();
    bool integer_part = true;
    for (const char* q = p; q < end; ++q) {
        const char c = *q;
        if (c == decimal || c == 'e' || c == 'E') integer_part = false;
        if (integer_part && static_cast<unsigned char>(c) == thousands && q > p &&
            is_digit(q[-1])) {
            continue;
        }
        scratch.push_back(c);
    }
    return scratch;
}

int digits(const char* p, int n) noexcept {
    int value = 0;
    for (int i = 0; i < n; ++i) {
        if (!is_digit(p[i])) return -1;
        value = value * 10 + (p[i] - '0');
    }
    return value;
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int64_t days_from_civil(std::int64_t y, unsigned m, unsigned d) noexcept {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

bool is_leap(int y) noexcept {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

}  // namespace

bool parse_float64_general(const char* p, const char* end, char decimal, int thousands,
                           double& out) {
    while (p < end && is_space(*p)) ++p;
    while (end > p && is_space(end[-1])) --end;
    if (p == end) return false;
    bool negative = false;
    if (*p == '-' || *p == '+') {
        negative = *p == '-';
        ++p;
    }
    if (p == end) return false;
    if (!is_digit(*p) && *p != decimal) {
        if (!equals_lower(p, static_cast<std::size_t>(end - p), "inf") &&
            !equals_lower(p, static_cast<std::size_t>(end - p), "infinity")) {
            return false;
        }
        out = negative ? -std::numeric_limits<double>::infinity()
                       : std::numeric_limits<double>::infinity();
        return true;
    }
    if (thousands >= 0 && std::memchr(p, thousands, static_cast<std::size_t>(end - p))) {
        thread_local std::string scratch;
        const std::string_view clean = without_thousands(p, end, decimal, thousands, scratch);
        p = clean.data();
        end = p + clean.size();
    }
    double value = 0;
    const fast_float::parse_options format{fast_float::chars_format::general, decimal};
    const auto result = fast_float::from_chars_advanced(p, end, value, format);
    if (result.ec != std::errc() || result.ptr != end || std::isinf(value)) return false;
    out = negative ? -value : value;
    return true;
}

bool parse_datetime(const char* p, const char* end, std::int64_t& out) noexcept {
    while (p < end && is_space(*p)) ++p;
    while (end > p && is_space(end[-1])) --end;
    const auto n = end - p;
    if (n < 10 || p[4] != '-' || p[7] != '-') return false;
    const int year = digits(p, 4);
    const int month = digits(p + 5, 2);
    const int day = digits(p + 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1) return false;
    static constexpr int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > month_days[month - 1] + (month == 2 && is_leap(year))) return false;
    int hour = 0;
    int minute = 0;
    int second = 0;
    std::int64_t fraction = 0;
    const char* q = p + 10;
    if (q < end) {
        if ((*q != ' ' && *q != 'T') || end - q < 6 || q[3] != ':') return false;
        hour = digits(q + 1, 2);
        minute = digits(q + 4, 2);
        q += 6;
        if (q < end) {
            if (*q != ':' || end - q < 3) return false;
            second = digits(q + 1, 2);
            q += 3;
            if (q < end) {
                if (*q != '.' || end - q < 2 || end - q > 10) return false;
                const int width = static_cast<int>(end - q - 1);
                const int value = digits(q + 1, width);
                if (value < 0) return false;
                fraction = value;
                for (int i = width; i < 9; ++i) fraction *= 10;
            }
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return false;
        }
    }
    const std::int64_t seconds =
        ((days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 24 +
          hour) *
             60 +
         minute) *
            60 +
        second;
    std::int64_t nanoseconds = 0;
    // datetime64[ns] spans the years 1677 to 2262; pandas refuses dates outside as well.
    if (__builtin_mul_overflow(seconds, std::int64_t{1000000000}, &nanoseconds) ||
        __builtin_add_overflow(nanoseconds, fraction, &nanoseconds)) {
        return false;
    }
    out = nanoseconds;
    return true;
}

std::string_view decode_field(std::string_view raw, char quote, int escape, std::string& scratch) {
    if (!needs_decoding(raw, quote, escape)) return raw;
    scratch.clear();
    const std::size_t n = raw.size();
    std::size_t i = 0;
    auto is_escape = [escape](char c) { return static_cast<unsigned char>(c) == escape; };
    if (n > 0 && raw[0] == quote) {
        for (i = 1; i < n;) {
            const char c = raw[i];
            if (is_escape(c)) {
                if (i + 1 < n) scratch.push_back(raw[i + 1]);
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && raw[i + 1] == quote) {
                    scratch.push_back(quote);
                    i += 2;
                } else {
                    ++i;
                    break;
                }
            } else {
                scratch.push_back(c);
                ++i;
            }
        }
    }
    while (i < n) {
        const char c = raw[i];
        if (is_escape(c)) {
            if (i + 1 < n) scratch.push_back(raw[i + 1]);
            i += 2;
        } else {
            scratch.push_back(c);
            ++i;
        }
    }
    return scratch;
}

std::size_t find_invalid_utf8(std::string_view text) noexcept {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    std::size_t i = 0;
    while (i < n) {
        if (i + 8 <= n) {
            std::uint64_t word;
            std::memcpy(&word, s + i, 8);
            if ((word & 0x8080808080808080ull) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t length = 0;
        unsigned char low = 0x80;
        unsigned char high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0) low = 0xA0;   // overlong
            if (c == 0xED) high = 0x9F;  // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0) low = 0x90;   // overlong
            if (c == 0xF4) high = 0x8F;  // past U+10FFFF
        } else {
            return i;
        }
        if (i + length > n) return i;
        if (s[i + 1] < low || s[i + 1] > high) return i;
        for (std::size_t k = 2; k < length; ++k) {
            if (s[i + k] < 0x80 || s[i + k] > 0xBF) return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

}  // namespace tabula::csv
