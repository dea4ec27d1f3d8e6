// seaborn's countplot and barplot against categorical.txt (seaborn 0.12.2, matplotlib 3.6.3): the
// bars' places, sizes and desaturated colours, the error bars (a seeded bootstrap draws seaborn's
// own resamples, so its interval matches), labels, limits and tick labels; determinism of a
// seed; a reference PNG; bad inputs.
#include "tabula/plot/categorical.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "../../src/plot/figure_data.hpp"
#include "../../src/plot/seaborn_common.hpp"
#include "../support/fixtures.hpp"
#include "plot_fixtures.hpp"
#include "reference_image.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/plot/figure.hpp"

namespace {

using tabula::Axes;
using tabula::DataFrame;
using tabula::ValueError;
using tabula::testing::degenerate_frames;
using tabula::testing::expect_error;
using tabula::testing::expect_near_all;
using tabula::testing::fixture_rows;
using tabula::testing::numbers;
using tabula::testing::split;

// How close tabula's numbers must come to seaborn's (relative above 1).
constexpr double near = 1e-12;

const char* const kFixture = "plot/categorical.txt";

DataFrame fixture_frame() {
    const auto row = fixture_rows(kFixture, "data").at(0);
    std::vector<std::int64_t> n;
    for (const std::string& v : split(row[3], ';')) n.push_back(std::stoll(v));
    std::vector<std::optional<double>> value;
    for (const double v : numbers(row[4])) {
        value.push_back(std::isnan(v) ? std::nullopt : std::optional(v));
    }
    return DataFrame{
        {"city", split(row[1], ';')}, {"kind", split(row[2], ';')}, {"n", n}, {"value", value}};
}

void expect_matches_case(const Axes& ax, const std::string& name) {
    std::vector<std::vector<double>> bars;
    for (const auto& p : ax.data()->polygons) {
        if (p.x.empty()) continue;
        const auto [x0, x1] = std::minmax_element(p.x.begin(), p.x.end());
        const auto [y0, y1] = std::minmax_element(p.y.begin(), p.y.end());
        bars.push_back({*x0, *y0, *x1 - *x0, *y1 - *y0, p.face.r, p.face.g, p.face.b, p.face.a});
    }
    std::size_t i = 0;
    for (const auto& row : fixture_rows(kFixture, "bar")) {
        if (row[1] != name) continue;
        ASSERT_LT(i, bars.size()) << name;
        std::vector<double> expected = {std::stod(row[2]), std::stod(row[3]), std::stod(row[4]),
                                        std::stod(row[5])};
        for (const double c : numbers(row[6])) expected.push_back(c);
        // Colours pass through "#rrggbbaa" text, 8 bits a channel.
        expect_near_all({bars[i].begin(), bars[i].begin() + 4},
                        {expected.begin(), expected.begin() + 4},
                        name + " bar " + std::to_string(i), near);
        expect_near_all({bars[i].begin() + 4, bars[i].end()},
                        {expected.begin() + 4, expected.end()},
                        name + " colour " + std::to_string(i), 2.5e-3);
        ++i;
    }
    EXPECT_EQ(i, bars.size()) << name;

    std::vector<tabula::plot::detail::Line> lines;
    for (const auto& line : ax.data()->lines) {
        if (!line.x.empty()) lines.push_back(line);
    }
    std::size_t j = 0;
    for (const auto& row : fixture_rows(kFixture, "line")) {
        // seaborn plots a NaN interval (a cell with one value) as an invisible line; none here.
        if (row[1] != name || std::isnan(numbers(row[3])[0])) continue;
        ASSERT_LT(j, lines.size()) << name;
        expect_near_all(lines[j].x, numbers(row[2]), name + " line x " + std::to_string(j), near);
        expect_near_all(lines[j].y, numbers(row[3]), name + " line y " + std::to_string(j), near);
        EXPECT_NEAR(lines[j].linewidth, std::stod(row[5]), 1e-12) << name;
        ++j;
    }
    EXPECT_EQ(j, lines.size()) << name;

    for (const auto& row : fixture_rows(kFixture, "axis")) {
        if (row[1] != name) continue;
        EXPECT_EQ(ax.get_xlabel(), row[2]) << name;
        EXPECT_EQ(ax.get_ylabel(), row[3]) << name;
        const auto [x0, x1] = ax.get_xlim();
        const auto [y0, y1] = ax.get_ylim();
        expect_near_all({x0, x1}, numbers(row[4]), name + " xlim", near);
        expect_near_all({y0, y1}, numbers(row[5]), name + " ylim", near);
        const bool vertical = row[2] != "count" && !(name == "count_y");
        const std::vector<std::string> labels =
            vertical ? ax.get_xticklabels() : ax.get_yticklabels();
        EXPECT_EQ(labels, split(vertical ? row[6] : row[7], ';')) << name;
    }
}

template <class Draw>
void check_case(const std::string& name, Draw draw) {
    auto [fig, axes] = tabula::subplots();
    draw(axes[0]);
    expect_matches_case(axes[0], name);
}

TEST(Countplot, MatchesSeaborn) {
    const DataFrame df = fixture_frame();
    check_case("count", [&](Axes ax) { tabula::countplot(ax, df, {.x = "city"}); });
    check_case("count_y", [&](Axes ax) { tabula::countplot(ax, df, {.y = "city"}); });
    check_case("count_numeric", [&](Axes ax) { tabula::countplot(ax, df, {.x = "n"}); });
    check_case("count_hue",
               [&](Axes ax) { tabula::countplot(ax, df, {.x = "city", .hue = "kind"}); });
    check_case("count_order", [&](Axes ax) {
        tabula::countplot(ax, df, {.x = "city", .order = {"Nice", "Paris"}, .color = "red"});
    });
}

TEST(Barplot, MatchesSeaborn) {
    const DataFrame df = fixture_frame();
    check_case("bar", [&](Axes ax) { tabula::barplot(ax, df, "city", "value", {.seed = 0}); });
    check_case("bar_hue", [&](Axes ax) {
        tabula::barplot(ax, df, "city", "value", {.hue = "kind", .seed = 1, .capsize = .1});
    });
    check_case("bar_sd",
               [&](Axes ax) { tabula::barplot(ax, df, "city", "value", {.errorbar = "sd"}); });
    check_case("bar_pi_median", [&](Axes ax) {
        tabula::barplot(ax, df, "city", "value",
                        {.estimator = "median", .errorbar = "pi", .errorbar_level = 50});
    });
    check_case("bar_se", [&](Axes ax) {
        tabula::barplot(ax, df, "n", "value", {.errorbar = "se", .errorbar_level = 2});
    });
}

// The interval of an unseeded bootstrap stays near the seeded one, and a seed repeats itself.
TEST(Barplot, BootstrapIsSeeded) {
    const DataFrame df = fixture_frame();
    const auto interval = [&](std::optional<std::uint64_t> seed) {
        auto [fig, axes] = tabula::subplots();
        tabula::barplot(axes[0], df, "city", "value", {.seed = seed});
        return axes[0].data()->lines.at(0).y;
    };
    EXPECT_EQ(interval(5), interval(5));
    EXPECT_NE(interval(5), interval(6));
    const std::vector<double> seaborn = numbers(fixture_rows(kFixture, "line").at(0)[3]);
    const std::vector<double> fresh = interval(std::nullopt);
    expect_near_all(fresh, seaborn, "unseeded", 0.05);
}

// seaborn's boxplot against categorical_box.txt: the boxes' extents and colours, the whiskers,
// caps, medians and outliers in the frame grey, the labels and limits.
TEST(CategoricalBoxplot, MatchesSeaborn) {
    const char* const fixture = "plot/categorical_box.txt";
    const auto data = fixture_rows(fixture, "data").at(0);
    std::vector<std::optional<double>> value;
    for (const double v : numbers(data[2])) {
        value.push_back(std::isnan(v) ? std::nullopt : std::optional(v));
    }
    const DataFrame df{
        {"city", split(data[1], ';')}, {"value", value}, {"kind", split(data[3], ';')}};
    const auto check = [&](const std::string& name,
                           const tabula::CategoricalBoxplotParams& params) {
        auto [fig, axes] = tabula::subplots();
        tabula::boxplot(axes[0], df, "city", "value", params);
        const auto& ax = *axes[0].data();
        std::size_t i = 0;
        for (const auto& row : fixture_rows(fixture, "box")) {
            // seaborn's hue legend adds empty rectangles; tabula's legend needs none.
            if (row[1] != name || row[2] == "0.0;0.0;0.0;0.0") continue;
            const auto& p = ax.polygons.at(i++);
            const auto [x0, x1] = std::minmax_element(p.x.begin(), p.x.end());
            const auto [y0, y1] = std::minmax_element(p.y.begin(), p.y.end());
            expect_near_all({*x0, *y0, *x1, *y1}, numbers(row[2]), name + " box", near);
            expect_near_all({p.face.r, p.face.g, p.face.b, p.face.a}, numbers(row[3]),
                            name + " face", 2.5e-3);
            expect_near_all({p.edge.r, p.edge.g, p.edge.b, p.edge.a}, numbers(row[4]),
                            name + " edge", 2.5e-3);
            EXPECT_DOUBLE_EQ(p.linewidth, std::stod(row[5])) << name;
        }
        EXPECT_EQ(ax.polygons.size(), i) << name;
        std::size_t j = 0;
        for (const auto& row : fixture_rows(fixture, "line")) {
            if (row[1] != name) continue;
            const auto& line = ax.lines.at(j++);
            expect_near_all(line.x, numbers(row[2]), name + " line x", near);
            expect_near_all(line.y, numbers(row[3]), name + " line y", near);
            // The outliers' line keeps matplotlib's black and its markers the grey.
            if (row[6].empty()) {
                const auto& c = line.color;
                expect_near_all({c.r, c.g, c.b, c.a}, numbers(row[4]), name + " line colour",
                                2.5e-3);
                EXPECT_DOUBLE_EQ(line.linewidth, std::stod(row[5])) << name;
            }
        }
        EXPECT_EQ(ax.lines.size(), j) << name;
        const auto axis = fixture_rows(fixture, "axis");
        for (const auto& row : axis) {
            if (row[1] != name) continue;
            EXPECT_EQ(axes[0].get_xlabel(), row[2]);
            EXPECT_EQ(axes[0].get_ylabel(), row[3]);
            const auto [x0, x1] = axes[0].get_xlim();
            const auto [y0, y1] = axes[0].get_ylim();
            expect_near_all({x0, x1}, numbers(row[4]), name + " xlim", near);
            expect_near_all({y0, y1}, numbers(row[5]), name + " ylim", near);
            EXPECT_EQ(axes[0].get_xticklabels(), split(row[6], ';')) << name;
        }
    };
    check("box", {});
    check("box_order", {.order = {"Nice", "Paris"}, .whis = 0.5, .linewidth = 2});
    check("box_hue", {.hue = "kind"});
}

// A violin's left and right edge at each of its y, as a fill_betweenx path spans them.
std::vector<std::vector<double>> violin_edges(const std::vector<double>& x,
                                              const std::vector<double>& y) {
    std::map<double, std::pair<double, double>> at;
    for (std::size_t i = 0; i < x.size(); ++i) {
        auto [it, fresh] = at.emplace(y[i], std::pair{x[i], x[i]});
        it->second = {std::min(it->second.first, x[i]), std::max(it->second.second, x[i])};
    }
    std::vector<std::vector<double>> out(3);
    for (const auto& [v, lr] : at) {
        out[0].push_back(v);
        out[1].push_back(lr.first);
        out[2].push_back(lr.second);
    }
    return out;
}

// seaborn's violinplot against categorical_violin.txt: each violin's outline, colours and edge,
// the inner box lines and median dots, the limits and ticks.
TEST(SeabornViolinplot, MatchesSeaborn) {
    const auto data = fixture_rows("plot/categorical_box.txt", "data").at(0);
    std::vector<std::optional<double>> value;
    for (const double v : numbers(data[2])) {
        value.push_back(std::isnan(v) ? std::nullopt : std::optional(v));
    }
    const DataFrame df{{"city", split(data[1], ';')}, {"value", value}};
    const char* const fixture = "plot/categorical_violin.txt";
    const auto check = [&](const std::string& name,
                           const tabula::CategoricalViolinplotParams& params) {
        auto [fig, axes] = tabula::subplots();
        tabula::violinplot(axes[0], df, "city", "value", params);
        const auto& ax = *axes[0].data();
        std::size_t i = 0;
        for (const auto& row : fixture_rows(fixture, "violin")) {
            if (row[1] != name) continue;
            const auto& p = ax.polygons.at(i++);
            const auto actual = violin_edges(p.x, p.y);
            const auto expected = violin_edges(numbers(row[2]), numbers(row[3]));
            for (std::size_t k = 0; k < 3; ++k) {
                expect_near_all(actual[k], expected[k], name + " violin " + std::to_string(i),
                                near);
            }
            expect_near_all({p.face.r, p.face.g, p.face.b, p.face.a}, numbers(row[4]),
                            name + " face", 2.5e-3);
            expect_near_all({p.edge.r, p.edge.g, p.edge.b, p.edge.a}, numbers(row[5]),
                            name + " edge", 2.5e-3);
            EXPECT_DOUBLE_EQ(p.linewidth, std::stod(row[6])) << name;
        }
        EXPECT_EQ(ax.polygons.size(), i) << name;
        // The median dots are one-point marker lines here, scatter collections in seaborn.
        std::vector<const tabula::plot::detail::Line*> lines;
        std::vector<const tabula::plot::detail::Line*> dots;
        for (const auto& line : ax.lines) (line.x.size() == 1 ? dots : lines).push_back(&line);
        std::size_t j = 0;
        for (const auto& row : fixture_rows(fixture, "line")) {
            if (row[1] != name) continue;
            const auto* line = lines.at(j++);
            expect_near_all(line->x, numbers(row[2]), name + " line x", near);
            expect_near_all(line->y, numbers(row[3]), name + " line y", near);
            EXPECT_DOUBLE_EQ(line->linewidth, std::stod(row[5])) << name;
        }
        EXPECT_EQ(lines.size(), j) << name;
        std::size_t k = 0;
        for (const auto& row : fixture_rows(fixture, "dot")) {
            if (row[1] != name) continue;
            const auto* dot = dots.at(k++);
            // A marker's size in points is the square root of scatter's s.
            expect_near_all({dot->x[0], dot->y[0], dot->markersize * dot->markersize},
                            {std::stod(row[2]), std::stod(row[3]), std::stod(row[4])}, name, near);
        }
        EXPECT_EQ(dots.size(), k) << name;
        for (const auto& row : fixture_rows(fixture, "axis")) {
            if (row[1] != name) continue;
            const auto [y0, y1] = axes[0].get_ylim();
            expect_near_all({y0, y1}, numbers(row[5]), name + " ylim", near);
            EXPECT_EQ(axes[0].get_xticklabels(), split(row[6], ';')) << name;
        }
    };
    check("violin", {});
    check("violin_plain",
          {.bw = "silverman", .cut = 0, .gridsize = 30, .inner = "", .linewidth = 1.0});
}

TEST(SeabornViolinplot, ReferenceImageAndErrors) {
    const DataFrame df = fixture_frame();
    auto [fig, axes] = tabula::subplots();
    tabula::violinplot(axes[0], df, "city", "value");
    tabula::testing::expect_matches_reference(fig, "categorical_violin");
    expect_error<ValueError>([&] { tabula::violinplot(axes[0], df, "city", "value", {.bw = "x"}); },
                             "`bw_method` should be 'scott', 'silverman', a scalar or a callable.");
    expect_error<ValueError>(
        [&] { tabula::violinplot(axes[0], df, "city", "value", {.inner = "stick"}); },
        "violinplot: inner 'stick' is not built; use 'box' or ''");
    expect_error<ValueError>([&] { tabula::violinplot(axes[0], df, "town", "value"); },
                             "Could not interpret value `town` for parameter `x`");
}

TEST(Categorical, ReferenceImage) {
    const DataFrame df = fixture_frame();
    auto [fig, axes] = tabula::subplots(1, 2, {.figsize = {10, 4}});
    tabula::countplot(axes[0], df, {.x = "city", .hue = "kind"});
    tabula::barplot(axes[1], df, "city", "value", {.seed = 0, .capsize = .2});
    fig.tight_layout();
    tabula::testing::expect_matches_reference(fig, "categorical");
}

TEST(CategoricalBoxplot, ReferenceImage) {
    const DataFrame df = fixture_frame();
    auto [fig, axes] = tabula::subplots();
    tabula::boxplot(axes[0], df, "city", "value", {.hue = "kind"});
    tabula::testing::expect_matches_reference(fig, "categorical_box");
}

TEST(Categorical, RejectsBadInput) {
    const DataFrame df = fixture_frame();
    auto [fig, axes] = tabula::subplots();
    Axes ax = axes[0];
    expect_error<ValueError>([&] { tabula::countplot(ax, df, {.x = "town"}); },
                             "Could not interpret value `town` for parameter `x`");
    expect_error<ValueError>([&] { tabula::countplot(ax, df, {.x = "city", .y = "kind"}); },
                             "Cannot pass values for both `x` and `y`");
    expect_error<ValueError>([&] { tabula::barplot(ax, df, "city", "price"); },
                             "Could not interpret value `price` for parameter `y`");
    expect_error<ValueError>([&] { tabula::barplot(ax, df, "city", "value", {.hue = "k"}); },
                             "Could not interpret value `k` for parameter `hue`");
    expect_error<tabula::TypeError>([&] { tabula::barplot(ax, df, "city", "kind"); },
                                    "column 'kind' is not numeric");
    expect_error<ValueError>(
        [&] { tabula::barplot(ax, df, "city", "value", {.errorbar = "foo"}); },
        "`errorbar` must be one of ['ci', 'pi', 'se', 'sd'], but 'foo' was passed.");
    expect_error<tabula::AttributeError>(
        [&] { tabula::barplot(ax, df, "city", "value", {.estimator = "foo"}); },
        "'foo' is not a valid function for 'Series' object");
}

TEST(Categorical, DegenerateDataDrawsWithoutError) {
    for (const DataFrame& df : degenerate_frames()) {
        auto [fig, axes] = tabula::subplots();
        tabula::countplot(axes[0], df, {.x = "g"});
        tabula::barplot(axes[0], df, "g", "x", {.seed = 1});
        tabula::boxplot(axes[0], df, "g", "x");
        tabula::violinplot(axes[0], df, "g", "x");
        fig.savefig(tabula::testing::scratch("categorical_degenerate.png").string());
    }
}

// Past ten levels seaborn leaves the cycle for husl_palette (l 0.65 for hue, 0.7 for categories).
TEST(Categorical, HuslPaletteIsSeaborns) {
    for (const auto& row : fixture_rows(kFixture, "husl")) {
        const std::size_t n = std::stoul(row[1]);
        const double lightness = std::stod(row[2]);
        const std::vector<tabula::Rgba> palette =
            tabula::plot::detail::default_palette(n, lightness);
        const std::vector<std::string> expected = split(row[3], ',');
        ASSERT_EQ(palette.size(), expected.size());
        for (std::size_t i = 0; i < n; ++i) {
            expect_near_all({palette[i].r, palette[i].g, palette[i].b}, numbers(expected[i]),
                            "husl " + row[1] + " colour " + std::to_string(i), 1e-12);
        }
    }
}

}  // namespace
