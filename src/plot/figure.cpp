#include "tabula/plot/figure.hpp"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <memory>

#include "cairo_canvas.hpp"
#include "colorbar.hpp"
#include "draw.hpp"
#include "figure_data.hpp"
#include "layout.hpp"
#include "png_writer.hpp"
#include "rc_params.hpp"
#include "shifted_canvas.hpp"
#include "svg_canvas.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/scalar.hpp"

namespace tabula {
namespace {

using plot::detail::AxesData;
using plot::detail::FigureData;
using plot::detail::SharedAxis;

void check_positive(double value, const char* what) {
    if (!(value > 0) || !std::isfinite(value)) {
        std::string message = what;
        message += " must be positive and finite, got ";
        message += std::to_string(value);
        throw ValueError(message);
    }
}

// Python's OSError text for a file that cannot be opened: "[Errno 2] No such file ...: 'x'".
[[noreturn]] void throw_io_error(const std::string& path, int error) {
    std::string message = "[Errno ";
    message += std::to_string(error);
    message += "] ";
    message += std::strerror(error);
    message += ": ";
    message += Scalar(path).repr();
    throw IOError(message);
}

void check_writable(const std::string& path) {
    errno = 0;
    std::ofstream probe(path, std::ios::binary | std::ios::app);
    if (!probe) throw_io_error(path, errno ? errno : EACCES);
}

// The part of the figure a file shows, in pixels at the file's dpi from the figure's top left.
struct Region {
    double x0;
    double y0;
    double width;
    double height;
};

// The whole figure, or with bbox_inches "tight" its tight box padded by pad_inches. The box's
// corner is moved to whole pixels so that snapped lines stay crisp.
Region output_region(const FigureData& figure, double dpi, const SavefigParams& params) {
    if (params.bbox_inches.empty()) {
        return {0, 0, figure.figsize[0] * dpi, figure.figsize[1] * dpi};
    }
    if (params.bbox_inches != "tight") {
        std::string message =
            "bbox_inches must be 'tight' or empty (a Bbox is not supported), got ";
        message += Scalar(params.bbox_inches).repr();
        throw ValueError(message);
    }
    const plot::detail::Rect tight = plot::detail::figure_tight_bbox(figure, dpi);
    const double pad = params.pad_inches * dpi;
    return {std::round(tight.left - pad), std::round(tight.top - pad),
            tight.right - tight.left + 2 * pad, tight.bottom - tight.top + 2 * pad};
}

// The figure drawn with the region's corner at the canvas' origin; the facecolor also fills what
// the tight box holds beyond the figure's edge.
void draw_region(const FigureData& figure, plot::detail::Canvas& canvas, double dpi,
                 bool transparent, const Region& region) {
    if (!transparent) canvas.fill_rect(0, 0, region.width, region.height, figure.facecolor);
    plot::detail::ShiftedCanvas shifted(canvas, -region.x0, -region.y0);
    plot::detail::draw_figure(figure, shifted, dpi, transparent);
}

// matplotlib's Agg canvas is int(width) x int(height) pixels.
void write_png(const FigureData& figure, const std::string& path, double dpi, bool transparent,
               const Region& region) {
    const int width = static_cast<int>(region.width);
    const int height = static_cast<int>(region.height);
    const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height), cairo_surface_destroy);
    {
        const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()),
                                                                    cairo_destroy);
        plot::detail::CairoCanvas canvas(cr.get());
        draw_region(figure, canvas, dpi, transparent, region);
    }
    check_writable(path);
    cairo_surface_flush(surface.get());
    if (!plot::detail::write_png_file(path, cairo_image_surface_get_data(surface.get()), width,
                                      height, cairo_image_surface_get_stride(surface.get()))) {
        throw_io_error(path, EIO);
    }
}

