#include "tabula/plot/colors.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>

#include "color_tables.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/scalar.hpp"

namespace tabula {
namespace {

// rcParams["axes.prop_cycle"]'s colours: tab10.
constexpr std::array<std::string_view, 10> tab10 = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728",
                                                    "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                                                    "#bcbd22", "#17becf"};

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::optional<Rgba> named(std::string_view name) {
    const auto& table = plot::detail::named_colors;
    const auto it =
        std::lower_bound(table.begin(), table.end(), name,
                         [](const auto& row, std::string_view n) { return row.name < n; });
    if (it == table.end() || it->name != name) return std::nullopt;
    return Rgba{it->r, it->g, it->b, 1.0};
}

// "C<digits>": the cycle's colour n % 10, which is the last digit however long the number.
std::optional<std::size_t> nth_color(std::string_view c) {
    if (c.size() < 2 || c[0] != 'C') return std::nullopt;
    const std::string_view digits = c.substr(1);
    if (!std::all_of(digits.begin(), digits.end(), [](char d) { return d >= '0' && d <= '9'; })) {
        return std::nullopt;
    }
    static_assert(tab10.size() == 10);
    return static_cast<std::size_t>(digits.back() - '0');
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// "#rgb", "#rgba", "#rrggbb" or "#rrggbbaa"; channels are byte / 255 as matplotlib computes.
std::optional<Rgba> hex_color(std::string_view c, std::optional<double> alpha) {
    if (c.empty() || c[0] != '#') return std::nullopt;
    const std::string_view digits = c.substr(1);
    const std::size_t n = digits.size();
    if (n != 3 && n != 4 && n != 6 && n != 8) return std::nullopt;
    const std::size_t width = n <= 4 ? 1 : 2;
    std::array<double, 4> channels = {0.0, 0.0, 0.0, 1.0};
    for (std::size_t i = 0; i < n / width; ++i) {
        const int hi = hex_digit(digits[i * width]);
        const int lo = hex_digit(digits[i * width + width - 1]);
        if (hi < 0 || lo < 0) return std::nullopt;
        channels[i] = (hi * 16 + lo) / 255.0;
    }
    if (alpha) channels[3] = *alpha;
    return Rgba{channels[0], channels[1], channels[2], channels[3]};
}

// Python's float() of the text: surrounding white space allowed.
std::optional<double> python_float(std::string_view c) {
    const auto first = c.find_first_not_of(" \t\n\r\f\v");
    if (first == std::string_view::npos) return std::nullopt;
    c = c.substr(first, c.find_last_not_of(" \t\n\r\f\v") - first + 1);
    if (!c.empty() && c[0] == '+') c.remove_prefix(1);
    double value = 0.0;
    const char* end = c.data() + c.size();
    const auto [ptr, ec] = std::from_chars(c.data(), end, value);
    if (ec != std::errc() || ptr != end) return std::nullopt;
    return value;
}

std::string invalid(std::string_view color) {
    std::string message = "Invalid RGBA argument: ";
    message += Scalar(color).repr();
    return message;
}

}  // namespace

Rgba to_rgba(std::string_view color, std::optional<double> alpha) {
    if (lower(color) == "none") return Rgba{0.0, 0.0, 0.0, 0.0};
    if (const auto n = nth_color(color)) return to_rgba(tab10[*n], alpha);
    // Exact names first: the single letters are case-sensitive ("C" is no colour).
    auto found = named(color);
    if (!found && color.size() != 1) found = named(lower(color));
    if (found) {
        if (alpha) found->a = *alpha;
        return *found;
    }
    if (const auto hex = hex_color(color, alpha)) return *hex;
    if (const auto grey = python_float(color)) {
        if (!(*grey >= 0.0 && *grey <= 1.0)) {
            std::string message = "Invalid string grayscale value ";
            message += Scalar(color).repr();
            message += ". Value must be within 0-1 range";
            throw ValueError(message);
        }
        return Rgba{*grey, *grey, *grey, alpha.value_or(1.0)};
    }
    throw ValueError(invalid(color));
}

bool is_color_like(std::string_view color) {
    try {
        to_rgba(color);
        return true;
    } catch (const ValueError&) {
        return false;
    }
}

std::string to_hex(const Rgba& color, bool keep_alpha) {
    constexpr char digits[] = "0123456789abcdef";
    std::string out = "#";
    const std::array<double, 4> channels = {color.r, color.g, color.b, color.a};
    for (std::size_t i = 0; i < (keep_alpha ? 4u : 3u); ++i) {
        const auto byte = static_cast<int>(std::nearbyint(channels[i] * 255.0));
        out += digits[byte / 16];
        out += digits[byte % 16];
    }
    return out;
}

Rgba cycle_color(std::size_t n) {
    return to_rgba(tab10[n % tab10.size()]);
}

}  // namespace tabula
