#include "legend.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <string_view>
#include <vector>

#include "draw.hpp"
#include "line_artist.hpp"
#include "rc_params.hpp"

namespace tabula::plot::detail {
namespace {

// Whether segment ab crosses rectangle r: an end inside, or a crossing of one of its edges.
bool crosses(Point a, Point b, const Rect& r) {
    if (r.contains(a) || r.contains(b)) return true;
    const auto side = [](Point p, Point q, Point s) {
        return (q.x - p.x) * (s.y - p.y) - (q.y - p.y) * (s.x - p.x);
    };
    const auto intersect = [&](Point p, Point q) {
        return side(a, b, p) * side(a, b, q) < 0 && side(p, q, a) * side(p, q, b) < 0;
    };
    const Point corners[] = {
        {r.left, r.top}, {r.right, r.top}, {r.right, r.bottom}, {r.left, r.bottom}};
    for (int i = 0; i < 4; ++i) {
        if (intersect(corners[i], corners[(i + 1) % 4])) return true;
    }
    return false;
}

// matplotlib's location codes 1 to 10, in the order "best" tries them.
constexpr std::array<std::string_view, 10> locations = {
    "upper right", "upper left",   "lower left",   "lower right",  "right",
    "center left", "center right", "lower center", "upper center", "center"};

// The legend box of width w and height h at a location, borderaxespad inside the axes.
Rect place(std::string_view loc, const AxesBox& box, double w, double h, double pad) {
    const bool left = loc.ends_with("left");
    const bool right = loc.ends_with("right");
    const bool upper = loc.starts_with("upper");
    const bool lower = loc.starts_with("lower");
    const double x = left    ? box.left + pad
                     : right ? box.right - pad - w
                             : (box.left + box.right - w) / 2;
    const double y = upper   ? box.top + pad
                     : lower ? box.bottom - pad - h
                             : (box.top + box.bottom - h) / 2;
    return {x, y, x + w, y + h};
}

// matplotlib's Legend._find_best_position: the first location with the fewest data vertices
// inside plus line segments crossing it.
std::string_view best_location(const AxesData& axes, const AxesBox& box, double w, double h,
                               double pad) {
    std::string_view best = locations.front();
    int least = std::numeric_limits<int>::max();
    for (const std::string_view loc : locations) {
        const Rect r = place(loc, box, w, h, pad);
        int badness = 0;
        for (const Line& line : axes.lines) {
            for (std::size_t i = 0; i < line.x.size(); ++i) {
                const Point p = box.to_pixels(line.x[i], line.y[i]);
                badness += r.contains(p);
                if (i > 0) badness += crosses(box.to_pixels(line.x[i - 1], line.y[i - 1]), p, r);
            }
        }
        // Patches count when their box overlaps, scatter points when inside.
        for (const Polygon& polygon : axes.polygons) {
            Rect extent{INFINITY, INFINITY, -INFINITY, -INFINITY};
            for (std::size_t i = 0; i < polygon.x.size(); ++i) {
                const Point p = box.to_pixels(polygon.x[i], polygon.y[i]);
                extent = extent.united({p.x, p.y, p.x, p.y});
            }
            badness += r.overlaps(extent);
        }
        for (const Markers& markers : axes.markers) {
            for (std::size_t i = 0; i < markers.x.size(); ++i) {
                badness += r.contains(box.to_pixels(markers.x[i], markers.y[i]));
            }
        }
        if (badness < least) {
            least = badness;
            best = loc;
        }
        if (badness == 0) break;
    }
    return best;
}

// A patch's handle: a box handlelength wide and handleheight (0.7 font sizes) tall, centred on
// the row; a scatter's one marker in its middle.
void draw_patch_handle(Canvas& canvas, const PatchEntry& entry, double left, double middle,
                       double length, double size, double pt) {
    const double height = 0.7 * size;
    switch (entry.handle) {
        case PatchEntry::Handle::box:
            canvas.fill_rect(left, middle - height / 2, length, height, entry.color);
            break;
        case PatchEntry::Handle::outline: {
            const Point corners[] = {{left, middle - height / 2},
                                     {left + length, middle - height / 2},
                                     {left + length, middle + height / 2},
                                     {left, middle + height / 2}};
            canvas.stroke_path(corners, Stroke{entry.color, pt}, true);
            break;
        }
        case PatchEntry::Handle::marker:
            canvas.circle({left + length / 2, middle}, std::sqrt(entry.size) / 2 * pt, entry.color,
                          Stroke{entry.color, 1.5 * pt});
            break;
    }
}

}  // namespace

void draw_legend(const AxesData& axes, const AxesBox& box, Canvas& canvas, double pt) {
    // axhline/axvline entries as lines without points, for their handles.
    std::vector<Line> reference_lines;
    for (const RefLine& ref : axes.reflines) {
        reference_lines.push_back(Line{.x = {},
                                       .y = {},
                                       .label = ref.label,
                                       .color = ref.color,
                                       .linestyle = ref.linestyle,
                                       .linewidth = ref.linewidth,
                                       .marker = Marker::none,
                                       .markersize = 0});
    }
    // Labels starting with "_" are matplotlib's way of leaving a line out.
    std::vector<const Line*> entries;
    const auto add = [&](const Line& line) {
        if (!line.label.empty() && line.label[0] != '_') entries.push_back(&line);
    };
    std::size_t next_reference = 0;
    for (std::size_t i = 0; i <= axes.lines.size(); ++i) {
        while (next_reference < axes.reflines.size() &&
               axes.reflines[next_reference].lines_before == i) {
            add(reference_lines[next_reference++]);
        }
        if (i < axes.lines.size()) add(axes.lines[i]);
    }
    std::vector<const PatchEntry*> patches;
    for (const PatchEntry& entry : axes.legend_entries) patches.push_back(&entry);
    std::stable_sort(patches.begin(), patches.end(),
                     [](const PatchEntry* a, const PatchEntry* b) { return a->group < b->group; });
    // matplotlib draws no legend without entries, even with a title.
    if (entries.empty() && patches.empty()) return;
    const double size = rc::legend_font_size * pt;
    double text_width = 0;
    const TextMetrics metrics = measure_text("lp", size);
    for (const Line* line : entries) {
        text_width = std::max(text_width, measure_text(line->label, size).width);
    }
    for (const PatchEntry* entry : patches) {
        text_width = std::max(text_width, measure_text(entry->label, size).width);
    }
    const double row = metrics.ascent + metrics.descent;
    const double border = rc::legend_borderpad * size;
    const double handle = rc::legend_handlelength * size;
    const double gap = rc::legend_handletextpad * size;
    const double spacing = rc::legend_labelspacing * size;
    // The title's box sits over the entries' (VPacker, sep labelspacing), centred on the widest.
    const bool titled = !axes.legend_title.empty();
    const double title_width = titled ? measure_text(axes.legend_title, size).width : 0;
    const double w = 2 * border + std::max(handle + gap + text_width, title_width);
    const auto n = static_cast<double>(entries.size() + patches.size());
    const double h = 2 * border + n * row + (n - 1) * spacing + (titled ? row + spacing : 0);
    const double pad = rc::legend_borderaxespad * size;
    const std::string_view loc = *axes.legend_loc == "best" ? best_location(axes, box, w, h, pad)
                                                            : std::string_view(*axes.legend_loc);
    const Rect r = place(loc, box, w, h, pad);

    // legend.fancybox: corners rounded by a fifth of the font size.
    canvas.rounded_rect(r.left, r.top, w, h, 0.2 * size, Rgba{1, 1, 1, rc::legend_framealpha},
                        Stroke{to_rgba(rc::legend_edgecolor), pt});
    double y = r.top + border;
    if (titled) {
        draw_text(canvas, {axes.legend_title, (r.left + r.right) / 2, y, size, HAlign::center,
                           VAlign::top});
        y += row + spacing;
    }
    for (const Line* line : entries) {
        const double middle = y + row / 2;
        const Point handle_line[] = {{r.left + border, middle}, {r.left + border + handle, middle}};
        stroke_line(canvas, *line, handle_line, pt);
        if (line->marker != Marker::none) {
            draw_marker(canvas, *line, {r.left + border + handle / 2, middle}, pt);
        }
        draw_text(canvas, {line->label, r.left + border + handle + gap, y, size, HAlign::left,
                           VAlign::top});
        y += row + spacing;
    }
    for (const PatchEntry* entry : patches) {
        draw_patch_handle(canvas, *entry, r.left + border, y + row / 2, handle, size, pt);
        draw_text(canvas, {entry->label, r.left + border + handle + gap, y, size, HAlign::left,
                           VAlign::top});
        y += row + spacing;
    }
}

}  // namespace tabula::plot::detail
