#include "line_style.hpp"

#include <string>

#include "tabula/core/error.hpp"
#include "tabula/frame/scalar.hpp"

namespace tabula::plot::detail {

LineStyle parse_linestyle(std::string_view code) {
    if (code == "-" || code == "solid") return LineStyle::solid;
    if (code == "--" || code == "dashed") return LineStyle::dashed;
    if (code == ":" || code == "dotted") return LineStyle::dotted;
    if (code == "-." || code == "dashdot") return LineStyle::dashdot;
    if (code.empty() || code == " " || code == "None" || code == "none") return LineStyle::none;
    // matplotlib's message for Line2D.set_linestyle.
    std::string message = Scalar(code).repr();
    message +=
        " is not a valid value for ls; supported values are '-', '--', '-.', ':', 'None', ' ', "
        "'', 'solid', 'dashed', 'dashdot', 'dotted'";
    throw ValueError(message);
}

DrawStyle parse_drawstyle(std::string_view code) {
    if (code == "default") return DrawStyle::plain;
    if (code == "steps-pre" || code == "steps") return DrawStyle::steps_pre;
    if (code == "steps-mid") return DrawStyle::steps_mid;
    if (code == "steps-post") return DrawStyle::steps_post;
    std::string message = Scalar(code).repr();
    message +=
        " is not a valid value for drawstyle; supported values are 'default', 'steps-mid', "
        "'steps-pre', 'steps-post', 'steps'";
    throw ValueError(message);
}

Marker parse_marker(std::string_view code) {
    if (code.empty() || code == "None" || code == "none" || code == " ") return Marker::none;
    if (code == "o") return Marker::circle;
    if (code == ".") return Marker::point;
    if (code == "s") return Marker::square;
    if (code == "^") return Marker::triangle_up;
    if (code == "v") return Marker::triangle_down;
    if (code == "D") return Marker::diamond;
    if (code == "x") return Marker::x;
    if (code == "+") return Marker::plus;
    if (code == "_") return Marker::hline;
    if (code == "|") return Marker::vline;
    std::string message = "Unrecognized marker style ";
    message += Scalar(code).repr();
    message += " (supported here: 'o', '.', 's', '^', 'v', 'D', 'x', '+', '_', '|', '', 'None')";
    throw ValueError(message);
}

std::vector<double> dash_pattern(LineStyle style, double linewidth) {
    std::vector<double> pattern;
    switch (style) {
        case LineStyle::dashed:
            pattern = {3.7, 1.6};
            break;
        case LineStyle::dotted:
            pattern = {1.0, 1.65};
            break;
        case LineStyle::dashdot:
            pattern = {6.4, 1.6, 1.0, 1.6};
            break;
        case LineStyle::solid:
        case LineStyle::none:
            break;
    }
    for (double& d : pattern) d *= linewidth;
    return pattern;
}

}  // namespace tabula::plot::detail
