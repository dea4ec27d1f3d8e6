#include "tabula/plot/heatmap.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "colorbar.hpp"
#include "figure_data.hpp"
#include "layout.hpp"
#include "normalize.hpp"
#include "python_number.hpp"
#include "rc_params.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/plot/colormap.hpp"

namespace tabula {

TickLabels::TickLabels(const char* mode) : auto_(true) {
    if (std::string_view(mode) != "auto") {
        std::string message = "xticklabels/yticklabels: '";
        message += mode;
        message += "' is not a valid value; use 'auto', a bool, an int or the labels";
        throw ValueError(message);
    }
}

TickLabels::TickLabels(bool show) : every_(show ? 1 : 0) {}

TickLabels::TickLabels(int every) : every_(every) {
    if (every < 0) throw ValueError("xticklabels/yticklabels: a negative step");
}

TickLabels::TickLabels(std::vector<std::string> labels) : labels_(std::move(labels)) {}

double relative_luminance(const Rgba& color) {
    const auto linear = [](double v) {
        return v <= .03928 ? v / 12.92 : std::pow((v + .055) / 1.055, 2.4);
    };
    return .2126 * linear(color.r) + .7152 * linear(color.g) + .0722 * linear(color.b);
}

namespace {

using plot::detail::AxesData;
namespace rc = plot::detail::rc;

// The matrix as _HeatMapper sees it: values row by row, integers when the input held them (so
// that fmt "d" formats them), and the labels of its columns and rows.
struct Matrix {
    std::int64_t rows = 0;
    std::int64_t cols = 0;
    std::vector<double> values;
    std::optional<std::vector<std::int64_t>> integers;
    std::vector<std::string> xlabels;
    std::vector<std::string> ylabels;
    std::string ylabel;
};

std::vector<std::string> positions(std::int64_t n) {
    std::vector<std::string> out;
    for (std::int64_t i = 0; i < n; ++i) out.push_back(std::to_string(i));
    return out;
}

// pandas.DataFrame(data)'s check, with its message.
template <class E>
Matrix from_array(const NDArray<E>& data) {
    if (data.ndim() != 2) {
        std::string message = "Must pass 2-d input. shape=(";
        for (int i = 0; i < data.ndim(); ++i) {
            if (i > 0) message += ", ";
            message += std::to_string(data.shape()[i]);
        }
        message += data.ndim() == 1 ? ",)" : ")";
        throw ValueError(message);
    }
    Matrix m;
    m.rows = data.shape()[0];
    m.cols = data.shape()[1];
    for (std::int64_t r = 0; r < m.rows; ++r) {
        for (std::int64_t c = 0; c < m.cols; ++c) {
            m.values.push_back(static_cast<double>(data.at({r, c})));
        }
    }
    m.xlabels = positions(m.cols);
    m.ylabels = positions(m.rows);
    return m;
}

// seaborn's _skip_ticks: every `every`-th label at its cell's centre.
plot::detail::FixedTicks skip_ticks(const std::vector<std::string>& labels, std::size_t every) {
    plot::detail::FixedTicks ticks;
    if (every == 0) return ticks;
    for (std::size_t i = 0; i < labels.size(); i += every) {
        ticks.values.push_back(static_cast<double>(i) + .5);
        ticks.labels.push_back(labels[i]);
    }
    return ticks;
}

// seaborn's _auto_ticks: as many labels as fit one font size apart along `length` inches.
plot::detail::FixedTicks auto_ticks(const std::vector<std::string>& labels, double length) {
    const auto max_ticks =
        static_cast<std::size_t>(std::floor(length / (rc::tick_label_size / 72)));
    if (max_ticks < 1) return {};
    return skip_ticks(labels, labels.size() / max_ticks + 1);
}

plot::detail::FixedTicks ticks_for(const TickLabels& choice, const std::vector<std::string>& names,
                                   double length) {
    if (choice.labels()) return skip_ticks(*choice.labels(), 1);
    if (choice.is_auto()) return auto_ticks(names, length);
    return skip_ticks(names, static_cast<std::size_t>(choice.every()));
}

// seaborn's axis_ticklabels_overlap: whether any two labels' boxes overlap when drawn `degrees`
// turned at `spacing` pixels apart along the axis.
bool labels_overlap(const plot::detail::FixedTicks& ticks, double spacing, bool x_axis,
                    double size) {
    std::vector<plot::detail::Rect> boxes;
    for (std::size_t i = 0; i < ticks.labels.size(); ++i) {
        const double along = ticks.values[i] * spacing;
        const plot::detail::TextItem item = plot::detail::tick_label(
            ticks.labels[i], x_axis ? along : 0, x_axis ? 0 : along, size, x_axis, ticks.degrees);
        boxes.push_back(plot::detail::text_extent(item));
    }
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        for (std::size_t j = i + 1; j < boxes.size(); ++j) {
            if (boxes[i].overlaps(boxes[j])) return true;
        }
    }
    return false;
}

// _HeatMapper._determine_cmap_params: the data's range unless given, and the colormap
// recentred on `center` as a ListedColormap of 256 of its colours.
Colormap heatmap_cmap(const HeatmapParams& params, double vmin, double vmax) {
    const std::string name =
        !params.cmap.empty() ? params.cmap : (params.center ? "icefire" : "rocket");
    Colormap cmap = get_cmap(name);
    if (!params.center) return cmap;
    const double center = *params.center;
    const double vrange = std::max(vmax - center, center - vmin);
    const auto normalize = [&](double v) {
        return vrange > 0 ? (v - (center - vrange)) / (2 * vrange) : 0.0;
    };
    const double cmin = normalize(vmin);
    const double cmax = normalize(vmax);
    std::vector<Rgba> colors;
    for (int i = 0; i < 256; ++i) colors.push_back(cmap(cmin + (cmax - cmin) * i / 255));
    return Colormap(name, std::move(colors));
}

// seaborn's _matrix_mask: the masked cells become NaN, which leaves them out of the colormap's
// range, the mesh and the annotations.
void apply_mask(Matrix& m, const std::optional<NDArray<bool>>& mask) {
    if (!mask) return;
    if (mask->shape() != Shape{m.rows, m.cols}) {
        throw ValueError("Mask must have the same shape as data.");
    }
    for (std::int64_t r = 0; r < m.rows; ++r) {
        for (std::int64_t c = 0; c < m.cols; ++c) {
            if (mask->at({r, c})) m.values[static_cast<std::size_t>(r * m.cols + c)] = NAN;
        }
    }
}

// numpy.nanpercentile(values, q) with NumPy's linear interpolation; NaN when all are NaN.
double nanpercentile(const std::vector<double>& values, double q) {
    std::vector<double> present;
    for (const double v : values) {
        if (!std::isnan(v)) present.push_back(v);
    }
    if (present.empty()) return NAN;
    return percentile(NDArray<double>(present, {static_cast<std::int64_t>(present.size())}), q);
}

void draw_heatmap(Axes& ax, Matrix m, const HeatmapParams& params) {
    if (m.values.empty()) {
        throw ValueError("zero-size array to reduction operation fmin which has no identity");
    }
    apply_mask(m, params.mask);
    std::optional<double> vmin_given = params.vmin;
    std::optional<double> vmax_given = params.vmax;
    if (params.robust) {
        if (!vmin_given) vmin_given = nanpercentile(m.values, 2);
        if (!vmax_given) vmax_given = nanpercentile(m.values, 98);
    }
    // numpy.nanmin of all-NaN data is NaN; matplotlib then maps every cell to NaN's colour.
    const plot::detail::Norm norm = plot::detail::autoscaled_norm(m.values, vmin_given, vmax_given);
    const double vmin = norm.vmin;
    const double vmax = norm.vmax;
    const Colormap cmap = heatmap_cmap(params, vmin, vmax);
    const Rgba linecolor = to_rgba(params.linecolor);

    const std::shared_ptr<AxesData>& axes = ax.data();
    const auto figure = axes->figure.lock();
    if (!figure) throw ValueError("heatmap: the axes' figure no longer exists");

    plot::detail::Mesh mesh = plot::detail::unit_mesh(m.values, static_cast<std::size_t>(m.rows),
                                                      static_cast<std::size_t>(m.cols), cmap, norm);
    mesh.linewidth = params.linewidths;
    mesh.edgecolor = linecolor;
    // seaborn despines all four sides and sets the limits with the y axis inverted.
    axes->frame_on = false;
    axes->xaxis->lim = std::pair{0.0, static_cast<double>(m.cols)};
    axes->yaxis->lim = std::pair{static_cast<double>(m.rows), 0.0};
    if (params.square) axes->aspect = 1.0;
    if (params.cbar) {
        const double shrink = params.cbar_kws.shrink.value_or(1.0);
        if (!(shrink > 0)) {
            throw ValueError("cbar_kws: shrink must be positive, not " +
                             plot::detail::python_format(shrink, ""));
        }
        const auto bar = plot::detail::add_colorbar(*figure, axes, cmap, vmin, vmax, shrink);
        bar->ylabel = params.cbar_kws.label.value_or("");
    }

    // Tick labels chosen for the axes' size once the colorbar has taken its share; x labels
    // turned upright when they overlap, y labels (upright at first) laid flat when they do.
    const double width_in = axes->position[2] * figure->figsize[0];
    const double height_in = axes->position[3] * figure->figsize[1];
    plot::detail::FixedTicks xticks = ticks_for(params.xticklabels, m.xlabels, width_in);
    plot::detail::FixedTicks yticks = ticks_for(params.yticklabels, m.ylabels, height_in);
    yticks.degrees = 90;
    const double size = rc::tick_label_size * figure->dpi / 72;
    if (labels_overlap(xticks, width_in * figure->dpi / static_cast<double>(m.cols), true, size)) {
        xticks.degrees = 90;
    }
    if (labels_overlap(yticks, height_in * figure->dpi / static_cast<double>(m.rows), false,
                       size)) {
        yticks.degrees = 0;
    }
    axes->xfixed = std::move(xticks);
    axes->yfixed = std::move(yticks);
    if (!m.ylabel.empty()) axes->ylabel = m.ylabel;

    if (params.annot) {
        // Checked once, before any text is added.
        if (params.annot_kws.color) (void)to_rgba(*params.annot_kws.color);
        for (std::int64_t r = 0; r < m.rows; ++r) {
            for (std::int64_t c = 0; c < m.cols; ++c) {
                const std::size_t i = static_cast<std::size_t>(r * m.cols + c);
                if (std::isnan(m.values[i])) continue;
                const std::string text =
                    m.integers ? plot::detail::python_format((*m.integers)[i], params.fmt)
                               : plot::detail::python_format(m.values[i], params.fmt);
                const std::string dark_or_light =
                    relative_luminance(mesh.colors[i]) > .408 ? ".15" : "w";
                ax.text(static_cast<double>(c) + .5, static_cast<double>(r) + .5, text,
                        {.color = params.annot_kws.color.value_or(dark_or_light),
                         .fontsize = params.annot_kws.fontsize.value_or(rc::font_size),
                         .ha = "center",
                         .va = "center"});
            }
        }
    }
    axes->meshes.push_back(std::move(mesh));
}

}  // namespace

