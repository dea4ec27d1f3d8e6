#include "svg_canvas.hpp"

#include <fmt/format.h>

#include "rc_params.hpp"

namespace tabula::plot::detail {
namespace {

// fill="#rrggbb" fill-opacity="a", or the stroke's pair.
std::string paint(const char* what, Rgba c) {
    std::string out = fmt::format(" {}=\"{}\"", what, to_hex(c));
    if (c.a < 1) out += fmt::format(" {}-opacity=\"{:g}\"", what, c.a);
    return out;
}

std::string stroke_attributes(const Stroke& stroke) {
    std::string out = paint("stroke", stroke.color);
    out += fmt::format(" stroke-width=\"{:g}\" stroke-linejoin=\"round\"", stroke.width);
    static constexpr const char* caps[] = {"butt", "round", "square"};
    out += fmt::format(" stroke-linecap=\"{}\"", caps[static_cast<int>(stroke.cap)]);
    if (!stroke.dashes.empty()) {
        out += " stroke-dasharray=\"";
        for (std::size_t i = 0; i < stroke.dashes.size(); ++i) {
            out += fmt::format("{}{:g}", i ? "," : "", stroke.dashes[i]);
        }
        out += "\"";
    }
    return out;
}

std::string path_data(std::span<const Point> points, bool closed) {
    std::string d;
    for (std::size_t i = 0; i < points.size(); ++i) {
        d += fmt::format("{}{:g} {:g} ", i == 0 ? "M" : "L", points[i].x, points[i].y);
    }
    if (closed) d += "Z";
    return d;
}

std::string xml_escape(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace

SvgCanvas::SvgCanvas(double width, double height) {
    out_ = fmt::format(
        "<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{:g}pt\" "
        "height=\"{:g}pt\" viewBox=\"0 0 {:g} {:g}\">\n",
        width, height, width, height);
}

void SvgCanvas::fill_rect(double x, double y, double width, double height, Rgba color) {
    out_ += fmt::format("<rect x=\"{:g}\" y=\"{:g}\" width=\"{:g}\" height=\"{:g}\"{}/>\n", x, y,
                        width, height, paint("fill", color));
}

void SvgCanvas::fill_cell(double x, double y, double width, double height, Rgba color) {
    out_ += fmt::format(
        "<rect x=\"{:g}\" y=\"{:g}\" width=\"{:g}\" height=\"{:g}\" "
        "shape-rendering=\"crispEdges\"{}/>\n",
        x, y, width, height, paint("fill", color));
}

void SvgCanvas::stroke_path(std::span<const Point> points, const Stroke& stroke, bool closed) {
    out_ += fmt::format("<path d=\"{}\" fill=\"none\"{}/>\n", path_data(points, closed),
                        stroke_attributes(stroke));
}

void SvgCanvas::fill_path(std::span<const Point> points, Rgba color) {
    out_ += fmt::format("<path d=\"{}\"{}/>\n", path_data(points, true), paint("fill", color));
}

void SvgCanvas::circle(Point center, double radius, Rgba fill, const Stroke& edge) {
    out_ += fmt::format("<circle cx=\"{:g}\" cy=\"{:g}\" r=\"{:g}\"{}{}/>\n", center.x, center.y,
                        radius, paint("fill", fill), stroke_attributes(edge));
}

void SvgCanvas::rounded_rect(double x, double y, double width, double height, double radius,
                             Rgba fill, const Stroke& edge) {
    out_ += fmt::format(
        "<rect x=\"{:g}\" y=\"{:g}\" width=\"{:g}\" height=\"{:g}\" rx=\"{:g}\"{}{}/>\n", x, y,
        width, height, radius, paint("fill", fill), stroke_attributes(edge));
}

void SvgCanvas::text(const std::string& text, double x, double y, double size, Rgba color,
                     double degrees) {
    std::string rotate;
    if (degrees != 0) rotate = fmt::format(" transform=\"rotate({:g} {:g} {:g})\"", -degrees, x, y);
    out_ += fmt::format(
        "<text x=\"{:g}\" y=\"{:g}\" font-family=\"{}\" font-size=\"{:g}\"{}{} "
        "xml:space=\"preserve\">{}</text>\n",
        x, y, rc::font_family, size, paint("fill", color), rotate, xml_escape(text));
}

void SvgCanvas::clip(double x, double y, double width, double height) {
    ++clips_;
    ++open_groups_;
    out_ += fmt::format(
        "<clipPath id=\"clip{}\"><rect x=\"{:g}\" y=\"{:g}\" width=\"{:g}\" "
        "height=\"{:g}\"/></clipPath>\n<g clip-path=\"url(#clip{})\">\n",
        clips_, x, y, width, height, clips_);
}

void SvgCanvas::unclip() {
    --open_groups_;
    out_ += "</g>\n";
}

std::string SvgCanvas::finish() {
    for (; open_groups_ > 0; --open_groups_) out_ += "</g>\n";
    out_ += "</svg>\n";
    return out_;
}

}  // namespace tabula::plot::detail
