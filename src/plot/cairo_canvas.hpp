#pragma once
// Canvas on a Cairo context (image surface for PNG, PDF surface for PDF).
#include <cairo.h>

#include "canvas.hpp"

namespace tabula::plot::detail {

class CairoCanvas final : public Canvas {
  public:
    explicit CairoCanvas(cairo_t* cr) : cr_(cr) {}
    void fill_rect(double x, double y, double width, double height, Rgba color) override;
    void fill_cell(double x, double y, double width, double height, Rgba color) override;
    void stroke_path(std::span<const Point> points, const Stroke& stroke, bool closed) override;
    void fill_path(std::span<const Point> points, Rgba color) override;
    void circle(Point center, double radius, Rgba fill, const Stroke& edge) override;
    void rounded_rect(double x, double y, double width, double height, double radius, Rgba fill,
                      const Stroke& edge) override;
    void text(const std::string& text, double x, double y, double size, Rgba color,
              double degrees) override;
    void clip(double x, double y, double width, double height) override;
    void unclip() override;

  private:
    void apply(const Stroke& stroke);
    cairo_t* cr_;
};

}  // namespace tabula::plot::detail
