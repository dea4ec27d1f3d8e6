#pragma once
// Axes.legend: the labelled lines' handles and labels in a framed box inside the axes.
#include "canvas.hpp"
#include "figure_data.hpp"
#include "layout.hpp"

namespace tabula::plot::detail {

// Draws nothing without a labelled line; `pt` is pixels per point.
void draw_legend(const AxesData& axes, const AxesBox& box, Canvas& canvas, double pt);

}  // namespace tabula::plot::detail
