// seaborn's pairplot against axisgrid.txt (seaborn 0.12.2, matplotlib 3.6.3): the figure's size,
// every cell's points, limits shared by column and row, the outer labels, the diagonal's
// histograms, and the kde diagonal widening its column's range; the correlation heatmap of
// DataFrame.corr() as seaborn draws it; a reference PNG; bad inputs.
#include "tabula/plot/axisgrid.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "../../src/plot/figure_data.hpp"
#include "../support/fixtures.hpp"
#include "plot_fixtures.hpp"
#include "reference_image.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/plot/heatmap.hpp"

namespace {

using tabula::DataFrame;
using tabula::ValueError;
using tabula::testing::expect_error;
using tabula::testing::expect_near_all;
using tabula::testing::fixture_rows;
using tabula::testing::numbers;
using tabula::testing::split;

// How close tabula's numbers must come to seaborn's (relative above 1).
constexpr double near = 1e-9;

const char* const kFixture = "plot/axisgrid.txt";

DataFrame fixture_frame() {
    const auto row = fixture_rows(kFixture, "data").at(0);
    std::vector<std::optional<double>> c;
    for (const double v : numbers(row[3]))
        c.push_back(std::isnan(v) ? std::nullopt : std::optional(v));
    return DataFrame{
        {"a", numbers(row[1])}, {"b", numbers(row[2])}, {"c", c}, {"g", split(row[4], ';')}};
}

// Every point of a cell as sorted (x, y) pairs: seaborn draws one collection, tabula one per
// hue level.
std::vector<std::pair<double, double>> points_of(const tabula::Axes& ax) {
    std::vector<std::pair<double, double>> out;
    for (const auto& m : ax.data()->markers) {
        for (std::size_t i = 0; i < m.x.size(); ++i) out.emplace_back(m.x[i], m.y[i]);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void expect_matches_case(tabula::PairGrid& grid, const std::string& name, bool same_width) {
    const auto size = grid.figure.get_size_inches();
    const std::vector<double> expected_size =
        numbers(fixture_rows(kFixture, "figsize").at(name == "pair" ? 0 : 1)[2]);
    if (same_width) {
        EXPECT_DOUBLE_EQ(size[0], expected_size[0]) << name;
    }
    EXPECT_DOUBLE_EQ(size[1], expected_size[1]) << name;
    // A cell may hold several collections (seaborn's hue legend adds an empty one).
    std::map<std::pair<std::size_t, std::size_t>, std::vector<std::pair<double, double>>> cells;
    for (const auto& row : fixture_rows(kFixture, "points")) {
        if (row[1] != name) continue;
        auto& expected = cells[{std::stoul(row[2]), std::stoul(row[3])}];
        if (row[4].empty()) continue;
        const auto xs = numbers(row[4]);
        const auto ys = numbers(row[5]);
        for (std::size_t i = 0; i < xs.size(); ++i) {
            if (!std::isnan(xs[i]) && !std::isnan(ys[i])) expected.emplace_back(xs[i], ys[i]);
        }
    }
    for (auto& [cell, expected] : cells) {
        std::sort(expected.begin(), expected.end());
        EXPECT_EQ(points_of(grid.axes(cell.first, cell.second)), expected)
            << name << " cell " << cell.first << "," << cell.second;
    }
    const auto n = grid.vars.size();
    for (const auto& row : fixture_rows(kFixture, "axis")) {
        if (row[1] != name) continue;
        const std::size_t i = std::stoul(row[2]);
        const std::size_t j = std::stoul(row[3]);
        auto& ax = grid.axes(i, j);
        const std::string cell = name + " cell " + row[2] + "," + row[3];
        // seaborn keeps the inner labels' text but hides it; tabula leaves them empty.
        EXPECT_EQ(ax.get_xlabel(), i == n - 1 ? row[4] : "") << cell;
        EXPECT_EQ(ax.get_ylabel(), j == 0 ? row[5] : "") << cell;
        const auto [x0, x1] = ax.get_xlim();
        const auto [y0, y1] = ax.get_ylim();
        expect_near_all({x0, x1}, numbers(row[6]), cell + " xlim", near);
        expect_near_all({y0, y1}, numbers(row[7]), cell + " ylim", near);
    }
    for (const auto& row : fixture_rows(kFixture, "bars")) {
        if (row[1] != name) continue;
        std::vector<double> left, widths, heights;
        for (const auto& p : grid.diag_axes.at(std::stoul(row[2])).data()->polygons) {
            if (p.x.size() != 4) continue;
            left.push_back(p.x[0]);
            widths.push_back(p.x[1] - p.x[0]);
            heights.push_back(p.y[2] - p.y[0]);
        }
        expect_near_all(left, numbers(row[3]), name + " diag left", near);
        expect_near_all(widths, numbers(row[4]), name + " diag widths", near);
        expect_near_all(heights, numbers(row[5]), name + " diag heights", near);
    }
}

TEST(Pairplot, MatchesSeaborn) {
    const DataFrame df = fixture_frame();
    tabula::PairGrid grid = tabula::pairplot(df);
    EXPECT_EQ(grid.vars, (std::vector<std::string>{"a", "b", "c"}));
    expect_matches_case(grid, "pair", true);
    // seaborn widens the figure for the legend beside the grid; tabula draws it inside.
    tabula::PairGrid hue = tabula::pairplot(df, {.hue = "g", .vars = {"a", "c"}});
    expect_matches_case(hue, "pair_hue", false);
}

TEST(Pairplot, ReferenceImage) {
    const DataFrame df = fixture_frame();
    const tabula::PairGrid grid = tabula::pairplot(df, {.hue = "g"});
    tabula::testing::expect_matches_reference(grid.figure, "pairplot");
}

TEST(Pairplot, RejectsBadInput) {
    const DataFrame df = fixture_frame();
    expect_error<ValueError>(
        [&] {
            tabula::pairplot(df, {.vars = {"a", "z"}});
        },
        "Could not interpret value `z` for parameter `vars`");
    expect_error<ValueError>([&] { tabula::pairplot(df, {.hue = "h"}); },
                             "Could not interpret value `h` for parameter `hue`");
    expect_error<tabula::TypeError>(
        [&] {
            tabula::pairplot(df, {.vars = {"a", "g"}});
        },
        "column 'g' is not numeric");
    expect_error<ValueError>([&] { tabula::pairplot(df, {.diag_kind = "box"}); },
                             "diag_kind must be 'auto', 'hist' or 'kde', not 'box'");
    expect_error<ValueError>([&] { tabula::pairplot(df[{"g"}]); },
                             "No variables found for grid columns.");
}

// heatmap(DataFrame.corr()): seaborn's annotated correlation matrix, its values, texts and
// colours (coolwarm recentred on 0).
TEST(CorrelationHeatmap, MatchesSeaborn) {
    const DataFrame df = fixture_frame();
    const auto row = fixture_rows(kFixture, "corr").at(0);
    const DataFrame corr = df[{"a", "b", "c"}].corr();
    EXPECT_EQ(corr.columns(), split(row[1], ';'));
    const tabula::NDArray<double> values = corr.to_numpy();
    expect_near_all({values.data(), values.data() + values.size()}, numbers(row[2]), "corr", 1e-12);
    auto [fig, axes] = tabula::subplots();
    tabula::heatmap(axes[0], corr,
                    {.annot = true, .fmt = ".2f", .cmap = "coolwarm", .center = 0.0});
    std::vector<std::string> texts;
    for (const auto& t : axes[0].data()->texts) texts.push_back(t.text);
    EXPECT_EQ(texts, split(row[3], ';'));
    const auto& mesh = axes[0].data()->meshes.at(0);
    const std::vector<std::string> colours = split(row[4], ',');
    ASSERT_EQ(mesh.colors.size(), colours.size());
    for (std::size_t i = 0; i < colours.size(); ++i) {
        const auto& c = mesh.colors[i];
        expect_near_all({c.r, c.g, c.b, c.a}, numbers(colours[i]), "cell colour", 1e-6);
    }
}

}  // namespace
