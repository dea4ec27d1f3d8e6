// The hue legends of seaborn's functions carry the hue variable's name as their title, as
// seaborn 0.12.2 draws them (legend_titles.py).
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "../../src/plot/figure_data.hpp"
#include "../support/fixtures.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/plot/axisgrid.hpp"
#include "tabula/plot/categorical.hpp"
#include "tabula/plot/distributions.hpp"
#include "tabula/plot/figure.hpp"
#include "tabula/plot/relational.hpp"

namespace {

using tabula::Axes;
using tabula::DataFrame;
using tabula::testing::fixture_rows;

// legend_titles.py's frame.
DataFrame frame() {
    std::vector<double> x;
    std::vector<double> y;
    std::vector<std::string> g;
    std::vector<std::string> c;
    const std::vector<std::string> four{"p", "q", "r", "s"};
    for (int i = 0; i < 20; ++i) {
        x.push_back(i);
        y.push_back(i % 7);
        g.push_back(i % 2 == 0 ? "a" : "b");
        c.push_back(four[static_cast<std::size_t>(i % 4)]);
    }
    return DataFrame{{"x", x}, {"y", y}, {"g", g}, {"c", c}};
}

TEST(HueLegend, TitleIsTheHueVariable) {
    const DataFrame df = frame();
    const std::map<std::string, std::function<void(Axes)>> calls{
        {"histplot", [&](Axes ax) { tabula::histplot(ax, df, "x", {.hue = "g"}); }},
        {"kdeplot", [&](Axes ax) { tabula::kdeplot(ax, df, "x", {.hue = "g"}); }},
        {"scatterplot", [&](Axes ax) { tabula::scatterplot(ax, df, "x", "y", {.hue = "g"}); }},
        {"lineplot", [&](Axes ax) { tabula::lineplot(ax, df, "x", "y", {.hue = "g"}); }},
        {"countplot", [&](Axes ax) { tabula::countplot(ax, df, {.x = "c", .hue = "g"}); }},
        {"barplot", [&](Axes ax) { tabula::barplot(ax, df, "c", "y", {.hue = "g"}); }},
        {"boxplot", [&](Axes ax) { tabula::boxplot(ax, df, "c", "y", {.hue = "g"}); }},
    };
    std::size_t checked = 0;
    for (const auto& row : fixture_rows("plot/legend_titles.txt", "title")) {
        SCOPED_TRACE(row[1]);
        if (row[1] == "pairplot") {
            // The legend sits in the top right cell.
            tabula::PairGrid grid = tabula::pairplot(df[{"x", "y", "g"}], {.hue = "g"});
            EXPECT_EQ(grid.axes(0, 1).data()->legend_title, row[2]);
            ++checked;
            continue;
        }
        auto [fig, axes] = tabula::subplots();
        calls.at(row[1])(axes[0]);
        ASSERT_TRUE(axes[0].data()->legend_loc.has_value());
        EXPECT_EQ(axes[0].data()->legend_title, row[2]);
        ++checked;
    }
    EXPECT_EQ(checked, calls.size() + 1);
}

}  // namespace
