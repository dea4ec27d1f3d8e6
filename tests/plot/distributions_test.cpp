// seaborn's kdeplot and histplot against distributions.txt (seaborn 0.12.2, matplotlib 3.6.3):
// the curves' points, the bars' edges, widths, heights and edge widths, the colours and axis
// labels; a reference PNG; bad inputs with seaborn's messages.
#include "tabula/plot/distributions.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "../../src/plot/figure_data.hpp"
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
constexpr double near = 1e-11;

const char* const kFixture = "plot/distributions.txt";

DataFrame fixture_frame() {
    const auto row = fixture_rows(kFixture, "data").at(0);
    return DataFrame{{"x", numbers(row[1])}, {"g", split(row[2], ';')}};
}

// The lines with points (the legend's empty lines left out), as seaborn's ax.lines.
std::vector<tabula::plot::detail::Line> drawn_lines(const Axes& ax) {
    std::vector<tabula::plot::detail::Line> out;
    for (const auto& line : ax.data()->lines) {
        if (!line.x.empty()) out.push_back(line);
    }
    return out;
}

// matplotlib's steps-post drawing of seaborn's step line: each point held until the next x.
std::pair<std::vector<double>, std::vector<double>> steps(const std::vector<double>& x,
                                                          const std::vector<double>& y) {
    std::pair<std::vector<double>, std::vector<double>> out;
    for (std::size_t i = 0; i + 1 < x.size(); ++i) {
        out.first.insert(out.first.end(), {x[i], x[i + 1]});
        out.second.insert(out.second.end(), {y[i], y[i]});
    }
    return out;
}

void expect_matches_case(const Axes& ax, const std::string& name, bool stepped = false) {
    const std::vector<tabula::plot::detail::Line> lines = drawn_lines(ax);
    std::size_t expected_lines = 0;
    for (const auto& row : fixture_rows(kFixture, "line")) {
        if (row[1] != name) continue;
        const std::size_t i = std::stoul(row[2]);
        ++expected_lines;
        ASSERT_LT(i, lines.size()) << name;
        if (stepped) {
            const auto [x, y] = steps(numbers(row[3]), numbers(row[4]));
            expect_near_all(lines[i].x, x, name + " x", near);
            expect_near_all(lines[i].y, y, name + " y", near);
        } else {
            expect_near_all(lines[i].x, numbers(row[3]), name + " x", near);
            expect_near_all(lines[i].y, numbers(row[4]), name + " y", near);
        }
    }
    EXPECT_EQ(lines.size(), expected_lines) << name;
    for (const auto& row : fixture_rows(kFixture, "color")) {
        if (row[1] != name) continue;
        const auto& c = lines.at(std::stoul(row[2])).color;
        expect_near_all({c.r, c.g, c.b, c.a}, numbers(row[3]), name + " colour", 3e-3);
    }
    for (const auto& row : fixture_rows(kFixture, "bars")) {
        if (row[1] != name) continue;
        std::vector<double> left, widths, heights, linewidths;
        for (const auto& bar : ax.data()->polygons) {
            if (bar.x.size() != 4) continue;
            left.push_back(bar.x[0]);
            widths.push_back(bar.x[1] - bar.x[0]);
            heights.push_back(bar.y[2] - bar.y[0]);
            linewidths.push_back(bar.linewidth);
        }
        expect_near_all(left, numbers(row[2]), name + " left", near);
        expect_near_all(widths, numbers(row[3]), name + " widths", 1e-9);
        expect_near_all(heights, numbers(row[4]), name + " heights", near);
        expect_near_all(linewidths, numbers(row[5]), name + " linewidths", 1e-9);
    }
    for (const auto& row : fixture_rows(kFixture, "labels")) {
        if (row[1] != name) continue;
        EXPECT_EQ(ax.get_xlabel(), row[2]) << name;
        EXPECT_EQ(ax.get_ylabel(), row[3]) << name;
    }
}

template <class Draw>
void check_case(const std::string& name, Draw draw, bool stepped = false) {
    auto [fig, axes] = tabula::subplots();
    draw(axes[0]);
    expect_matches_case(axes[0], name, stepped);
}

TEST(Kdeplot, MatchesSeaborn) {
    const DataFrame df = fixture_frame();
    check_case("kde", [&](Axes ax) { tabula::kdeplot(ax, df, "x"); });
    check_case("kde_adjust", [&](Axes ax) {
        tabula::kdeplot(ax, df, "x", {.bw_adjust = 0.5, .cut = 1, .gridsize = 50});
    });
    check_case("kde_hue", [&](Axes ax) { tabula::kdeplot(ax, df, "x", {.hue = "g"}); });
    check_case("kde_hue_apart",
               [&](Axes ax) { tabula::kdeplot(ax, df, "x", {.hue = "g", .common_norm = false}); });
}

