#include "layout.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "python_number.hpp"
#include "rc_params.hpp"
#include "tabula/plot/ticker.hpp"

namespace tabula::plot::detail {
namespace {

// The ticks an axis shows and their labels: the locator's inside the view (matplotlib's
// _interval_contains_close, 1e-10 of the range of slack), labelled by a ScalarFormatter that saw
// all of them.
struct Ticks {
    std::vector<double> values;
    std::vector<std::string> labels;
    // The exponent drawn after each label on a log axis.
    std::vector<std::string> superscripts;
    std::string offset;
    std::vector<double> minor;
};

// Axes.apply_aspect with adjustable "box" and anchor "C": the box narrowed or lowered about its
// centre so that a data unit of y is `aspect` times one of x on screen.
void apply_aspect(AxesBox& box, double aspect) {
    const double width = box.right - box.left;
    const double height = box.bottom - box.top;
    const double want = aspect * std::abs(box.ylim.second - box.ylim.first) /
                        std::abs(box.xlim.second - box.xlim.first);
    if (height > want * width) {
        const double middle = (box.top + box.bottom) / 2;
        box.top = middle - want * width / 2;
        box.bottom = middle + want * width / 2;
    } else {
        const double middle = (box.left + box.right) / 2;
        box.left = middle - height / want / 2;
        box.right = middle + height / want / 2;
    }
}

bool inside(double v, double lo, double hi) {
    const double slack = (hi - lo) * 1e-10;
    return v >= lo - slack && v <= hi + slack;
}

// LogLocator's decades labelled as LogFormatterSciNotation labels them ("10" with the exponent
// raised), and LogLocator(subs="auto")'s unlabelled minor ticks at 2..9 times each decade.
Ticks log_ticks(std::pair<double, double> lim, int space) {
    const double lo = std::min(lim.first, lim.second);
    const double hi = std::max(lim.first, lim.second);
    Ticks ticks;
    for (const double v : log_tick_values(lo, hi, space)) {
        if (!inside(std::log10(v), std::log10(lo), std::log10(hi))) continue;
        ticks.values.push_back(v);
        ticks.labels.emplace_back("10");
        ticks.superscripts.push_back(
            plot::detail::fix_minus(std::to_string(std::lround(std::log10(v)))));
    }
    // LogLocator(subs="auto") draws no minor ticks over more than ten whole decades.
    const double numdec = std::floor(std::log10(hi)) - std::ceil(std::log10(lo));
    if (numdec > 10) return ticks;
    const auto first = static_cast<long>(std::floor(std::log10(lo)));
    const auto last = static_cast<long>(std::ceil(std::log10(hi)));
    for (long decade = first; decade <= last; ++decade) {
        for (int m = 2; m <= 9; ++m) {
            const double v = m * std::pow(10.0, static_cast<double>(decade));
            if (v >= lo && v <= hi) ticks.minor.push_back(v);
        }
    }
    return ticks;
}

Ticks axis_ticks(std::pair<double, double> lim, bool log, double length_px, const char* name,
                 double dpi) {
    const int space = get_tick_space(length_px / dpi * 72, name, rc::tick_label_size);
    if (log) return log_ticks(lim, space);
    const std::vector<double> locs = AutoLocator().tick_values(lim.first, lim.second, space);
    ScalarFormatter formatter;
    const std::vector<std::string> labels = formatter.format_ticks(locs, lim.first, lim.second);
    const double lo = std::min(lim.first, lim.second);
    const double hi = std::max(lim.first, lim.second);
    Ticks ticks;
    for (std::size_t i = 0; i < locs.size(); ++i) {
        if (!inside(locs[i], lo, hi)) continue;
        ticks.values.push_back(locs[i]);
        ticks.labels.push_back(labels[i]);
        ticks.superscripts.emplace_back();
    }
    ticks.offset = formatter.get_offset();
    return ticks;
}

// set_xticks/set_xticklabels: the fixed ticks inside the view, with their own labels.
Ticks fixed_ticks(const FixedTicks& fixed, std::pair<double, double> lim) {
    const double lo = std::min(lim.first, lim.second);
    const double hi = std::max(lim.first, lim.second);
    Ticks ticks;
    for (std::size_t i = 0; i < fixed.values.size(); ++i) {
        if (!inside(fixed.values[i], lo, hi)) continue;
        ticks.values.push_back(fixed.values[i]);
        ticks.labels.push_back(i < fixed.labels.size() ? fixed.labels[i] : "");
        ticks.superscripts.emplace_back();
    }
    return ticks;
}

}  // namespace

Rect Rect::united(const Rect& o) const {
    return {std::min(left, o.left), std::min(top, o.top), std::max(right, o.right),
            std::max(bottom, o.bottom)};
}

double superscript_rise(double size) {
    return 0.45 * size;
}

TextMetrics item_metrics(const TextItem& item) {
    TextMetrics m = measure_text(item.text, item.size);
    if (item.superscript.empty()) return m;
    const TextMetrics sup = measure_text(item.superscript, item.size * superscript_scale);
    m.width += sup.width;
    m.ascent = std::max(m.ascent, superscript_rise(item.size) + sup.ascent);
    return m;
}

Point baseline_start(const TextItem& item) {
    const TextMetrics m = item_metrics(item);
    const double dx = item.ha == HAlign::left     ? 0
                      : item.ha == HAlign::center ? -m.width / 2
                                                  : -m.width;
    double dy = 0;  // upwards in the text's frame, from the anchor to the baseline
    switch (item.va) {
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
    const double angle = item.degrees * std::numbers::pi / 180;
    const double c = std::cos(angle);
    const double s = std::sin(angle);
    return {item.x + dx * c - dy * s, item.y - (dx * s + dy * c)};
}

TextItem tick_label(std::string text, double x, double y, double size, bool x_axis, double degrees,
                    std::string superscript) {
    // A label turned 90 degrees is aligned as rotation_mode "default" aligns it: by the turned
    // text's box, which is the unturned text aligned crosswise.
    const bool turned = degrees == 90;
    const HAlign ha = turned ? (x_axis ? HAlign::right : HAlign::center)
                             : (x_axis ? HAlign::center : HAlign::right);
    const VAlign va = turned ? (x_axis ? VAlign::center : VAlign::bottom)
                             : (x_axis ? VAlign::top : VAlign::center);
    return {std::move(text), x, y, size, ha, va, degrees, std::move(superscript)};
}

Rect text_extent(const TextItem& item) {
    const TextMetrics m = item_metrics(item);
    const Point start = baseline_start(item);
    const double angle = item.degrees * std::numbers::pi / 180;
    const double c = std::cos(angle);
    const double s = std::sin(angle);
    Rect r{start.x, start.y, start.x, start.y};
    for (const double u : {0.0, m.width}) {
        for (const double v : {-m.descent, m.ascent}) {
            const Point p{start.x + u * c - v * s, start.y - (u * s + v * c)};
            r = r.united({p.x, p.y, p.x, p.y});
        }
    }
    return r;
}

AxesLayout layout_axes(const AxesData& axes, double width, double height, double dpi) {
    const double pt = dpi / 72;
    const auto& pos = axes.position;
    AxesLayout layout;
    AxesBox& box = layout.box;
    box = {pos[0] * width,
           (1 - pos[1] - pos[3]) * height,
           (pos[0] + pos[2]) * width,
           (1 - pos[1]) * height,
           view_interval(*axes.xaxis, true),
           view_interval(*axes.yaxis, false),
           axes.xaxis->log,
           axes.yaxis->log};
    if (axes.aspect) apply_aspect(box, *axes.aspect);
    // A colorbar has no x axis, nor has a twinx axes (its parent draws it).
    const bool right_y = axes.colorbar || axes.is_twin();
    const Ticks xticks = right_y ? Ticks{}
                         : axes.xfixed
                             ? fixed_ticks(*axes.xfixed, box.xlim)
                             : axis_ticks(box.xlim, box.xlog, box.right - box.left, "x", dpi);
    const Ticks yticks = axes.yfixed
                             ? fixed_ticks(*axes.yfixed, box.ylim)
                             : axis_ticks(box.ylim, box.ylog, box.bottom - box.top, "y", dpi);
    const double x_degrees = axes.xfixed ? axes.xfixed->degrees : 0.0;
    const double y_degrees = axes.yfixed ? axes.yfixed->degrees : 0.0;
    layout.xticks = xticks.values;
    layout.yticks = yticks.values;
    layout.xtick_labels = xticks.labels;
    layout.ytick_labels = yticks.labels;
    layout.xminor = xticks.minor;
    layout.yminor = yticks.minor;

    // Tick labels sit tick_pad beyond the outward ticks; the axis labels labelpad beyond them.
    const double label_gap = (rc::tick_length + rc::tick_pad) * pt;
    const double tick_size = rc::tick_label_size * pt;
    double xlabels_bottom = box.bottom + rc::tick_length * pt;
    double ylabels_left = box.left - rc::tick_length * pt;
    double ylabels_right = box.right + rc::tick_length * pt;
    if (axes.x_tick_labels) {
        for (std::size_t i = 0; i < xticks.values.size(); ++i) {
            layout.texts.push_back(tick_label(
                xticks.labels[i], box.to_pixels(xticks.values[i], box.ylim.first).x,
                box.bottom + label_gap, tick_size, true, x_degrees, xticks.superscripts[i]));
            xlabels_bottom = std::max(xlabels_bottom, text_extent(layout.texts.back()).bottom);
        }
        if (!xticks.offset.empty()) {
            layout.texts.push_back({xticks.offset, box.right, xlabels_bottom + rc::tick_pad * pt,
                                    tick_size, HAlign::right, VAlign::top});
        }
    }
    if (right_y) {
        // A colorbar's and a twinx axes' ticks and labels are on the right.
        for (std::size_t i = 0; i < yticks.values.size(); ++i) {
            layout.texts.push_back({yticks.labels[i], box.right + label_gap,
                                    box.to_pixels(box.xlim.first, yticks.values[i]).y, tick_size,
                                    HAlign::left, VAlign::center, 0, yticks.superscripts[i]});
            ylabels_right = std::max(ylabels_right, text_extent(layout.texts.back()).right);
        }
        if (!yticks.offset.empty()) {
            layout.texts.push_back({yticks.offset, box.right, box.top - rc::tick_pad * pt,
                                    tick_size, HAlign::left, VAlign::baseline});
        }
    } else if (axes.y_tick_labels) {
        for (std::size_t i = 0; i < yticks.values.size(); ++i) {
            layout.texts.push_back(tick_label(yticks.labels[i], box.left - label_gap,
                                              box.to_pixels(box.xlim.first, yticks.values[i]).y,
                                              tick_size, false, y_degrees, yticks.superscripts[i]));
            ylabels_left = std::min(ylabels_left, text_extent(layout.texts.back()).left);
        }
        if (!yticks.offset.empty()) {
            layout.texts.push_back({yticks.offset, box.left, box.top - rc::tick_pad * pt, tick_size,
                                    HAlign::left, VAlign::baseline});
        }
    }
    if (!axes.xlabel.empty()) {
        layout.texts.push_back({axes.xlabel, (box.left + box.right) / 2,
                                xlabels_bottom + rc::label_pad * pt, rc::label_size * pt,
                                HAlign::center, VAlign::top});
    }
    // A label on the right has its top towards the axes (set_label_position("right")).
    if (!axes.ylabel.empty() && right_y) {
        layout.texts.push_back({axes.ylabel, ylabels_right + rc::label_pad * pt,
                                (box.top + box.bottom) / 2, rc::label_size * pt, HAlign::center,
                                VAlign::top, 90});
    } else if (!axes.ylabel.empty()) {
        layout.texts.push_back({axes.ylabel, ylabels_left - rc::label_pad * pt,
                                (box.top + box.bottom) / 2, rc::label_size * pt, HAlign::center,
                                VAlign::bottom, 90});
    }
    if (!axes.title.empty()) {
        layout.texts.push_back({axes.title, (box.left + box.right) / 2,
                                box.top - rc::title_pad * pt, rc::title_size * pt, HAlign::center,
                                VAlign::baseline});
    }
    for (const Text& text : axes.texts) {
        const Point at = box.to_pixels(text.x, text.y);
        layout.data_texts.push_back(
            {{text.text, at.x, at.y, text.size * pt, text.ha, text.va}, text.color});
    }
    return layout;
}

std::optional<TextItem> suptitle_item(const FigureData& figure, double width, double height,
                                      double dpi) {
    if (!figure.suptitle) return std::nullopt;
    const Suptitle& s = *figure.suptitle;
    return TextItem{s.text,         s.x * width, (1 - s.y) * height, s.size * dpi / 72,
                    HAlign::center, VAlign::top};
}

Rect figure_tight_bbox(const FigureData& figure, double dpi) {
    const double width = figure.figsize[0] * dpi;
    const double height = figure.figsize[1] * dpi;
    std::optional<Rect> box;
    const auto add = [&](const Rect& r) { box = box ? box->united(r) : r; };
    for (const auto& axes : figure.axes) add(tight_bbox(layout_axes(*axes, width, height, dpi)));
    if (const auto title = suptitle_item(figure, width, height, dpi)) add(text_extent(*title));
    return box.value_or(Rect{0, 0, width, height});
}

Rect tight_bbox(const AxesLayout& layout) {
    Rect r{layout.box.left, layout.box.top, layout.box.right, layout.box.bottom};
    for (const TextItem& item : layout.texts) r = r.united(text_extent(item));
    for (const auto& [item, color] : layout.data_texts) r = r.united(text_extent(item));
    return r;
}

}  // namespace tabula::plot::detail
