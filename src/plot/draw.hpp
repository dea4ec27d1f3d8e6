#pragma once
// Lays a figure out in pixels at a dpi and draws it on a canvas, as matplotlib's draw does.
#include <string>
#include <utility>

#include "canvas.hpp"
#include "figure_data.hpp"

namespace tabula::plot::detail {

void draw_figure(const FigureData& figure, Canvas& canvas, double dpi, bool transparent);

enum class HAlign { left, center, right };
enum class VAlign { top, center, baseline, bottom };

// Text anchored at (x, y) by the alignments, which apply in the text's own frame before it is
// turned `degrees` counter-clockwise (matplotlib's rotation_mode "anchor").
void draw_text(Canvas& canvas, const std::string& text, double x, double y, double size, HAlign ha,
               VAlign va, double degrees = 0, Rgba color = {0, 0, 0, 1});

// An axes' frame in pixels and the limits that map data into it.
struct AxesBox {
    double left;
    double top;
    double right;
    double bottom;
    std::pair<double, double> xlim;
    std::pair<double, double> ylim;
    Point to_pixels(double x, double y) const {
        return {left + (x - xlim.first) / (xlim.second - xlim.first) * (right - left),
                bottom - (y - ylim.first) / (ylim.second - ylim.first) * (bottom - top)};
    }
};

}  // namespace tabula::plot::detail