TEST(Kdeplot, ValuesWithoutAFrame) {
    const DataFrame df = fixture_frame();
    const tabula::NDArray<double> x = df["x"].to_numpy();
    auto [fig, axes] = tabula::subplots();
    tabula::kdeplot(axes[0], std::span(x.data(), static_cast<std::size_t>(x.size())),
                    {.label = "x"});
    const auto expected = fixture_rows(kFixture, "line").at(0);
    expect_near_all(drawn_lines(axes[0]).at(0).y, numbers(expected[4]), "values", near);
    EXPECT_EQ(axes[0].get_xlabel(), "");
    EXPECT_EQ(axes[0].get_ylabel(), "Density");
    // The density starts the y axis at 0, as seaborn's sticky edge.
    EXPECT_EQ(axes[0].get_ylim().first, 0.0);
}

TEST(Kdeplot, ZeroVarianceDrawsNothing) {
    auto [fig, axes] = tabula::subplots();
    tabula::kdeplot(axes[0], std::vector<double>{2.0, 2.0, 2.0});
    EXPECT_TRUE(drawn_lines(axes[0]).empty());
}

TEST(Histplot, MatchesSeaborn) {
    const DataFrame df = fixture_frame();
    check_case("hist", [&](Axes ax) { tabula::histplot(ax, df, "x"); });
    check_case("hist_density_kde",
               [&](Axes ax) { tabula::histplot(ax, df, "x", {.stat = "density", .kde = true}); });
    check_case("hist_binwidth", [&](Axes ax) { tabula::histplot(ax, df, "x", {.binwidth = 7}); });
    check_case("hist_bins_percent",
               [&](Axes ax) { tabula::histplot(ax, df, "x", {.bins = 5, .stat = "percent"}); });
    check_case("hist_hue_kde", [&](Axes ax) {
        tabula::histplot(ax, df, "x", {.hue = "g", .stat = "probability", .kde = true});
    });
    check_case("hist_count_kde",
               [&](Axes ax) { tabula::histplot(ax, df, "x", {.bins = 8, .kde = true}); });
    check_case(
        "hist_step",
        [&](Axes ax) { tabula::histplot(ax, df, "x", {.element = "step", .fill = false}); }, true);
}

TEST(Distributions, ReferenceImage) {
    const DataFrame df = fixture_frame();
    auto [fig, axes] = tabula::subplots(1, 2, {.figsize = {10, 4}});
    tabula::histplot(axes[0], df, "x", {.hue = "g", .stat = "probability", .kde = true});
    tabula::kdeplot(axes[1], df, "x", {.hue = "g", .fill = true});
    fig.tight_layout();
    tabula::testing::expect_matches_reference(fig, "distributions");
}

TEST(Distributions, RejectsBadInput) {
    const DataFrame df = fixture_frame();
    auto [fig, axes] = tabula::subplots();
    Axes ax = axes[0];
    expect_error<ValueError>([&] { tabula::kdeplot(ax, df, "y"); },
                             "Could not interpret value `y` for parameter `x`");
    expect_error<ValueError>([&] { tabula::histplot(ax, df, "x", {.hue = "h"}); },
                             "Could not interpret value `h` for parameter `hue`");
    expect_error<tabula::TypeError>([&] { tabula::kdeplot(ax, df, "g"); },
                                    "column 'g' is not numeric");
    expect_error<ValueError>(
        [&] { tabula::histplot(ax, df, "x", {.stat = "foo"}); },
        "The `stat` parameter for `Hist` must be one of 'count', 'density', 'percent', "
        "'probability' or 'frequency'; not 'foo'.");
    expect_error<ValueError>([&] { tabula::histplot(ax, df, "x", {.bins = "foo"}); },
                             "'foo' is not a valid estimator for `bins`");
    expect_error<ValueError>([&] { tabula::histplot(ax, df, "x", {.element = "poly"}); },
                             "`element` must be one of ['bars', 'step'], but 'poly' was passed.");
    expect_error<ValueError>([&] { tabula::kdeplot(ax, df, "x", {.bw_method = "foo"}); },
                             "`bw_method` should be 'scott', 'silverman', a scalar or a callable.");
    expect_error<ValueError>([&] { tabula::kdeplot(ax, df, "x", {.color = "notacolor"}); },
                             "Invalid RGBA argument: 'notacolor'");
}

// Degenerate data draws what it can (seaborn skips a zero-variance density) and still saves; a
// kde grid shared by hue levels over one repeated value is singular, as in seaborn.
TEST(Distributions, DegenerateDataDrawsWithoutError) {
    for (const DataFrame& df : degenerate_frames()) {
        auto [fig, axes] = tabula::subplots();
        tabula::kdeplot(axes[0], df, "x", {.hue = "g"});
        tabula::kdeplot(axes[0], df, "x");
        tabula::histplot(axes[0], df, "x", {.stat = "density", .kde = true});
        tabula::histplot(axes[0], df, "x", {.binwidth = 0.5});
        fig.savefig(tabula::testing::scratch("distributions_degenerate.png").string());
    }
    auto [fig, axes] = tabula::subplots();
    EXPECT_THROW(tabula::histplot(axes[0], degenerate_frames()[3], "x", {.hue = "g", .kde = true}),
                 ValueError);
}

}  // namespace
