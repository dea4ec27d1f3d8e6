// errorbar's caps, Figure.suptitle, add_subplot, Axes.twinx and savefig(bbox_inches="tight")
// against axes_extras.txt (matplotlib 3.6.3 on the same calls), their bad arguments, and
// reference PNGs.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
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

using Vec = std::vector<double>;
using tabula::testing::expect_error;
using tabula::testing::fixture_rows;
using tabula::testing::numbers;
using tabula::testing::split;

tabula::Figure errorbar_caps() {
    tabula::Figure fig({.figsize = {4, 3}});
    fig.add_subplot().errorbar(Vec{1, 2, 3}, Vec{2, 4, 3},
                               {.yerr = {0.5, 1.0, 0.25}, .xerr = {0.1}, .fmt = "o", .capsize = 4});
    return fig;
}

tabula::Figure suptitle() {
    auto [fig, axes] = tabula::subplots(1, 2, {.figsize = {6, 4}});
    for (std::size_t i = 0; i < 2; ++i) {
        axes[i].plot(Vec{0, 1, 2}, Vec{1, 4, 2});
        axes[i].set_title(std::string("panel ") + std::to_string(i));
        axes[i].set_xlabel("epoch");
        axes[i].set_ylabel("loss");
    }
    fig.suptitle("Training results");
    fig.tight_layout();
    return fig;
}

tabula::Figure add_subplot() {
    tabula::Figure fig({.figsize = {6, 4}});
    fig.add_subplot(2, 2, 3).plot(Vec{0, 1}, Vec{0, 1});
    fig.add_subplot(224).plot(Vec{0, 1}, Vec{1, 0});
    return fig;
}

tabula::Figure add_subplot_111() {
    tabula::Figure fig;
    fig.add_subplot(111);
    return fig;
}

tabula::Figure twinx() {
    tabula::Figure fig({.figsize = {5, 3.5}});
    tabula::Axes ax = fig.add_subplot();
    ax.plot(Vec{0, 1, 2}, Vec{1, 2, 3}, {.label = "loss"});
    ax.set_ylabel("loss");
    tabula::Axes ax2 = ax.twinx();
    ax2.plot(Vec{0, 5}, Vec{100, 200}, {.label = "accuracy"});
    ax2.plot(Vec{0, 5}, Vec{150, 120});
    ax2.set_ylabel("accuracy");
    fig.tight_layout();
    return fig;
}

tabula::Figure annotate_outside() {
    tabula::Figure fig({.figsize = {4, 3}});
    tabula::Axes ax = fig.add_subplot();
    ax.plot(Vec{0, 1}, Vec{0, 1});
    ax.text(1.3, 0.5, "far right");
    return fig;
}

tabula::Figure annotate_arrows() {
    tabula::Figure fig({.figsize = {4, 3}});
    tabula::Axes ax = fig.add_subplot();
    ax.plot(Vec{0, 1}, Vec{0, 1});
    ax.annotate(
        "peak", {0.5, 0.5},
        {.xytext = std::array{0.1, 0.8}, .arrowprops = tabula::ArrowProps{.arrowstyle = "-|>"}});
    ax.annotate("low", {0.8, 0.2},
                {.xytext = std::array{0.35, 0.1},
                 .arrowprops = tabula::ArrowProps{.arrowstyle = "->", .color = "red"}});
    ax.annotate(
        "both", {0.9, 0.9},
        {.xytext = std::array{0.55, 0.7},
         .arrowprops = tabula::ArrowProps{.arrowstyle = "<|-|>", .linewidth = 2, .shrinkB = 0},
         .fontsize = 14});
    return fig;
}

tabula::Figure legend_title_steps() {
    tabula::Figure fig({.figsize = {4, 3}});
    tabula::Axes ax = fig.add_subplot();
    ax.fill_between(Vec{0, 1, 2, 3}, Vec{0, 2, 1, 1.5}, 0.0,
                    {.color = "C0",
                     .alpha = 0.25,
                     .label = "post",
                     .edgecolor = "C0",
                     .linewidth = 1,
                     .step = "post"});
    ax.fill_between(Vec{0, 1, 2, 3}, Vec{2.5, 3, 2.2, 2.8}, Vec{2, 2.5, 2, 2.1},
                    {.label = "mid", .step = "mid"});
    ax.legend({.loc = "upper left", .title = "species"});
    return fig;
}

