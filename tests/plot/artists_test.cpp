// bar, barh, hist, scatter, fill_between and errorbar against artists.txt (numpy.histogram and
// matplotlib 3.6.3's autoscaled limits), and their bad arguments.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "plot_fixtures.hpp"
#include "reference_image.hpp"
#include "tabula/core/error.hpp"
#include "tabula/plot/figure.hpp"

namespace {

using tabula::testing::expect_error;
using tabula::testing::fixture_rows;
using tabula::testing::numbers;
using tabula::testing::split;

void expect_same(const std::vector<double>& actual, const std::vector<double>& expected,
                 const std::string& what) {
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (std::isnan(expected[i])) {
            EXPECT_TRUE(std::isnan(actual[i])) << what << " [" << i << "]";
        } else {
            EXPECT_DOUBLE_EQ(actual[i], expected[i]) << what << " [" << i << "]";
        }
    }
}

std::map<std::string, std::vector<double>> fixture_data() {
    std::map<std::string, std::vector<double>> data;
    for (const auto& row : fixture_rows("plot/artists.txt", "data")) data[row[1]] = numbers(row[2]);
    return data;
}

TEST(Hist, CountsAndEdgesAreNumpyHistograms) {
    const auto data = fixture_data();
    for (const auto& row : fixture_rows("plot/artists.txt", "histogram")) {
        auto [fig, axes] = tabula::subplots();
        const bool count = row[2].find(';') == std::string::npos;
        const tabula::Bins bins =
            count ? tabula::Bins(std::stoi(row[2])) : tabula::Bins(numbers(row[2]));
        const tabula::HistResult result =
            axes[0].hist(data.at(row[1]), {.bins = bins, .density = row[3] == "1"});
        const std::string what = row[1] + " bins=" + row[2] + " density=" + row[3];
        expect_same(result.n, numbers(row[4]), what + " counts");
        expect_same(result.bins, numbers(row[5]), what + " edges");
    }
}

TEST(Artists, AutoscaledLimitsAreMatplotlibs) {
    const auto data = fixture_data();
    using Draw = std::function<void(tabula::Axes&)>;
    const std::vector<double> three{1, 2, 3};
    const std::map<std::string, Draw> cases{
        {"bar",
         [&](tabula::Axes& ax) {
             ax.bar(three, std::vector<double>{4.0, 9.5, 2.0});
         }},
        {"bar_negative",
         [](tabula::Axes& ax) {
             ax.bar(std::vector<double>{0, 1}, std::vector<double>{-2, 3});
         }},
        {"bar_categories",
         [](tabula::Axes& ax) {
             ax.bar(std::vector<std::string>{"cat", "dog", "bird"}, std::vector<double>{3, 5, 1});
         }},
        {"bar_stacked",
         [](tabula::Axes& ax) {
             const std::vector<double> x{0, 1};
             ax.bar(x, std::vector<double>{1, 2});
             ax.bar(x, std::vector<double>{3, 1}, {.bottom = {1, 2}});
         }},
        {"bar_grouped",
         [](tabula::Axes& ax) {
             ax.bar(std::vector<double>{-0.2, 0.8, 1.8}, std::vector<double>{1, 2, 3},
                    {.width = 0.4});
             ax.bar(std::vector<double>{0.2, 1.2, 2.2}, std::vector<double>{2, 1, 4},
                    {.width = 0.4});
         }},
        {"barh",
         [](tabula::Axes& ax) {
             ax.barh(std::vector<std::string>{"a", "b"}, std::vector<double>{2, 7});
         }},
        {"hist", [&](tabula::Axes& ax) { ax.hist(data.at("normal"), {.bins = 10}); }},
        {"hist_step",
         [&](tabula::Axes& ax) {
             ax.hist(data.at("uniform"), {.bins = 7, .density = true, .histtype = "step"});
         }},
        {"scatter",
         [](tabula::Axes& ax) {
             ax.scatter(std::vector<double>{0.5, 2.0, 3.5}, std::vector<double>{1, -1, 4},
                        {.s = {10, 50, 100}});
         }},
        {"fill_between",
         [](tabula::Axes& ax) {
             ax.fill_between(std::vector<double>{0, 1, 2, 3}, std::vector<double>{1, 3, 2, 5}, 0.5);
         }},
        {"pcolormesh",
         [](tabula::Axes& ax) {
             ax.pcolormesh(tabula::NDArray<double>{{1, 2, 3}, {4, NAN, 6}});
             ax.plot(std::vector<double>{0.5, 1.5}, std::vector<double>{0.5, 1.0});
         }},
        {"axhline",
         [](tabula::Axes& ax) {
             ax.plot(std::vector<double>{0, 1}, std::vector<double>{0, 1});
             ax.axhline(2.0);
             ax.axvline(-1.0, {.ymin = 0.2, .ymax = 0.5});
         }},
        {"errorbar",
         [&](tabula::Axes& ax) {
             ax.errorbar(three, std::vector<double>{2, 4, 3},
                         {.yerr = {0.5, 1.0, 0.25}, .xerr = {0.1}});
         }},
    };
    for (const auto& row : fixture_rows("plot/artists.txt", "limits")) {
        auto [fig, axes] = tabula::subplots();
        cases.at(row[1])(axes[0]);
        const std::vector<double> xlim = numbers(row[2]);
        const std::vector<double> ylim = numbers(row[3]);
        EXPECT_DOUBLE_EQ(axes[0].get_xlim().first, xlim[0]) << row[1];
        EXPECT_DOUBLE_EQ(axes[0].get_xlim().second, xlim[1]) << row[1];
        EXPECT_DOUBLE_EQ(axes[0].get_ylim().first, ylim[0]) << row[1];
        EXPECT_DOUBLE_EQ(axes[0].get_ylim().second, ylim[1]) << row[1];
    }
}

