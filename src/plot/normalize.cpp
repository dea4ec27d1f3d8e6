#include "normalize.hpp"

#include <cmath>
#include <cstdint>

#include "tabula/array/ndarray.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"

namespace tabula::plot::detail {

Norm autoscaled_norm(std::span<const double> values, std::optional<double> vmin,
                     std::optional<double> vmax) {
    const NDArray<double> array(std::vector<double>(values.begin(), values.end()),
                                {static_cast<std::int64_t>(values.size())});
    const Norm norm{vmin ? *vmin : nanmin(array), vmax ? *vmax : nanmax(array)};
    if (norm.vmin > norm.vmax) throw ValueError("minvalue must be less than or equal to maxvalue");
    return norm;
}

Mesh unit_mesh(std::span<const double> values, std::size_t rows, std::size_t cols,
               const Colormap& cmap, const Norm& norm) {
    Mesh mesh;
    for (std::size_t c = 0; c <= cols; ++c) mesh.xedges.push_back(static_cast<double>(c));
    for (std::size_t r = 0; r <= rows; ++r) mesh.yedges.push_back(static_cast<double>(r));
    for (const double v : values) {
        mesh.colors.push_back(std::isnan(v) ? Rgba{0, 0, 0, 0} : cmap(norm(v)));
    }
    return mesh;
}

}  // namespace tabula::plot::detail
