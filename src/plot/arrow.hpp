#pragma once
// annotate's arrow: matplotlib's FancyArrowPatch with the arc3 connection (a straight line) and
// the Curve arrow styles ("-", "->", "-|>", "<-", "<->", "<|-", "<|-|>").
#include <array>

#include "canvas.hpp"
#include "figure_data.hpp"
#include "layout.hpp"
#include "tabula/plot/axes.hpp"

namespace tabula::plot::detail {

// The arrow to xy (data units) as `props` asks, its heads scaled by the text's size unless
// mutation_scale is given. ValueError "Unknown style: '=>'" for another arrowstyle.
Arrow make_arrow(const ArrowProps& props, std::array<double, 2> xy, double fontsize);

// The arrow from `text`'s centre to `to` (pixels), cut at the text's box padded 2 pt (not when
// the text is empty), shrunk, with its heads; `pt` is pixels per point.
void draw_arrow(Canvas& canvas, const Arrow& arrow, const TextItem& text, Point to, double pt);

}  // namespace tabula::plot::detail
