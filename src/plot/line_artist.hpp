#pragma once
// Drawing a Line2D: its stroke (broken at NaN) and its markers; `pt` is pixels per point.
#include <span>

#include "canvas.hpp"
#include "figure_data.hpp"
#include "layout.hpp"

namespace tabula::plot::detail {

void draw_line(Canvas& canvas, const Line& line, const AxesBox& box, double pt);

// The stroke through `points` in the line's style, without markers (the legend's handle too).
void stroke_line(Canvas& canvas, const Line& line, std::span<const Point> points, double pt);

void draw_marker(Canvas& canvas, const Line& line, Point p, double pt);

}  // namespace tabula::plot::detail
