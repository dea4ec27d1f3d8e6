// Axes.fill_between: the polygon along y1 over x and back along y2.
#include <string>
#include <vector>

#include "artist_args.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/scalar.hpp"
#include "tabula/plot/axes.hpp"

namespace tabula {
namespace {

// cbook.pts_to_prestep / poststep / midstep: x, y1 and y2 as the vertices of steps.
struct Steps {
    std::vector<double> x;
    std::vector<double> y1;
    std::vector<double> y2;
};

Steps to_steps(std::span<const double> x, std::span<const double> y1, std::span<const double> y2,
               const std::string& step) {
    if (step.empty()) return {{x.begin(), x.end()}, {y1.begin(), y1.end()}, {y2.begin(), y2.end()}};
    if (step != "pre" && step != "post" && step != "mid") {
        std::string message = Scalar(step).repr();
        message += " is not a valid value for step; supported values are 'pre', 'post', 'mid'";
        throw ValueError(message);
    }
    Steps out;
    const auto add = [&](double xv, std::size_t i) {
        out.x.push_back(xv);
        out.y1.push_back(y1[i]);
        out.y2.push_back(y2[i]);
    };
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (i > 0) {
            if (step == "post") add(x[i], i - 1);
            if (step == "pre") add(x[i - 1], i);
            if (step == "mid") {
                const double middle = (x[i - 1] + x[i]) / 2;
                add(middle, i - 1);
                add(middle, i);
            }
        }
        add(x[i], i);
    }
    return out;
}

}  // namespace

Axes& Axes::fill_between(std::span<const double> x, std::span<const double> y1,
                         std::span<const double> y2, const FillBetweenParams& params) {
    plot::detail::check_lengths(x.size(), y1.size(), "x", "y1");
    plot::detail::check_lengths(x.size(), y2.size(), "x", "y2");
    const Steps steps = to_steps(x, y1, y2, params.step);
    // A PolyCollection without edges unless an edgecolor is given (patch.force_edgecolor off).
    const Rgba color =
        plot::detail::take_color(*data_, params.color, params.alpha, plot::detail::Cycle::patches);
    const bool edged = !params.edgecolor.empty();
    plot::detail::Polygon area{.x = steps.x,
                               .y = steps.y1,
                               .face = color,
                               .edge = edged ? to_rgba(params.edgecolor, params.alpha) : color,
                               .linewidth = edged ? params.linewidth : 0};
    area.x.insert(area.x.end(), steps.x.rbegin(), steps.x.rend());
    area.y.insert(area.y.end(), steps.y2.rbegin(), steps.y2.rend());
    plot::detail::add_legend_entry(*data_, params.label, plot::detail::PatchEntry::Handle::box,
                                   color, 2);
    data_->polygons.push_back(std::move(area));
    return *this;
}

Axes& Axes::fill_between(std::span<const double> x, std::span<const double> y1, double y2,
                         const FillBetweenParams& params) {
    const std::vector<double> constant(x.size(), y2);
    return fill_between(x, y1, constant, params);
}

}  // namespace tabula
