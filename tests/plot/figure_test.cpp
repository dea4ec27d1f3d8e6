// Figure, subplots and savefig: a rendered line plot against its committed reference PNG, SVG
// that is XML with its text as text, PDF, and bad arguments.
#include "tabula/plot/figure.hpp"

#include <cairo.h>
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "reference_image.hpp"
#include "tabula/core/error.hpp"
#include "tabula/plot/heatmap.hpp"

namespace {

namespace fs = std::filesystem;
using tabula::testing::channel;
using tabula::testing::expect_error;
using tabula::testing::expect_matches_reference;
using tabula::testing::fixture_path;
using tabula::testing::Image;
using tabula::testing::load_png;
using tabula::testing::scratch;

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The seed's training curve on a small figure: two lines (one dashed with markers), title,
// axis labels, grid and legend.
tabula::Figure training_curve() {
    auto [fig, axes] = tabula::subplots(1, 1, {.figsize = {4, 3}});
    const std::vector<double> train{0.92, 0.61, 0.45, 0.37, 0.31, 0.28, 0.26, 0.25};
    const std::vector<double> val{0.95, 0.70, 0.56, 0.50, 0.47, 0.46, 0.47, 0.49};
    axes[0].plot(train, {.label = "Train Loss", .color = "#0d6efd"});
    axes[0].plot(val, {.label = "Val Loss",
                       .color = "#f97316",
                       .linestyle = "--",
                       .marker = "o",
                       .markersize = 4});
    axes[0].set_title("Training Curve").set_xlabel("Epoch").set_ylabel("Loss");
    axes[0].grid().legend();
    return fig;
}

TEST(Savefig, LinePlotMatchesTheReferencePng) {
    const Image image = expect_matches_reference(training_curve(), "training_curve");
    ASSERT_EQ(image.width, 400);
    ASSERT_EQ(image.height, 300);
    std::size_t blue = 0;
    for (const std::uint32_t p : image.pixels) blue += channel(p, 0) > 150 && channel(p, 16) < 60;
    EXPECT_GT(blue, 100u);
}

// Decades every second power with raised exponents, minor ticks, square markers, tight_layout.
TEST(Savefig, LogScalePlotMatchesTheReferencePng) {
    auto [fig, axes] = tabula::subplots(1, 1, {.figsize = {4, 3}});
    axes[0].plot(std::vector<double>{1, 2, 3, 4}, std::vector<double>{0.01, 10, 1e4, 3e5},
                 {.marker = "s"});
    axes[0].set_yscale("log").set_title("Log scale").set_ylabel("error");
    fig.tight_layout();
    expect_matches_reference(fig, "log_scale");
}

// seaborn's annotated confusion matrix: Blues cells with dark and light text, upright y tick
// labels, no spines, the colorbar beside it, tight_layout.
TEST(Savefig, HeatmapMatchesTheReferencePng) {
    auto [fig, axes] = tabula::subplots(1, 1, {.figsize = {4, 3}});
    tabula::heatmap(axes[0], tabula::NDArray<std::int64_t>{{50, 3, 1}, {7, 40, 2}, {0, 5, 31}},
                    {.annot = true, .fmt = "d", .cmap = "Blues", .linewidths = 0.5});
    axes[0].set_title("Confusion Matrix").set_xlabel("Predicted").set_ylabel("True");
    fig.tight_layout();
    expect_matches_reference(fig, "heatmap");
}

// Grouped and stacked bars on categories, a filled and a step histogram with their legend, a
// scatter coloured
// through viridis, a band with an error-barred line.
TEST(Savefig, BarsHistScatterBandsMatchTheReferencePng) {
    auto [fig, axes] = tabula::subplots(2, 2, {.figsize = {4, 3}});
    axes[0].bar(std::vector<double>{-0.2, 0.8, 1.8}, std::vector<double>{3, 5, 2}, {.width = 0.4});
    axes[0].bar(std::vector<double>{0.2, 1.2, 2.2}, std::vector<double>{2, 4, 4}, {.width = 0.4});
    axes[0].bar(std::vector<double>{0.2, 1.2, 2.2}, std::vector<double>{1, 1, 1},
                {.width = 0.4, .bottom = {2, 4, 4}});
    axes[0].set_xticks({0, 1, 2}, {"a", "b", "c"});
    const std::vector<double> values{0.1, 0.4, 0.45, 0.5, 0.52, 0.6, 0.61, 0.7, 0.9, 0.3, 0.55};
    axes[1].hist(values, {.bins = 5, .alpha = 0.7, .label = "bar"});
    axes[1].hist(
        values,
        {.bins = std::vector<double>{0, 0.25, 0.5, 0.75, 1}, .histtype = "step", .label = "step"});
    axes[1].legend({.loc = "upper left"});
    const std::vector<double> x{0, 1, 2, 3, 4};
    axes[2].scatter(x, std::vector<double>{2, 0, 3, 1, 4}, {.s = {20, 40, 60, 80, 100}, .c = x});
    axes[3].fill_between(x, std::vector<double>{0, 1, 1.5, 1.8, 2},
                         std::vector<double>{1, 2, 3, 3.5, 4}, {.alpha = 0.3});
    axes[3].errorbar(x, std::vector<double>{0.5, 1.5, 2.2, 2.6, 3}, {.yerr = {0.3}, .fmt = "o-"});
    fig.tight_layout();
    expect_matches_reference(fig, "artists");
}

TEST(Savefig, PngSizeFollowsDpiAndTransparentLeavesNoBackground) {
    const fs::path out = scratch("dpi.png");
    training_curve().savefig(out.string(), {.dpi = 50, .transparent = true});
    const Image image = load_png(out);
    EXPECT_EQ(image.width, 200);
    EXPECT_EQ(image.height, 150);
    EXPECT_EQ(image.pixels.front() >> 24, 0u);  // the corner is fully transparent
}

// A minimal well-formedness check: every tag closes in order, attributes are quoted.
bool well_formed_xml(const std::string& xml) {
    std::vector<std::string> open;
    std::size_t i = 0;
    while ((i = xml.find('<', i)) != std::string::npos) {
        const std::size_t end = xml.find('>', i);
        if (end == std::string::npos) return false;
        std::string tag = xml.substr(i + 1, end - i - 1);
        i = end + 1;
        if (tag.starts_with("?") || tag.starts_with("!")) continue;
        if (std::count(tag.begin(), tag.end(), '"') % 2 != 0) return false;
        if (tag.starts_with("/")) {
            if (open.empty() || open.back() != tag.substr(1)) return false;
            open.pop_back();
        } else if (!tag.ends_with("/")) {
            open.push_back(tag.substr(0, tag.find(' ')));
        }
    }
    return open.empty();
}

TEST(Savefig, SvgIsXmlWithTextAsText) {
    const fs::path out = scratch("training_curve.svg");
    training_curve().savefig(out.string());
    const std::string svg = read_all(out);
    EXPECT_TRUE(svg.starts_with("<?xml")) << svg.substr(0, 100);
    EXPECT_TRUE(well_formed_xml(svg));
    EXPECT_NE(svg.find("width=\"288pt\" height=\"216pt\""), std::string::npos);
    EXPECT_NE(svg.find(">Training Curve</text>"), std::string::npos);
    EXPECT_NE(svg.find(">Val Loss</text>"), std::string::npos);
    EXPECT_NE(svg.find("stroke=\"#0d6efd\""), std::string::npos);
}

TEST(Savefig, PdfAndNoExtensionMeansPng) {
    const fs::path pdf = scratch("training_curve.pdf");
    training_curve().savefig(pdf.string());
    EXPECT_TRUE(read_all(pdf).starts_with("%PDF-"));
    const fs::path bare = scratch("bare");
    fs::remove(scratch("bare.png"));
    training_curve().savefig(bare.string());
    EXPECT_TRUE(fs::exists(scratch("bare.png")));
}

TEST(Savefig, BadPathsAndFormats) {
    const tabula::Figure fig = training_curve();
    expect_error<tabula::ValueError>(
        [&] { fig.savefig(scratch("x.jpeg").string()); },
        "Format 'jpeg' is not supported (supported formats: pdf, png, svg)");
    expect_error<tabula::IOError>([&] { fig.savefig("/nonexistent-dir/x.png"); },
                                  "[Errno 2] No such file or directory: '/nonexistent-dir/x.png'");
    EXPECT_THROW(fig.savefig(scratch("x.png").string(), {.dpi = 0}), tabula::ValueError);
}

TEST(Subplots, GridLayoutAndBadCounts) {
    auto [fig, axes] = tabula::subplots(2, 3, {.figsize = {12, 4}});
    EXPECT_EQ(axes.size(), 6u);
    EXPECT_EQ(fig.axes().size(), 6u);
    EXPECT_EQ(fig.get_size_inches(), (std::array<double, 2>{12, 4}));
    EXPECT_EQ(fig.get_dpi(), 100);
    axes(1, 2).set_title("last");
    EXPECT_EQ(axes[5].get_title(), "last");
    expect_error<tabula::IndexError>([&] { axes(2, 0); },
                                     "index 2 is out of bounds for axis 0 with size 2");
    EXPECT_THROW(axes[6], tabula::IndexError);
    expect_error<tabula::ValueError>([] { tabula::subplots(1, 0); },
                                     "Number of columns must be a positive integer, not 0");
    EXPECT_THROW(tabula::Figure({.figsize = {0, 3}}), tabula::ValueError);
    EXPECT_THROW(tabula::Figure({.facecolor = "nope"}), tabula::ValueError);
}

}  // namespace

