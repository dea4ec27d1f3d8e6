#pragma once
// Axes.plot's linestyle and marker codes, checked once when the line is added.
#include <string_view>
#include <vector>

namespace tabula::plot::detail {

enum class LineStyle { solid, dashed, dotted, dashdot, none };
// hline "_" and vline "|" are errorbar's caps.
enum class Marker {
    none,
    circle,
    point,
    square,
    triangle_up,
    triangle_down,
    diamond,
    x,
    plus,
    hline,
    vline
};

// ValueError naming the code and the accepted ones for anything else.
LineStyle parse_linestyle(std::string_view code);
Marker parse_marker(std::string_view code);

// rcParams["lines.*_pattern"] in points, scaled by the line width as lines.scale_dashes does;
// empty for a solid line.
std::vector<double> dash_pattern(LineStyle style, double linewidth);

}  // namespace tabula::plot::detail
