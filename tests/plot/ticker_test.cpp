// Tick positions and labels against matplotlib 3.6.3 (tests/fixtures/plot/ticks.py).
#include "tabula/plot/ticker.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"

namespace {

using namespace tabula::testing;

std::vector<std::string> list(const std::string& field) {
    return field.empty() ? std::vector<std::string>{} : split(field, ';');
}

TEST(GetTickSpace, MatchesMatplotlib) {
    for (const auto& row : fixture_rows("plot/ticks.txt", "space")) {
        EXPECT_EQ(tabula::get_tick_space(parse_value<double>(row[2]), row[1]),
                  parse_value<int>(row[3]))
            << row[1] << " " << row[2];
    }
    EXPECT_THROW(tabula::get_tick_space(100, "z"), tabula::ValueError);
}

TEST(AutoLocator, TicksAndLabelsMatchMatplotlib) {
    const tabula::MaxNLocator locator = tabula::AutoLocator();
    const auto rows = fixture_rows("plot/ticks.txt", "auto");
    for (const auto& row : rows) {
        const std::string where = row[1] + " [" + row[2] + ", " + row[3] + "] " + row[4] + "pt";
        const double vmin = parse_value<double>(row[2]);
        const double vmax = parse_value<double>(row[3]);
        const int space = tabula::get_tick_space(parse_value<double>(row[4]), row[1]);
        EXPECT_EQ(space, parse_value<int>(row[5])) << where;
        const std::vector<double> ticks = locator.tick_values(vmin, vmax, space);
        expect_values(ticks, list(row[6]), where);
        tabula::ScalarFormatter formatter;
        EXPECT_EQ(formatter.format_ticks(ticks, vmin, vmax), list(row[7])) << where;
        EXPECT_EQ(formatter.get_offset(), row[8]) << where;
    }
    EXPECT_GE(rows.size(), 150u);
}

TEST(LogLocator, TicksMatchMatplotlib) {
    for (const auto& row : fixture_rows("plot/ticks.txt", "log")) {
        const std::string where = row[1] + " [" + row[2] + ", " + row[3] + "] " + row[4] + "pt";
        const int space = tabula::get_tick_space(parse_value<double>(row[4]), row[1]);
        const auto ticks = tabula::log_tick_values(parse_value<double>(row[2]),
                                                   parse_value<double>(row[3]), space);
        // NumPy's vectorised power (which matplotlib calls) may be a unit in the last place
        // off the correctly rounded power on some CPUs: 10.0 ** -1 is 0.09999999999999999.
        expect_values(ticks, list(row[6]), where, 2);
    }
}

TEST(LogLocator, NoPositiveValuesIsValueError) {
    expect_error<tabula::ValueError>(
        [] { tabula::log_tick_values(-1, 0, 9, 10, 0); },
        "Data has no positive values, and therefore can not be log-scaled.");
}

TEST(MaxNLocator, DefaultsAndBadSteps) {
    // MaxNLocator().tick_values(0, 7) and MaxNLocator(nbins=4, steps=[1, 2, 5]) in matplotlib.
    EXPECT_EQ(tabula::MaxNLocator().tick_values(0, 7),
              (std::vector<double>{0.0, 0.8, 1.6, 2.4000000000000004, 3.2, 4.0, 4.800000000000001,
                                   5.6000000000000005, 6.4, 7.2}));
    EXPECT_EQ(tabula::MaxNLocator({.nbins = 4, .steps = {1, 2, 5}}).tick_values(0, 7),
              (std::vector<double>{0, 2, 4, 6, 8}));
    expect_error<tabula::ValueError>(
        [] {
            tabula::MaxNLocator({.steps = {1, 5, 2}});
        },
        "steps argument must be an increasing sequence of numbers between 1 and 10 inclusive");
    EXPECT_THROW(tabula::MaxNLocator({.steps = {0.5, 1}}), tabula::ValueError);
    EXPECT_THROW(tabula::MaxNLocator({.nbins = 0}), tabula::ValueError);
}

TEST(ScalarFormatter, WithoutOffset) {
    tabula::ScalarFormatter formatter({.useOffset = false});
    const auto labels = formatter.format_ticks({100000, 100002, 100004}, 100000, 100004);
    EXPECT_EQ(labels, (std::vector<std::string>{"100000", "100002", "100004"}));
    EXPECT_EQ(formatter.get_offset(), "");
}

}  // namespace