TEST(Bar, CategoriesLabelTheTicksInFirstSeenOrder) {
    auto [fig, axes] = tabula::subplots();
    axes[0].bar(std::vector<std::string>{"b", "a"}, std::vector<double>{1, 2});
    axes[0].bar(std::vector<std::string>{"a", "c"}, std::vector<double>{1, 1}, {.bottom = {2}});
    EXPECT_EQ(axes[0].get_xticks(), (std::vector<double>{0, 1, 2}));
    EXPECT_EQ(axes[0].get_xticklabels(), (std::vector<std::string>{"b", "a", "c"}));
    axes[0].set_xticks({0, 2}, {"first", "third"});
    EXPECT_EQ(axes[0].get_xticklabels(), (std::vector<std::string>{"first", "third"}));
    axes[0].set_yticks({0, 1.5, 3});
    EXPECT_EQ(axes[0].get_yticklabels(), (std::vector<std::string>{"0.0", "1.5", "3.0"}));
}

// Texts in data units: annotate places its text at xytext, else at xy; the frame's tight box grows
// to hold a text outside it.
TEST(Text, AnnotateAndTextInDataUnits) {
    auto [fig, axes] = tabula::subplots(1, 1, {.figsize = {4, 3}});
    axes[0].plot(std::vector<double>{0, 1}, std::vector<double>{0, 1});
    const tabula::Bbox before = axes[0].get_tightbbox();
    axes[0].annotate("peak", {0.5, 0.5}, {.xytext = std::array<double, 2>{3.0, 0.5}});
    const tabula::Bbox after = axes[0].get_tightbbox();
    EXPECT_GT(after.x1, before.x1 + 100);  // x = 3 lies two axes widths right of the frame
    auto [fig2, axes2] = tabula::subplots(1, 1, {.figsize = {4, 3}});
    axes2[0].plot(std::vector<double>{0, 1}, std::vector<double>{0, 1});
    axes2[0].text(3.0, 0.5, "peak");
    EXPECT_EQ(axes2[0].get_tightbbox(), after);
    expect_error<tabula::ValueError>(
        [&] {
            axes[0].annotate("x", {0, 0}, {.va = "middle"});
        },
        "'middle' is not a valid value for verticalalignment; supported values are 'top', "
        "'bottom', 'center', 'baseline'");
}

