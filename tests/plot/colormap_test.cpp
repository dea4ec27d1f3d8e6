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

// seaborn's rocket and icefire (its _rocket_lut and _icefire_lut) and ListedColormap.
TEST(Colormap, SeabornMapsAndListedColormap) {
    const tabula::Colormap rocket = tabula::get_cmap("rocket");
    EXPECT_EQ(rocket(0.0), (tabula::Rgba{0.01060815, 0.01808215, 0.10018654, 1}));
    EXPECT_EQ(rocket(1.0), (tabula::Rgba{0.98137749, 0.92061729, 0.86536915, 1}));
    EXPECT_EQ(tabula::get_cmap("icefire")(0.0),
              (tabula::Rgba{0.73936227, 0.90443867, 0.85757238, 1}));
    EXPECT_EQ(tabula::get_cmap("rocket_r")(0.0), rocket(1.0));
    const tabula::Colormap listed("two", {{1, 0, 0, 1}, {0, 0, 1, 1}});
    EXPECT_EQ(listed.N(), 2);
    EXPECT_EQ(listed(0.49), (tabula::Rgba{1, 0, 0, 1}));
    EXPECT_EQ(listed(0.5), (tabula::Rgba{0, 0, 1, 1}));
    EXPECT_EQ(listed.reversed().name(), "two_r");
    EXPECT_EQ(listed.reversed()(0.0), (tabula::Rgba{0, 0, 1, 1}));
    EXPECT_THROW(tabula::Colormap("none", std::vector<tabula::Rgba>{}), tabula::ValueError);
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