const std::map<std::string, std::function<tabula::Figure()>> cases{
    {"errorbar_caps", errorbar_caps},
    {"suptitle", suptitle},
    {"add_subplot", add_subplot},
    {"add_subplot_111", add_subplot_111},
    {"twinx", twinx},
    {"annotate_outside", annotate_outside},
    {"annotate_arrows", annotate_arrows},
    {"legend_title_steps", legend_title_steps},
};

TEST(AxesExtras, LimitsTicksAndPositionsAreMatplotlibs) {
    for (const auto& row : fixture_rows("plot/axes_extras.txt", "limits")) {
        const tabula::Figure fig = cases.at(row[1])();
        const tabula::Axes ax = fig.axes().at(std::stoul(row[2]));
        const std::string what = row[1] + " axes " + row[2];
        const Vec xlim = numbers(row[3]);
        const Vec ylim = numbers(row[4]);
        EXPECT_DOUBLE_EQ(ax.get_xlim().first, xlim[0]) << what;
        EXPECT_DOUBLE_EQ(ax.get_xlim().second, xlim[1]) << what;
        EXPECT_DOUBLE_EQ(ax.get_ylim().first, ylim[0]) << what;
        EXPECT_DOUBLE_EQ(ax.get_ylim().second, ylim[1]) << what;
    }
    for (const auto& row : fixture_rows("plot/axes_extras.txt", "ticks")) {
        const tabula::Figure fig = cases.at(row[1])();
        const tabula::Axes ax = fig.axes().at(std::stoul(row[2]));
        EXPECT_EQ(ax.get_yticks(), numbers(row[3])) << row[1] << " axes " << row[2];
        EXPECT_EQ(ax.get_yticklabels(), split(row[4], ';')) << row[1] << " axes " << row[2];
    }
    // The layout measures real text extents: within 1% of the figure of matplotlib's.
    for (const auto& row : fixture_rows("plot/axes_extras.txt", "position")) {
        const tabula::Figure fig = cases.at(row[1])();
        const tabula::Bbox p = fig.axes().at(std::stoul(row[2])).get_position();
        const Vec expected = numbers(row[3]);
        const std::string what = row[1] + " axes " + row[2];
        EXPECT_NEAR(p.x0, expected[0], 0.01) << what;
        EXPECT_NEAR(p.y0, expected[1], 0.01) << what;
        EXPECT_NEAR(p.width(), expected[2], 0.01) << what;
        EXPECT_NEAR(p.height(), expected[3], 0.01) << what;
    }
}

// savefig(bbox_inches="tight") crops to the texts' extents plus pad_inches: within a few pixels
// of the PNG matplotlib writes (text extents differ slightly between rasterisers).
TEST(AxesExtras, TightBboxPngSizeIsMatplotlibs) {
    for (const auto& row : fixture_rows("plot/axes_extras.txt", "tight")) {
        const double dpi = std::stod(row[2]);
        const auto path = tabula::testing::scratch(row[1] + "_tight.png");
        cases.at(row[1])().savefig(path.string(), {.dpi = dpi, .bbox_inches = "tight"});
        const tabula::testing::Image image = tabula::testing::load_png(path);
        const Vec expected = numbers(row[3]);
        EXPECT_NEAR(image.width, expected[0], 0.02 * dpi) << row[1] << " dpi " << row[2];
        EXPECT_NEAR(image.height, expected[1], 0.02 * dpi) << row[1] << " dpi " << row[2];
    }
}

TEST(AxesExtras, TightBboxPadAndErrors) {
    tabula::Figure fig = annotate_outside();
    const auto path = tabula::testing::scratch("pad.png");
    fig.savefig(path.string(), {.bbox_inches = "tight", .pad_inches = 0});
    const int unpadded = tabula::testing::load_png(path).width;
    fig.savefig(path.string(), {.bbox_inches = "tight", .pad_inches = 0.5});
    EXPECT_NEAR(tabula::testing::load_png(path).width, unpadded + 100, 1);
    expect_error<tabula::ValueError>(
        [&] { fig.savefig(path.string(), {.bbox_inches = "loose"}); },
        "bbox_inches must be 'tight' or empty (a Bbox is not supported), got 'loose'");
}

