#include "seaborn_common.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "artist_args.hpp"
#include "figure_data.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula::plot::detail {

const Column& variable(const DataFrame& data, const std::string& name,
                       const std::string& parameter) {
    if (!data.contains(name)) {
        throw ValueError(std::string("Could not interpret value `") + name + "` for parameter `" +
                         parameter + "`");
    }
    return data.column(name);
}

std::vector<double> numeric_values(const Column& column, const std::string& name) {
    const DType dtype = column.dtype();
    if (!is_numeric(dtype) && dtype != DType::Bool) {
        throw TypeError(std::string("column '") + name + "' is not numeric");
    }
    const Column doubles = column.astype(DType::Float64);
    const double* values = doubles.data<double>();
    std::vector<double> out(values, values + doubles.size());
    for (std::int64_t i = 0; i < doubles.size(); ++i) {
        if (doubles.is_null(i)) out[static_cast<std::size_t>(i)] = std::nan("");
    }
    return out;
}

namespace {

// A number as Python's str() writes the level: integers without a dot.
std::string number_text(double v, bool integer) {
    return integer ? std::to_string(static_cast<std::int64_t>(v)) : float_repr(v);
}

Levels numeric_levels(const Column& column) {
    const std::vector<double> values = numeric_values(column, "");
    const bool integer = column.dtype() == DType::Int64 || column.dtype() == DType::Int32 ||
                         column.dtype() == DType::Bool;
    std::vector<double> distinct;
    for (const double v : values) {
        if (!std::isnan(v)) distinct.push_back(v);
    }
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    Levels levels;
    for (const double v : distinct) {
        levels.names.push_back(column.dtype() == DType::Bool ? (v != 0 ? "True" : "False")
                                                             : number_text(v, integer));
    }
    for (const double v : values) {
        if (std::isnan(v)) {
            levels.codes.push_back(-1);
        } else {
            const auto at = std::lower_bound(distinct.begin(), distinct.end(), v);
            levels.codes.push_back(static_cast<int>(at - distinct.begin()));
        }
    }
    return levels;
}

Levels text_levels(const Column& column) {
    Levels levels;
    std::map<std::string, int, std::less<>> seen;
    if (column.dtype() == DType::Categorical) {
        const Column& categories = column.categories();
        for (std::int64_t i = 0; i < categories.size(); ++i) {
            levels.names.emplace_back(categories.string_at(i));
            seen.emplace(levels.names.back(), static_cast<int>(i));
        }
    }
    for (std::int64_t i = 0; i < column.size(); ++i) {
        if (column.is_null(i)) {
            levels.codes.push_back(-1);
            continue;
        }
        const std::string_view value = column.string_at(i);
        auto at = seen.find(value);
        if (at == seen.end()) {
            at = seen.emplace(std::string(value), static_cast<int>(levels.names.size())).first;
            levels.names.emplace_back(value);
        }
        levels.codes.push_back(at->second);
    }
    return levels;
}

}  // namespace

Levels categorical_levels(const Column& column, const std::vector<std::string>& order) {
    const bool text = column.dtype() == DType::String || column.dtype() == DType::Categorical;
    Levels levels = text ? text_levels(column) : numeric_levels(column);
    if (order.empty()) return levels;
    // Re-code through the given order; values it does not name are left out, as seaborn does.
    std::vector<int> to_order(levels.names.size(), -1);
    for (std::size_t i = 0; i < levels.names.size(); ++i) {
        const auto at = std::find(order.begin(), order.end(), levels.names[i]);
        if (at != order.end()) to_order[i] = static_cast<int>(at - order.begin());
    }
    for (int& code : levels.codes) {
        if (code >= 0) code = to_order[static_cast<std::size_t>(code)];
    }
    levels.names = order;
    return levels;
}

Grouped group_values(const DataFrame& data, const std::string& x, const std::string& hue,
                     const std::vector<std::string>& hue_order) {
    const std::vector<double> values = numeric_values(variable(data, x, "x"), x);
    if (hue.empty()) return group_values(values);
    Grouped out;
    out.levels = categorical_levels(variable(data, hue, "hue"), hue_order);
    out.groups.resize(out.levels.names.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const int code = out.levels.codes[i];
        if (std::isnan(values[i]) || code < 0) continue;
        out.all.push_back(values[i]);
        out.groups[static_cast<std::size_t>(code)].push_back(values[i]);
    }
    return out;
}

Grouped group_values(std::span<const double> x) {
    Grouped out;
    for (const double v : x) {
        if (!std::isnan(v)) out.all.push_back(v);
    }
    out.groups.push_back(out.all);
    return out;
}

std::vector<Rgba> default_palette(std::size_t n, double lightness) {
    if (n > 10) return husl_palette(n, lightness);
    std::vector<Rgba> colors;
    for (std::size_t i = 0; i < n; ++i) colors.push_back(cycle_color(i));
    return colors;
}

