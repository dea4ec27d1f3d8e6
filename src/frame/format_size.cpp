#include "format_size.hpp"

#include <array>
#include <charconv>

namespace tabula::display_detail {

std::string sizeof_fmt(double bytes, bool lower_bound) {
    static constexpr std::array<const char*, 5> units{"bytes", "KB", "MB", "GB", "TB"};
    const char* unit = "PB";
    for (const char* u : units) {
        if (bytes < 1024.0) {
            unit = u;
            break;
        }
        bytes /= 1024.0;
    }
    // Python's "{:3.1f}": one decimal, correctly rounded; never shorter than 3 characters.
    char digits[400];
    const auto end =
        std::to_chars(digits, digits + sizeof digits, bytes, std::chars_format::fixed, 1).ptr;
    std::string out(digits, end);
    return out + (lower_bound ? "+ " : " ") + unit;
}

}  // namespace tabula::display_detail
