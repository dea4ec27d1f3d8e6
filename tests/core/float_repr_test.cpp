#include "tabula/core/float_repr.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace tabula {
namespace {

// Expected texts are CPython 3.11's repr() of the same doubles.
TEST(FloatRepr, MatchesPythonRepr) {
    const std::pair<double, const char*> cases[] = {
        {1.0, "1.0"},
        {-0.0, "-0.0"},
        {0.1, "0.1"},
        {1.0 / 3.0, "0.3333333333333333"},
        {1e16, "1e+16"},
        {1.5e16, "1.5e+16"},
        {1e15, "1000000000000000.0"},
        {0.0001, "0.0001"},
        {0.00001, "1e-05"},
        {123456789.125, "123456789.125"},
        {5e-324, "5e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
        {-2.5e-7, "-2.5e-07"},
        {100.0, "100.0"},
        {1234567890123456.0, "1234567890123456.0"},
        {std::numeric_limits<double>::quiet_NaN(), "nan"},
        {-std::numeric_limits<double>::infinity(), "-inf"},
    };
    for (const auto& [value, text] : cases) EXPECT_EQ(float_repr(value), text) << text;
}

TEST(FloatRepr, Float32UsesItsOwnShortestDigits) {
    EXPECT_EQ(float_repr(0.1f), "0.1");
    EXPECT_EQ(float_repr(16777216.0f), "16777216.0");
    // numpy.float32 decides the layout by the value: 1e-4 as float32 is just below 1e-4.
    EXPECT_EQ(float_repr(1e-4f), "1e-04");
    EXPECT_EQ(float_repr(1e16f), "1e+16");
    EXPECT_EQ(float_repr(9.9e15f), "9900000000000000.0");
    EXPECT_EQ(float_repr(1.5e-5f), "1.5e-05");
    EXPECT_EQ(float_repr(0.00012f), "0.00012");
}

}  // namespace
}  // namespace tabula
