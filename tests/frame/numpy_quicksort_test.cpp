#include "../../src/frame/numpy_quicksort.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <sstream>

#include "../support/fixtures.hpp"

namespace {

std::vector<std::int64_t> numbers(const std::string& line) {
    std::istringstream in(line);
    std::vector<std::int64_t> out;
    for (std::int64_t x; in >> x;) out.push_back(x);
    return out;
}

// Tied values come out in exactly NumPy's order, which no stable sort gives.
TEST(NumpyQuicksort, ArgsortEqualsNumpyOnTies) {
    const auto lines = tabula::testing::fixture_lines("frame/argsort/argsort.txt");
    ASSERT_EQ(lines.size() % 2, 0u);
    ASSERT_GE(lines.size(), 26u);
    for (std::size_t k = 0; k < lines.size(); k += 2) {
        const auto values = numbers(lines[k]);
        EXPECT_EQ(tabula::detail::numpy_quicksort_argsort(values), numbers(lines[k + 1]))
            << "case " << k / 2 << " of " << values.size() << " values";
    }
}

TEST(NumpyQuicksort, DescendingNargsortKeepsTiesInOrder) {
    const std::vector<std::int64_t> counts{3, 5, 3, 5, 1};
    EXPECT_EQ(tabula::detail::pandas_nargsort(counts, false),
              (std::vector<std::int64_t>{1, 3, 0, 2, 4}));
}

}  // namespace
