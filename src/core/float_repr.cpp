#include "tabula/core/float_repr.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string_view>
#include <type_traits>

namespace tabula {

namespace {

// Python writes positional notation when the shortest digits' decimal exponent is in
// [-4, 16) (float_repr_style 'short'); NumPy's float32 repr decides by the value instead.
std::string layout(bool negative, std::string_view digits, int exponent, bool positional) {
    std::string out = negative ? "-" : "";
    const auto n = static_cast<int>(digits.size());
    if (positional) {
        if (exponent < 0) {
            out += "0.";
            out.append(static_cast<std::size_t>(-exponent - 1), '0');
            out += digits;
        } else if (n <= exponent + 1) {
            out += digits;
            out.append(static_cast<std::size_t>(exponent + 1 - n), '0');
            out += ".0";
        } else {
            out += digits.substr(0, static_cast<std::size_t>(exponent + 1));
            out += '.';
            out += digits.substr(static_cast<std::size_t>(exponent + 1));
        }
        return out;
    }
    out += digits[0];
    if (n > 1) {
        out += '.';
        out += digits.substr(1);
    }
    out += exponent < 0 ? "e-" : "e+";
    const int magnitude = std::abs(exponent);
    if (magnitude < 10) out += '0';
    out += std::to_string(magnitude);
    return out;
}

template <class F>
std::string repr(F value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value < 0 ? "-inf" : "inf";
    if (value == 0) return std::signbit(value) ? "-0.0" : "0.0";
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::fabs(value),
                                      std::chars_format::scientific);
    const std::string_view text(buffer, static_cast<std::size_t>(result.ptr - buffer));
    const auto e = text.find('e');
    std::string digits;
    for (char c : text.substr(0, e)) {
        if (c != '.') digits += c;
    }
    const int exponent = std::atoi(std::string(text.substr(e + 1)).c_str());
    const auto magnitude = std::fabs(value);
    const bool positional = std::is_same_v<F, double>
                                ? exponent >= -4 && exponent < 16
                                : double(magnitude) >= 1e-4 && double(magnitude) < 1e16;
    return layout(std::signbit(value), digits, exponent, positional);
}

}  // namespace

std::string float_repr(double value) {
    return repr(value);
}
std::string float_repr(float value) {
    return repr(value);
}

}  // namespace tabula
