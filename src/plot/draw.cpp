#include "draw.hpp"

#include <cmath>
#include <numbers>
#include <vector>

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
    if (!transparent) canvas.fill_rect(left, top, right - left, bottom - top, white);
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

    canvas.clip(left, top, right - left, bottom - top);
    for (const Line& line : axes.lines) draw_line(canvas, line, box, pt);
    canvas.unclip();

    const Point frame[] = {{left, top}, {right, top}, {right, bottom}, {left, bottom}};
    canvas.stroke_path(frame, spine, true);

    // Ticks point outwards from the snapped frame.
    const Stroke tick{black, rc::tick_width * pt, {}, Cap::butt};
    const double length = rc::tick_length * pt;
    for (const double x : layout.xticks) {
        const double px = box.to_pixels(x, box.ylim.first).x;
        stroke_segment(canvas, {px, bottom}, {px, bottom + length}, tick);
    }
    for (const double y : layout.yticks) {
        const double py = box.to_pixels(box.xlim.first, y).y;
        stroke_segment(canvas, {left, py}, {left - length, py}, tick);
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
        stroke_segment(canvas, {left, py}, {left - minor_length, py}, minor);
    }
    for (const TextItem& item : layout.texts) draw_text(canvas, item);
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
}

}  // namespace tabula::plot::detail
