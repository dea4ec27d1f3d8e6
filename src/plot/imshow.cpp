// Axes.imshow for 2-d arrays: the values through a colormap as blocks of colour (nearest), on
// pixel centres at whole numbers, with square pixels by default.
#include <string>

#include "normalize.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/scalar.hpp"
#include "tabula/plot/axes.hpp"

namespace tabula {
namespace {

void check_choice(const std::string& value, const char* what,
                  std::initializer_list<const char*> supported) {
    std::string list;
    for (const char* s : supported) {
        if (value == s) return;
        if (!list.empty()) list += ", ";
        list += Scalar(std::string(s)).repr();
    }
    std::string message = Scalar(value).repr();
    message += " is not a valid value for ";
    message += what;
    message += "; supported values are ";
    message += list;
    throw ValueError(message);
}

}  // namespace

ScalarMappable Axes::imshow(const NDArray<double>& X, const ImshowParams& params) {
    if (X.ndim() != 2) {
        std::string message = "Invalid shape (";
        for (int d = 0; d < X.ndim(); ++d) {
            if (d > 0) message += ", ";
            message += std::to_string(X.shape()[static_cast<std::size_t>(d)]);
        }
        if (X.ndim() == 1) message += ",";
        message += ") for image data";
        throw ValueError(message);
    }
    check_choice(params.aspect, "aspect", {"equal", "auto"});
    check_choice(params.origin, "origin", {"upper", "lower"});
    check_choice(params.interpolation, "interpolation", {"antialiased", "nearest"});
    const auto rows = static_cast<std::size_t>(X.shape()[0]);
    const auto cols = static_cast<std::size_t>(X.shape()[1]);
    const NDArray<double> values = X.copy();
    const std::span<const double> flat(values.data(), rows * cols);
    const Colormap cmap = get_cmap(params.cmap);
    const plot::detail::Norm norm = plot::detail::autoscaled_norm(flat, params.vmin, params.vmax);
    plot::detail::Mesh mesh = plot::detail::unit_mesh(flat, rows, cols, cmap, norm);
    // Pixel centres on whole numbers: the edges are half a unit off.
    for (double& x : mesh.xedges) x -= 0.5;
    for (double& y : mesh.yedges) y -= 0.5;
    data_->meshes.push_back(std::move(mesh));
    // AxesImage.set_extent sets the limits to the image's edges (inverted y for "upper").
    const double right = static_cast<double>(cols) - 0.5;
    const double bottom = static_cast<double>(rows) - 0.5;
    data_->xaxis->lim = std::pair{-0.5, right};
    data_->yaxis->lim =
        params.origin == "upper" ? std::pair{bottom, -0.5} : std::pair{-0.5, bottom};
    if (params.aspect == "equal") data_->aspect = 1.0;
    return {cmap, norm.vmin, norm.vmax};
}

}  // namespace tabula
