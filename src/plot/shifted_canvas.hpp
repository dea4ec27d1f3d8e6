#pragma once
// A canvas that draws onto another moved by (dx, dy) pixels: savefig(bbox_inches="tight") draws
// the figure with the tight box's corner at the output's origin.
#include <vector>

#include "canvas.hpp"

namespace tabula::plot::detail {

class ShiftedCanvas final : public Canvas {
  public:
    ShiftedCanvas(Canvas& target, double dx, double dy) : target_(target), dx_(dx), dy_(dy) {}
    void fill_rect(double x, double y, double width, double height, Rgba color) override {
        target_.fill_rect(x + dx_, y + dy_, width, height, color);
    }
    void fill_cell(double x, double y, double width, double height, Rgba color) override {
        target_.fill_cell(x + dx_, y + dy_, width, height, color);
    }
    void stroke_path(std::span<const Point> points, const Stroke& stroke,
                     bool closed = false) override {
        target_.stroke_path(moved(points), stroke, closed);
    }
    void fill_path(std::span<const Point> points, Rgba color) override {
        target_.fill_path(moved(points), color);
    }
    void circle(Point center, double radius, Rgba fill, const Stroke& edge) override {
        target_.circle({center.x + dx_, center.y + dy_}, radius, fill, edge);
    }
    void rounded_rect(double x, double y, double width, double height, double radius, Rgba fill,
                      const Stroke& edge) override {
        target_.rounded_rect(x + dx_, y + dy_, width, height, radius, fill, edge);
    }
    void text(const std::string& text, double x, double y, double size, Rgba color,
              double degrees = 0) override {
        target_.text(text, x + dx_, y + dy_, size, color, degrees);
    }
    void clip(double x, double y, double width, double height) override {
        target_.clip(x + dx_, y + dy_, width, height);
    }
    void unclip() override { target_.unclip(); }

  private:
    std::vector<Point> moved(std::span<const Point> points) const {
        std::vector<Point> out;
        out.reserve(points.size());
        for (const Point& p : points) out.push_back({p.x + dx_, p.y + dy_});
        return out;
    }

    Canvas& target_;
    double dx_;
    double dy_;
};

}  // namespace tabula::plot::detail
