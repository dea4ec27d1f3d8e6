// seaborn's scatterplot and lineplot against relational.txt (seaborn 0.12.2, matplotlib 3.6.3):
// points and their colours, the aggregated lines, the bootstrap bands (seeded: seaborn's own
// resamples), colours and labels; a reference PNG; bad inputs.
#include "tabula/plot/relational.hpp"

#include <gtest/gtest.h>

#include <algorithm>
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
constexpr double near = 1e-12;

const char* const kFixture = "plot/relational.txt";

DataFrame fixture_frame() {
    const auto row = fixture_rows(kFixture, "data").at(0);
    return DataFrame{{"x", numbers(row[1])}, {"y", numbers(row[2])}, {"g", split(row[3], ';')}};
}

// A band polygon's lowest and highest y at each of its x, as the fixture lists them.
std::vector<std::vector<double>> band_of(const tabula::plot::detail::Polygon& p) {
    std::map<double, std::pair<double, double>> at;
    for (std::size_t i = 0; i < p.x.size(); ++i) {
        auto [it, fresh] = at.emplace(p.x[i], std::pair{p.y[i], p.y[i]});
        if (!fresh) {
            it->second.first = std::min(it->second.first, p.y[i]);
            it->second.second = std::max(it->second.second, p.y[i]);
        }
    }
    std::vector<std::vector<double>> out(3);
    for (const auto& [x, lh] : at) {
        out[0].push_back(x);
        out[1].push_back(lh.first);
        out[2].push_back(lh.second);
    }
    return out;
}

void expect_matches_case(const Axes& ax, const std::string& name) {
    const auto& data = *ax.data();
    std::vector<const tabula::plot::detail::Line*> lines;
    for (const auto& line : data.lines) {
        if (!line.x.empty()) lines.push_back(&line);
    }
    std::size_t n_lines = 0;
    for (const auto& row : fixture_rows(kFixture, "line")) {
        if (row[1] != name) continue;
        const auto* line = lines.at(std::stoul(row[2]));
        ++n_lines;
        expect_near_all(line->x, numbers(row[3]), name + " line x", near);
        expect_near_all(line->y, numbers(row[4]), name + " line y", near);
        const auto& c = line->color;
        expect_near_all({c.r, c.g, c.b, c.a}, numbers(row[5]), name + " line colour", 3e-3);
    }
    EXPECT_EQ(lines.size(), n_lines) << name;

    std::vector<const tabula::plot::detail::Polygon*> bands;
    for (const auto& p : data.polygons) {
        if (!p.x.empty()) bands.push_back(&p);
    }
    std::size_t n_bands = 0;
    for (const auto& row : fixture_rows(kFixture, "band")) {
        if (row[1] != name) continue;
        ASSERT_LT(n_bands, bands.size()) << name;
        const auto band = band_of(*bands[n_bands++]);
        expect_near_all(band[0], numbers(row[2]), name + " band x", near);
        expect_near_all(band[1], numbers(row[3]), name + " band low", near);
        expect_near_all(band[2], numbers(row[4]), name + " band high", near);
    }
    EXPECT_EQ(bands.size(), n_bands) << name;

    // Points compared as sorted (x, y, r, g, b, a, size) rows: seaborn draws one collection,
    // tabula one per hue level.
    std::vector<std::vector<double>> actual;
    for (const auto& m : data.markers) {
        for (std::size_t i = 0; i < m.x.size(); ++i) {
            const auto& c = m.colors[i % m.colors.size()];
            actual.push_back({m.x[i], m.y[i], c.r, c.g, c.b, c.a, m.sizes[i % m.sizes.size()]});
        }
    }
    std::vector<std::vector<double>> expected;
    for (const auto& row : fixture_rows(kFixture, "point")) {
        if (row[1] != name) continue;
        std::vector<double> point = {std::stod(row[2]), std::stod(row[3])};
        for (const double c : numbers(row[4])) point.push_back(c);
        point.push_back(std::stod(row[5]));
        expected.push_back(point);
    }
    std::sort(actual.begin(), actual.end());
    std::sort(expected.begin(), expected.end());
    ASSERT_EQ(actual.size(), expected.size()) << name;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        expect_near_all(actual[i], expected[i], name + " point", 3e-3);
    }

    for (const auto& row : fixture_rows(kFixture, "labels")) {
        if (row[1] != name) continue;
        EXPECT_EQ(ax.get_xlabel(), row[2]) << name;
        EXPECT_EQ(ax.get_ylabel(), row[3]) << name;
    }
}

