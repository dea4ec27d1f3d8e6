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

// Line2D's drawstyle: plain ("default") joins the points; the steps hold y until the next x
// (post), take the next y at once (pre), or step half way between the xs (mid).
enum class DrawStyle { plain, steps_pre, steps_mid, steps_post };

// ValueError naming the code and the accepted ones for anything else.
LineStyle parse_linestyle(std::string_view code);
DrawStyle parse_drawstyle(std::string_view code);
Marker parse_marker(std::string_view code);

// rcParams["lines.*_pattern"] in points, scaled by the line width as lines.scale_dashes does;
// empty for a solid line.
std::vector<double> dash_pattern(LineStyle style, double linewidth);

}  // namespace tabula::plot::detail
