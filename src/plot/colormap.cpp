#include "tabula/plot/colormap.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "color_tables.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/scalar.hpp"

namespace tabula {
namespace {

// rcParams["image.lut"].
constexpr int lut_size = 256;

// matplotlib.colors._create_lookup_table for a continuous mapping: anchor i sits at
// x_i * (N - 1) and entry j at j * (1 / (N - 1)) * (N - 1), with numpy.linspace's rounding.
std::vector<double> interpolate(const std::vector<plot::detail::Anchor>& anchors,
                                std::size_t channel) {
    const double last = lut_size - 1;
    const double step = 1.0 / last;
    std::vector<double> lut(lut_size);
    lut.front() = anchors.front()[channel];
    lut.back() = anchors.back()[channel];
    std::size_t k = 1;
    for (int j = 1; j < lut_size - 1; ++j) {
        const double xj = last * (j * step);
        // numpy.searchsorted(side="left"): the first anchor at or after xj.
        while (k < anchors.size() - 1 && anchors[k][0] * last < xj) ++k;
        const double x0 = anchors[k - 1][0] * last;
        const double x1 = anchors[k][0] * last;
        const double y0 = anchors[k - 1][channel];
        const double distance = (xj - x0) / (x1 - x0);
        lut[j] = std::clamp(distance * (anchors[k][channel] - y0) + y0, 0.0, 1.0);
    }
    return lut;
}

// A ListedColormap's colours, or a LinearSegmentedColormap's interpolated table; reversing the
// latter mirrors its anchors (x -> 1 - x) and interpolates again, as matplotlib's reversed()
// does, which can differ from reading the table backwards in the last place.
std::vector<Rgba> build_lut(const plot::detail::ColormapSource& source, bool reverse) {
    std::vector<Rgba> lut;
    if (!source.colors.empty()) {
        for (const auto& c : source.colors) lut.push_back(Rgba{c[0], c[1], c[2], 1.0});
        if (reverse) std::reverse(lut.begin(), lut.end());
        return lut;
    }
    std::vector<plot::detail::Anchor> anchors(source.anchors.begin(), source.anchors.end());
    if (reverse) {
        std::reverse(anchors.begin(), anchors.end());
        for (auto& anchor : anchors) anchor[0] = 1.0 - anchor[0];
    }
    const auto r = interpolate(anchors, 1);
    const auto g = interpolate(anchors, 2);
    const auto b = interpolate(anchors, 3);
    for (int j = 0; j < lut_size; ++j) lut.push_back(Rgba{r[j], g[j], b[j], 1.0});
    return lut;
}

std::string supported_names() {
    std::vector<std::string> names;
    for (const auto& source : plot::detail::colormap_sources) {
        names.emplace_back(source.name);
        names.push_back(std::string(source.name) + "_r");
    }
    std::sort(names.begin(), names.end());
    std::string out;
    for (const auto& name : names) {
        if (!out.empty()) out += ", ";
        out += Scalar(name).repr();
    }
    return out;
}

}  // namespace

Rgba Colormap::operator()(double x, std::optional<double> alpha) const {
    Rgba color{0.0, 0.0, 0.0, 0.0};
    if (!std::isnan(x)) {
        const double n = static_cast<double>(lut_->size());
        const double scaled = std::clamp(x * n, 0.0, n - 1.0);
        color = (*lut_)[static_cast<std::size_t>(scaled)];
    }
    if (alpha) color.a = std::clamp(*alpha, 0.0, 1.0);
    return color;
}

Colormap::Colormap(std::string name, std::vector<Rgba> colors) : name_(std::move(name)) {
    if (colors.empty()) throw ValueError("ListedColormap: colors must not be empty");
    lut_ = std::make_shared<const std::vector<Rgba>>(std::move(colors));
}

Colormap Colormap::reversed() const {
    return Colormap(name_.ends_with("_r") ? name_.substr(0, name_.size() - 2) : name_ + "_r",
                    std::vector<Rgba>(lut_->rbegin(), lut_->rend()));
}

Colormap get_cmap(std::string_view name) {
    const bool reverse = name.ends_with("_r");
    const std::string_view base = reverse ? name.substr(0, name.size() - 2) : name;
    for (const auto& source : plot::detail::colormap_sources) {
        if (source.name != base) continue;
        return Colormap(std::string(name),
                        std::make_shared<const std::vector<Rgba>>(build_lut(source, reverse)));
    }
    std::string message = Scalar(name).repr();
    message += " is not a valid value for name; supported values are ";
    message += supported_names();
    throw ValueError(message);
}

}  // namespace tabula
