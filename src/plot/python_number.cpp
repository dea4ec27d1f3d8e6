#include "python_number.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace tabula::plot::detail {

double floordiv(double x, double y) {
    const double mod = std::fmod(x, y);
    double div = (x - mod) / y;
    if (mod != 0.0 && ((y < 0) != (mod < 0))) div -= 1.0;
    if (div == 0.0) return std::copysign(0.0, x / y);
    double floored = std::floor(div);
    if (div - floored > 0.5) floored += 1.0;
    return floored;
}

double python_mod(double x, double y) {
    double mod = std::fmod(x, y);
    if (mod != 0.0 && ((y < 0) != (mod < 0))) mod += y;
    return mod == 0.0 ? std::copysign(0.0, y) : mod;
}

double numpy_round(double x, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::nearbyint(x * scale) / scale;
}

std::string format_fixed(double x, int decimals) {
    // Sized first: a large x has hundreds of digits before the point.
    const int length = std::snprintf(nullptr, 0, "%1.*f", decimals, x);
    std::string text(static_cast<std::size_t>(length) + 1, '\0');
    std::snprintf(text.data(), text.size(), "%1.*f", decimals, x);
    text.resize(static_cast<std::size_t>(length));
    return text;
}

double python_round(double x, int ndigits) {
    return std::strtod(format_fixed(x, ndigits).c_str(), nullptr);
}

std::string format_general(double x, int precision) {
    char text[64];
    std::snprintf(text, sizeof text, "%1.*g", precision, x);
    return text;
}

std::string fix_minus(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == '-') {
            out += "\u2212";
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace tabula::plot::detail
