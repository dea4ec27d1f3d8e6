#include "tabula/plot/axes.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <vector>

#include "arrow.hpp"
#include "artist_args.hpp"
#include "figure_data.hpp"
#include "layout.hpp"
#include "rc_params.hpp"
#include "tabula/array/ndarray.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/frame/scalar.hpp"
#include "tabula/frame/series.hpp"
#include "tabula/plot/ticker.hpp"
#include "transforms.hpp"

namespace tabula {
namespace {

using plot::detail::SharedAxis;

// matplotlib's set_xlim/set_ylim: Locator.nonsingular widens equal limits; an inverted pair
// stays inverted.
std::pair<double, double> checked_limits(double low, double high, bool log, const char* name) {
    if (!std::isfinite(low) || !std::isfinite(high)) {
        throw ValueError("Axis limits cannot be NaN or Inf");
    }
    if (log && (low <= 0 || high <= 0)) {
        std::string message = "Attempted to set non-positive ";
        message += name;
        message += "lim on a log-scaled axis";
        throw ValueError(message);
    }
    auto [v0, v1] = plot::detail::nonsingular(low, high, 0.05);
    if (low > high) std::swap(v0, v1);
    return {v0, v1};
}

}  // namespace

Axes& Axes::plot(std::span<const double> y, const PlotParams& params) {
    std::vector<double> x(y.size());
    std::iota(x.begin(), x.end(), 0.0);
    return plot(x, y, params);
}

Axes& Axes::plot(std::span<const double> x, std::span<const double> y, const PlotParams& params) {
    plot::detail::check_lengths(x.size(), y.size());
    data_->lines.push_back({
        .x = {x.begin(), x.end()},
        .y = {y.begin(), y.end()},
        .label = params.label,
        .color = plot::detail::take_color(*data_, params.color, params.alpha),
        .linestyle = plot::detail::parse_linestyle(params.linestyle),
        .linewidth = params.linewidth,
        .marker = plot::detail::parse_marker(params.marker),
        .markersize = params.markersize,
        .drawstyle = plot::detail::parse_drawstyle(params.drawstyle),
    });
    return *this;
}

Axes& Axes::plot(const Series& y, const PlotParams& params) {
    const NDArray<double> values = y.to_numpy();
    const NDArray<double> labels = Series(y.index().labels()).to_numpy();
    return plot(std::span(labels.data(), static_cast<std::size_t>(labels.size())),
                std::span(values.data(), static_cast<std::size_t>(values.size())), params);
}

namespace {

[[noreturn]] void bad_alignment(const std::string& value, const char* what, const char* supported) {
    std::string message = Scalar(value).repr();
    message += " is not a valid value for ";
    message += what;
    message += "; supported values are ";
    message += supported;
    throw ValueError(message);
}

plot::detail::HAlign parse_ha(const std::string& ha) {
    if (ha == "left") return plot::detail::HAlign::left;
    if (ha == "center") return plot::detail::HAlign::center;
    if (ha == "right") return plot::detail::HAlign::right;
    bad_alignment(ha, "horizontalalignment", "'center', 'right', 'left'");
}

plot::detail::VAlign parse_va(const std::string& va) {
    if (va == "top") return plot::detail::VAlign::top;
    if (va == "bottom") return plot::detail::VAlign::bottom;
    if (va == "center") return plot::detail::VAlign::center;
    if (va == "baseline") return plot::detail::VAlign::baseline;
    bad_alignment(va, "verticalalignment", "'top', 'bottom', 'center', 'baseline'");
}

}  // namespace

Axes& Axes::text(double x, double y, std::string s, const TextParams& params) {
    data_->texts.push_back({.text = std::move(s),
                            .x = x,
                            .y = y,
                            .color = to_rgba(params.color),
                            .size = params.fontsize,
                            .ha = parse_ha(params.ha),
                            .va = parse_va(params.va)});
    return *this;
}

namespace {

plot::detail::FixedTicks fixed_ticks(std::vector<double> ticks, std::vector<std::string> labels) {
    if (!labels.empty() && labels.size() != ticks.size()) {
        std::string message = "The number of FixedLocator locations (";
        message += std::to_string(ticks.size());
        message += "), usually from a call to set_ticks, does not match the number of labels (";
        message += std::to_string(labels.size());
        message += ").";
        throw ValueError(message);
    }
    if (labels.empty() && !ticks.empty()) {
        const auto [low, high] = std::minmax_element(ticks.begin(), ticks.end());
        labels = ScalarFormatter().format_ticks(ticks, *low, *high);
    }
    return {.values = std::move(ticks), .labels = std::move(labels)};
}

}  // namespace

Axes& Axes::set_xticks(std::vector<double> ticks, std::vector<std::string> labels) {
    data_->xfixed = fixed_ticks(std::move(ticks), std::move(labels));
    return *this;
}

Axes& Axes::set_yticks(std::vector<double> ticks, std::vector<std::string> labels) {
    data_->yfixed = fixed_ticks(std::move(ticks), std::move(labels));
    return *this;
}

Axes& Axes::annotate(std::string text, std::array<double, 2> xy, const AnnotateParams& params) {
    const auto [x, y] = params.xytext.value_or(xy);
    std::optional<plot::detail::Arrow> arrow;
    if (params.arrowprops)
        arrow = plot::detail::make_arrow(*params.arrowprops, xy, params.fontsize);
    this->text(
        x, y, std::move(text),
        {.color = params.color, .fontsize = params.fontsize, .ha = params.ha, .va = params.va});
    data_->texts.back().arrow = arrow;
    return *this;
}

Axes& Axes::set_title(std::string title) {
    data_->title = std::move(title);
    return *this;
}

Axes& Axes::set_xlabel(std::string label) {
    data_->xlabel = std::move(label);
    return *this;
}

Axes& Axes::set_ylabel(std::string label) {
    data_->ylabel = std::move(label);
    return *this;
}

Axes& Axes::set_xlim(double left, double right) {
    data_->xaxis->lim = checked_limits(left, right, data_->xaxis->log, "x");
    return *this;
}

Axes& Axes::set_ylim(double bottom, double top) {
    data_->yaxis->lim = checked_limits(bottom, top, data_->yaxis->log, "y");
    return *this;
}

namespace {

bool parse_scale(const std::string& scale, const SharedAxis& axis) {
    if (scale != "linear" && scale != "log") {
        std::string message = Scalar(scale).repr();
        message += " is not a valid value for scale; supported values are 'linear', 'log'";
        throw ValueError(message);
    }
    const bool log = scale == "log";
    if (log && axis.lim && (axis.lim->first <= 0 || axis.lim->second <= 0)) {
        std::string message = "Axis limits (";
        message += float_repr(axis.lim->first);
        message += ", ";
        message += float_repr(axis.lim->second);
        message += ") are not positive and cannot be log-scaled";
        throw ValueError(message);
    }
    return log;
}

}  // namespace

Axes& Axes::set_xscale(const std::string& scale) {
    data_->xaxis->log = parse_scale(scale, *data_->xaxis);
    return *this;
}

Axes& Axes::set_yscale(const std::string& scale) {
    data_->yaxis->log = parse_scale(scale, *data_->yaxis);
    return *this;
}

std::string Axes::get_xscale() const {
    return data_->xaxis->log ? "log" : "linear";
}
std::string Axes::get_yscale() const {
    return data_->yaxis->log ? "log" : "linear";
}

std::pair<double, double> Axes::get_xlim() const {
    return plot::detail::view_interval(*data_->xaxis, true);
}

std::pair<double, double> Axes::get_ylim() const {
    return plot::detail::view_interval(*data_->yaxis, false);
}

Axes& Axes::grid(bool visible) {
    data_->grid = visible;
    return *this;
}

Axes& Axes::legend(const LegendParams& params) {
    static constexpr std::string_view locations[] = {
        "best",        "upper right",  "upper left",   "lower left",   "lower right", "right",
        "center left", "center right", "lower center", "upper center", "center"};
    for (const std::string_view loc : locations) {
        if (loc == params.loc) {
            data_->legend_loc = params.loc;
            data_->legend_title = params.title;
            return *this;
        }
    }
    std::string message = "'";
    message += params.loc;
    message +=
        "' is not a valid value for loc; supported values are 'best', 'upper right', "
        "'upper left', 'lower left', 'lower right', 'right', 'center left', 'center right', "
        "'lower center', 'upper center', 'center'";
    throw ValueError(message);
}

namespace {

// The axes laid out on its figure at the figure's size and dpi, and the figure's height in
// pixels.
std::pair<plot::detail::AxesLayout, double> current_layout(const plot::detail::AxesData& axes,
                                                           const char* caller) {
    const auto figure = axes.figure.lock();
    if (!figure) {
        std::string message = caller;
        message += ": the axes' figure no longer exists";
        throw ValueError(message);
    }
    const double height = figure->figsize[1] * figure->dpi;
    return {plot::detail::layout_axes(axes, figure->figsize[0] * figure->dpi, height, figure->dpi),
            height};
}

}  // namespace

Bbox Axes::get_tightbbox() const {
    const auto [layout, height] = current_layout(*data_, "get_tightbbox");
    const plot::detail::Rect r = plot::detail::tight_bbox(layout);
    return {r.left, height - r.bottom, r.right, height - r.top};
}

std::vector<double> Axes::get_xticks() const {
    return current_layout(*data_, "get_xticks").first.xticks;
}
std::vector<double> Axes::get_yticks() const {
    return current_layout(*data_, "get_yticks").first.yticks;
}
std::vector<std::string> Axes::get_xticklabels() const {
    return current_layout(*data_, "get_xticklabels").first.xtick_labels;
}
std::vector<std::string> Axes::get_yticklabels() const {
    return current_layout(*data_, "get_yticklabels").first.ytick_labels;
}

Bbox Axes::get_position() const {
    const auto& p = data_->position;
    // A fixed aspect moves the box inside its position, as drawing it would.
    if (data_->aspect && !data_->figure.expired()) {
        const auto [layout, height] = current_layout(*data_, "get_position");
        const auto figure = data_->figure.lock();
        const double width = figure->figsize[0] * figure->dpi;
        const plot::detail::AxesBox& box = layout.box;
        return {box.left / width, 1 - box.bottom / height, box.right / width, 1 - box.top / height};
    }
    return {p[0], p[1], p[0] + p[2], p[1] + p[3]};
}

const std::string& Axes::get_title() const {
    return data_->title;
}
const std::string& Axes::get_xlabel() const {
    return data_->xlabel;
}
const std::string& Axes::get_ylabel() const {
    return data_->ylabel;
}

}  // namespace tabula
