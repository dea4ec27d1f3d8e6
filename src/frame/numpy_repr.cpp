#include "numpy_repr.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>

#include "tabula/core/float_repr.hpp"

namespace tabula::detail {

namespace {

constexpr int max_fraction_digits = 8;  // NumPy's default print precision
constexpr std::size_t line_width = 73;  // 75, less ")" and the "," after each element

// The shortest round-trip digits of |x| and its decimal exponent: 1500.0 is ("15", 3).
struct Digits {
    std::string digits;
    int exponent = 0;
};

Digits shortest_digits(double x) {
    char buffer[64];
    // %.17e always round-trips; the loop finds the fewest significant digits that do too.
    for (int precision = 0; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*e", precision, std::fabs(x));
        if (std::stod(buffer) == std::fabs(x)) break;
    }
    const std::string text(buffer);
    const auto e = text.find('e');
    Digits out;
    for (char c : text.substr(0, e)) {
        if (c != '.') out.digits += c;
    }
    out.exponent = std::stoi(text.substr(e + 1));
    while (out.digits.size() > 1 && out.digits.back() == '0') out.digits.pop_back();
    return out;
}

// Dragon4 positional with unique digits and at most eight decimals, trimmed to "1." for a
// whole number: the int part and the fraction digits.
std::pair<std::string, std::string> positional(double x) {
    std::string text = float_repr(std::fabs(x));
    const auto dot = text.find('.');
    std::string whole = dot == std::string::npos ? text : text.substr(0, dot);
    std::string fraction = dot == std::string::npos ? "" : text.substr(dot + 1);
    if (text.find('e') != std::string::npos ||
        fraction.size() > static_cast<std::size_t>(max_fraction_digits)) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.*f", max_fraction_digits, std::fabs(x));
        const std::string fixed(buffer);
        const auto d = fixed.find('.');
        whole = fixed.substr(0, d);
        fraction = fixed.substr(d + 1);
    }
    while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    if (std::signbit(x)) whole.insert(whole.begin(), '-');
    return {whole, fraction};
}

// Scientific digits capped at eight decimals: the leading digit (signed) and the rest.
std::pair<std::string, std::string> scientific(double x, int& exponent) {
    Digits d = shortest_digits(x);
    if (d.digits.size() > static_cast<std::size_t>(max_fraction_digits) + 1) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.*e", max_fraction_digits, std::fabs(x));
        const std::string text(buffer);
        const auto e = text.find('e');
        d.digits.clear();
        for (char c : text.substr(0, e)) {
            if (c != '.') d.digits += c;
        }
        d.exponent = std::stoi(text.substr(e + 1));
        while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
    }
    exponent = d.exponent;
    std::string lead = d.digits.substr(0, 1);
    if (std::signbit(x)) lead.insert(lead.begin(), '-');
    return {lead, d.digits.substr(1)};
}

std::string pad_left(const std::string& s, std::size_t width) {
    return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

std::vector<std::string> float_words(const std::vector<double>& values) {
    double largest = 0.0;
    double smallest = INFINITY;
    bool any_finite_nonzero = false;
    for (double v : values) {
        if (!std::isfinite(v) || v == 0.0) continue;
        any_finite_nonzero = true;
        largest = std::max(largest, std::fabs(v));
        smallest = std::min(smallest, std::fabs(v));
    }
    const bool exp_format =
        any_finite_nonzero && (largest >= 1e8 || smallest < 1e-4 || largest / smallest > 1e3);
    std::vector<std::string> words;
    std::size_t left = 0;
    std::size_t right = 0;
    if (exp_format) {
        std::vector<std::pair<std::string, std::string>> parts;
        std::vector<int> exponents;
        std::size_t exp_digits = 2;
        for (double v : values) {
            if (!std::isfinite(v)) continue;
            int e = 0;
            parts.push_back(scientific(v, e));
            exponents.push_back(e);
            exp_digits = std::max(exp_digits, std::to_string(std::abs(e)).size());
            left = std::max(left, parts.back().first.size());
            right = std::max(right, parts.back().second.size());
        }
        std::size_t k = 0;
        for (double v : values) {
            if (!std::isfinite(v)) {
                words.push_back(pad_left(float_repr(v), left + right + 3 + exp_digits));
                continue;
            }
            const auto& [lead, rest] = parts[k];
            const int e = exponents[k++];
            std::string exp_text = std::to_string(std::abs(e));
            exp_text = std::string(exp_digits - exp_text.size(), '0') + exp_text;
            words.push_back(pad_left(lead, left) + "." + rest +
                            std::string(right - rest.size(), '0') + "e" + (e < 0 ? "-" : "+") +
                            exp_text);
        }
        return words;
    }
    std::vector<std::pair<std::string, std::string>> parts;
    for (double v : values) {
        if (!std::isfinite(v)) continue;
        parts.push_back(positional(v));
        left = std::max(left, parts.back().first.size());
        right = std::max(right, parts.back().second.size());
    }
    // "nan" and "inf" fill the whole width: the int part widens if the fraction cannot hold them.
    for (double v : values) {
        const std::size_t text = std::isfinite(v) ? 0 : float_repr(v).size();
        if (text > right + 1) left = std::max(left, text - right - 1);
    }
    std::size_t k = 0;
    for (double v : values) {
        if (!std::isfinite(v)) {
            words.push_back(pad_left(float_repr(v), left + right + 1));
            continue;
        }
        const auto& [whole, fraction] = parts[k++];
        words.push_back(pad_left(whole, left) + "." + fraction +
                        std::string(right - fraction.size(), ' '));
    }
    return words;
}

}  // namespace

std::string numpy_array_repr(const std::vector<double>& values, bool integer) {
    std::vector<std::string> words;
    if (integer) {
        std::size_t width = 0;
        for (double v : values) {
            words.push_back(std::to_string(static_cast<std::int64_t>(v)));
            width = std::max(width, words.back().size());
        }
        for (std::string& w : words) w = pad_left(w, width);
    } else {
        words = float_words(values);
    }
    // NumPy's _formatArray: elements joined by ", ", wrapped under the opening bracket.
    const std::string indent(7, ' ');
    std::string out;
    std::string line = indent;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (line.size() + words[i].size() > line_width && line.size() > indent.size()) {
            while (!line.empty() && line.back() == ' ') line.pop_back();
            out += line + "\n";
            line = indent;
        }
        line += words[i];
        if (i + 1 < words.size()) line += ", ";
    }
    out += line;
    return "array([" + out.substr(indent.size()) + "])";
}

}  // namespace tabula::detail