template <class Draw>
void check_case(const std::string& name, Draw draw) {
    auto [fig, axes] = tabula::subplots();
    draw(axes[0]);
    expect_matches_case(axes[0], name);
}

TEST(Scatterplot, MatchesSeaborn) {
    const DataFrame df = fixture_frame();
    check_case("scatter", [&](Axes ax) { tabula::scatterplot(ax, df, "x", "y"); });
    check_case("scatter_hue",
               [&](Axes ax) { tabula::scatterplot(ax, df, "x", "y", {.hue = "g"}); });
}

TEST(Lineplot, MatchesSeaborn) {
    const DataFrame df = fixture_frame();
    check_case("line", [&](Axes ax) { tabula::lineplot(ax, df, "x", "y", {.seed = 0}); });
    check_case("line_hue",
               [&](Axes ax) { tabula::lineplot(ax, df, "x", "y", {.hue = "g", .seed = 2}); });
    check_case("line_sd", [&](Axes ax) { tabula::lineplot(ax, df, "x", "y", {.errorbar = "sd"}); });
    check_case("line_raw", [&](Axes ax) { tabula::lineplot(ax, df, "x", "y", {.estimator = ""}); });
}

TEST(Relational, ReferenceImage) {
    const DataFrame df = fixture_frame();
    auto [fig, axes] = tabula::subplots(1, 2, {.figsize = {10, 4}});
    tabula::scatterplot(axes[0], df, "x", "y", {.hue = "g"});
    tabula::lineplot(axes[1], df, "x", "y", {.hue = "g", .seed = 2});
    fig.tight_layout();
    tabula::testing::expect_matches_reference(fig, "relational");
}

TEST(Relational, RejectsBadInput) {
    const DataFrame df = fixture_frame();
    auto [fig, axes] = tabula::subplots();
    Axes ax = axes[0];
    expect_error<ValueError>([&] { tabula::scatterplot(ax, df, "x", "z"); },
                             "Could not interpret value `z` for parameter `y`");
    expect_error<ValueError>([&] { tabula::lineplot(ax, df, "w", "y"); },
                             "Could not interpret value `w` for parameter `x`");
    expect_error<ValueError>([&] { tabula::scatterplot(ax, df, "x", "y", {.hue = "k"}); },
                             "Could not interpret value `k` for parameter `hue`");
    expect_error<tabula::TypeError>([&] { tabula::scatterplot(ax, df, "g", "y"); },
                                    "column 'g' is not numeric");
    expect_error<ValueError>(
        [&] { tabula::lineplot(ax, df, "x", "y", {.errorbar = "iqr"}); },
        "`errorbar` must be one of ['ci', 'pi', 'se', 'sd'], but 'iqr' was passed.");
    expect_error<ValueError>([&] { tabula::scatterplot(ax, df, "x", "y", {.color = "nope"}); },
                             "Invalid RGBA argument: 'nope'");
}

TEST(Relational, DegenerateDataDrawsWithoutError) {
    for (const DataFrame& df : degenerate_frames()) {
        auto [fig, axes] = tabula::subplots();
        tabula::scatterplot(axes[0], df, "x", "x", {.hue = "g"});
        tabula::lineplot(axes[0], df, "x", "x", {.hue = "g", .seed = 1});
        fig.savefig(tabula::testing::scratch("relational_degenerate.png").string());
    }
}

}  // namespace
