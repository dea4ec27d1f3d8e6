// DataFrame and Series printing against pandas 1.5.3's repr, byte for byte. The frames are
// rebuilt from tests/fixtures/frame/print/*.case (see make_fixtures.py for the format).
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "print_cases.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/display.hpp"

namespace tabula {
namespace {

std::string printed(const DataFrame& frame) {
    std::ostringstream out;
    out << frame;
    return out.str();
}

std::string printed(const Series& series) {
    std::ostringstream out;
    out << series;
    return out.str();
}

TEST(PrintFrame, MatchesPandasRepr) {
    const auto cases = testing::print_cases("frame");
    ASSERT_GT(cases.size(), 30U);
    for (const std::string& name : cases) {
        SCOPED_TRACE(name);
        const testing::PrintCase c = testing::load_print_case(name);
        const testing::ScopedDisplayOptions options(c.options);
        // print() adds the newline that repr() does not have.
        EXPECT_EQ(printed(c.frame()), c.expected + "\n");
    }
}

TEST(PrintSeries, MatchesPandasRepr) {
    const auto cases = testing::print_cases("series");
    ASSERT_GT(cases.size(), 30U);
    for (const std::string& name : cases) {
        SCOPED_TRACE(name);
        const testing::PrintCase c = testing::load_print_case(name);
        const testing::ScopedDisplayOptions options(c.options);
        EXPECT_EQ(printed(c.series()), c.expected + "\n");
    }
}

// The fixtures store NaN in float columns as nulls; a NaN value that is not a null prints the
// same way.
TEST(PrintFrame, NanValueAndNullPrintAlike) {
    const Column nulls = Column::from_optionals<double>({1.5, std::nullopt, -0.25});
    const Column nans = Column::from_vector<double>({1.5, std::nan(""), -0.25});
    EXPECT_EQ(printed(DataFrame({"f"}, {nulls})), printed(DataFrame({"f"}, {nans})));
    EXPECT_EQ(printed(DataFrame({"f"}, {nans})), "      f\n0  1.50\n1   NaN\n2 -0.25\n");
}

TEST(PrintFrame, OptionsAreProcessWide) {
    const DataFrame frame({{"x", {1, 2, 3, 4, 5}}});
    {
        const testing::ScopedDisplayOptions options({});
        display_options().max_rows = 4;
        display_options().min_rows = 2;
        EXPECT_EQ(printed(frame), "    x\n0   1\n.. ..\n4   5\n\n[5 rows x 1 columns]\n");
    }
    EXPECT_EQ(display_options().max_rows, 60);
    EXPECT_EQ(printed(frame), "   x\n0  1\n1  2\n2  3\n3  4\n4  5\n");
}

TEST(PrintFrame, EmptyFrameWithoutRowsOrColumns) {
    EXPECT_EQ(printed(DataFrame()), "Empty DataFrame\nColumns: []\nIndex: []\n");
}

TEST(PrintFrame, ManyColumnsOfAnEmptyFrameAreListedUpToMaxSeqItems) {
    std::vector<std::string> names;
    std::vector<Column> columns;
    for (int i = 0; i < 102; ++i) {
        names.push_back(std::string("c").append(std::to_string(i)));
        columns.push_back(Column::from_vector<double>({}));
    }
    const std::string text = printed(DataFrame(names, columns));
    EXPECT_TRUE(text.ends_with(", c98, c99, ...]\nIndex: []\n\n[0 rows x 102 columns]\n")) << text;
}

// The example size: a million rows print their first and last five, as pandas, without
// formatting the rest. The values follow make_fixtures.py's write_million.
TEST(PrintFrame, MillionRowsMatchPandas) {
    const std::int64_t n = 1'000'000;
    std::vector<std::int64_t> i(n), mod(n);
    std::vector<double> half(n);
    for (std::int64_t k = 0; k < n; ++k) {
        i[k] = k;
        half[k] = static_cast<double>(k) * 0.5;
        mod[k] = (k * 7919) % 1000 - 500;
    }
    std::vector<std::string> names{"i", "half", "mod", "flag"};
    std::vector<std::optional<bool>> flags(n);
    for (std::int64_t k = 0; k < n; ++k) flags[k] = k % 3 == 0;
    std::vector<Column> columns{Column::from_vector(i), Column::from_vector(half),
                                Column::from_vector(mod), Column::from_optionals(flags)};
    for (int j = 0; j < 7; ++j) {
        std::vector<double> f(n);
        for (std::int64_t k = 0; k < n; ++k) f[k] = static_cast<double>(k % (j + 2)) * 1.25;
        names.push_back(std::string("f").append(std::to_string(j)));
        columns.push_back(Column::from_vector(f));
    }
    std::ifstream in(testing::fixture_path("frame/print/million.txt"), std::ios::binary);
    const std::string expected{std::istreambuf_iterator<char>(in),
                               std::istreambuf_iterator<char>()};
    EXPECT_EQ(printed(DataFrame(names, columns)), expected + "\n");
}

}  // namespace
}  // namespace tabula
