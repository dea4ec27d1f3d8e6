#include "artist_args.hpp"

#include <algorithm>

#include "tabula/core/error.hpp"

namespace tabula::plot::detail {

Rgba take_color(AxesData& axes, const std::string& color, std::optional<double> alpha,
                Cycle cycle) {
    if (!color.empty()) return to_rgba(color, alpha);
    Rgba out = cycle_color(cycle == Cycle::lines ? axes.next_color++ : axes.next_patch_color++);
    if (alpha) out.a = *alpha;
    return out;
}

void check_lengths(std::size_t a, std::size_t b, const char* name_a, const char* name_b) {
    if (a == b) return;
    std::string message = name_a;
    message += " and ";
    message += name_b;
    message += " must have same first dimension, but have shapes (";
    message += std::to_string(a);
    message += ",) and (";
    message += std::to_string(b);
    message += ",)";
    throw ValueError(message);
}

std::vector<double> per_element(std::span<const double> values, std::size_t n, double fallback,
                                const char* what) {
    if (values.empty()) return std::vector<double>(n, fallback);
    if (values.size() == 1) return std::vector<double>(n, values[0]);
    if (values.size() == n) return {values.begin(), values.end()};
    std::string message = what;
    message += " must be a scalar or have ";
    message += std::to_string(n);
    message += " values, got ";
    message += std::to_string(values.size());
    throw ValueError(message);
}

void add_legend_entry(AxesData& axes, const std::string& label, PatchEntry::Handle handle,
                      Rgba color, int group, double size) {
    if (label.empty() || label[0] == '_') return;
    axes.legend_entries.push_back({label, handle, color, group, size});
}

std::vector<double> category_positions(AxesData& axes, const std::vector<std::string>& values,
                                       bool x_axis) {
    std::vector<std::string>& categories = (x_axis ? axes.xaxis : axes.yaxis)->categories;
    std::vector<double> positions;
    for (const std::string& v : values) {
        auto it = std::find(categories.begin(), categories.end(), v);
        if (it == categories.end()) it = categories.insert(categories.end(), v);
        positions.push_back(static_cast<double>(it - categories.begin()));
    }
    FixedTicks ticks{.values = {}, .labels = categories};
    for (std::size_t i = 0; i < categories.size(); ++i) {
        ticks.values.push_back(static_cast<double>(i));
    }
    (x_axis ? axes.xfixed : axes.yfixed) = std::move(ticks);
    return positions;
}

}  // namespace tabula::plot::detail
