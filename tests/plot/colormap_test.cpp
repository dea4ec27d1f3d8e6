// Colormap samples against matplotlib 3.6.3 (tests/fixtures/plot/colors.py).
#include "tabula/plot/colormap.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"

namespace {

using namespace tabula::testing;

TEST(Colormap, SamplesMatchMatplotlib) {
    const auto rows = fixture_rows("plot/colors.txt", "cmap");
    for (const auto& row : rows) {
        const tabula::Colormap cmap = tabula::get_cmap(row[1]);
        const double x = parse_value<double>(row[2]);
        const tabula::Rgba c = cmap(x);
        expect_values(std::vector<double>{c.r, c.g, c.b, c.a}, {row.begin() + 3, row.end()},
                      row[1] + " at " + row[2]);
    }
    EXPECT_GE(rows.size(), 18u * 41u);
}

TEST(Colormap, NamesAndReverses) {
    const tabula::Colormap viridis = tabula::get_cmap();
    EXPECT_EQ(viridis.name(), "viridis");
    EXPECT_EQ(viridis.N(), 256);
    EXPECT_EQ(viridis.reversed().name(), "viridis_r");
    EXPECT_EQ(viridis.reversed().reversed().name(), "viridis");
    EXPECT_EQ(viridis.reversed()(0.0), viridis(1.0));
    EXPECT_EQ(tabula::get_cmap("Blues_r").reversed().name(), "Blues");
    EXPECT_EQ(viridis(0.5, 0.25).a, 0.25);
}

TEST(Colormap, UnknownNameIsValueErrorListingTheSupportedOnes) {
    try {
        tabula::get_cmap("Blue");
        ADD_FAILURE() << "no exception";
    } catch (const tabula::ValueError& e) {
        const std::string message = e.what();
        EXPECT_EQ(message.rfind("'Blue' is not a valid value for name; supported values are ", 0),
                  0u)
            << message;
        EXPECT_NE(message.find("'Blues', 'Blues_r'"), std::string::npos) << message;
    }
}

}  // namespace
