#include "cairo_canvas.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <numbers>

#include "rc_params.hpp"

namespace tabula::plot::detail {
namespace {

void set_color(cairo_t* cr, Rgba c) {
    cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a);
}

void set_font(cairo_t* cr, double size) {
    cairo_select_font_face(cr, rc::font_family, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size);
}

void trace(cairo_t* cr, std::span<const Point> points, bool closed) {
    cairo_new_path(cr);
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (i == 0) {
            cairo_move_to(cr, points[i].x, points[i].y);
        } else {
            cairo_line_to(cr, points[i].x, points[i].y);
        }
    }
    if (closed) cairo_close_path(cr);
}

}  // namespace

TextMetrics measure_text(const std::string& text, double size) {
    // A 1x1 surface is enough: only the font's metrics are read.
    const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1), cairo_surface_destroy);
    const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()),
                                                                cairo_destroy);
    set_font(cr.get(), size);
    cairo_text_extents_t extents;
    cairo_text_extents(cr.get(), text.c_str(), &extents);
    cairo_text_extents_t lp;
    cairo_text_extents(cr.get(), "lp", &lp);
    // matplotlib's Text layout: the ink's height and depth, at least those of "lp", so that
    // labels without ascenders or descenders line up with the others.
    const double descent = std::max(extents.height + extents.y_bearing, lp.height + lp.y_bearing);
    const double height = std::max(extents.height, lp.height);
    return {extents.x_advance, height - descent, descent};
}

void CairoCanvas::apply(const Stroke& stroke) {
    set_color(cr_, stroke.color);
    cairo_set_line_width(cr_, stroke.width);
    cairo_set_dash(cr_, stroke.dashes.data(), static_cast<int>(stroke.dashes.size()), 0);
    cairo_set_line_join(cr_, CAIRO_LINE_JOIN_ROUND);
    switch (stroke.cap) {
        case Cap::butt:
            cairo_set_line_cap(cr_, CAIRO_LINE_CAP_BUTT);
            break;
        case Cap::round:
            cairo_set_line_cap(cr_, CAIRO_LINE_CAP_ROUND);
            break;
        case Cap::projecting:
            cairo_set_line_cap(cr_, CAIRO_LINE_CAP_SQUARE);
            break;
    }
}

void CairoCanvas::fill_rect(double x, double y, double width, double height, Rgba color) {
    set_color(cr_, color);
    cairo_new_path(cr_);
    cairo_rectangle(cr_, x, y, width, height);
    cairo_fill(cr_);
}

void CairoCanvas::fill_cell(double x, double y, double width, double height, Rgba color) {
    cairo_save(cr_);
    cairo_set_antialias(cr_, CAIRO_ANTIALIAS_NONE);
    fill_rect(x, y, width, height, color);
    cairo_restore(cr_);
}

void CairoCanvas::stroke_path(std::span<const Point> points, const Stroke& stroke, bool closed) {
    trace(cr_, points, closed);
    apply(stroke);
    cairo_stroke(cr_);
}

void CairoCanvas::fill_path(std::span<const Point> points, Rgba color) {
    trace(cr_, points, true);
    set_color(cr_, color);
    cairo_fill(cr_);
}

void CairoCanvas::circle(Point center, double radius, Rgba fill, const Stroke& edge) {
    cairo_new_path(cr_);
    cairo_arc(cr_, center.x, center.y, radius, 0, 2 * std::numbers::pi);
    set_color(cr_, fill);
    cairo_fill_preserve(cr_);
    apply(edge);
    cairo_stroke(cr_);
}

void CairoCanvas::rounded_rect(double x, double y, double width, double height, double radius,
                               Rgba fill, const Stroke& edge) {
    constexpr double quarter = std::numbers::pi / 2;
    cairo_new_path(cr_);
    cairo_arc(cr_, x + width - radius, y + radius, radius, -quarter, 0);
    cairo_arc(cr_, x + width - radius, y + height - radius, radius, 0, quarter);
    cairo_arc(cr_, x + radius, y + height - radius, radius, quarter, 2 * quarter);
    cairo_arc(cr_, x + radius, y + radius, radius, 2 * quarter, 3 * quarter);
    cairo_close_path(cr_);
    set_color(cr_, fill);
    cairo_fill_preserve(cr_);
    apply(edge);
    cairo_stroke(cr_);
}

void CairoCanvas::text(const std::string& text, double x, double y, double size, Rgba color,
                       double degrees) {
    cairo_save(cr_);
    set_font(cr_, size);
    set_color(cr_, color);
    cairo_translate(cr_, x, y);
    cairo_rotate(cr_, -degrees * std::numbers::pi / 180);
    cairo_move_to(cr_, 0, 0);
    cairo_show_text(cr_, text.c_str());
    cairo_restore(cr_);
}

void CairoCanvas::clip(double x, double y, double width, double height) {
    cairo_save(cr_);
    cairo_new_path(cr_);
    cairo_rectangle(cr_, x, y, width, height);
    cairo_clip(cr_);
}

void CairoCanvas::unclip() {
    cairo_restore(cr_);
}

}  // namespace tabula::plot::detail
