#pragma once
// What the plot tests share: the ';'-separated numbers of the fixtures the Python scripts wrote,
// element-wise closeness, and the degenerate frames every seaborn function must draw.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula::testing {

// "0.5;1;nan" as numbers; the empty text is none.
inline std::vector<double> numbers(const std::string& text) {
    std::vector<double> out;
    for (const std::string& v : split(text, ';')) out.push_back(std::stod(v));
    return out;
}

// Each value of `actual` within `tolerance` of `expected`'s, relative above 1.
inline void expect_near_all(const std::vector<double>& actual, const std::vector<double>& expected,
                            const std::string& context, double tolerance) {
    ASSERT_EQ(actual.size(), expected.size()) << context;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        EXPECT_NEAR(actual[i], expected[i], tolerance * std::max(1.0, std::abs(expected[i])))
            << context << " at " << i;
    }
}

// Frames with no rows, only nulls, one row and one repeated value, as seaborn meets them.
inline std::vector<DataFrame> degenerate_frames() {
    const double nan = std::nan("");
    return {
        DataFrame{{"x", std::vector<double>{}}, {"g", std::vector<std::string>{}}},
        DataFrame{{"x", std::vector<double>{nan, nan}}, {"g", std::vector<std::string>{"a", "b"}}},
        DataFrame{{"x", std::vector<double>{1.0}}, {"g", std::vector<std::string>{"a"}}},
        DataFrame{{"x", std::vector<double>{2.0, 2.0, 2.0}},
                  {"g", std::vector<std::string>{"a", "a", "b"}}}};
}

}  // namespace tabula::testing
