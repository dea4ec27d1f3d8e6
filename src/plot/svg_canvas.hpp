#pragma once
// Canvas writing SVG 1.1 elements, text as <text> so that it stays searchable and selectable.
#include <string>

#include "canvas.hpp"

namespace tabula::plot::detail {

class SvgCanvas final : public Canvas {
  public:
    // A document `width` x `height` points, drawn in points.
    SvgCanvas(double width, double height);
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
    // The whole document, closed.
    std::string finish();

  private:
    std::string out_;
    int clips_ = 0;
    int open_groups_ = 0;
};

}  // namespace tabula::plot::detail
