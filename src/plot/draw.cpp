#include "draw.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

#include "arrow.hpp"
#include "legend.hpp"
#include "line_artist.hpp"
#include "rc_params.hpp"

namespace tabula::plot::detail {
namespace {

const Rgba black{0, 0, 0, 1};
const Rgba white{1, 1, 1, 1};

// Agg's PathSnapper: a rectilinear stroke lands on whole pixels (odd widths on pixel centres),
// so that frames, ticks and grid lines are crisp rather than smeared over two pixels.
double snap(double v, double width) {
    const bool odd = std::lround(width) % 2 != 0;
    return std::round(v) + (odd ? 0.5 : 0.0);
}

void stroke_segment(Canvas& canvas, Point a, Point b, const Stroke& stroke) {
    const Point segment[] = {{snap(a.x, stroke.width), snap(a.y, stroke.width)},
                             {snap(b.x, stroke.width), snap(b.y, stroke.width)}};
    canvas.stroke_path(segment, stroke);
}

// QuadMesh: each cell filled, then its edges stroked, in order, as Agg draws a path collection.
void draw_mesh(Canvas& canvas, const Mesh& mesh, const AxesBox& box, double pt) {
    const std::size_t cols = mesh.xedges.size() - 1;
    const Stroke edge{mesh.edgecolor, mesh.linewidth * pt};
    for (std::size_t r = 0; r + 1 < mesh.yedges.size(); ++r) {
        for (std::size_t c = 0; c < cols; ++c) {
            const Rgba color = mesh.colors[r * cols + c];
            if (color.a == 0) continue;
            const Point a = box.to_pixels(mesh.xedges[c], mesh.yedges[r]);
            const Point b = box.to_pixels(mesh.xedges[c + 1], mesh.yedges[r + 1]);
            const double left = std::min(a.x, b.x);
            const double top = std::min(a.y, b.y);
            canvas.fill_cell(left, top, std::abs(b.x - a.x), std::abs(b.y - a.y), color);
            if (mesh.linewidth <= 0) continue;
            const Point corners[] = {a, {b.x, a.y}, b, {a.x, b.y}};
            canvas.stroke_path(corners, edge, true);
        }
    }
}

void draw_polygon(Canvas& canvas, const Polygon& polygon, const AxesBox& box, double pt) {
    std::vector<Point> points;
    for (std::size_t i = 0; i < polygon.x.size(); ++i) {
        points.push_back(box.to_pixels(polygon.x[i], polygon.y[i]));
    }
    if (polygon.face.a > 0) canvas.fill_path(points, polygon.face);
    if (polygon.linewidth > 0) {
        canvas.stroke_path(points, Stroke{polygon.edge, polygon.linewidth * pt}, polygon.closed);
    }
}

// A marker of area s square points is a circle sqrt(s) points across, edged in its colour.
void draw_markers(Canvas& canvas, const Markers& markers, const AxesBox& box, double pt) {
    for (std::size_t i = 0; i < markers.x.size(); ++i) {
        if (!std::isfinite(markers.x[i]) || !std::isfinite(markers.y[i])) continue;
        const Rgba color = markers.colors[i];
        canvas.circle(box.to_pixels(markers.x[i], markers.y[i]),
                      std::sqrt(markers.sizes[i]) / 2 * pt, color,
                      Stroke{color, markers.linewidth * pt});
    }
}

void draw_axes(const AxesData& axes, Canvas& canvas, double width, double height, double dpi,
               bool transparent) {
    const double pt = dpi / 72;
    const AxesLayout layout = layout_axes(axes, width, height, dpi);
    const AxesBox& box = layout.box;
    const Stroke spine{black, rc::spine_width * pt, {}, Cap::projecting};
    const double left = snap(box.left, spine.width);
    const double top = snap(box.top, spine.width);
    const double right = snap(box.right, spine.width);
    const double bottom = snap(box.bottom, spine.width);
    // A twinx axes lets its parent's background and data show through.
    if (!transparent && !axes.is_twin()) {
        canvas.fill_rect(left, top, right - left, bottom - top, white);
    }
    // Grid lines under the data lines (axes.axisbelow "line").
    if (axes.grid) {
        const Stroke grid{to_rgba(rc::grid_color), rc::grid_width * pt, {}, Cap::projecting};
        for (const double x : layout.xticks) {
            const double px = box.to_pixels(x, box.ylim.first).x;
            stroke_segment(canvas, {px, box.top}, {px, box.bottom}, grid);
        }
        for (const double y : layout.yticks) {
            const double py = box.to_pixels(box.xlim.first, y).y;
            stroke_segment(canvas, {box.left, py}, {box.right, py}, grid);
        }
    }

    // Collections (zorder 1) under lines (zorder 2).
    canvas.clip(left, top, right - left, bottom - top);
    for (const Mesh& mesh : axes.meshes) draw_mesh(canvas, mesh, box, pt);
    for (const Polygon& polygon : axes.polygons) draw_polygon(canvas, polygon, box, pt);
    for (const Markers& markers : axes.markers) draw_markers(canvas, markers, box, pt);
    for (const Line& line : axes.lines) draw_line(canvas, line, box, pt);
    for (const RefLine& ref : axes.reflines) {
        const Line style{.x = {},
                         .y = {},
                         .label = "",
                         .color = ref.color,
                         .linestyle = ref.linestyle,
                         .linewidth = ref.linewidth,
                         .marker = Marker::none,
                         .markersize = 0};
        const auto across = [&](double f) {
            return ref.horizontal ? Point{box.left + f * (box.right - box.left),
                                          box.to_pixels(box.xlim.first, ref.value).y}
                                  : Point{box.to_pixels(ref.value, box.ylim.first).x,
                                          box.bottom - f * (box.bottom - box.top)};
        };
        const Point ends[] = {across(ref.from), across(ref.to)};
        stroke_line(canvas, style, ends, pt);
    }
    canvas.unclip();

    if (axes.frame_on) {
        const Point frame[] = {{left, top}, {right, top}, {right, bottom}, {left, bottom}};
        canvas.stroke_path(frame, spine, true);
    }

    // Ticks point outwards from the snapped frame.
    const Stroke tick{black, rc::tick_width * pt, {}, Cap::butt};
    const double length = rc::tick_length * pt;
    for (const double x : layout.xticks) {
        const double px = box.to_pixels(x, box.ylim.first).x;
        stroke_segment(canvas, {px, bottom}, {px, bottom + length}, tick);
    }
    // A colorbar's and a twinx axes' ticks are on the right.
    const bool right_y = axes.colorbar || axes.is_twin();
    const double tick_x = right_y ? right : left;
    const double tick_dx = right_y ? length : -length;
    for (const double y : layout.yticks) {
        const double py = box.to_pixels(box.xlim.first, y).y;
        stroke_segment(canvas, {tick_x, py}, {tick_x + tick_dx, py}, tick);
    }
    // A log axis' minor ticks (xtick.minor.size 2 pt, width 0.6 pt).
    const Stroke minor{black, rc::minor_tick_width * pt, {}, Cap::butt};
    const double minor_length = rc::minor_tick_length * pt;
    for (const double x : layout.xminor) {
        const double px = box.to_pixels(x, box.ylim.first).x;
        stroke_segment(canvas, {px, bottom}, {px, bottom + minor_length}, minor);
    }
    for (const double y : layout.yminor) {
        const double py = box.to_pixels(box.xlim.first, y).y;
        stroke_segment(canvas, {tick_x, py},
                       {tick_x + (right_y ? minor_length : -minor_length), py}, minor);
    }
    for (std::size_t i = 0; i < axes.texts.size(); ++i) {
        if (axes.texts[i].arrow) {
            const Arrow& arrow = *axes.texts[i].arrow;
            draw_arrow(canvas, arrow, layout.data_texts[i].first, box.to_pixels(arrow.x, arrow.y),
                       pt);
        }
    }
    for (const TextItem& item : layout.texts) draw_text(canvas, item);
    for (const auto& [item, color] : layout.data_texts) draw_text(canvas, item, color);
    if (axes.legend_loc) draw_legend(axes, box, canvas, pt);
}

}  // namespace

void draw_text(Canvas& canvas, const TextItem& item, Rgba color) {
    const Point start = baseline_start(item);
    canvas.text(item.text, start.x, start.y, item.size, color, item.degrees);
    if (item.superscript.empty()) return;
    // After the text and raised, along the text's own direction.
    const double along = measure_text(item.text, item.size).width;
    const double up = superscript_rise(item.size);
    const double angle = item.degrees * std::numbers::pi / 180;
    const double c = std::cos(angle);
    const double s = std::sin(angle);
    canvas.text(item.superscript, start.x + along * c - up * s, start.y - (along * s + up * c),
                item.size * superscript_scale, color, item.degrees);
}

void draw_figure(const FigureData& figure, Canvas& canvas, double dpi, bool transparent) {
    const double width = figure.figsize[0] * dpi;
    const double height = figure.figsize[1] * dpi;
    if (!transparent) canvas.fill_rect(0, 0, width, height, figure.facecolor);
    for (const auto& axes : figure.axes) draw_axes(*axes, canvas, width, height, dpi, transparent);
    if (const auto title = suptitle_item(figure, width, height, dpi)) draw_text(canvas, *title);
}

}  // namespace tabula::plot::detail
