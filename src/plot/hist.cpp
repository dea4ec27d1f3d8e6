// Axes.hist: numpy.histogram drawn as bars edge to edge, or as the outline of the bars.
#include "artist_args.hpp"
#include "histogram.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/scalar.hpp"
#include "tabula/plot/axes.hpp"

namespace tabula {

HistResult Axes::hist(std::span<const double> x, const HistParams& params) {
    const std::string& type = params.histtype;
    if (type != "bar" && type != "step" && type != "stepfilled") {
        std::string message = Scalar(type).repr();
        message +=
            " is not a valid value for histtype; supported values are 'bar', 'step', "
            "'stepfilled'";
        throw ValueError(message);
    }
    HistResult result = plot::detail::histogram(x, params.bins, params.density);
    const Rgba color = plot::detail::take_color(*data_, params.color, params.alpha);
    const std::vector<double>& edges = result.bins;
    const std::vector<double>& n = result.n;
    data_->ysticky.push_back(0.0);
    plot::detail::add_legend_entry(*data_, params.label,
                                   type == "step" ? plot::detail::PatchEntry::Handle::outline
                                                  : plot::detail::PatchEntry::Handle::box,
                                   color, 1);
    if (type == "bar") {
        // Bars without edges (patch.force_edgecolor is off).
        for (std::size_t i = 0; i < n.size(); ++i) {
            data_->polygons.push_back({.x = {edges[i], edges[i + 1], edges[i + 1], edges[i]},
                                       .y = {0, 0, n[i], n[i]},
                                       .face = color,
                                       .edge = color,
                                       .linewidth = 0});
        }
        return result;
    }
    // The outline from (first edge, 0) over every bar's top to (last edge, 0), closed along the
    // base: unfilled in the colour at patch.linewidth (1 pt), or filled without an edge.
    plot::detail::Polygon outline{.x = {edges.front()},
                                  .y = {0.0},
                                  .face = color,
                                  .edge = color,
                                  .linewidth = type == "step" ? 1.0 : 0.0};
    for (std::size_t i = 0; i < n.size(); ++i) {
        outline.x.insert(outline.x.end(), {edges[i], edges[i + 1]});
        outline.y.insert(outline.y.end(), {n[i], n[i]});
    }
    outline.x.push_back(edges.back());
    outline.y.push_back(0.0);
    if (type == "step") outline.face.a = 0;
    data_->polygons.push_back(std::move(outline));
    return result;
}

}  // namespace tabula