Rgba next_cycle_color(Axes& ax) {
    return cycle_color(ax.data()->next_color++);
}

namespace {

// colorsys.rgb_to_hls and hls_to_rgb.
struct Hls {
    double h, l, s;
};

Hls rgb_to_hls(const Rgba& c) {
    const double maxc = std::max({c.r, c.g, c.b});
    const double minc = std::min({c.r, c.g, c.b});
    const double l = (minc + maxc) / 2;
    if (minc == maxc) return {0, l, 0};
    const double s = l <= .5 ? (maxc - minc) / (maxc + minc) : (maxc - minc) / (2 - maxc - minc);
    const double rc = (maxc - c.r) / (maxc - minc);
    const double gc = (maxc - c.g) / (maxc - minc);
    const double bc = (maxc - c.b) / (maxc - minc);
    double h = c.r == maxc ? bc - gc : c.g == maxc ? 2 + rc - bc : 4 + gc - rc;
    h = h / 6;
    h = h - std::floor(h);
    return {h, l, s};
}

double hls_value(double m1, double m2, double hue) {
    hue = hue - std::floor(hue);
    if (hue < 1.0 / 6) return m1 + (m2 - m1) * hue * 6;
    if (hue < .5) return m2;
    if (hue < 2.0 / 3) return m1 + (m2 - m1) * (2.0 / 3 - hue) * 6;
    return m1;
}

Rgba hls_to_rgb(const Hls& c, double alpha) {
    if (c.s == 0) return {c.l, c.l, c.l, alpha};
    const double m2 = c.l <= .5 ? c.l * (1 + c.s) : c.l + c.s - c.l * c.s;
    const double m1 = 2 * c.l - m2;
    return {hls_value(m1, m2, c.h + 1.0 / 3), hls_value(m1, m2, c.h),
            hls_value(m1, m2, c.h - 1.0 / 3), alpha};
}

}  // namespace

Rgba desaturate(const Rgba& color, double prop) {
    Hls hls = rgb_to_hls(color);
    hls.s *= prop;
    return hls_to_rgb(hls, color.a);
}

std::vector<Rgba> categorical_colors(std::size_t n, bool hue,
                                     const std::vector<std::string>& palette,
                                     const std::string& color, double saturation) {
    std::vector<Rgba> colors;
    if (!palette.empty()) {
        for (std::size_t i = 0; i < n; ++i) {
            colors.push_back(to_rgba(palette[i % palette.size()]));
        }
    } else if (!color.empty()) {
        if (hue) {
            throw ValueError("color with hue is not built yet (seaborn blends a light palette)");
        }
        colors.assign(n, to_rgba(color));
    } else {
        colors = default_palette(n, .7);
    }
    for (Rgba& c : colors) c = desaturate(c, saturation);
    return colors;
}

Rgba categorical_gray(const std::vector<Rgba>& colors) {
    double lightness = 1;
    for (const Rgba& c : colors) lightness = std::min(lightness, rgb_to_hls(c).l);
    const double lum = lightness * .6;
    return to_rgba(to_hex({lum, lum, lum, 1}));
}

std::vector<double> hue_offsets(double width, std::size_t n) {
    const double each = width / static_cast<double>(n);
    std::vector<double> offsets;
    double mean = 0;
    for (std::size_t j = 0; j < n; ++j) {
        offsets.push_back(
            n > 1 ? (width - each) * static_cast<double>(j) / static_cast<double>(n - 1) : 0.0);
        mean += offsets.back();
    }
    for (double& o : offsets) o -= mean / static_cast<double>(n);
    return offsets;
}

std::string color_arg(const Rgba& color) {
    return to_hex(color, true);
}

void add_sticky_y(Axes& ax, double value) {
    ax.data()->ysticky.push_back(value);
}
void add_sticky_x(Axes& ax, double value) {
    ax.data()->xsticky.push_back(value);
}

void hue_legend(Axes& ax, const Levels& levels, const std::vector<Rgba>& colors,
                LegendHandle handle, double alpha, const std::string& title) {
    const std::vector<double> none;
    for (std::size_t i = 0; i < levels.names.size(); ++i) {
        const std::string color = color_arg(colors[i]);
        switch (handle) {
            case LegendHandle::box:
                ax.fill_between(none, none, 0.0,
                                {.color = color, .alpha = alpha, .label = levels.names[i]});
                break;
            case LegendHandle::marker:
                // Axes.scatter gives an empty collection no entry, so the entry is recorded
                // directly: a marker of the default 36 square points.
                add_legend_entry(*ax.data(), levels.names[i], PatchEntry::Handle::marker,
                                 to_rgba(color, alpha), 2, 36.0);
                break;
            case LegendHandle::line:
                ax.plot(none, none, {.label = levels.names[i], .color = color, .alpha = alpha});
                break;
        }
    }
    ax.legend({.title = title});
}

}  // namespace tabula::plot::detail
