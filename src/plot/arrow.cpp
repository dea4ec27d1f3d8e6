#include "arrow.hpp"

#include <cmath>
#include <string>
#include <vector>

#include "tabula/core/error.hpp"
#include "tabula/frame/scalar.hpp"

namespace tabula::plot::detail {

Arrow make_arrow(const ArrowProps& props, std::array<double, 2> xy, double fontsize) {
    // ArrowStyle._Curve: the style splits at its first "-" into the begin and end heads.
    const std::string& style = props.arrowstyle;
    const auto dash = style.find('-');
    const std::string begin = dash == std::string::npos ? "" : style.substr(0, dash);
    const std::string end = dash == std::string::npos ? "" : style.substr(dash + 1);
    const bool known = dash != std::string::npos &&
                       (begin.empty() || begin == "<" || begin == "<|") &&
                       (end.empty() || end == ">" || end == "|>");
    if (!known) {
        std::string message = "Unknown style: ";
        message += Scalar(style).repr();
        throw ValueError(message);
    }
    const Rgba edge = props.color.empty() ? Rgba{0, 0, 0, 1} : to_rgba(props.color);
    const Rgba face = props.color.empty() ? to_rgba("C0") : edge;
    return {.x = xy[0],
            .y = xy[1],
            .head_begin = !begin.empty(),
            .fill_begin = begin == "<|",
            .head_end = !end.empty(),
            .fill_end = end == "|>",
            .edge = edge,
            .face = face,
            .linewidth = props.linewidth,
            .shrink_a = props.shrinkA,
            .shrink_b = props.shrinkB,
            .mutation_scale = props.mutation_scale.value_or(fontsize)};
}

namespace {

// How far along a -> b the segment leaves rectangle r when a lies inside it (0 when a is outside
// or b inside: ConnectionStyle._clip keeps such a path whole).
double exit_fraction(Point a, Point b, const Rect& r) {
    if (!r.contains(a) || r.contains(b)) return 0;
    double t = 1;
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    if (dx > 0) t = std::min(t, (r.right - a.x) / dx);
    if (dx < 0) t = std::min(t, (r.left - a.x) / dx);
    if (dy > 0) t = std::min(t, (r.bottom - a.y) / dy);
    if (dy < 0) t = std::min(t, (r.top - a.y) / dy);
    return t;
}

// _Curve._get_arrow_wedge: the head at `tip` pointing away from `from`, and how far the shaft's
// end moves back so that the head's projecting edge does not overshoot the tip.
std::vector<Point> wedge(Point from, Point tip, double mutation, double linewidth,
                         Point& shaft_end) {
    const double head_length = 0.4 * mutation;
    const double head_width = 0.2 * mutation;
    const double head_dist = std::hypot(head_length, head_width);
    const double cos_t = head_length / head_dist;
    const double sin_t = head_width / head_dist;
    double dx = from.x - tip.x;
    double dy = from.y - tip.y;
    double distance = std::hypot(dx, dy);
    if (distance == 0) distance = 1;
    const double pad = 0.5 * linewidth / sin_t;
    const double ddx = pad * dx / distance;
    const double ddy = pad * dy / distance;
    dx = dx / distance * head_dist;
    dy = dy / distance * head_dist;
    const Point t{tip.x + ddx, tip.y + ddy};
    shaft_end = t;
    return {{t.x + cos_t * dx + sin_t * dy, t.y - sin_t * dx + cos_t * dy},
            t,
            {t.x + cos_t * dx - sin_t * dy, t.y + sin_t * dx + cos_t * dy}};
}

}  // namespace

void draw_arrow(Canvas& canvas, const Arrow& arrow, const TextItem& text, Point to, double pt) {
    const Rect box = text_extent(text);
    Point from{(box.left + box.right) / 2, (box.top + box.bottom) / 2};
    // Annotation.update_positions: patchA is the text's box padded 2 pt on each side.
    if (!text.text.empty()) {
        const double pad = 2 * pt;
        const Rect padded{box.left - pad, box.top - pad, box.right + pad, box.bottom + pad};
        const double t = exit_fraction(from, to, padded);
        from = {from.x + t * (to.x - from.x), from.y + t * (to.y - from.y)};
    }
    // _shrink: the parts within shrinkA of the start and shrinkB of the end are cut off.
    const double length = std::hypot(to.x - from.x, to.y - from.y);
    if (length <= (arrow.shrink_a + arrow.shrink_b) * pt) return;
    const double ux = (to.x - from.x) / length;
    const double uy = (to.y - from.y) / length;
    Point a{from.x + ux * arrow.shrink_a * pt, from.y + uy * arrow.shrink_a * pt};
    Point b{to.x - ux * arrow.shrink_b * pt, to.y - uy * arrow.shrink_b * pt};

    const double mutation = arrow.mutation_scale * pt;
    const double width = arrow.linewidth * pt;
    const Stroke edge{arrow.edge, width, {}, Cap::round};
    std::vector<std::pair<std::vector<Point>, bool>> heads;
    Point shaft_a = a;
    Point shaft_b = b;
    if (arrow.head_begin)
        heads.emplace_back(wedge(b, a, mutation, width, shaft_a), arrow.fill_begin);
    if (arrow.head_end) heads.emplace_back(wedge(a, b, mutation, width, shaft_b), arrow.fill_end);
    const Point shaft[] = {shaft_a, shaft_b};
    canvas.stroke_path(shaft, edge);
    for (const auto& [head, filled] : heads) {
        if (filled) canvas.fill_path(head, arrow.face);
        canvas.stroke_path(head, edge, filled);
    }
}

}  // namespace tabula::plot::detail
