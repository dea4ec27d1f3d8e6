#pragma once
// What seaborn 0.12's plotting functions share: reading a frame's columns by parameter name,
// the levels of a categorical variable, the default palette and the colour a call draws in.
#include <span>
#include <string>
#include <vector>

#include "tabula/plot/axes.hpp"
#include "tabula/plot/colors.hpp"

namespace tabula {
class Column;
class DataFrame;
}  // namespace tabula

namespace tabula::plot::detail {

// data[name] as seaborn looks up a variable: ValueError "Could not interpret value `name` for
// parameter `parameter`" when the frame has no such column.
const Column& variable(const DataFrame& data, const std::string& name,
                       const std::string& parameter);

// A numeric column's values as doubles, NaN for nulls; TypeError naming the column for text.
std::vector<double> numeric_values(const Column& column, const std::string& name);

// seaborn's categorical_order: the distinct values of `column` without nulls, as text, in
// first-seen order for text (the categories' order for a categorical), sorted for numbers;
// `order`, when given, replaces it. codes[i] is row i's level, -1 for a null or a value
// outside `order`.
struct Levels {
    std::vector<std::string> names;
    std::vector<int> codes;
};
Levels categorical_levels(const Column& column, const std::vector<std::string>& order = {});

// A numeric variable's non-null values, and, with a hue column, split by its levels (rows whose
// value or level is null left out, as seaborn's dropna). Without hue there is one group.
struct Grouped {
    std::vector<double> all;
    Levels levels;
    std::vector<std::vector<double>> groups;
};
Grouped group_values(const DataFrame& data, const std::string& x, const std::string& hue,
                     const std::vector<std::string>& hue_order);
Grouped group_values(std::span<const double> x);

// seaborn.color_palette(None, n) outside a seaborn theme: the first n colours of matplotlib's
// cycle (tab10) for up to ten, else husl_palette(n, l=lightness) as seaborn switches to (0.65
// for hue mappings, 0.7 for categorical plots).
std::vector<Rgba> default_palette(std::size_t n, double lightness = .65);

// seaborn.husl_palette(n, h=.01, s=.9, l): n hues evenly spaced in HUSL, clipped to [0, 1].
std::vector<Rgba> husl_palette(std::size_t n, double lightness = .65);

// The colour an artist without one takes: the axes' next cycle colour, which it uses up (as
// seaborn's _default_color draws and removes a scout artist).
Rgba next_cycle_color(Axes& ax);

// seaborn.utils.desaturate(color, prop): the HLS saturation times prop.
Rgba desaturate(const Rgba& color, double prop);

// _CategoricalPlotter.establish_colors: one colour per level (per hue level with hue), from the
// palette (repeated when short), one colour (ValueError with hue: seaborn's light palette is not
// built) or the default palette, desaturated by `saturation`.
std::vector<Rgba> categorical_colors(std::size_t n, bool hue,
                                     const std::vector<std::string>& palette,
                                     const std::string& color, double saturation);

// establish_colors' grey for lines framing the patches: 60% of the darkest colour's HLS
// lightness, rounded to 8 bits as rgb2hex does.
Rgba categorical_gray(const std::vector<Rgba>& colors);

// _CategoricalPlotter.hue_offsets with dodge: n levels' centres spread evenly over `width`,
// centred on the group's position.
std::vector<double> hue_offsets(double width, std::size_t n);

// The colour as text Axes' parameters take ("#rrggbbaa").
std::string color_arg(const Rgba& color);

// Autoscaling's margins stop at y (x) = value, as seaborn's sticky_edges on its artists.
void add_sticky_y(Axes& ax, double value);
void add_sticky_x(Axes& ax, double value);

// The legend seaborn adds for a hue variable: one entry per level in order, a line, a box or a
// scatter marker of each level's colour (drawn as empty artists so that they alter no limits).
// `title` is the hue variable's name.
enum class LegendHandle { line, box, marker };
void hue_legend(Axes& ax, const Levels& levels, const std::vector<Rgba>& colors,
                LegendHandle handle, double alpha, const std::string& title);

}  // namespace tabula::plot::detail
