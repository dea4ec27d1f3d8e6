// Axes.bar and Axes.barh: one Rectangle patch per bar, its base a sticky edge.
#include "artist_args.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/scalar.hpp"
#include "tabula/plot/axes.hpp"

namespace tabula {
namespace {

// The bars along `along` (x for bar, y for barh) with lengths from `base`; `vertical` says
// which data axis the lengths run on.
struct BarSpec {
    double thickness;
    const std::vector<double>& base;
    const std::string& align;
    const std::string& color;
    const std::string& edgecolor;
    double linewidth;
    std::optional<double> alpha;
    const std::string& label;
};

void add_bars(plot::detail::AxesData& axes, std::span<const double> along,
              std::span<const double> length, const BarSpec& spec, bool vertical) {
    plot::detail::check_lengths(along.size(), length.size(), vertical ? "x" : "y",
                                vertical ? "height" : "width");
    if (spec.align != "center" && spec.align != "edge") {
        std::string message = Scalar(spec.align).repr();
        message += " is not a valid value for align; supported values are 'center', 'edge'";
        throw ValueError(message);
    }
    const std::vector<double> base =
        plot::detail::per_element(spec.base, along.size(), 0.0, vertical ? "bottom" : "left");
    const Rgba face =
        plot::detail::take_color(axes, spec.color, spec.alpha, plot::detail::Cycle::patches);
    const Rgba edge = to_rgba(spec.edgecolor, spec.alpha);
    plot::detail::add_legend_entry(axes, spec.label, plot::detail::PatchEntry::Handle::box, face,
                                   3);
    const double offset = spec.align == "center" ? spec.thickness / 2 : 0.0;
    for (std::size_t i = 0; i < along.size(); ++i) {
        const double a0 = along[i] - offset;
        const double a1 = a0 + spec.thickness;
        const double l0 = base[i];
        const double l1 = base[i] + length[i];
        plot::detail::Polygon bar{
            .x = {}, .y = {}, .face = face, .edge = edge, .linewidth = spec.linewidth};
        const std::vector<double> across{a0, a1, a1, a0};
        const std::vector<double> up{l0, l0, l1, l1};
        bar.x = vertical ? across : up;
        bar.y = vertical ? up : across;
        axes.polygons.push_back(std::move(bar));
        (vertical ? axes.ysticky : axes.xsticky).push_back(l0);
    }
}

}  // namespace

Axes& Axes::bar(std::span<const double> x, std::span<const double> height,
                const BarParams& params) {
    add_bars(*data_, x, height,
             {params.width, params.bottom, params.align, params.color, params.edgecolor,
              params.linewidth, params.alpha, params.label},
             true);
    return *this;
}

Axes& Axes::bar(const std::vector<std::string>& x, std::span<const double> height,
                const BarParams& params) {
    plot::detail::check_lengths(x.size(), height.size(), "x", "height");
    return bar(plot::detail::category_positions(*data_, x, true), height, params);
}

Axes& Axes::barh(std::span<const double> y, std::span<const double> width,
                 const BarhParams& params) {
    add_bars(*data_, y, width,
             {params.height, params.left, params.align, params.color, params.edgecolor,
              params.linewidth, params.alpha, params.label},
             false);
    return *this;
}

Axes& Axes::barh(const std::vector<std::string>& y, std::span<const double> width,
                 const BarhParams& params) {
    plot::detail::check_lengths(y.size(), width.size(), "y", "width");
    return barh(plot::detail::category_positions(*data_, y, false), width, params);
}

}  // namespace tabula
