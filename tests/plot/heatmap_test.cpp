// seaborn's heatmap against heatmap.txt (seaborn 0.12's steps spelled out with matplotlib 3.6.3):
// the colorbar's share of the axes, its ticks, the cells' colours, the annotations' colours and
// Python's format specs; tick labels from a DataFrame; bad inputs.
#include "tabula/plot/heatmap.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "plot_fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/plot/figure.hpp"

namespace {

namespace fs = std::filesystem;
using tabula::testing::expect_error;
using tabula::testing::fixture_rows;
using tabula::testing::numbers;
using tabula::testing::split;

// The fixture's figure: a training curve beside the heatmap of `data`.
template <class E>
std::pair<tabula::Figure, tabula::AxesGrid> two_panels(const tabula::NDArray<E>& data,
                                                       const tabula::HeatmapParams& params) {
    auto [fig, axes] = tabula::subplots(1, 2, {.figsize = {12, 5}});
    axes[0].plot(std::vector<double>{0.9, 0.5, 0.3}, {.label = "Train Loss"});
    axes[0].set_title("Training Curve");
    tabula::heatmap(axes[1], data, params);
    axes[1].set_title("Confusion Matrix");
    return {std::move(fig), std::move(axes)};
}

std::string svg_of(const tabula::Figure& fig, const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / "tabula_plot_tests";
    fs::create_directories(dir);
    fig.savefig((dir / name).string());
    std::ifstream in(dir / name);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The SVG writer puts one element on a line: the value of `attribute` on every line holding
// `marker`, in drawing order.
std::vector<std::string> attributes(const std::string& svg, const std::string& marker,
                                    const std::string& attribute) {
    std::vector<std::string> out;
    std::istringstream lines(svg);
    for (std::string line; std::getline(lines, line);) {
        if (line.find(marker) == std::string::npos) continue;
        const std::size_t start = line.find(attribute + "=\"") + attribute.size() + 2;
        out.push_back(line.substr(start, line.find('"', start) - start));
    }
    return out;
}

// The texts' contents, in drawing order.
std::vector<std::string> texts(const std::string& svg) {
    std::vector<std::string> out;
    std::istringstream lines(svg);
    for (std::string line; std::getline(lines, line);) {
        const std::string marker = "xml:space=\"preserve\">";
        const std::size_t start = line.find(marker);
        if (start == std::string::npos) continue;
        const std::size_t begin = start + marker.size();
        out.push_back(line.substr(begin, line.find("</text>") - begin));
    }
    return out;
}

const tabula::NDArray<std::int64_t> confusion{{50, 3}, {7, 40}};
const tabula::NDArray<double> signed_values{{-1.0, 0.5, 3.0}, {2.0, 0.0, 1.5}};

std::pair<tabula::Figure, tabula::AxesGrid> fixture_case(const std::string& name) {
    if (name == "centered") {
        return two_panels(signed_values, {.annot = true, .cmap = "RdBu", .center = 0.0});
    }
    auto panels = two_panels(confusion, {.annot = true, .fmt = "d", .cmap = "Blues"});
    if (name == "blues_tight") panels.first.tight_layout();
    return panels;
}

TEST(Heatmap, ColorbarTakesMatplotlibsShareOfTheAxes) {
    for (const auto& row : fixture_rows("plot/heatmap.txt", "position")) {
        auto [fig, axes] = fixture_case(row[1]);
        const std::vector<tabula::Axes> all = fig.axes();
        ASSERT_EQ(all.size(), 3u);
        const tabula::Bbox box = (row[2] == "parent" ? all[1] : all[2]).get_position();
        const std::vector<double> expected = numbers(row[3]);
        // Without tight_layout the split is arithmetic; with it, text extents of two font
        // rasterisers differ slightly.
        const double tolerance = row[1].ends_with("tight") ? 0.01 : 1e-12;
        EXPECT_NEAR(box.x0, expected[0], tolerance) << row[1] << " " << row[2];
        EXPECT_NEAR(box.y0, expected[1], tolerance) << row[1] << " " << row[2];
        EXPECT_NEAR(box.width(), expected[2], tolerance) << row[1] << " " << row[2];
        EXPECT_NEAR(box.height(), expected[3], tolerance) << row[1] << " " << row[2];
    }
}

// The fixture's "blues" case is matplotlib's pcolormesh + Figure.colorbar, which heatmap uses.
TEST(Heatmap, FigureColorbarOfAPcolormeshIsMatplotlibs) {
    auto [fig, axes] = tabula::subplots(1, 2, {.figsize = {12, 5}});
    const tabula::ScalarMappable mesh =
        axes[1].pcolormesh(tabula::NDArray<double>{{50, 3}, {7, 40}}, {.cmap = "Blues"});
    const tabula::Axes colorbar = fig.colorbar(mesh, axes[1]);
    EXPECT_EQ(colorbar.get_ylim(), (std::pair{3.0, 50.0}));
    EXPECT_EQ(colorbar.get_yticks(), (std::vector<double>{10, 20, 30, 40, 50}));
    for (const auto& row : fixture_rows("plot/heatmap.txt", "position")) {
        if (row[1] != "blues") continue;
        const tabula::Bbox box = (row[2] == "parent" ? axes[1] : colorbar).get_position();
        const std::vector<double> expected = numbers(row[3]);
        EXPECT_NEAR(box.x0, expected[0], 1e-12) << row[2];
        EXPECT_NEAR(box.width(), expected[2], 1e-12) << row[2];
    }
}

TEST(Heatmap, ColorbarTicksAreTheLocators) {
    for (const auto& row : fixture_rows("plot/heatmap.txt", "cbticks")) {
        auto [fig, axes] = fixture_case(row[1]);
        const tabula::Axes colorbar = fig.axes()[2];
        EXPECT_EQ(colorbar.get_yticks(), numbers(row[2])) << row[1];
        EXPECT_EQ(colorbar.get_yticklabels(), split(row[3], ';')) << row[1];
        EXPECT_TRUE(colorbar.get_xticks().empty());
    }
}

TEST(Heatmap, CellColoursAndAnnotationColours) {
    for (const std::string name : {"blues", "centered"}) {
        auto [fig, axes] = fixture_case(name);
        const std::string svg = svg_of(fig, name + ".svg");
        const std::vector<std::string> cells = attributes(svg, "crispEdges", "fill");
        const std::vector<std::string> text_fills = attributes(svg, "<text", "fill");
        std::size_t i = 0;
        for (const auto& row : fixture_rows("plot/heatmap.txt", "cell")) {
            if (row[1] != name) continue;
            const std::vector<double> c = numbers(row[4]);
            ASSERT_LT(i, cells.size());
            EXPECT_EQ(cells[i], tabula::to_hex({c[0], c[1], c[2], c[3]})) << name << " cell " << i;
            const std::string colour = tabula::to_hex(tabula::to_rgba(row[5]));
            const std::size_t cell_count = cells.size() - 256;  // then the colorbar's bands
            EXPECT_EQ(cell_count, name == "blues" ? 4u : 6u);
            // The annotations are the last texts of the heatmap's axes, before the colorbar's.
            const std::size_t colorbar_labels = name == "blues" ? 5 : 9;
            const std::size_t first = text_fills.size() - colorbar_labels - cell_count;
            EXPECT_EQ(text_fills[first + i], colour) << name << " cell " << i;
            ++i;
        }
        EXPECT_GT(i, 0u);
    }
    const std::string svg = svg_of(fixture_case("blues").first, "blues_annot.svg");
    for (const std::string value : {">50<", ">3<", ">7<", ">40<"}) {
        EXPECT_NE(svg.find(value), std::string::npos) << value;
    }
}

// Python's format(value, spec) on the annotations of a 1 x n heatmap without labels.
TEST(Heatmap, AnnotationsFollowPythonFormatSpecs) {
    std::map<std::pair<std::string, std::string>,
             std::pair<std::vector<std::string>, std::vector<std::string>>>
        cases;
    for (const auto& row : fixture_rows("plot/heatmap.txt", "format")) {
        auto& [values, texts] = cases[{row[1], row[2]}];
        values.push_back(row[3]);
        texts.push_back(row[4]);
    }
    for (const auto& [key, expected] : cases) {
        const auto& [spec, kind] = key;
        auto [fig, axes] = tabula::subplots(1, 1);
        const tabula::HeatmapParams params{
            .annot = true, .fmt = spec, .cbar = false, .xticklabels = false, .yticklabels = false};
        std::vector<double> floats;
        std::vector<std::int64_t> ints;
        for (const std::string& v : expected.first) {
            floats.push_back(std::stod(v));
            ints.push_back(std::stoll(v));
        }
        const auto n = static_cast<std::int64_t>(floats.size());
        if (kind == "int") {
            tabula::heatmap(axes[0], tabula::NDArray<std::int64_t>(ints, {1, n}), params);
        } else {
            tabula::heatmap(axes[0], tabula::NDArray<double>(floats, {1, n}), params);
        }
        EXPECT_EQ(texts(svg_of(fig, "format.svg")), expected.second)
            << "spec '" << spec << "' on " << kind;
    }
}

TEST(Heatmap, TicksAtCellCentresYInvertedAndDataFrameLabels) {
    auto [fig, axes] = tabula::subplots(1, 1, {.figsize = {6, 4}});
    const tabula::DataFrame df =
        tabula::DataFrame({{"age", std::vector<std::string>{"young", "old"}},
                           {"cat", std::vector<std::int64_t>{5, 1}},
                           {"dog", std::vector<std::int64_t>{0, 9}},
                           {"bird", std::vector<std::int64_t>{2, 2}}})
            .set_index("age");
    tabula::heatmap(axes[0], df, {.annot = true, .fmt = "d"});
    EXPECT_EQ(axes[0].get_xlim(), (std::pair{0.0, 3.0}));
    EXPECT_EQ(axes[0].get_ylim(), (std::pair{2.0, 0.0}));
    EXPECT_EQ(axes[0].get_xticks(), (std::vector<double>{0.5, 1.5, 2.5}));
    EXPECT_EQ(axes[0].get_yticks(), (std::vector<double>{0.5, 1.5}));
    EXPECT_EQ(axes[0].get_xticklabels(), (std::vector<std::string>{"cat", "dog", "bird"}));
    EXPECT_EQ(axes[0].get_yticklabels(), (std::vector<std::string>{"young", "old"}));
    EXPECT_EQ(axes[0].get_ylabel(), "age");
    // Every second label; none.
    auto [fig2, axes2] = tabula::subplots(1, 2);
    tabula::heatmap(axes2[0], df, {.xticklabels = 2, .yticklabels = false});
    EXPECT_EQ(axes2[0].get_xticklabels(), (std::vector<std::string>{"cat", "bird"}));
    EXPECT_TRUE(axes2[0].get_yticks().empty());
    tabula::heatmap(axes2[1], confusion, {.xticklabels = std::vector<std::string>{"no", "yes"}});
    EXPECT_EQ(axes2[1].get_xticklabels(), (std::vector<std::string>{"no", "yes"}));
    EXPECT_EQ(axes2[1].get_yticklabels(), (std::vector<std::string>{"0", "1"}));
}

// seaborn turns overlapping x labels upright and lays overlapping (upright) y labels flat.
TEST(Heatmap, OverlappingTickLabelsAreTurned) {
    const auto turned = [](const std::vector<std::string>& xlabels,
                           const std::vector<std::string>& ylabels) {
        auto [fig, axes] = tabula::subplots(1, 1, {.figsize = {4, 3}});
        tabula::heatmap(axes[0], tabula::NDArray<double>::zeros({2, 3}),
                        {.cbar = false, .xticklabels = xlabels, .yticklabels = ylabels});
        const std::vector<std::string> turns =
            attributes(svg_of(fig, "turned.svg"), "rotate(-90", "transform");
        return turns.size();
    };
    const std::vector<std::string> short_x{"a", "b", "c"};
    const std::vector<std::string> long_x{"a long column name", "another long one", "and a third"};
    const std::vector<std::string> short_y{"0", "1"};
    const std::vector<std::string> long_y{"a label far taller than its row", "and another"};
    EXPECT_EQ(turned(short_x, short_y), 2u);  // only the upright y labels
    EXPECT_EQ(turned(long_x, short_y), 5u);
    EXPECT_EQ(turned(short_x, long_y), 0u);
}

// heatmap_options.txt's cases, drawn on a 6 x 5 in figure as the script draws them.
tabula::Figure options_case(const std::string& name) {
    const tabula::NDArray<double> corr{{1.0, 0.42, -0.31, 0.05},
                                       {0.42, 1.0, 0.18, -0.66},
                                       {-0.31, 0.18, 1.0, 0.27},
                                       {0.05, -0.66, 0.27, 1.0}};
    tabula::NDArray<double> outliers = tabula::NDArray<double>::zeros({5, 5});
    for (std::int64_t i = 0; i < 25; ++i) outliers.data()[i] = static_cast<double>(i);
    outliers.data()[0] = -400.0;
    outliers.data()[24] = 1000.0;
    auto [fig, axes] = tabula::subplots(1, 1, {.figsize = {6, 5}});
    if (name == "mask") {
        tabula::NDArray<bool> upper = tabula::NDArray<bool>::zeros({4, 4});
        for (std::int64_t r = 0; r < 4; ++r) {
            for (std::int64_t c = r + 1; c < 4; ++c) upper.data()[r * 4 + c] = true;
        }
        tabula::heatmap(
            axes[0], corr,
            {.annot = true, .fmt = ".2f", .cmap = "coolwarm", .center = 0.0, .mask = upper});
    } else if (name == "robust") {
        tabula::heatmap(axes[0], outliers, {.cmap = "viridis", .robust = true});
    } else if (name == "robust_center") {
        tabula::heatmap(axes[0], outliers, {.robust = true, .center = 10.0});
    } else if (name == "annot_kws") {
        tabula::heatmap(axes[0], confusion,
                        {.annot = true,
                         .fmt = "d",
                         .annot_kws = {.fontsize = 14.0, .color = "red"},
                         .cmap = "Blues"});
    } else if (name == "cbar_kws") {
        tabula::heatmap(axes[0], corr,
                        {.cmap = "coolwarm", .cbar_kws = {.label = "correlation", .shrink = 0.5}});
    } else if (name == "square") {
        tabula::heatmap(axes[0], corr, {.cmap = "coolwarm", .center = 0.0, .square = true});
    } else {
        tabula::heatmap(
            axes[0], confusion,
            {.annot = true, .fmt = "d", .annot_kws = {.fontsize = 7.0}, .cmap = "Blues"});
    }
    return fig;
}

// mask, robust, annot_kws and square against seaborn 0.12.2 itself: the colormap's range (the
// colorbar's limits), the drawn cells' colours (masked ones are not drawn), the annotations'
// texts, colours and sizes, and the axes' box.
TEST(Heatmap, MaskRobustAndAnnotKwsAreSeaborns) {
    const std::string file = "plot/heatmap_options.txt";
    for (const auto& norm : fixture_rows(file, "norm")) {
        const std::string& name = norm[1];
        SCOPED_TRACE(name);
        const tabula::Figure fig = options_case(name);
        const auto [vmin, vmax] = fig.axes()[1].get_ylim();
        EXPECT_NEAR(vmin, std::stod(norm[2]), 1e-12);
        EXPECT_NEAR(vmax, std::stod(norm[3]), 1e-12);
        const std::string svg = svg_of(fig, name + ".svg");
        for (const auto& row : fixture_rows(file, "position")) {
            if (row[1] != name) continue;
            const std::vector<double> expected = numbers(row[2]);
            const tabula::Bbox box = fig.axes()[0].get_position();
            const std::vector<double> actual{box.x0, box.y0, box.width(), box.height()};
            for (std::size_t k = 0; k < 4; ++k) EXPECT_NEAR(actual[k], expected[k], 1e-12) << k;
        }
        for (const auto& row : fixture_rows(file, "cbar")) {
            if (row[1] != name) continue;
            const std::vector<double> expected = numbers(row[2]);
            const tabula::Bbox box = fig.axes()[1].get_position();
            const std::vector<double> actual{box.x0, box.y0, box.width(), box.height()};
            for (std::size_t k = 0; k < 4; ++k) EXPECT_NEAR(actual[k], expected[k], 1e-12) << k;
            EXPECT_EQ(fig.axes()[1].get_ylabel(), row.size() > 3 ? row[3] : "");
        }
        std::vector<std::string> cells = attributes(svg, "crispEdges", "fill");
        cells.resize(cells.size() - 256);  // the colorbar's bands
        std::vector<std::string> expected_cells;
        for (const auto& row : fixture_rows(file, "cell")) {
            const std::vector<double> c = numbers(row[4]);
            if (row[1] == name && c[3] > 0) {
                expected_cells.push_back(tabula::to_hex({c[0], c[1], c[2], c[3]}));
            }
        }
        EXPECT_EQ(cells, expected_cells);
        std::vector<std::string> expected_texts;
        std::vector<std::string> expected_fills;
        std::vector<double> expected_sizes;
        for (const auto& row : fixture_rows(file, "text")) {
            if (row[1] != name) continue;
            expected_texts.push_back(row[4]);
            expected_fills.push_back(row[5]);
            expected_sizes.push_back(std::stod(row[6]));  // the SVG is in points
        }
        // The annotations are the heatmap axes' last texts, before the colorbar's tick labels.
        const std::vector<std::string> all_texts = texts(svg);
        const std::vector<std::string> fills = attributes(svg, "<text", "fill");
        const std::vector<std::string> sizes = attributes(svg, "<text", "font-size");
        const std::size_t colorbar_labels = fig.axes()[1].get_yticklabels().size();
        ASSERT_GE(all_texts.size(), colorbar_labels + expected_texts.size());
        const std::size_t first = all_texts.size() - colorbar_labels - expected_texts.size();
        for (std::size_t i = 0; i < expected_texts.size(); ++i) {
            EXPECT_EQ(all_texts[first + i], expected_texts[i]) << i;
            EXPECT_EQ(fills[first + i], expected_fills[i]) << i;
            EXPECT_NEAR(std::stod(sizes[first + i]), expected_sizes[i], 1e-3) << i;
        }
    }
}

TEST(Heatmap, LuminanceRule) {
    EXPECT_DOUBLE_EQ(tabula::relative_luminance({1, 1, 1, 1}), 1.0);
    EXPECT_DOUBLE_EQ(tabula::relative_luminance({0, 0, 0, 1}), 0.0);
    EXPECT_NEAR(tabula::relative_luminance({0.5, 0.5, 0.5, 1}), 0.21404114048223255, 1e-15);
}

TEST(Heatmap, BadInputs) {
    auto [fig, axes] = tabula::subplots(1, 1);
    expect_error<tabula::ValueError>(
        [&] {
            tabula::heatmap(axes[0], tabula::NDArray<double>{1.0, 2.0, 3.0});
        },
        "Must pass 2-d input. shape=(3,)");
    expect_error<tabula::ValueError>(
        [&] {
            tabula::heatmap(axes[0], tabula::NDArray<double>::zeros({2, 0}));
        },
        "zero-size array to reduction operation fmin which has no identity");
    expect_error<tabula::ValueError>(
        [&] {
            tabula::heatmap(axes[0], tabula::NDArray<double>{{1.5, 2.0}},
                            {.annot = true, .fmt = "d"});
        },
        "Unknown format code 'd' for object of type 'float'");
    expect_error<tabula::ValueError>(
        [&] { tabula::heatmap(axes[0], confusion, {.vmin = 5.0, .vmax = 1.0}); },
        "minvalue must be less than or equal to maxvalue");
    EXPECT_THROW(tabula::heatmap(axes[0], confusion, {.cmap = "Bluez"}), tabula::ValueError);
    EXPECT_THROW(tabula::heatmap(axes[0], confusion, {.annot = true, .fmt = ".2x"}),
                 tabula::ValueError);
    expect_error<tabula::ValueError>(
        [&] { tabula::heatmap(axes[0], confusion, {.annot = true, .fmt = ".f"}); },
        "Format specifier missing precision");
    expect_error<tabula::ValueError>(
        [&] { tabula::heatmap(axes[0], confusion, {.annot = true, .fmt = ".101f"}); },
        "format spec '.101f': a precision above 100 is not supported");
    expect_error<tabula::ValueError>(
        [&] { tabula::heatmap(axes[0], confusion, {.annot = true, .fmt = ".2d"}); },
        "Precision not allowed in integer format specifier");
    expect_error<tabula::ValueError>(
        [&] { tabula::heatmap(axes[0], confusion, {.annot = true, .fmt = ".2"}); },
        "Precision not allowed in integer format specifier");
    expect_error<tabula::ValueError>(
        [&] {
            tabula::heatmap(axes[0], confusion, {.mask = tabula::NDArray<bool>::zeros({2, 3})});
        },
        "Mask must have the same shape as data.");
    expect_error<tabula::ValueError>(
        [&] { tabula::heatmap(axes[0], confusion, {.cbar_kws = {.shrink = 0.0}}); },
        "cbar_kws: shrink must be positive, not 0.0");
    EXPECT_THROW(
        tabula::heatmap(axes[0], confusion, {.annot = true, .annot_kws = {.color = "nope"}}),
        tabula::ValueError);
    EXPECT_THROW(tabula::heatmap(axes[0], confusion, {.linecolor = "nope"}), tabula::ValueError);
    EXPECT_THROW(tabula::HeatmapParams{.xticklabels = "some"}, tabula::ValueError);
    tabula::DataFrame text({{"name", std::vector<std::string>{"a", "b"}}});
    EXPECT_THROW(tabula::heatmap(axes[0], text), tabula::TypeError);
    expect_error<tabula::ValueError>(
        [&] { axes[0].text(0, 0, "x", {.ha = "middle"}); },
        "'middle' is not a valid value for horizontalalignment; supported values are 'center', "
        "'right', 'left'");
}

}  // namespace
