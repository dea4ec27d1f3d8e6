// Axes.boxplot and boxplot_stats against boxplot.txt (matplotlib 3.6.3's cbook.boxplot_stats, and
// the limits and ticks its boxplot leaves), its bad arguments, and a reference PNG.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
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

std::vector<std::string> texts(const std::string& text) {
    return text.empty() ? std::vector<std::string>{} : split(text, ';');
}

void expect_same(double actual, double expected, const std::string& what) {
    if (std::isnan(expected)) {
        EXPECT_TRUE(std::isnan(actual)) << what;
    } else {
        EXPECT_DOUBLE_EQ(actual, expected) << what;
    }
}

std::map<std::string, std::vector<double>> fixture_data() {
    std::map<std::string, std::vector<double>> data;
    for (const auto& row : fixture_rows("plot/boxplot.txt", "data")) data[row[1]] = numbers(row[2]);
    return data;
}

TEST(BoxplotStats, AreMatplotlibs) {
    const auto data = fixture_data();
    for (const auto& row : fixture_rows("plot/boxplot.txt", "stats")) {
        const std::vector<double> spec = numbers(row[2]);
        const tabula::Whis whis =
            spec.size() == 1 ? tabula::Whis(spec[0]) : tabula::Whis(std::array{spec[0], spec[1]});
        const auto stats = tabula::boxplot_stats({data.at(row[1])}, whis, {}, row[3] == "1");
        ASSERT_EQ(stats.size(), 1u);
        const tabula::BoxplotStats& s = stats[0];
        const std::string what = row[1] + " whis=" + row[2] + " autorange=" + row[3];
        const std::vector<double> expected = numbers(row[4]);
        const double actual[] = {s.mean, s.med,  s.q1,     s.q3,    s.iqr,
                                 s.cilo, s.cihi, s.whislo, s.whishi};
        const char* names[] = {"mean", "med",  "q1",     "q3",    "iqr",
                               "cilo", "cihi", "whislo", "whishi"};
        for (std::size_t k = 0; k < 9; ++k)
            expect_same(actual[k], expected[k], what + " " + names[k]);
        const std::vector<double> fliers = numbers(row[5]);
        ASSERT_EQ(s.fliers.size(), fliers.size()) << what;
        for (std::size_t k = 0; k < fliers.size(); ++k) EXPECT_EQ(s.fliers[k], fliers[k]) << what;
    }
}

TEST(Boxplot, LimitsAndTicksAreMatplotlibs) {
    const auto data = fixture_data();
    const std::vector<std::vector<double>> two{data.at("normal"), data.at("skewed")};
    using Draw = std::function<void(tabula::Axes&)>;
    const std::map<std::string, Draw> cases{
        {"default", [&](tabula::Axes& ax) { ax.boxplot(two); }},
        {"single", [&](tabula::Axes& ax) { ax.boxplot(data.at("small")); }},
        {"positions",
         [&](tabula::Axes& ax) {
             ax.boxplot(two, {.positions = {2.0, 5.0}, .widths = {0.8}});
         }},
        {"horizontal",
         [&](tabula::Axes& ax) {
             ax.boxplot(two, {.vert = false, .labels = {"normal", "skewed"}});
         }},
        {"patch_means",
         [&](tabula::Axes& ax) { ax.boxplot(two, {.patch_artist = true, .showmeans = true}); }},
        {"no_fliers", [&](tabula::Axes& ax) { ax.boxplot(two, {.showfliers = false}); }},
        {"whis_range",
         [&](tabula::Axes& ax) {
             ax.boxplot(two, {.whis = std::array{0.0, 100.0}});
         }},
        {"twice",
         [&](tabula::Axes& ax) {
             ax.boxplot(two);
             ax.boxplot(std::vector<std::vector<double>>{data.at("small")}, {.positions = {4.0}});
         }},
    };
    for (const auto& row : fixture_rows("plot/boxplot.txt", "limits")) {
        auto [fig, axes] = tabula::subplots();
        tabula::Axes& ax = axes[0];
        cases.at(row[1])(ax);
        const std::vector<double> xlim = numbers(row[2]);
        const std::vector<double> ylim = numbers(row[3]);
        EXPECT_DOUBLE_EQ(ax.get_xlim().first, xlim[0]) << row[1];
        EXPECT_DOUBLE_EQ(ax.get_xlim().second, xlim[1]) << row[1];
        EXPECT_DOUBLE_EQ(ax.get_ylim().first, ylim[0]) << row[1];
        EXPECT_DOUBLE_EQ(ax.get_ylim().second, ylim[1]) << row[1];
        EXPECT_EQ(ax.get_xticks(), numbers(row[4])) << row[1];
        EXPECT_EQ(ax.get_xticklabels(), texts(row[5])) << row[1];
        EXPECT_EQ(ax.get_yticks(), numbers(row[6])) << row[1];
        EXPECT_EQ(ax.get_yticklabels(), texts(row[7])) << row[1];
    }
}

TEST(Boxplot, ReturnsTheStatisticsDrawnWithLabels) {
    auto [fig, axes] = tabula::subplots();
    const auto stats = axes[0].boxplot({{1, 2, 3, 4, 100}, {}}, {.labels = {"a", "b"}});
    ASSERT_EQ(stats.size(), 2u);
    EXPECT_EQ(stats[0].label, "a");
    EXPECT_EQ(stats[0].fliers, std::vector<double>{100});
    EXPECT_TRUE(std::isnan(stats[1].med));
    EXPECT_TRUE(stats[1].fliers.empty());
}

TEST(Boxplot, BadArguments) {
    auto [fig, axes] = tabula::subplots();
    const std::vector<std::vector<double>> two{{1, 2, 3}, {4, 5, 6}};
    expect_error<tabula::ValueError>([&] { axes[0].boxplot(two, {.positions = {1}}); },
                                     "List of boxplot statistics and `positions` values must have "
                                     "same the length");
    expect_error<tabula::ValueError>(
        [&] {
            axes[0].boxplot(two, {.widths = {1, 2, 3}});
        },
        "List of boxplot statistics and `widths` values must have "
        "same the length");
    expect_error<tabula::ValueError>([&] { axes[0].boxplot(two, {.labels = {"a"}}); },
                                     "Dimensions of labels and X must be compatible");
    expect_error<tabula::ValueError>(
        [&] {
            axes[0].boxplot(two, {.whis = std::array{-5.0, 100.0}});
        },
        "Percentiles must be in the range [0, 100]");
}

// Vertical boxes with fliers, labels and a patch_artist panel with means, as matplotlib draws
// them (compare boxplot.py's figure).
TEST(Boxplot, LooksLikeMatplotlibs) {
    const auto data = fixture_data();
    const std::vector<std::vector<double>> two{data.at("normal"), data.at("skewed")};
    auto [fig, axes] = tabula::subplots(1, 2, {.figsize = {6, 3}});
    axes[0].boxplot(two, {.labels = {"normal", "skewed"}});
    axes[0].set_title("boxplot");
    axes[1].boxplot(two, {.vert = false, .patch_artist = true, .showmeans = true});
    fig.tight_layout();
    tabula::testing::expect_matches_reference(fig, "boxplot");
}

}  // namespace