namespace {

TEST(Subplots, PositionsAreMatplotlibsGrid) {
    auto [fig, axes] = tabula::subplots(1, 2);
    // matplotlib: axs[0].get_position().bounds == (0.125, 0.11, 0.35227272727272724, 0.77).
    const tabula::Bbox first = axes[0].get_position();
    EXPECT_DOUBLE_EQ(first.x0, 0.125);
    EXPECT_DOUBLE_EQ(first.y0, 0.11);
    EXPECT_DOUBLE_EQ(first.width(), 0.35227272727272724);
    EXPECT_DOUBLE_EQ(first.height(), 0.77);
    EXPECT_DOUBLE_EQ(axes[1].get_position().x0, 0.5477272727272726);
}

// A 2x2 grid whose titles and labels collide with their neighbours' until tight_layout.
TEST(TightLayout, NoTextOverlapsANeighbourOrLeavesTheFigure) {
    auto [fig, axes] = tabula::subplots(2, 2, {.figsize = {6, 4.5}});
    for (std::size_t i = 0; i < axes.size(); ++i) {
        const std::vector<double> x{0, 1000.0 * static_cast<double>(i + 1)};
        axes[i].plot(x, std::vector<double>{0, 0.5});
        axes[i].set_title("Panel " + std::to_string(i)).set_xlabel("Epoch").set_ylabel("Loss");
    }
    const auto overlapping_pairs = [&] {
        int pairs = 0;
        for (std::size_t i = 0; i < axes.size(); ++i) {
            for (std::size_t j = i + 1; j < axes.size(); ++j) {
                pairs += axes[i].get_tightbbox().overlaps(axes[j].get_tightbbox());
            }
        }
        return pairs;
    };
    EXPECT_GT(overlapping_pairs(), 0);  // the check can fail
    fig.tight_layout();
    EXPECT_EQ(overlapping_pairs(), 0);
    for (auto& ax : axes) {
        const tabula::Bbox box = ax.get_tightbbox();
        EXPECT_GE(box.x0, 0);
        EXPECT_GE(box.y0, 0);
        EXPECT_LE(box.x1, 600);
        EXPECT_LE(box.y1, 450);
    }
    // matplotlib's positions for the same figure, within the difference of the two font
    // rasterisers' text extents.
    const tabula::Bbox first = axes[0].get_position();
    EXPECT_NEAR(first.x0, 0.11067129629629631, 0.01);
    EXPECT_NEAR(first.y0, 0.6128395061728394, 0.01);
    EXPECT_NEAR(first.width(), 0.3632577670645851, 0.01);
    EXPECT_NEAR(first.height(), 0.308641975308642, 0.01);
    EXPECT_NEAR(axes[3].get_position().x0, 0.5981712962962963, 0.01);
    EXPECT_NEAR(axes[3].get_position().y0, 0.12950617283950605, 0.01);
}

}  // namespace
