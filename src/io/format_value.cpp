#include "format_value.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <string_view>

#include "tabula/core/error.hpp"

namespace tabula::io_detail {

namespace {

constexpr std::int64_t ns_per_second = 1'000'000'000;
constexpr std::int64_t ns_per_day = 86'400 * ns_per_second;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    const std::int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

struct CivilDate {
    std::int64_t year;
    unsigned month;
    unsigned day;
};

// Howard Hinnant's days-to-civil algorithm (proleptic Gregorian, exact for every int64 day the
// datetime64[ns] range reaches).
CivilDate civil_from_days(std::int64_t days) {
    days += 719'468;
    const std::int64_t era = floor_div(days, 146'097);
    const auto doe = static_cast<unsigned>(days - era * 146'097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned day = doy - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t year = static_cast<std::int64_t>(yoe) + era * 400 + (month <= 2 ? 1 : 0);
    return {year, month, day};
}

}  // namespace

DatetimeLayout datetime_layout(const Column& column) {
    const auto* values = column.data<std::int64_t>();
    bool dates_only = true;
    DatetimeLayout finest = DatetimeLayout::Seconds;
    for (std::int64_t i = 0; i < column.size(); ++i) {
        if (column.is_null(i)) continue;
        const std::int64_t v = values[i];
        if (v % ns_per_day != 0) dates_only = false;
        if (v % 1000 != 0) return DatetimeLayout::Nanoseconds;
        if (v % 1'000'000 != 0) {
            finest = DatetimeLayout::Microseconds;
        } else if (v % ns_per_second != 0 && finest == DatetimeLayout::Seconds) {
            finest = DatetimeLayout::Milliseconds;
        }
    }
    return dates_only ? DatetimeLayout::Date : finest;
}

void append_datetime(std::string& out, std::int64_t nanoseconds, DatetimeLayout layout) {
    const std::int64_t days = floor_div(nanoseconds, ns_per_day);
    const std::int64_t in_day = nanoseconds - days * ns_per_day;
    const CivilDate date = civil_from_days(days);
    const std::int64_t seconds = in_day / ns_per_second;
    // Written digit by digit into a fixed buffer: this runs once per value of a column.
    char text[32];
    int n = 0;
    const auto put = [&](std::int64_t value, int digits) {
        for (int k = digits - 1; k >= 0; --k) {
            text[n + k] = static_cast<char>('0' + value % 10);
            value /= 10;
        }
        n += digits;
    };
    put(date.year, 4);
    text[n++] = '-';
    put(date.month, 2);
    text[n++] = '-';
    put(date.day, 2);
    if (layout != DatetimeLayout::Date) {
        text[n++] = ' ';
        put(seconds / 3600, 2);
        text[n++] = ':';
        put(seconds / 60 % 60, 2);
        text[n++] = ':';
        put(seconds % 60, 2);
        const std::int64_t fraction = in_day % ns_per_second;
        switch (layout) {
            case DatetimeLayout::Milliseconds:
                text[n++] = '.';
                put(fraction / 1'000'000, 3);
                break;
            case DatetimeLayout::Microseconds:
                text[n++] = '.';
                put(fraction / 1000, 6);
                break;
            case DatetimeLayout::Nanoseconds:
                text[n++] = '.';
                put(fraction, 9);
                break;
            case DatetimeLayout::Date:
            case DatetimeLayout::Seconds:
                break;
        }
    }
    out.append(text, static_cast<std::size_t>(n));
}

FloatFormat::FloatFormat(std::string format) : format_(std::move(format)) {
    const std::string_view f = format_;
    int conversions = 0;
    for (std::size_t i = 0; i < f.size(); ++i) {
        if (f[i] != '%') continue;
        if (i + 1 < f.size() && f[i + 1] == '%') {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < f.size() && std::string_view("-+ #0").find(f[j]) != std::string_view::npos) ++j;
        while (j < f.size() && f[j] >= '0' && f[j] <= '9') ++j;
        if (j < f.size() && f[j] == '.') {
            ++j;
            while (j < f.size() && f[j] >= '0' && f[j] <= '9') ++j;
        }
        if (j >= f.size() || std::string_view("eEfFgG").find(f[j]) == std::string_view::npos) {
            throw ValueError(fmt::format(
                "float_format '{}': only one floating conversion (%e %E %f %F %g %G, with "
                "flags, width and precision) is supported, not '{}'",
                format_, f.substr(i, j + 1 - i)));
        }
        ++conversions;
        i = j;
    }
    if (conversions != 1) {
        throw ValueError(
            fmt::format("float_format '{}' must hold exactly one floating conversion, it holds {}",
                        format_, conversions));
    }
}

void FloatFormat::append(std::string& out, double value) const {
    char small[64];
    // The format is checked in the constructor to take exactly this one double.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    const int n = std::snprintf(small, sizeof small, format_.c_str(), value);
    if (n < 0) throw ValueError(fmt::format("float_format '{}' failed", format_));
    if (static_cast<std::size_t>(n) < sizeof small) {
        out.append(small, static_cast<std::size_t>(n));
        return;
    }
    const std::size_t start = out.size();
    out.resize(start + static_cast<std::size_t>(n) + 1);
    std::snprintf(out.data() + start, static_cast<std::size_t>(n) + 1, format_.c_str(), value);
#pragma GCC diagnostic pop
    out.resize(start + static_cast<std::size_t>(n));
}

}  // namespace tabula::io_detail
