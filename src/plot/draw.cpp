#include "draw.hpp"

#include <vector>

#include "legend.hpp"
#include "line_artist.hpp"
#include "rc_params.hpp"

namespace tabula::plot::detail {
namespace {

const Rgba black{0, 0, 0, 1};
const Rgba white{1, 1, 1, 1};

void draw_axes(const AxesData& axes, Canvas& canvas, double width, double height, double dpi,
               bool transparent) {
    const double pt = dpi / 72;
    const AxesLayout layout = layout_axes(axes, width, height, dpi);
    const AxesBox& box = layout.box;
    if (!transparent) {
        canvas.fill_rect(box.left, box.top, box.right - box.left, box.bottom - box.top, white);
    }
    // Grid lines under the data lines (axes.axisbelow "line").
    if (axes.grid) {
        const Stroke grid{to_rgba(rc::grid_color), rc::grid_width * pt, {}, Cap::projecting};
        for (const double x : layout.xticks) {
            const double px = box.to_pixels(x, 0).x;
            const Point segment[] = {{px, box.top}, {px, box.bottom}};
            canvas.stroke_path(segment, grid);
        }
        for (const double y : layout.yticks) {
            const double py = box.to_pixels(0, y).y;
            const Point segment[] = {{box.left, py}, {box.right, py}};
            canvas.stroke_path(segment, grid);
        }
    }

    canvas.clip(box.left, box.top, box.right - box.left, box.bottom - box.top);
    for (const Line& line : axes.lines) draw_line(canvas, line, box, pt);
    canvas.unclip();

    const Point frame[] = {
        {box.left, box.top}, {box.right, box.top}, {box.right, box.bottom}, {box.left, box.bottom}};
    canvas.stroke_path(frame, Stroke{black, rc::spine_width * pt, {}, Cap::projecting}, true);

    // Ticks point outwards.
    const Stroke tick{black, rc::tick_width * pt, {}, Cap::butt};
    const double length = rc::tick_length * pt;
    for (const double x : layout.xticks) {
        const double px = box.to_pixels(x, 0).x;
        const Point mark[] = {{px, box.bottom}, {px, box.bottom + length}};
        canvas.stroke_path(mark, tick);
    }
    for (const double y : layout.yticks) {
        const double py = box.to_pixels(0, y).y;
        const Point mark[] = {{box.left, py}, {box.left - length, py}};
        canvas.stroke_path(mark, tick);
    }
    for (const TextItem& item : layout.texts) draw_text(canvas, item);
    if (axes.legend_loc) draw_legend(axes, box, canvas, pt);
}

}  // namespace

void draw_text(Canvas& canvas, const TextItem& item, Rgba color) {
    const Point start = baseline_start(item);
    canvas.text(item.text, start.x, start.y, item.size, color, item.degrees);
}

void draw_figure(const FigureData& figure, Canvas& canvas, double dpi, bool transparent) {
    const double width = figure.figsize[0] * dpi;
    const double height = figure.figsize[1] * dpi;
    if (!transparent) canvas.fill_rect(0, 0, width, height, figure.facecolor);
    for (const auto& axes : figure.axes) draw_axes(*axes, canvas, width, height, dpi, transparent);
}

}  // namespace tabula::plot::detail