// The twin's lines take its own cycle's colours (C0, then C1), not the parent's next (C1).
TEST(AxesExtras, TwinxHasItsOwnColourCycle) {
    const auto path = tabula::testing::scratch("twinx.svg");
    twinx().savefig(path.string());
    std::ifstream in(path);
    const std::string svg((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(svg.find("#ff7f0e"), std::string::npos);
    EXPECT_EQ(svg.find("#2ca02c"), std::string::npos);
}

TEST(AxesExtras, AddSubplotErrorsAreMatplotlibs) {
    tabula::Figure fig;
    expect_error<tabula::ValueError>([&] { fig.add_subplot(2, 2, 5); },
                                     "num must be 1 <= num <= 4, not 5");
    expect_error<tabula::ValueError>([&] { fig.add_subplot(2, 2, 0); },
                                     "num must be 1 <= num <= 4, not 0");
    expect_error<tabula::ValueError>([&] { fig.add_subplot(0, 1, 1); },
                                     "Number of rows must be a positive integer, not 0");
    expect_error<tabula::ValueError>([&] { fig.add_subplot(1234); },
                                     "Single argument to subplot must be a three-digit integer, "
                                     "not 1234");
    expect_error<tabula::ValueError>([&] { fig.add_subplot(100); },
                                     "Number of columns must be a positive integer, not 0");
    fig.add_subplot(2, 2, 1);
    expect_error<tabula::ValueError>([&] { fig.add_subplot(1, 3, 1); },
                                     "add_subplot: this figure's subplots are on a 2x2 grid; "
                                     "subplots on different grids in one figure are not supported");
}

// Whether a pixel within 1 px of (x, y) is within 60 of `rgb` in every channel.
bool colour_near(const tabula::testing::Image& image, double x, double y, std::uint32_t rgb) {
    for (int dy = -1; dy <= 1; ++dy) {
        for (int dx = -1; dx <= 1; ++dx) {
            const int px = static_cast<int>(x) + dx;
            const int py = static_cast<int>(y) + dy;
            if (px < 0 || py < 0 || px >= image.width || py >= image.height) continue;
            const std::uint32_t p = image.pixels[static_cast<std::size_t>(py * image.width + px)];
            bool near = true;
            for (const int shift : {0, 8, 16}) {
                near = near && std::abs(tabula::testing::channel(p, shift) -
                                        tabula::testing::channel(rgb, shift)) <= 60;
            }
            if (near) return true;
        }
    }
    return false;
}

// The arrows' shaft starts (after the cut at the text's padded box and shrinkA), head tips and
// filled heads' centres where matplotlib's FancyArrowPatch paths put them (axes_extras.py reads
// them from matplotlib), checked on the PNG at twice the figure's dpi.
TEST(Annotate, ArrowsWhereMatplotlibDrawsThem) {
    const auto path = tabula::testing::scratch("arrows.png");
    annotate_arrows().savefig(path.string(), {.dpi = 200});
    const tabula::testing::Image image = tabula::testing::load_png(path);
    const std::uint32_t black = 0x000000;
    const std::uint32_t red = 0xff0000;
    const std::uint32_t c0 = 0x1f77b4;
    const std::uint32_t edge[] = {black, red, black};
    for (const auto& row : fixture_rows("plot/axes_extras.txt", "arrow")) {
        const std::size_t i = std::stoul(row[2]);
        const Vec start = numbers(row[3]);
        const Vec tip = numbers(row[4]);
        const Vec centre = numbers(row[5]);
        EXPECT_TRUE(colour_near(image, 2 * start[0], 2 * start[1], edge[i])) << "start " << i;
        EXPECT_TRUE(colour_near(image, 2 * tip[0], 2 * tip[1], edge[i])) << "tip " << i;
        if (i != 1) {
            EXPECT_TRUE(colour_near(image, 2 * centre[0], 2 * centre[1], c0)) << "head " << i;
        }
    }
    tabula::Figure fig;
    expect_error<tabula::ValueError>(
        [&] {
            fig.add_subplot().annotate("a", {0, 0},
                                       {.arrowprops = tabula::ArrowProps{.arrowstyle = "=>"}});
        },
        "Unknown style: '=>'");
}

// Compare with axes_extras.py DIR's PNGs.
TEST(AxesExtras, LookLikeMatplotlibs) {
    tabula::testing::expect_matches_reference(errorbar_caps(), "errorbar_caps");
    tabula::testing::expect_matches_reference(suptitle(), "suptitle");
    tabula::testing::expect_matches_reference(twinx(), "twinx");
    tabula::testing::expect_matches_reference(annotate_arrows(), "annotate_arrows");
    tabula::testing::expect_matches_reference(legend_title_steps(), "legend_title_steps");
}

}  // namespace

namespace {

tabula::NDArray<double> wide() {
    std::vector<double> v(24);
    for (std::size_t i = 0; i < v.size(); ++i) v[i] = static_cast<double>(i);
    return tabula::NDArray<double>(v, {4, 6});
}

tabula::NDArray<double> tall() {
    std::vector<double> v(24);
    for (std::size_t i = 0; i < v.size(); ++i) v[i] = std::sin(static_cast<double>(i));
    return tabula::NDArray<double>(v, {8, 3});
}

TEST(Imshow, LimitsTicksAndAspectAreMatplotlibs) {
    const std::map<std::string, std::function<void(tabula::Axes&)>> draws{
        {"wide", [](tabula::Axes& ax) { ax.imshow(wide()); }},
        {"tall",
         [](tabula::Axes& ax) { ax.imshow(tall(), {.cmap = "coolwarm", .vmin = -1, .vmax = 1}); }},
        {"lower_auto",
         [](tabula::Axes& ax) { ax.imshow(wide(), {.aspect = "auto", .origin = "lower"}); }},
        {"wide_in_tall_figure", [](tabula::Axes& ax) { ax.imshow(wide()); }},
    };
    for (const auto& row : fixture_rows("plot/imshow.txt", "limits")) {
        const std::array<double, 2> figsize =
            row[1] == "wide_in_tall_figure" ? std::array{3.0, 5.0} : std::array{6.4, 4.8};
        auto [fig, axes] = tabula::subplots(1, 1, {.figsize = figsize});
        draws.at(row[1])(axes[0]);
        const Vec xlim = numbers(row[2]);
        const Vec ylim = numbers(row[3]);
        EXPECT_EQ(axes[0].get_xlim(), std::pair(xlim[0], xlim[1])) << row[1];
        EXPECT_EQ(axes[0].get_ylim(), std::pair(ylim[0], ylim[1])) << row[1];
        EXPECT_EQ(axes[0].get_xticks(), numbers(row[4])) << row[1];
        EXPECT_EQ(axes[0].get_yticks(), numbers(row[5])) << row[1];
        const Vec bounds = numbers(row[6]);
        const tabula::Bbox p = axes[0].get_position();
        EXPECT_NEAR(p.x0, bounds[0], 1e-9) << row[1];
        EXPECT_NEAR(p.y0, bounds[1], 1e-9) << row[1];
        EXPECT_NEAR(p.width(), bounds[2], 1e-9) << row[1];
        EXPECT_NEAR(p.height(), bounds[3], 1e-9) << row[1];
    }
}

TEST(Imshow, ReturnsTheMappingAndRefusesBadInput) {
    auto [fig, axes] = tabula::subplots();
    const tabula::ScalarMappable m = axes[0].imshow(wide());
    EXPECT_EQ(m.vmin, 0);
    EXPECT_EQ(m.vmax, 23);
    fig.colorbar(m, axes[0]);
    EXPECT_EQ(fig.axes().size(), 2u);
    expect_error<tabula::ValueError>(
        [&] {
            axes[0].imshow(tabula::NDArray<double>{1, 2, 3});
        },
        "Invalid shape (3,) for image data");
    expect_error<tabula::ValueError>(
        [&] {
            axes[0].imshow(tabula::NDArray<double>::zeros({2, 3, 4}));
        },
        "Invalid shape (2, 3, 4) for image data");
    expect_error<tabula::ValueError>([&] { axes[0].imshow(wide(), {.origin = "top"}); },
                                     "'top' is not a valid value for origin; supported values are "
                                     "'upper', 'lower'");
    expect_error<tabula::ValueError>([&] { axes[0].imshow(wide(), {.vmin = 3, .vmax = 1}); },
                                     "minvalue must be less than or equal to maxvalue");
}

std::map<std::string, Vec> violin_data() {
    std::map<std::string, Vec> data;
    for (const auto& row : fixture_rows("plot/violinplot.txt", "data"))
        data[row[1]] = numbers(row[2]);
    return data;
}

void expect_close(const Vec& actual, const Vec& expected, double tolerance,
                  const std::string& what) {
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        EXPECT_NEAR(actual[i], expected[i], tolerance * (1 + std::abs(expected[i])))
            << what << " [" << i << "]";
    }
}

// The KDE sums in another order than numpy: within 1e-12 relative.
TEST(Violinplot, StatsAreMatplotlibs) {
    const auto data = violin_data();
    for (const auto& row : fixture_rows("plot/violinplot.txt", "stats")) {
        auto [fig, axes] = tabula::subplots();
        tabula::ViolinplotParams params{.points = std::stoi(row[3])};
        if (row[2] == "scott" || row[2] == "silverman") {
            params.bw_method = row[2];
        } else {
            params.bw_factor = std::stod(row[2]);
        }
        const auto stats = axes[0].violinplot({data.at(row[1])}, params);
        ASSERT_EQ(stats.size(), 1u);
        const std::string what = row[1] + " bw=" + row[2];
        const Vec summary = numbers(row[4]);
        expect_close({stats[0].mean, stats[0].median, stats[0].min, stats[0].max}, summary, 1e-15,
                     what + " summary");
        expect_close(stats[0].coords, numbers(row[5]), 1e-15, what + " coords");
        expect_close(stats[0].vals, numbers(row[6]), 1e-12, what + " vals");
    }
}

TEST(Violinplot, LimitsAreMatplotlibs) {
    const auto data = violin_data();
    const std::vector<Vec> two{data.at("normal"), data.at("bimodal")};
    const std::map<std::string, std::function<void(tabula::Axes&)>> draws{
        {"default", [&](tabula::Axes& ax) { ax.violinplot(two); }},
        {"horizontal",
         [&](tabula::Axes& ax) {
             ax.violinplot(
                 two,
                 {.vert = false, .widths = {0.8, 0.3}, .showmeans = true, .showmedians = true});
         }},
        {"positions",
         [&](tabula::Axes& ax) {
             ax.violinplot(two, {.positions = {2.0, 5.0}, .showextrema = false});
         }},
    };
    for (const auto& row : fixture_rows("plot/violinplot.txt", "limits")) {
        auto [fig, axes] = tabula::subplots();
        draws.at(row[1])(axes[0]);
        expect_close({axes[0].get_xlim().first, axes[0].get_xlim().second}, numbers(row[2]), 1e-12,
                     row[1] + " xlim");
        expect_close({axes[0].get_ylim().first, axes[0].get_ylim().second}, numbers(row[3]), 1e-12,
                     row[1] + " ylim");
    }
}

TEST(Violinplot, BadArguments) {
    auto [fig, axes] = tabula::subplots();
    const std::vector<Vec> two{{1, 2, 3}, {4, 5, 7}};
    expect_error<tabula::ValueError>([&] { axes[0].violinplot(two, {.positions = {1}}); },
                                     "List of violinplot statistics and `positions` values must "
                                     "have the same length");
    expect_error<tabula::ValueError>(
        [&] {
            axes[0].violinplot(two, {.widths = {1, 2, 3}});
        },
        "List of violinplot statistics and `widths` values must have "
        "the same length");
    expect_error<tabula::ValueError>(
        [&] {
            axes[0].violinplot({{1, 2}, {}});
        },
        "zero-size array to reduction operation minimum which has no identity");
    expect_error<tabula::ValueError>(
        [&] { axes[0].violinplot(two, {.bw_method = "foo"}); },
        "`bw_method` should be 'scott', 'silverman', a scalar or a callable");
    // One repeated value is a flat density, as matplotlib's fallback.
    const auto flat = axes[0].violinplot({{3, 3, 3}});
    EXPECT_EQ(flat[0].vals, Vec(100, 1.0));
}

// Compare with imshow.py FILE.png and violinplot.py FILE.png.
TEST(ImshowAndViolinplot, LookLikeMatplotlibs) {
    {
        auto [fig, axes] = tabula::subplots(1, 2, {.figsize = {6, 3}});
        fig.colorbar(axes[0].imshow(wide()), axes[0]);
        tabula::NDArray<double> data = tall();
        data.data()[2 * 3 + 1] = NAN;
        axes[1].imshow(data, {.cmap = "coolwarm",
                              .vmin = -1,
                              .vmax = 1,
                              .origin = "lower",
                              .interpolation = "nearest"});
        fig.tight_layout();
        tabula::testing::expect_matches_reference(fig, "imshow");
    }
    const auto data = violin_data();
    const std::vector<Vec> two{data.at("normal"), data.at("bimodal")};
    auto [fig, axes] = tabula::subplots(1, 2, {.figsize = {6, 3}});
    axes[0].violinplot(two, {.showmeans = true});
    axes[0].violinplot({data.at("few")}, {.positions = {3.0}, .showmedians = true});
    axes[1].violinplot(two, {.vert = false, .widths = {0.8}, .showextrema = false});
    fig.tight_layout();
    tabula::testing::expect_matches_reference(fig, "violinplot");
}

}  // namespace

