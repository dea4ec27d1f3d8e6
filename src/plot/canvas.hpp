#pragma once
// The drawing surface the figure is laid out on, in pixels with y downwards: Cairo for PNG and
// PDF, our own writer for SVG (Cairo's SVG turns text into glyph outlines; ours keeps it text).
#include <span>
#include <string>
#include <vector>

#include "tabula/plot/colors.hpp"

namespace tabula::plot::detail {

struct Point {
    double x;
    double y;
};

enum class Cap { butt, round, projecting };

struct Stroke {
    Rgba color;
    double width;
    // On and off lengths; empty is solid.
    std::vector<double> dashes = {};
    Cap cap = Cap::butt;
};

// Where a text's anchor sits on it, before any rotation.
enum class HAlign { left, center, right };
enum class VAlign { top, center, baseline, bottom };

// A text's horizontal advance and how far it reaches above and below the baseline.
struct TextMetrics {
    double width;
    double ascent;
    double descent;
};

// DejaVu Sans at `size` pixels, measured by Cairo through fontconfig and FreeType: the one
// measure both surfaces lay text out with.
TextMetrics measure_text(const std::string& text, double size);

class Canvas {
  public:
    virtual ~Canvas() = default;
    virtual void fill_rect(double x, double y, double width, double height, Rgba color) = 0;
    // A mesh cell as matplotlib's QuadMesh draws it (antialiased=False): on whole pixels, so
    // that neighbouring cells meet without a seam.
    virtual void fill_cell(double x, double y, double width, double height, Rgba color) = 0;
    virtual void stroke_path(std::span<const Point> points, const Stroke& stroke,
                             bool closed = false) = 0;
    virtual void fill_path(std::span<const Point> points, Rgba color) = 0;
    virtual void circle(Point center, double radius, Rgba fill, const Stroke& edge) = 0;
    // A rectangle with corners rounded by `radius`, filled and edged.
    virtual void rounded_rect(double x, double y, double width, double height, double radius,
                              Rgba fill, const Stroke& edge) = 0;
    // Text whose baseline starts at (x, y), turned `degrees` counter-clockwise about it.
    virtual void text(const std::string& text, double x, double y, double size, Rgba color,
                      double degrees = 0) = 0;
    // Until unclip(), draws only inside the rectangle.
    virtual void clip(double x, double y, double width, double height) = 0;
    virtual void unclip() = 0;
};

}  // namespace tabula::plot::detail