// Vector output is laid out at 72 dpi, so one pixel drawn is one point.
void write_pdf(const FigureData& figure, const std::string& path, bool transparent,
               const Region& region) {
    check_writable(path);
    const std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
        cairo_pdf_surface_create(path.c_str(), region.width, region.height), cairo_surface_destroy);
    {
        const std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()),
                                                                    cairo_destroy);
        plot::detail::CairoCanvas canvas(cr.get());
        draw_region(figure, canvas, 72, transparent, region);
    }
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) throw_io_error(path, EIO);
}

void write_svg(const FigureData& figure, const std::string& path, bool transparent,
               const Region& region) {
    plot::detail::SvgCanvas canvas(region.width, region.height);
    draw_region(figure, canvas, 72, transparent, region);
    errno = 0;
    std::ofstream out(path, std::ios::binary);
    if (!out) throw_io_error(path, errno ? errno : EACCES);
    out << canvas.finish();
    if (!out.flush()) throw_io_error(path, EIO);
}

// matplotlib's GridSpec messages.
void check_grid(int nrows, int ncols) {
    for (const auto& [count, what] : {std::pair{nrows, "rows"}, std::pair{ncols, "columns"}}) {
        if (count >= 1) continue;
        std::string message = "Number of ";
        message += what;
        message += " must be a positive integer, not ";
        message += std::to_string(count);
        throw ValueError(message);
    }
}

std::shared_ptr<AxesData> new_axes(const std::shared_ptr<FigureData>& figure, int row, int col) {
    auto axes = std::make_shared<AxesData>();
    axes->figure = figure;
    axes->row = row;
    axes->col = col;
    axes->position = plot::detail::subplot_position(*figure, row, col);
    axes->xaxis = std::make_shared<SharedAxis>();
    axes->yaxis = std::make_shared<SharedAxis>();
    axes->xaxis->members.push_back(axes);
    axes->yaxis->members.push_back(axes);
    return axes;
}

}  // namespace

Figure::Figure(const FigureParams& params) : data_(std::make_shared<FigureData>()) {
    check_positive(params.figsize[0], "figure width");
    check_positive(params.figsize[1], "figure height");
    check_positive(params.dpi, "dpi");
    data_->figsize = params.figsize;
    data_->dpi = params.dpi;
    data_->facecolor = to_rgba(params.facecolor);
}

void Figure::savefig(const std::string& path, const SavefigParams& params) const {
    const double dpi = params.dpi.value_or(data_->dpi);
    check_positive(dpi, "dpi");
    std::string file = path;
    const auto slash = file.find_last_of('/');
    const auto dot = file.find_last_of('.');
    std::string format;
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash + 1)) {
        format = file.substr(dot + 1);
    }
    if (format.empty()) {
        while (!file.empty() && file.back() == '.') file.pop_back();
        file += ".png";
        format = "png";
    }
    std::transform(format.begin(), format.end(), format.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (format == "png") {
        write_png(*data_, file, dpi, params.transparent, output_region(*data_, dpi, params));
    } else if (format == "svg") {
        write_svg(*data_, file, params.transparent, output_region(*data_, 72, params));
    } else if (format == "pdf") {
        write_pdf(*data_, file, params.transparent, output_region(*data_, 72, params));
    } else {
        std::string message = "Format ";
        message += Scalar(format).repr();
        message += " is not supported (supported formats: pdf, png, svg)";
        throw ValueError(message);
    }
}

Axes Figure::colorbar(const ScalarMappable& mappable, const Axes& ax) {
    if (ax.data()->figure.lock() != data_) {
        throw ValueError("colorbar: the axes given as ax is not on this figure");
    }
    return Axes(
        plot::detail::add_colorbar(*data_, ax.data(), mappable.cmap, mappable.vmin, mappable.vmax));
}

Figure& Figure::suptitle(std::string t, const SuptitleParams& params) {
    data_->suptitle = plot::detail::Suptitle{std::move(t), params.x, params.y, params.fontsize};
    return *this;
}

