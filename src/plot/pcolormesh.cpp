// Axes.pcolormesh: a QuadMesh on the unit grid, its edges sticky for autoscaling.
#include "normalize.hpp"
#include "tabula/core/error.hpp"
#include "tabula/plot/axes.hpp"

namespace tabula {

ScalarMappable Axes::pcolormesh(const NDArray<double>& C, const PcolormeshParams& params) {
    if (C.ndim() != 2) {
        std::string message = "pcolormesh: C must be 2-d, got ";
        message += std::to_string(C.ndim());
        message += "-d";
        throw ValueError(message);
    }
    const auto rows = static_cast<std::size_t>(C.shape()[0]);
    const auto cols = static_cast<std::size_t>(C.shape()[1]);
    const NDArray<double> values = C.copy();
    const std::span<const double> flat(values.data(), rows * cols);
    const Colormap cmap = get_cmap(params.cmap);
    const plot::detail::Norm norm = plot::detail::autoscaled_norm(flat, params.vmin, params.vmax);
    data_->meshes.push_back(plot::detail::unit_mesh(flat, rows, cols, cmap, norm));
    data_->xsticky.insert(data_->xsticky.end(), {0.0, static_cast<double>(cols)});
    data_->ysticky.insert(data_->ysticky.end(), {0.0, static_cast<double>(rows)});
    return {cmap, norm.vmin, norm.vmax};
}

}  // namespace tabula
