#include "draw.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

#include "legend.hpp"
#include "line_artist.hpp"
#include "rc_params.hpp"
#include "tabula/plot/ticker.hpp"

namespace tabula::plot::detail {
namespace {

const Rgba black{0, 0, 0, 1};
const Rgba white{1, 1, 1, 1};

// The ticks an axis shows and their labels: the locator's inside the view (matplotlib's
// _interval_contains_close, 1e-10 of the range of slack), labelled by a ScalarFormatter that saw
// all of them.
struct Ticks {
    std::vector<double> values;
    std::vector<std::string> labels;
    std::string offset;
};

Ticks axis_ticks(std::pair<double, double> lim, double length_px, const char* name, double dpi) {
    const int space = get_tick_space(length_px / dpi * 72, name, rc::tick_label_size);
    const std::vector<double> locs = AutoLocator().tick_values(lim.first, lim.second, space);
    ScalarFormatter formatter;
    const std::vector<std::string> labels = formatter.format_ticks(locs, lim.first, lim.second);
    const double lo = std::min(lim.first, lim.second);
    const double hi = std::max(lim.first, lim.second);
    const double slack = (hi - lo) * 1e-10;
    Ticks ticks;
    for (std::size_t i = 0; i < locs.size(); ++i) {
        if (locs[i] < lo - slack || locs[i] > hi + slack) continue;
        ticks.values.push_back(locs[i]);
        ticks.labels.push_back(labels[i]);
    }
    ticks.offset = formatter.get_offset();
    return ticks;
}

void draw_axes(const AxesData& axes, Canvas& canvas, double width, double height, double dpi,
               bool transparent) {
    const double pt = dpi / 72;
    const auto& pos = axes.position;
    const AxesBox box{
        pos[0] * width,        (1 - pos[1] - pos[3]) * height,   (pos[0] + pos[2]) * width,
        (1 - pos[1]) * height, view_interval(*axes.xaxis, true), view_interval(*axes.yaxis, false)};
    const double box_width = box.right - box.left;
    const double box_height = box.bottom - box.top;
    if (!transparent) canvas.fill_rect(box.left, box.top, box_width, box_height, white);

    const Ticks xticks = axis_ticks(box.xlim, box_width, "x", dpi);
    const Ticks yticks = axis_ticks(box.ylim, box_height, "y", dpi);

    // Grid lines under the data lines (axes.axisbelow "line").
    if (axes.grid) {
        const Stroke grid{to_rgba(rc::grid_color), rc::grid_width * pt, {}, Cap::projecting};
        for (const double x : xticks.values) {
            const double px = box.to_pixels(x, box.ylim.first).x;
            const Point segment[] = {{px, box.top}, {px, box.bottom}};
            canvas.stroke_path(segment, grid);
        }
        for (const double y : yticks.values) {
            const double py = box.to_pixels(box.xlim.first, y).y;
            const Point segment[] = {{box.left, py}, {box.right, py}};
            canvas.stroke_path(segment, grid);
        }
    }

    canvas.clip(box.left, box.top, box_width, box_height);
    for (const Line& line : axes.lines) draw_line(canvas, line, box, pt);
    canvas.unclip();

    const Stroke spine{black, rc::spine_width * pt, {}, Cap::projecting};
    const Point frame[] = {
        {box.left, box.top}, {box.right, box.top}, {box.right, box.bottom}, {box.left, box.bottom}};
    canvas.stroke_path(frame, spine, true);

    // Ticks point outwards; labels sit tick_pad beyond them.
    const Stroke tick{black, rc::tick_width * pt, {}, Cap::butt};
    const double tick_length = rc::tick_length * pt;
    const double label_gap = (rc::tick_length + rc::tick_pad) * pt;
    const double tick_size = rc::tick_label_size * pt;
    const TextMetrics tick_metrics = measure_text("0", tick_size);
    double xlabels_bottom = box.bottom + tick_length;
    for (std::size_t i = 0; i < xticks.values.size(); ++i) {
        const double px = box.to_pixels(xticks.values[i], box.ylim.first).x;
        const Point mark[] = {{px, box.bottom}, {px, box.bottom + tick_length}};
        canvas.stroke_path(mark, tick);
        if (!axes.x_tick_labels) continue;
        draw_text(canvas, xticks.labels[i], px, box.bottom + label_gap, tick_size, HAlign::center,
                  VAlign::top);
        xlabels_bottom = box.bottom + label_gap + tick_metrics.ascent + tick_metrics.descent;
    }
    double ylabels_left = box.left - tick_length;
    for (std::size_t i = 0; i < yticks.values.size(); ++i) {
        const double py = box.to_pixels(box.xlim.first, yticks.values[i]).y;
        const Point mark[] = {{box.left, py}, {box.left - tick_length, py}};
        canvas.stroke_path(mark, tick);
        if (!axes.y_tick_labels) continue;
        draw_text(canvas, yticks.labels[i], box.left - label_gap, py, tick_size, HAlign::right,
                  VAlign::center);
        ylabels_left = std::min(
            ylabels_left, box.left - label_gap - measure_text(yticks.labels[i], tick_size).width);
    }
    if (axes.x_tick_labels && !xticks.offset.empty()) {
        draw_text(canvas, xticks.offset, box.right, xlabels_bottom + rc::tick_pad * pt, tick_size,
                  HAlign::right, VAlign::top);
    }
    if (axes.y_tick_labels && !yticks.offset.empty()) {
        draw_text(canvas, yticks.offset, box.left, box.top - rc::tick_pad * pt, tick_size,
                  HAlign::left, VAlign::baseline);
    }

    if (!axes.xlabel.empty()) {
        draw_text(canvas, axes.xlabel, (box.left + box.right) / 2,
                  xlabels_bottom + rc::label_pad * pt, rc::label_size * pt, HAlign::center,
                  VAlign::top);
    }
    if (!axes.ylabel.empty()) {
        draw_text(canvas, axes.ylabel, ylabels_left - rc::label_pad * pt,
                  (box.top + box.bottom) / 2, rc::label_size * pt, HAlign::center, VAlign::bottom,
                  90);
    }
    if (!axes.title.empty()) {
        draw_text(canvas, axes.title, (box.left + box.right) / 2, box.top - rc::title_pad * pt,
                  rc::title_size * pt, HAlign::center, VAlign::baseline);
    }
    if (axes.legend_loc) draw_legend(axes, box, canvas, pt);
}

}  // namespace

void draw_text(Canvas& canvas, const std::string& text, double x, double y, double size, HAlign ha,
               VAlign va, double degrees, Rgba color) {
    const TextMetrics m = measure_text(text, size);
    const double dx = ha == HAlign::left ? 0 : ha == HAlign::center ? -m.width / 2 : -m.width;
    double dy = 0;  // upwards in the text's frame, from the anchor to the baseline
    switch (va) {
        case VAlign::top:
            dy = -m.ascent;
            break;
        case VAlign::center:
            dy = -(m.ascent - m.descent) / 2;
            break;
        case VAlign::bottom:
            dy = m.descent;
            break;
        case VAlign::baseline:
            break;
    }
    const double angle = degrees * std::numbers::pi / 180;
    const double c = std::cos(angle);
    const double s = std::sin(angle);
    canvas.text(text, x + dx * c - dy * s, y - (dx * s + dy * c), size, color, degrees);
}

void draw_figure(const FigureData& figure, Canvas& canvas, double dpi, bool transparent) {
    const double width = figure.figsize[0] * dpi;
    const double height = figure.figsize[1] * dpi;
    if (!transparent) canvas.fill_rect(0, 0, width, height, figure.facecolor);
    for (const auto& axes : figure.axes) draw_axes(*axes, canvas, width, height, dpi, transparent);
}

}  // namespace tabula::plot::detail
