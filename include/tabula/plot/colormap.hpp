#pragma once
// matplotlib's colormaps: the 256-colour lookup tables of viridis (the default), magma, plasma,
// Blues, Greens, Reds, Greys, coolwarm and RdBu, seaborn's rocket and icefire, and their "_r"
// reverses, sampled as matplotlib.colors.Colormap.__call__ samples them.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tabula/plot/colors.hpp"

namespace tabula {

class Colormap {
  public:
    // matplotlib's ListedColormap(colors, name); ValueError for no colours.
    Colormap(std::string name, std::vector<Rgba> colors);
    // The colour at x in [0, 1]: lookup-table entry min(floor(x * N), N - 1). Below 0 is the
    // first colour, above 1 the last, NaN transparent black, as matplotlib's defaults.
    // `alpha`, when given, replaces the alpha (also of NaN's colour).
    Rgba operator()(double x, std::optional<double> alpha = std::nullopt) const;
    const std::string& name() const noexcept { return name_; }
    // The lookup table's length (matplotlib's Colormap.N).
    int N() const noexcept { return static_cast<int>(lut_->size()); }
    // The same colours in reverse order, named with "_r" added or removed.
    Colormap reversed() const;

  private:
    friend Colormap get_cmap(std::string_view name);
    Colormap(std::string name, std::shared_ptr<const std::vector<Rgba>> lut)
        : name_(std::move(name)), lut_(std::move(lut)) {}

    std::string name_;
    std::shared_ptr<const std::vector<Rgba>> lut_;
};

// matplotlib.cm.ScalarMappable: what pcolormesh returns for Figure.colorbar, a colormap and the
// range it spans.
struct ScalarMappable {
    Colormap cmap;
    double vmin;
    double vmax;
};

// pyplot.get_cmap: "viridis", "Blues_r", ...; ValueError listing the supported names otherwise.
Colormap get_cmap(std::string_view name = "viridis");

}  // namespace tabula