namespace {

// steps-post holds y until the next x: from (0, 0) to (1, 1) it runs along y = 0 first, and not
// along the diagonal; the frame spans x and y from -1 to 2 (pixels 80..576, 427.2..57.6).
TEST(Plot, DrawstyleStepsPost) {
    auto [fig, axes] = tabula::subplots();
    axes[0].plot(Vec{0, 1}, Vec{0, 1}, {.drawstyle = "steps-post"});
    axes[0].set_xlim(-1, 2);
    axes[0].set_ylim(-1, 2);
    const auto path = tabula::testing::scratch("steps.png");
    fig.savefig(path.string());
    const tabula::testing::Image image = tabula::testing::load_png(path);
    EXPECT_TRUE(colour_near(image, 328, 304, 0x1f77b4));
    EXPECT_FALSE(colour_near(image, 328, 242.4, 0x1f77b4));
    expect_error<tabula::ValueError>(
        [&] {
            axes[0].plot(Vec{0, 1}, Vec{0, 1}, {.drawstyle = "stairs"});
        },
        "'stairs' is not a valid value for drawstyle; supported values are 'default', "
        "'steps-mid', 'steps-pre', 'steps-post', 'steps'");
}

}  // namespace

namespace {

// fill_between(step="post") holds y1 until the next x: over [0, 1) the area of y1 = (0, 2, 1) is
// empty, while joined (or step="pre") it is filled; the frame spans -1..3 by -1..3.
TEST(FillBetween, Steps) {
    const auto filled_at = [](const std::string& step) {
        auto [fig, axes] = tabula::subplots();
        axes[0].fill_between(Vec{0, 1, 2}, Vec{0, 2, 1}, 0.0, {.color = "red", .step = step});
        axes[0].set_xlim(-1, 3);
        axes[0].set_ylim(-1, 3);
        const auto path = tabula::testing::scratch("fill_steps.png");
        fig.savefig(path.string());
        // (0.9, 0.5) in data: x = 80 + 1.9 / 4 * 496, y = 427.2 - 1.5 / 4 * 369.6.
        return colour_near(tabula::testing::load_png(path), 315.6, 288.6, 0xff0000);
    };
    EXPECT_FALSE(filled_at("post"));
    EXPECT_TRUE(filled_at("pre"));
    EXPECT_TRUE(filled_at(""));
    auto [fig, axes] = tabula::subplots();
    expect_error<tabula::ValueError>(
        [&] {
            axes[0].fill_between(Vec{0, 1}, Vec{0, 1}, 0.0, {.step = "steps-post"});
        },
        "'steps-post' is not a valid value for step; supported values are 'pre', 'post', 'mid'");
}

}  // namespace

namespace {

// matplotlib 3.6.3 gives lines and patches a cycle each: plot C0, fill_between C0, bar C1,
// scatter C2 (a shared cycle would make the scatter C3); axhline is C0 off the cycle.
TEST(ColourCycles, LinesAndPatchesHaveTheirOwn) {
    auto [fig, axes] = tabula::subplots();
    axes[0].axhline(0.5);
    axes[0].plot(Vec{0, 1}, Vec{0, 1});
    axes[0].fill_between(Vec{0, 1}, Vec{0, 1});
    axes[0].bar(Vec{0}, Vec{1});
    axes[0].scatter(Vec{0}, Vec{1});
    const auto path = tabula::testing::scratch("cycles.svg");
    fig.savefig(path.string());
    std::ifstream in(path);
    const std::string svg((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    EXPECT_NE(svg.find("#ff7f0e"), std::string::npos);
    EXPECT_NE(svg.find("#2ca02c"), std::string::npos);
    EXPECT_EQ(svg.find("#d62728"), std::string::npos);
}

}  // namespace
