// seaborn's regplot against regression.txt (seaborn 0.12.2, matplotlib 3.6.3): the scatter, the
// least-squares line over the data's range (or the axes' with truncate false), the seeded
// bootstrap band (seaborn's own resamples), colours, widths, labels and limits; a reference PNG;
// bad inputs.
#include "tabula/plot/regression.hpp"

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
#include "tabula/plot/axisgrid.hpp"
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
constexpr double near = 1e-9;

const char* const kFixture = "plot/regression.txt";

DataFrame fixture_frame() {
    const auto row = fixture_rows(kFixture, "data").at(0);
    std::vector<std::optional<double>> y;
    for (const double v : numbers(row[2]))
        y.push_back(std::isnan(v) ? std::nullopt : std::optional(v));
    return DataFrame{
        {"x", numbers(row[1])}, {"y", y}, {"label", std::vector<std::string>(30, "a")}};
}

void expect_matches_case(const Axes& ax, const std::string& name) {
    const auto& data = *ax.data();
    std::size_t n = 0;
    for (const auto& row : fixture_rows(kFixture, "line")) {
        if (row[1] != name) continue;
        const auto& line = data.lines.at(n++);
        expect_near_all(line.x, numbers(row[2]), name + " line x", near);
        expect_near_all(line.y, numbers(row[3]), name + " line y", near);
        const auto& c = line.color;
        expect_near_all({c.r, c.g, c.b, c.a}, numbers(row[4]), name + " line colour", 3e-3);
        EXPECT_DOUBLE_EQ(line.linewidth, std::stod(row[5])) << name;
    }
    EXPECT_EQ(data.lines.size(), n) << name;
    n = 0;
    for (const auto& row : fixture_rows(kFixture, "band")) {
        if (row[1] != name) continue;
        const auto& p = data.polygons.at(n++);
        std::map<double, std::pair<double, double>> at;
        for (std::size_t i = 0; i < p.x.size(); ++i) {
            auto [it, fresh] = at.emplace(p.x[i], std::pair{p.y[i], p.y[i]});
            it->second = {std::min(it->second.first, p.y[i]), std::max(it->second.second, p.y[i])};
        }
        std::vector<double> xs, low, high;
        for (const auto& [x, lh] : at) {
            xs.push_back(x);
            low.push_back(lh.first);
            high.push_back(lh.second);
        }
        expect_near_all(xs, numbers(row[2]), name + " band x", near);
        expect_near_all(low, numbers(row[3]), name + " band low", near);
        expect_near_all(high, numbers(row[4]), name + " band high", near);
    }
    EXPECT_EQ(data.polygons.size(), n) << name;
    n = 0;
    for (const auto& row : fixture_rows(kFixture, "points")) {
        if (row[1] != name) continue;
        const auto& m = data.markers.at(n++);
        expect_near_all(m.x, numbers(row[2]), name + " points x", near);
        expect_near_all(m.y, numbers(row[3]), name + " points y", near);
        const auto& c = m.colors.at(0);
        expect_near_all({c.r, c.g, c.b, c.a}, numbers(row[4]), name + " points colour", 3e-3);
    }
    EXPECT_EQ(data.markers.size(), n) << name;
    for (const auto& row : fixture_rows(kFixture, "labels")) {
        if (row[1] != name) continue;
        EXPECT_EQ(ax.get_xlabel(), row[2]) << name;
        EXPECT_EQ(ax.get_ylabel(), row[3]) << name;
        const auto [x0, x1] = ax.get_xlim();
        expect_near_all({x0, x1}, numbers(row[4]), name + " xlim", 1e-12);
    }
}

template <class Draw>
void check_case(const std::string& name, Draw draw) {
    auto [fig, axes] = tabula::subplots();
    draw(axes[0]);
    expect_matches_case(axes[0], name);
}

TEST(Regplot, MatchesSeaborn) {
    const DataFrame df = fixture_frame();
    check_case("reg", [&](Axes ax) { tabula::regplot(ax, df, "x", "y", {.seed = 0}); });
    check_case("reg_wide", [&](Axes ax) {
        tabula::regplot(ax, df, "x", "y", {.ci = 68, .seed = 1, .truncate = false, .color = "g"});
    });
    check_case("reg_noci", [&](Axes ax) {
        tabula::regplot(ax, df, "x", "y", {.ci = std::nullopt, .scatter = false});
    });
}

TEST(Regplot, ReferenceImage) {
    const DataFrame df = fixture_frame();
    auto [fig, axes] = tabula::subplots();
    tabula::regplot(axes[0], df, "x", "y", {.seed = 0});
    tabula::testing::expect_matches_reference(fig, "regression");
}

TEST(Regplot, RejectsBadInput) {
    const DataFrame df = fixture_frame();
    auto [fig, axes] = tabula::subplots();
    Axes ax = axes[0];
    expect_error<ValueError>([&] { tabula::regplot(ax, df, "x", "z"); },
                             "Could not interpret value `z` for parameter `y`");
    expect_error<tabula::TypeError>([&] { tabula::regplot(ax, df, "label", "y"); },
                                    "column 'label' is not numeric");
    expect_error<ValueError>([&] { tabula::regplot(ax, df, "x", "y", {.color = "nope"}); },
                             "Invalid RGBA argument: 'nope'");
    expect_error<ValueError>([&] { tabula::regplot(ax, df, "x", "y", {.n_boot = -1}); },
                             "n_boot must not be negative");
}

TEST(Regplot, DegenerateDataDrawsWithoutError) {
    for (const DataFrame& df : degenerate_frames()) {
        auto [fig, axes] = tabula::subplots();
        tabula::regplot(axes[0], df, "x", "x", {.seed = 1});
        fig.savefig(tabula::testing::scratch("regression_degenerate.png").string());
        tabula::pairplot(df[{"x"}]);
    }
}

}  // namespace
