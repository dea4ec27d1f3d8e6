#include "line_artist.hpp"

#include <cmath>
#include <numbers>
#include <vector>

#include "rc_params.hpp"

namespace tabula::plot::detail {

void stroke_line(Canvas& canvas, const Line& line, std::span<const Point> points, double pt) {
    if (line.linestyle == LineStyle::none || points.size() < 2) return;
    // lines.solid_capstyle "projecting", lines.dash_capstyle "butt".
    const Cap cap = line.linestyle == LineStyle::solid ? Cap::projecting : Cap::butt;
    std::vector<double> dashes = dash_pattern(line.linestyle, line.linewidth);
    for (double& d : dashes) d *= pt;
    canvas.stroke_path(points, Stroke{line.color, line.linewidth * pt, dashes, cap});
}

namespace {

// The vertices of a run as the line's drawstyle joins them (matplotlib's pts_to_*step), in pixels
// (steps are horizontal and vertical on screen, whatever the scales).
std::vector<Point> stepped(const std::vector<Point>& run, DrawStyle style) {
    if (style == DrawStyle::plain || run.size() < 2) return run;
    std::vector<Point> out{run.front()};
    for (std::size_t i = 1; i < run.size(); ++i) {
        const Point a = run[i - 1];
        const Point b = run[i];
        switch (style) {
            case DrawStyle::steps_post:
                out.push_back({b.x, a.y});
                break;
            case DrawStyle::steps_pre:
                out.push_back({a.x, b.y});
                break;
            case DrawStyle::steps_mid:
                out.push_back({(a.x + b.x) / 2, a.y});
                out.push_back({(a.x + b.x) / 2, b.y});
                break;
            case DrawStyle::plain:
                break;
        }
        out.push_back(b);
    }
    return out;
}

}  // namespace

void draw_line(Canvas& canvas, const Line& line, const AxesBox& box, double pt) {
    std::vector<Point> run;
    std::vector<Point> all;
    for (std::size_t i = 0; i < line.x.size(); ++i) {
        if (!std::isfinite(line.x[i]) || !std::isfinite(line.y[i])) {
            stroke_line(canvas, line, stepped(run, line.drawstyle), pt);
            run.clear();
            continue;
        }
        run.push_back(box.to_pixels(line.x[i], line.y[i]));
        all.push_back(run.back());
    }
    stroke_line(canvas, line, stepped(run, line.drawstyle), pt);
    if (line.marker == Marker::none) return;
    for (const Point& p : all) draw_marker(canvas, line, p, pt);
}

// matplotlib's MarkerStyle paths scaled by markersize: the circle's diameter, the square's side,
// the triangle's height.
void draw_marker(Canvas& canvas, const Line& line, Point p, double pt) {
    const double s = line.markersize * pt;
    const Stroke edge{line.color, rc::marker_edge_width * pt};
    const Rgba face = line.marker_face.value_or(line.color);
    const auto polygon = [&](std::vector<Point> unit) {
        for (Point& q : unit) q = {p.x + q.x * s, p.y - q.y * s};
        if (face.a > 0) canvas.fill_path(unit, face);
        canvas.stroke_path(unit, edge, true);
    };
    const auto cross = [&](std::vector<Point> ends) {
        for (std::size_t i = 0; i + 1 < ends.size(); i += 2) {
            const Point segment[] = {{p.x + ends[i].x * s, p.y - ends[i].y * s},
                                     {p.x + ends[i + 1].x * s, p.y - ends[i + 1].y * s}};
            canvas.stroke_path(segment, edge);
        }
    };
    switch (line.marker) {
        case Marker::circle:
            canvas.circle(p, s / 2, face, edge);
            break;
        case Marker::point:
            canvas.circle(p, s / 4, face, edge);
            break;
        case Marker::square:
            polygon({{-0.5, -0.5}, {0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}});
            break;
        case Marker::triangle_up:
            polygon({{0, 0.5}, {-0.5, -0.5}, {0.5, -0.5}});
            break;
        case Marker::triangle_down:
            polygon({{0, -0.5}, {-0.5, 0.5}, {0.5, 0.5}});
            break;
        case Marker::diamond: {
            // The unit square turned 45 degrees.
            constexpr double half_diagonal = std::numbers::sqrt2 / 2;
            polygon(
                {{0, half_diagonal}, {half_diagonal, 0}, {0, -half_diagonal}, {-half_diagonal, 0}});
            break;
        }
        case Marker::x:
            cross({{-0.5, -0.5}, {0.5, 0.5}, {-0.5, 0.5}, {0.5, -0.5}});
            break;
        case Marker::plus:
            cross({{-0.5, 0}, {0.5, 0}, {0, -0.5}, {0, 0.5}});
            break;
        case Marker::hline:
            cross({{-0.5, 0}, {0.5, 0}});
            break;
        case Marker::vline:
            cross({{0, -0.5}, {0, 0.5}});
            break;
        case Marker::none:
            break;
    }
}

}  // namespace tabula::plot::detail
