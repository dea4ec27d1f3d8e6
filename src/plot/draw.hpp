#pragma once
// Draws a figure on a canvas at a dpi, as matplotlib's draw does: background, then each axes'
// grid, lines, frame, ticks, texts and legend.
#include "canvas.hpp"
#include "figure_data.hpp"
#include "layout.hpp"

namespace tabula::plot::detail {

void draw_figure(const FigureData& figure, Canvas& canvas, double dpi, bool transparent);

void draw_text(Canvas& canvas, const TextItem& item, Rgba color = {0, 0, 0, 1});

}  // namespace tabula::plot::detail