Axes Figure::add_subplot(int nrows, int ncols, int index) {
    check_grid(nrows, ncols);
    if (index < 1 || index > nrows * ncols) {
        std::string message = "num must be 1 <= num <= ";
        message += std::to_string(nrows * ncols);
        message += ", not ";
        message += std::to_string(index);
        throw ValueError(message);
    }
    FigureData& figure = *data_;
    if (figure.nrows == 0) {
        namespace rc = plot::detail::rc;
        figure.nrows = nrows;
        figure.ncols = ncols;
        figure.subplotpars = {rc::subplot_left, rc::subplot_right,  rc::subplot_bottom,
                              rc::subplot_top,  rc::subplot_wspace, rc::subplot_hspace};
    } else if (figure.nrows != nrows || figure.ncols != ncols) {
        std::string message = "add_subplot: this figure's subplots are on a ";
        message += std::to_string(figure.nrows);
        message += "x";
        message += std::to_string(figure.ncols);
        message += " grid; subplots on different grids in one figure are not supported";
        throw ValueError(message);
    }
    auto axes = new_axes(data_, (index - 1) / ncols, (index - 1) % ncols);
    figure.axes.push_back(axes);
    return Axes(axes);
}

Axes Figure::add_subplot(int pos) {
    if (pos < 100 || pos > 999) {
        std::string message = "Single argument to subplot must be a three-digit integer, not ";
        message += std::to_string(pos);
        throw ValueError(message);
    }
    return add_subplot(pos / 100, pos / 10 % 10, pos % 10);
}

std::array<double, 2> Figure::get_size_inches() const {
    return data_->figsize;
}

double Figure::get_dpi() const {
    return data_->dpi;
}

std::vector<Axes> Figure::axes() const {
    std::vector<Axes> out;
    for (const auto& axes : data_->axes) out.emplace_back(axes);
    return out;
}

Axes& AxesGrid::operator[](std::size_t i) {
    if (i >= axes_.size()) {
        std::string message = "index ";
        message += std::to_string(i);
        message += " is out of bounds for axis 0 with size ";
        message += std::to_string(axes_.size());
        throw IndexError(message);
    }
    return axes_[i];
}

Axes& AxesGrid::operator()(std::size_t row, std::size_t col) {
    const std::size_t nrows = axes_.size() / ncols_;
    if (row >= nrows || col >= ncols_) {
        const bool bad_row = row >= nrows;
        std::string message = "index ";
        message += std::to_string(bad_row ? row : col);
        message += " is out of bounds for axis ";
        message += bad_row ? "0" : "1";
        message += " with size ";
        message += std::to_string(bad_row ? nrows : ncols_);
        throw IndexError(message);
    }
    return axes_[row * ncols_ + col];
}

std::pair<Figure, AxesGrid> subplots(int nrows, int ncols, const SubplotsParams& params) {
    check_grid(nrows, ncols);
    Figure figure({.figsize = params.figsize, .dpi = params.dpi});
    const auto& data = figure.data();
    namespace rc = plot::detail::rc;
    data->nrows = nrows;
    data->ncols = ncols;
    data->subplotpars = {rc::subplot_left, rc::subplot_right,  rc::subplot_bottom,
                         rc::subplot_top,  rc::subplot_wspace, rc::subplot_hspace};
    std::vector<Axes> grid;
    for (int r = 0; r < nrows; ++r) {
        for (int c = 0; c < ncols; ++c) {
            auto axes = new_axes(data, r, c);
            if (params.sharex && !data->axes.empty()) {
                axes->xaxis = data->axes.front()->xaxis;
                axes->xaxis->members.push_back(axes);
            }
            if (params.sharey && !data->axes.empty()) {
                axes->yaxis = data->axes.front()->yaxis;
                axes->yaxis->members.push_back(axes);
            }
            // Figure.subplots' label_outer for shared axes.
            axes->x_tick_labels = !params.sharex || r == nrows - 1;
            axes->y_tick_labels = !params.sharey || c == 0;
            data->axes.push_back(axes);
            grid.emplace_back(axes);
        }
    }
    return {std::move(figure), AxesGrid(std::move(grid), static_cast<std::size_t>(ncols))};
}

}  // namespace tabula
