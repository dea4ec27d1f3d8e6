// Datetimes as pandas prints them (DatetimeArray._format_native_types and Timestamp.__str__).
#include <algorithm>
#include <cstdio>
#include <string>

#include "format_cells.hpp"

namespace tabula::display_detail {

namespace {

constexpr std::int64_t kNanosPerSecond = 1'000'000'000;
constexpr std::int64_t kNanosPerDay = 86'400 * kNanosPerSecond;

struct Civil {
    std::int64_t year;
    unsigned month;
    unsigned day;
    std::int64_t nanos_of_day;
};

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

// Howard Hinnant's civil_from_days: the proleptic Gregorian date of a day count since
// 1970-01-01.
Civil civil(std::int64_t nanoseconds) {
    const std::int64_t days = floor_div(nanoseconds, kNanosPerDay);
    const std::int64_t z = days + 719468;
    const std::int64_t era = floor_div(z, 146097);
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const auto day = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
    const auto month = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
    return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day, nanoseconds - days * kNanosPerDay};
}

// pandas' resolutions: the finest sub-second unit any shown value needs.
enum class Fraction { None, Milli, Micro, Nano };

Fraction fraction_of(std::int64_t nanos_of_day) {
    const std::int64_t sub = nanos_of_day % kNanosPerSecond;
    if (sub == 0) return Fraction::None;
    if (sub % 1000 != 0) return Fraction::Nano;
    if (sub % 1'000'000 != 0) return Fraction::Micro;
    return Fraction::Milli;
}

std::string date_and_time(const Civil& c) {
    const std::int64_t seconds = c.nanos_of_day / kNanosPerSecond;
    char text[64];
    std::snprintf(text, sizeof text, "%lld-%02u-%02u %02lld:%02lld:%02lld",
                  static_cast<long long>(c.year), c.month, c.day,
                  static_cast<long long>(seconds / 3600), static_cast<long long>(seconds / 60 % 60),
                  static_cast<long long>(seconds % 60));
    return text;
}

std::string padded(std::int64_t value, int digits) {
    char text[24];
    std::snprintf(text, sizeof text, ".%0*lld", digits, static_cast<long long>(value));
    return text;
}

}  // namespace

bool is_midnight(std::int64_t nanoseconds) {
    return civil(nanoseconds).nanos_of_day == 0;
}

std::string date_text(std::int64_t nanoseconds) {
    const Civil c = civil(nanoseconds);
    char text[32];
    std::snprintf(text, sizeof text, "%lld-%02u-%02u", static_cast<long long>(c.year), c.month,
                  c.day);
    return text;
}

std::string timestamp_text(std::int64_t nanoseconds) {
    const Civil c = civil(nanoseconds);
    std::string out = date_and_time(c);
    const std::int64_t sub = c.nanos_of_day % kNanosPerSecond;
    if (sub != 0) out += padded(sub / 1000, 6);
    if (sub % 1000 != 0) out += std::to_string(sub % 1000 + 1000).substr(1);
    return out;
}

std::vector<std::string> datetime_cells(const Column& column, Rows rows) {
    const std::int64_t* values = column.data<std::int64_t>();
    bool dates_only = true;
    Fraction finest = Fraction::None;
    for (const std::int64_t r : rows) {
        if (column.is_null(r)) continue;
        const Fraction f = fraction_of(civil(values[r]).nanos_of_day);
        finest = std::max(finest, f);
        dates_only = dates_only && is_midnight(values[r]);
    }
    std::vector<std::string> cells;
    cells.reserve(rows.size());
    for (const std::int64_t r : rows) {
        if (column.is_null(r)) {
            cells.emplace_back("NaT");
            continue;
        }
        if (dates_only) {
            cells.push_back(date_text(values[r]));
            continue;
        }
        const Civil c = civil(values[r]);
        const std::int64_t sub = c.nanos_of_day % kNanosPerSecond;
        std::string cell = date_and_time(c);
        switch (finest) {
            case Fraction::None:
                break;
            case Fraction::Milli:
                cell += padded(sub / 1'000'000, 3);
                break;
            case Fraction::Micro:
                cell += padded(sub / 1000, 6);
                break;
            case Fraction::Nano:
                cell += padded(sub, 9);
                break;
        }
        cells.push_back(std::move(cell));
    }
    return cells;
}

}  // namespace tabula::display_detail
