// DataFrame::info against pandas 1.5.3's text. Every line must match byte for byte except the
// memory figure: tabula stores columns differently (Arrow strings, validity bitmaps), so only
// the line's form and pandas' "+" are compared, and the figure must be tabula's own
// memory_usage in pandas' units.
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "../../src/frame/format_size.hpp"
#include "print_cases.hpp"

namespace tabula {
namespace {

// "memory usage: " + pandas' _sizeof_fmt form: digits, one decimal, an optional "+", a unit.
bool is_memory_line(const std::string& line) {
    const std::string prefix = "memory usage: ";
    if (!line.starts_with(prefix)) return false;
    std::size_t i = prefix.size();
    const std::size_t digits = line.find_first_not_of("0123456789", i);
    if (digits == i || digits == std::string::npos || line[digits] != '.') return false;
    i = digits + 1;
    if (i >= line.size() || line[i] < '0' || line[i] > '9') return false;
    ++i;
    if (i < line.size() && line[i] == '+') ++i;
    const std::string unit = line.substr(std::min(i, line.size()));
    return unit == " bytes" || unit == " KB" || unit == " MB" || unit == " GB" || unit == " TB" ||
           unit == " PB";
}

std::vector<std::string> lines_of(const std::string& text) {
    return testing::split(text, '\n');
}

TEST(Info, MatchesPandasExceptTheMemoryFigure) {
    const auto cases = testing::print_cases("info");
    ASSERT_GT(cases.size(), 10U);
    for (const std::string& name : cases) {
        SCOPED_TRACE(name);
        const testing::PrintCase c = testing::load_print_case(name);
        const testing::ScopedDisplayOptions options(c.options);
        const DataFrame frame = c.frame();
        std::ostringstream out;
        frame.info(out);
        const std::vector<std::string> actual = lines_of(out.str());
        const std::vector<std::string> expected = lines_of(c.expected);
        ASSERT_EQ(actual.size(), expected.size()) << out.str();
        for (std::size_t i = 0; i < actual.size(); ++i) {
            if (!expected[i].starts_with("memory usage: ")) {
                EXPECT_EQ(actual[i], expected[i]) << "line " << i;
                continue;
            }
            EXPECT_TRUE(is_memory_line(actual[i])) << actual[i];
            const bool lower_bound = expected[i].find("+ ") != std::string::npos;
            EXPECT_EQ(actual[i], "memory usage: " + display_detail::sizeof_fmt(
                                                        frame.memory_usage().sum(), lower_bound));
        }
    }
}

TEST(Info, SizeofFmtMatchesPandas) {
    for (const std::string& line : testing::fixture_lines("frame/print/sizeof.txt")) {
        const std::vector<std::string> fields = testing::split(line, '|');
        ASSERT_EQ(fields.size(), 3U) << line;
        EXPECT_EQ(display_detail::sizeof_fmt(std::stod(fields[0]), fields[1] == "+"), fields[2])
            << line;
    }
}

TEST(Info, EndsWithANewlineAsPandasWrites) {
    std::ostringstream out;
    DataFrame({{"x", {1.5, 2.5}}}).info(out);
    EXPECT_TRUE(out.str().ends_with(" bytes\n")) << out.str();
    EXPECT_TRUE(
        out.str().starts_with("<class 'tabula.DataFrame'>\nRangeIndex: 2 entries, 0 to 1\n"));
}

}  // namespace
}  // namespace tabula
