// seaborn.pairplot (0.12): PairGrid with sharex="col", sharey="row", scatterplot off the
// diagonal and histplot or kdeplot on twins of the diagonal cells.
#include <string>
#include <vector>

#include "figure_data.hpp"
#include "seaborn_common.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/plot/axisgrid.hpp"
#include "tabula/plot/distributions.hpp"
#include "tabula/plot/relational.hpp"

namespace tabula {

namespace {

using plot::detail::AxesData;

// PairGrid._find_numeric_cols: numbers and bools, the hue column left out.
std::vector<std::string> numeric_columns(const DataFrame& data, const std::string& hue) {
    std::vector<std::string> out;
    for (const std::string& name : data.columns()) {
        const DType dtype = data.column(name).dtype();
        if (name != hue && (is_numeric(dtype) || dtype == DType::Bool)) out.push_back(name);
    }
    return out;
}

// Makes `follower` use `leader`'s x (or y) axis: one range over the whole column (row).
void share(const std::shared_ptr<AxesData>& leader, const std::shared_ptr<AxesData>& follower,
           bool x) {
    auto& axis = x ? leader->xaxis : leader->yaxis;
    (x ? follower->xaxis : follower->yaxis) = axis;
    axis->members.push_back(follower);
}

}  // namespace

PairGrid pairplot(const DataFrame& data, const PairplotParams& params) {
    if (params.diag_kind != "auto" && params.diag_kind != "hist" && params.diag_kind != "kde") {
        throw ValueError(std::string("diag_kind must be 'auto', 'hist' or 'kde', not '") +
                         params.diag_kind + "'");
    }
    if (!params.hue.empty()) plot::detail::variable(data, params.hue, "hue");
    std::vector<std::string> vars =
        params.vars.empty() ? numeric_columns(data, params.hue) : params.vars;
    if (vars.empty()) throw ValueError("No variables found for grid columns.");
    for (const std::string& var : vars) {
        plot::detail::numeric_values(plot::detail::variable(data, var, "vars"), var);
    }
    const auto n = static_cast<int>(vars.size());
    auto [fig, axes] =
        subplots(n, n, {.figsize = {params.height * params.aspect * n, params.height * n}});
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const auto& cell = axes(i, j).data();
            if (i > 0) share(axes(0, j).data(), cell, true);
            if (j > 0) share(axes(i, 0).data(), cell, false);
            cell->x_tick_labels = i == n - 1;
            cell->y_tick_labels = j == 0;
        }
    }
    const bool hue = !params.hue.empty();
    const std::string diag = params.diag_kind == "auto" ? (hue ? "kde" : "hist") : params.diag_kind;
    std::vector<Axes> diag_axes;
    for (int i = 0; i < n; ++i) {
        const auto ui = static_cast<std::size_t>(i);
        for (int j = 0; j < n; ++j) {
            if (i == j) continue;
            scatterplot(axes(i, j), data, vars[static_cast<std::size_t>(j)], vars[ui],
                        {.hue = params.hue, .hue_order = params.hue_order, .legend = false});
        }
        // The diagonal's distribution on a twin whose y axis is hidden (set_axis_off), so that
        // the cell keeps the row's y range for its tick labels.
        Axes twin = axes(i, i).twinx();
        twin.data()->frame_on = false;
        twin.data()->yfixed = plot::detail::FixedTicks{};
        if (diag == "kde") {
            kdeplot(
                twin, data, vars[ui],
                {.hue = params.hue, .hue_order = params.hue_order, .fill = true, .legend = false});
        } else {
            histplot(twin, data, vars[ui],
                     {.hue = params.hue, .hue_order = params.hue_order, .legend = false});
        }
        twin.set_xlabel("").set_ylabel("");
        diag_axes.push_back(twin);
    }
    // _add_axis_labels: the variables' names on the bottom row and the left column only.
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            axes(i, j).set_xlabel(i == n - 1 ? vars[static_cast<std::size_t>(j)] : "");
            axes(i, j).set_ylabel(j == 0 ? vars[static_cast<std::size_t>(i)] : "");
        }
    }
    if (hue) {
        const plot::detail::Levels levels =
            plot::detail::categorical_levels(data.column(params.hue), params.hue_order);
        Axes corner = axes(0, n - 1);
        plot::detail::hue_legend(corner, levels, plot::detail::default_palette(levels.names.size()),
                                 plot::detail::LegendHandle::marker, 1.0, params.hue);
    }
    fig.tight_layout({.pad = 0.5});
    return {std::move(fig), std::move(axes), std::move(diag_axes), std::move(vars)};
}

}  // namespace tabula