// Legend entries in matplotlib's order (lines, patches, collections, containers), whatever the
// order of the calls; unlabelled and "_"-labelled artists left out.
TEST(Legend, ListsLinesThenHistThenCollectionsThenBars) {
    auto [fig, axes] = tabula::subplots(1, 1, {.figsize = {4, 3}});
    const std::vector<double> x{0, 1, 2};
    axes[0].bar(x, x, {.label = "bars"});
    axes[0].scatter(x, x, {.label = "points"});
    axes[0].hist(x, {.label = "counts"});
    axes[0].fill_between(x, x, 0.5, {.label = "_hidden"});
    axes[0].plot(x, x, {.label = "line"});
    axes[0].legend();
    const auto dir = std::filesystem::temp_directory_path() / "tabula_plot_tests";
    std::filesystem::create_directories(dir);
    fig.savefig((dir / "legend.svg").string());
    std::ifstream in(dir / "legend.svg");
    const std::string svg((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<std::size_t> at;
    for (const std::string label : {">line<", ">counts<", ">points<", ">bars<"}) {
        at.push_back(svg.find(label));
        EXPECT_NE(at.back(), std::string::npos) << label;
    }
    EXPECT_TRUE(std::is_sorted(at.begin(), at.end()));
    EXPECT_EQ(svg.find(">_hidden<"), std::string::npos);
}

// Labelled axhline/axvline are lines of the legend, in the order the lines were drawn, with their
// colour and style (reference_lines.py).
TEST(Legend, ReferenceLinesTakeTheirPlaceAmongTheLines) {
    auto [fig, axes] = tabula::subplots(1, 1, {.figsize = {4, 3}});
    axes[0].plot(std::vector<double>{0, 1}, std::vector<double>{0, 1}, {.label = "model"});
    axes[0].axhline(0.5, {.label = "chance", .color = "r", .linestyle = "--"});
    axes[0].plot(std::vector<double>{0, 1}, std::vector<double>{1, 0}, {.label = "other"});
    axes[0].axvline(0.2, {.label = "_hidden"});
    axes[0].axvline(0.3, {.label = "cut", .color = "k", .linestyle = ":"});
    axes[0].legend();
    const auto path = tabula::testing::scratch("reference_lines.svg");
    fig.savefig(path.string());
    std::ifstream in(path);
    // The legend is drawn last: its frame (the one rounded rectangle), then a handle and a text
    // per entry.
    std::vector<std::string> texts;
    std::vector<std::string> strokes;
    std::vector<bool> dashed;
    bool in_legend = false;
    for (std::string line; std::getline(in, line);) {
        in_legend = in_legend || line.find(" rx=\"") != std::string::npos;
        if (!in_legend) continue;
        if (line.starts_with("<path")) {
            const std::size_t at = line.find("stroke=\"") + 8;
            strokes.push_back(line.substr(at, 7));
            dashed.push_back(line.find("stroke-dasharray") != std::string::npos);
        }
        const std::size_t open = line.find("preserve\">");
        if (open != std::string::npos) {
            texts.push_back(line.substr(open + 10, line.find("</text>") - open - 10));
        }
    }
    const auto row = fixture_rows("plot/reference_lines.txt", "legend").at(0);
    EXPECT_EQ(texts, split(row[1], ';'));
    EXPECT_EQ(strokes, split(row[2], ';'));
    std::vector<bool> expected_dashed;
    for (const std::string& style : split(row[3], ';')) expected_dashed.push_back(style != "-");
    EXPECT_EQ(dashed, expected_dashed);
}

// Figure.colorbar of what scatter returns: c's range and the locator's ticks, as matplotlib
// (scatter_colorbar.py).
TEST(Scatter, ColorbarOfTheValues) {
    const std::vector<double> x{0, 1, 2, 3, 4};
    const std::vector<double> y{2, 0, 3, 1, 4};
    const std::vector<double> c{0.5, 1.0, 2.5, 3.0, 7.25};
    for (const auto& row : fixture_rows("plot/scatter_colorbar.txt", "colorbar")) {
        SCOPED_TRACE(row[1]);
        auto [fig, axes] = tabula::subplots(1, 1, {.figsize = {4, 3}});
        tabula::ScatterParams params;
        if (row[1] == "values") {
            params.c = c;
            params.cmap = "magma";
        } else if (row[1] == "vmin_vmax") {
            params.c = c;
            params.vmin = 0.0;
            params.vmax = 10.0;
        }
        const tabula::Axes bar = fig.colorbar(axes[0].scatter(x, y, params), axes[0]);
        const auto [low, high] = bar.get_ylim();
        EXPECT_EQ((std::vector<double>{low, high}), numbers(row[2]));
        const std::vector<double> ticks = bar.get_yticks();
        const std::vector<double> expected = numbers(row[3]);
        ASSERT_EQ(ticks.size(), expected.size());
        for (std::size_t i = 0; i < ticks.size(); ++i) EXPECT_NEAR(ticks[i], expected[i], 1e-12);
        EXPECT_EQ(bar.get_yticklabels(), split(row[4], ';'));
    }
}

TEST(Artists, BadArguments) {
    auto [fig, axes] = tabula::subplots();
    const std::vector<double> two{1, 2};
    const std::vector<double> three{1, 2, 3};
    expect_error<tabula::ValueError>(
        [&] { axes[0].bar(two, three); },
        "x and height must have same first dimension, but have shapes (2,) and (3,)");
    expect_error<tabula::ValueError>([&] { axes[0].bar(two, two, {.bottom = three}); },
                                     "bottom must be a scalar or have 2 values, got 3");
    EXPECT_THROW(axes[0].bar(two, two, {.align = "middle"}), tabula::ValueError);
    EXPECT_THROW(axes[0].barh(two, two, {.color = "nope"}), tabula::ValueError);
    expect_error<tabula::ValueError>(
        [&] {
            axes[0].hist(std::vector<double>{1, NAN});
        },
        "autodetected range of [nan, nan] is not finite");
    EXPECT_THROW(axes[0].hist(two, {.histtype = "barstacked"}), tabula::ValueError);
    expect_error<tabula::ValueError>([&] { axes[0].hist(two, {.bins = 0}); },
                                     "`bins` must be positive, when an integer");
    expect_error<tabula::ValueError>(
        [&] {
            axes[0].hist(two, {.bins = std::vector<double>{0, 2, 1}});
        },
        "`bins` must increase monotonically, when an array");
    expect_error<tabula::ValueError>(
        [&] { axes[0].scatter(two, two, {.c = three}); },
        "'c' argument has 3 elements, which is inconsistent with 'x' and 'y' with size 2.");
    EXPECT_THROW(axes[0].scatter(two, two, {.s = three}), tabula::ValueError);
    EXPECT_THROW(axes[0].fill_between(two, three), tabula::ValueError);
    EXPECT_THROW(axes[0].errorbar(two, two, {.yerr = three}), tabula::ValueError);
    EXPECT_THROW(axes[0].errorbar(two, two, {.fmt = "o?"}), tabula::ValueError);
    EXPECT_THROW(axes[0].set_xticks({1, 2}, {"one"}), tabula::ValueError);
    EXPECT_THROW(axes[0].axhline(1, {.linestyle = "~"}), tabula::ValueError);
    EXPECT_THROW(axes[0].pcolormesh(tabula::NDArray<double>{1.0, 2.0}), tabula::ValueError);
    EXPECT_THROW(axes[0].pcolormesh(tabula::NDArray<double>{{1.0}}, {.cmap = "nope"}),
                 tabula::ValueError);
    auto [other, other_axes] = tabula::subplots();
    const tabula::ScalarMappable mappable =
        other_axes[0].pcolormesh(tabula::NDArray<double>{{1.0}});
    EXPECT_THROW(fig.colorbar(mappable, other_axes[0]), tabula::ValueError);
    EXPECT_THROW(axes[0].axvline(1, {.color = "nope"}), tabula::ValueError);
}

}  // namespace
