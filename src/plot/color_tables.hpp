#pragma once
// The data color_tables.cpp holds, generated from matplotlib 3.6.3 and seaborn by
// generate_color_tables.py.
#include <array>
#include <span>
#include <string_view>

namespace tabula::plot::detail {

struct NamedColor {
    std::string_view name;
    double r;
    double g;
    double b;
};

using Rgb = std::array<double, 3>;
// (x, r, g, b): the colour a segmented colormap passes through at x.
using Anchor = std::array<double, 4>;

// A colormap is either the list of its colours (ListedColormap) or the anchors its lookup
// table interpolates (LinearSegmentedColormap); the other span is empty.
struct ColormapSource {
    std::string_view name;
    std::span<const Rgb> colors;
    std::span<const Anchor> anchors;
};

// Sorted by name, for binary search.
extern const std::span<const NamedColor> named_colors;
extern const std::span<const ColormapSource> colormap_sources;

}  // namespace tabula::plot::detail