Axes heatmap(Axes ax, const NDArray<double>& data, const HeatmapParams& params) {
    draw_heatmap(ax, from_array(data), params);
    return ax;
}

Axes heatmap(Axes ax, const NDArray<std::int64_t>& data, const HeatmapParams& params) {
    Matrix m = from_array(data);
    m.integers.emplace();
    for (std::int64_t r = 0; r < m.rows; ++r) {
        for (std::int64_t c = 0; c < m.cols; ++c) m.integers->push_back(data.at({r, c}));
    }
    draw_heatmap(ax, m, params);
    return ax;
}

Axes heatmap(Axes ax, const DataFrame& data, const HeatmapParams& params) {
    bool integers = true;
    for (std::size_t c = 0; c < data.columns().size(); ++c) {
        const Column& column = data.column(c);
        integers = integers && column.dtype() == DType::Int64 && !column.has_nulls();
    }
    Matrix m = from_array(data.to_numpy());
    if (integers) {
        m.integers.emplace();
        for (std::int64_t r = 0; r < m.rows; ++r) {
            for (std::int64_t c = 0; c < m.cols; ++c) {
                m.integers->push_back(
                    data.column(static_cast<std::size_t>(c)).data<std::int64_t>()[r]);
            }
        }
    }
    m.xlabels = data.columns();
    m.ylabels.clear();
    for (std::int64_t r = 0; r < m.rows; ++r) m.ylabels.push_back(data.index().label_string(r));
    m.ylabel = data.index().name();
    draw_heatmap(ax, m, params);
    return ax;
}

}  // namespace tabula
