// Colour specifications against matplotlib 3.6.3 (tests/fixtures/plot/colors.py).
#include "tabula/plot/colors.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"

namespace {

using tabula::Rgba;
using namespace tabula::testing;

std::vector<double> channels(const Rgba& c) {
    return {c.r, c.g, c.b, c.a};
}

TEST(ToRgba, MatchesMatplotlib) {
    for (const auto& row : fixture_rows("plot/colors.txt", "rgba")) {
        expect_values(channels(tabula::to_rgba(row[1])), {row.begin() + 2, row.end()}, row[1]);
    }
}

TEST(ToRgba, AlphaReplacesTheColoursOwn) {
    for (const auto& row : fixture_rows("plot/colors.txt", "rgba_alpha")) {
        const double alpha = parse_value<double>(row[2]);
        expect_values(channels(tabula::to_rgba(row[1], alpha)), {row.begin() + 3, row.end()},
                      row[1]);
    }
}

TEST(ToHex, MatchesMatplotlib) {
    for (const auto& row : fixture_rows("plot/colors.txt", "hex")) {
        const Rgba c = tabula::to_rgba(row[1]);
        EXPECT_EQ(tabula::to_hex(c), row[2]) << row[1];
        EXPECT_EQ(tabula::to_hex(c, true), row[3]) << row[1];
    }
}

TEST(ToRgba, BadSpecificationIsValueErrorWithMatplotlibsMessage) {
    for (const auto& row : fixture_rows("plot/colors.txt", "error")) {
        expect_error<tabula::ValueError>([&] { tabula::to_rgba(row[1]); }, row[2]);
        EXPECT_FALSE(tabula::is_color_like(row[1])) << row[1];
    }
    EXPECT_TRUE(tabula::is_color_like("tab:orange"));
}

TEST(CycleColor, IsTab10Repeating) {
    EXPECT_EQ(tabula::to_hex(tabula::cycle_color(0)), "#1f77b4");
    EXPECT_EQ(tabula::to_hex(tabula::cycle_color(13)), "#d62728");
    EXPECT_EQ(tabula::cycle_color(7), tabula::to_rgba("C7"));
}

}  // namespace
