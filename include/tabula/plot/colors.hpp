#pragma once
// matplotlib.colors' colour specifications: names ("red", "tab:blue", "b"), the colour cycle's
// "C0".."C9", hex strings ("#0d6efd", "#0d6efd80", "#0df") and grey levels ("0.5"), resolved to
// the same RGBA values matplotlib 3.6 gives; the 949 "xkcd:" names included.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace tabula {

// An RGBA colour, each channel in [0, 1]: matplotlib's RGBA tuple.
struct Rgba {
    double r = 0.0;
    double g = 0.0;
    double b = 0.0;
    double a = 1.0;
    bool operator==(const Rgba&) const = default;
};

// matplotlib.colors.to_rgba: `alpha`, when given, replaces the colour's own alpha, except for
// "none", which is always transparent. ValueError for text that names no colour, with
// matplotlib's message ("Invalid RGBA argument: 'notacolor'").
Rgba to_rgba(std::string_view color, std::optional<double> alpha = std::nullopt);

// matplotlib.colors.is_color_like.
bool is_color_like(std::string_view color);

// matplotlib.colors.to_hex: "#rrggbb", or "#rrggbbaa" with keep_alpha; channels are rounded
// half to even, as Python's round.
std::string to_hex(const Rgba& color, bool keep_alpha = false);

// The default property cycle's colour n ("C<n>"), tab10's ten colours repeating.
Rgba cycle_color(std::size_t n);

}  // namespace tabula
