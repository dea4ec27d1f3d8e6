#include "python_number.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"

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

namespace {

struct FormatSpec {
    int precision = 6;
    bool has_precision = false;
    char type = 0;
};

FormatSpec parse_spec(const std::string& spec) {
    FormatSpec out;
    std::size_t i = 0;
    if (i < spec.size() && spec[i] == '.') {
        const std::size_t first = ++i;
        while (i < spec.size() && std::isdigit(static_cast<unsigned char>(spec[i]))) ++i;
        if (i == first) throw ValueError("Format specifier missing precision");
        // The formatting buffer holds any number up to this precision.
        if (i - first > 3 || std::stoi(spec.substr(first, i - first)) > 100) {
            std::string message = "format spec '";
            message += spec;
            message += "': a precision above 100 is not supported";
            throw ValueError(message);
        }
        out.precision = std::stoi(spec.substr(first, i - first));
        out.has_precision = true;
    }
    if (i + 1 == spec.size() && std::string_view("deEfFgG%").find(spec[i]) != std::string::npos) {
        out.type = spec[i];
    } else if (i != spec.size()) {
        std::string message = "format spec '";
        message += spec;
        message += "' is not supported; use [.precision] and one of d, e, E, f, F, g, G, %";
        throw ValueError(message);
    }
    return out;
}

// Python's format(x, ".N") of a float: 'g' that turns to the exponent form one digit sooner,
// so that a fixed-point result always has a digit after the point (CPython's ADD_DOT_0).
std::string format_without_type(double x, int precision) {
    const int digits = std::max(precision, 1);
    if (!std::isfinite(x)) return format_general(x, digits);
    char text[512];
    std::snprintf(text, sizeof text, "%.*e", digits - 1, x);
    const std::string scientific = text;
    const std::size_t e = scientific.find('e');
    // The exponent after rounding to `digits` digits.
    const int exponent = std::stoi(scientific.substr(e + 1));
    if (exponent < -4 || exponent >= digits - 1) {
        std::string mantissa = scientific.substr(0, e);
        if (mantissa.find('.') != std::string::npos) {
            mantissa.erase(mantissa.find_last_not_of('0') + 1);
            if (mantissa.back() == '.') mantissa.pop_back();
        }
        return mantissa + scientific.substr(e);
    }
    std::string fixed = format_general(x, digits);
    if (fixed.find('.') == std::string::npos) fixed += ".0";
    return fixed;
}

}  // namespace

std::string python_format(double x, const std::string& spec) {
    const FormatSpec f = parse_spec(spec);
    if (f.type == 0) return f.has_precision ? format_without_type(x, f.precision) : float_repr(x);
    if (f.type == 'd') throw ValueError("Unknown format code 'd' for object of type 'float'");
    const bool percent = f.type == '%';
    const char conversion[] = {'%', '.', '*', percent ? 'f' : f.type, 0};
    char text[512];
    std::snprintf(text, sizeof text, conversion, f.precision, percent ? x * 100 : x);
    std::string out = text;
    if (percent) out += '%';
    return out;
}

std::string python_format(std::int64_t x, const std::string& spec) {
    const FormatSpec f = parse_spec(spec);
    if (f.type == 0 || f.type == 'd') {
        if (f.has_precision) {
            throw ValueError("Precision not allowed in integer format specifier");
        }
        return std::to_string(x);
    }
    return python_format(static_cast<double>(x), spec);
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
