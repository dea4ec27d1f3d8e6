#pragma once
// Text forms of column values that pandas' writers share: integers, datetimes as pandas prints
// them and a checked printf float format (pandas' float_format).
#include <charconv>
#include <cstdint>
#include <string>

#include "tabula/frame/column.hpp"

namespace tabula::io_detail {

inline void append_integer(std::string& out, std::int64_t value) {
    char text[24];
    const auto result = std::to_chars(text, text + sizeof text, value);
    out.append(text, result.ptr);
}

// How pandas lays out a datetime column: the date alone when every value is midnight, else the
// time with as many fraction digits as the finest value needs.
enum class DatetimeLayout { Date, Seconds, Milliseconds, Microseconds, Nanoseconds };

// The layout pandas picks for the valid values of a datetime column.
DatetimeLayout datetime_layout(const Column& column);
// "2021-01-03", "2021-01-03 10:00:00", "2021-01-03 10:00:00.500", ...
void append_datetime(std::string& out, std::int64_t nanoseconds, DatetimeLayout layout);

// A printf format holding exactly one floating conversion (%e %E %f %F %g %G with flags, width
// and precision) and literal text ("%%" for a percent sign); anything else is a ValueError, so
// the format can never read an argument that is not there.
class FloatFormat {
  public:
    explicit FloatFormat(std::string format);
    void append(std::string& out, double value) const;

  private:
    std::string format_;
};

}  // namespace tabula::io_detail
