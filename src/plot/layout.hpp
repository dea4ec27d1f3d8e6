#pragma once
// Where an axes' parts go on a figure of a given pixel size: its frame, ticks and every text
// with its extent. Drawing and tight_layout read the same layout.
#include <cmath>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "canvas.hpp"
#include "figure_data.hpp"

namespace tabula::plot::detail {

struct Rect {
    double left;
    double top;
    double right;
    double bottom;
    bool contains(Point p) const {
        return p.x >= left && p.x <= right && p.y >= top && p.y <= bottom;
    }
    bool overlaps(const Rect& o) const {
        return left < o.right && o.left < right && top < o.bottom && o.top < bottom;
    }
    Rect united(const Rect& o) const;
};

// A text anchored at (x, y) by the alignments, which apply in the text's own frame before it is
// turned `degrees` counter-clockwise (matplotlib's rotation_mode "anchor"); size in pixels.
struct TextItem {
    std::string text;
    double x;
    double y;
    double size;
    HAlign ha;
    VAlign va;
    double degrees = 0;
    // Set after `text` at 0.7 of its size and raised, as mathtext draws "10^{3}".
    std::string superscript = {};
};

// The text's width and reach above and below its baseline, with its superscript.
TextMetrics item_metrics(const TextItem& item);
// Where the text's baseline starts, and the box its font's extent covers.
Point baseline_start(const TextItem& item);
// How far a superscript's baseline sits above the text's, for a text of `size`.
double superscript_rise(double size);
inline constexpr double superscript_scale = 0.7;
Rect text_extent(const TextItem& item);

// A tick label whose anchor (x, y) lies below its tick on the x axis or left of it on the y
// axis, turned `degrees` (0 or 90) as matplotlib turns tick labels.
TextItem tick_label(std::string text, double x, double y, double size, bool x_axis, double degrees,
                    std::string superscript = {});

// An axes' frame in pixels and the limits that map data into it.
struct AxesBox {
    double left;
    double top;
    double right;
    double bottom;
    std::pair<double, double> xlim;
    std::pair<double, double> ylim;
    bool xlog = false;
    bool ylog = false;
    Point to_pixels(double x, double y) const {
        return {left + fraction(x, xlim, xlog) * (right - left),
                bottom - fraction(y, ylim, ylog) * (bottom - top)};
    }

  private:
    // Where v falls between the limits, linearly or in log10.
    static double fraction(double v, std::pair<double, double> lim, bool log) {
        if (!log) return (v - lim.first) / (lim.second - lim.first);
        const double low = std::log10(lim.first);
        return (std::log10(v) - low) / (std::log10(lim.second) - low);
    }
};

struct AxesLayout {
    AxesBox box;
    // Tick positions in data units.
    std::vector<double> xticks;
    std::vector<double> yticks;
    // Their labels (a log axis' without the raised exponent).
    std::vector<std::string> xtick_labels;
    std::vector<std::string> ytick_labels;
    // A log axis' unlabelled ticks at 2..9 times each decade.
    std::vector<double> xminor;
    std::vector<double> yminor;
    // Tick labels, offset texts, axis labels and title.
    std::vector<TextItem> texts;
    // Axes.text's texts with their colours, placed from data units.
    std::vector<std::pair<TextItem, Rgba>> data_texts;
};

// `width` x `height` pixels at `dpi`.
AxesLayout layout_axes(const AxesData& axes, double width, double height, double dpi);

// The figure's suptitle laid out on `width` x `height` pixels at `dpi`, if it has one.
std::optional<TextItem> suptitle_item(const FigureData& figure, double width, double height,
                                      double dpi);

// Every axes' tight box and the suptitle's together, in pixels at `dpi` (the whole figure
// without any): matplotlib's Figure.get_tightbbox.
Rect figure_tight_bbox(const FigureData& figure, double dpi);

// The axes' frame with every text around it: matplotlib's get_tightbbox without the legend,
// which sits inside the frame.
Rect tight_bbox(const AxesLayout& layout);

}  // namespace tabula::plot::detail
