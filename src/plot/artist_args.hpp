#pragma once
// Argument handling the Axes methods share: the colour cycle, length checks with matplotlib's
// message, and per-element arguments given once or per element.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "figure_data.hpp"

namespace tabula::plot::detail {

// Which of the axes' colour cycles an artist advances (_get_lines or _get_patches_for_fill).
enum class Cycle { lines, patches };

// `color` with `alpha`, or the cycle's next colour (advancing it) when `color` is empty.
Rgba take_color(AxesData& axes, const std::string& color, std::optional<double> alpha,
                Cycle cycle = Cycle::lines);

// ValueError "x and y must have same first dimension, but have shapes (3,) and (2,)", with the
// names given.
void check_lengths(std::size_t a, std::size_t b, const char* name_a = "x",
                   const char* name_b = "y");

// `values` for n elements: empty is `fallback` for each, one value is each's, n values are
// themselves; ValueError naming `what` otherwise.
std::vector<double> per_element(std::span<const double> values, std::size_t n, double fallback,
                                const char* what);

// Records a legend entry unless the label is empty or starts with "_" (matplotlib's way of
// leaving an artist out).
void add_legend_entry(AxesData& axes, const std::string& label, PatchEntry::Handle handle,
                      Rgba color, int group, double size = 0);

// Strings as categories of the axis (StrCategoryConverter): their positions, the axis' ticks
// then labelling every category.
std::vector<double> category_positions(AxesData& axes, const std::vector<std::string>& values,
                                       bool x_axis);

}  // namespace tabula::plot::detail
