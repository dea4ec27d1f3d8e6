#pragma once
// Reading the fixture files that NumPy wrote under tests/fixtures (the TABULA_FIXTURES macro),
// and comparing computed values with NumPy's texts. Header-only and free of the array module so
// every test binary can use it.
#include <gtest/gtest.h>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>
#include <type_traits>
#include <vector>

namespace tabula::testing {

inline std::string fixture_path(const std::string& relative) {
    return std::string(TABULA_FIXTURES) + "/" + relative;
}

// A missing file fails the calling test rather than letting it pass over zero rows.
inline std::ifstream open_fixture(const std::string& relative) {
    const std::string path = fixture_path(relative);
    std::ifstream in(path);
    EXPECT_TRUE(in.good()) << "cannot open fixture " << path;
    return in;
}

inline std::vector<std::string> fixture_lines(const std::string& relative) {
    std::ifstream in = open_fixture(relative);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(std::move(line));
    return lines;
}

// Like Python's str.split(sep): a trailing separator leaves an empty last field.
inline std::vector<std::string> split(const std::string& text, char sep) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, sep)) parts.push_back(part);
    if (!text.empty() && text.back() == sep) parts.emplace_back();
    return parts;
}

// Like Python's str.split(): runs of white space separate, none are kept.
inline std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

// The '|'-separated rows of a fixture file whose first field is `kind`; there must be some.
inline std::vector<std::vector<std::string>> fixture_rows(const std::string& relative,
                                                          const std::string& kind) {
    std::vector<std::vector<std::string>> rows;
    for (const std::string& line : fixture_lines(relative)) {
        auto fields = split(line, '|');
        if (!fields.empty() && fields[0] == kind) rows.push_back(std::move(fields));
    }
    EXPECT_FALSE(rows.empty()) << "no " << kind << " rows in " << relative;
    return rows;
}

// "2,3" is (2, 3); the empty text is the 0-d shape.
inline std::vector<std::int64_t> parse_shape(const std::string& text) {
    std::vector<std::int64_t> shape;
    for (const std::string& d : split(text, ',')) shape.push_back(std::stoll(d));
    return shape;
}

// Python's repr() writes an int without a dot, an exponent, nan or inf.
inline bool is_python_int(const std::string& text) {
    return text.find_first_of(".eni") == std::string::npos;
}

// A value as NumPy wrote it, which must be the whole text; a bool is 0 or 1. float32 values
// were written as the exact double of the float, so parsing as double and narrowing is exact.
template <class E>
E parse_value(const std::string& text) {
    using Parsed = std::conditional_t<std::is_floating_point_v<E>, double, std::int64_t>;
    Parsed value{};
    const char* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    EXPECT_TRUE(result.ec == std::errc() && result.ptr == end) << "not a number: '" << text << "'";
    if constexpr (std::is_same_v<E, bool>) {
        return value != 0;
    } else {
        return static_cast<E>(value);
    }
}

// Distance in units in the last place between two finite floats of the same sign.
template <class F>
std::int64_t ulp_distance(F a, F b) {
    using I = std::conditional_t<std::is_same_v<F, float>, std::int32_t, std::int64_t>;
    const auto ia = static_cast<std::int64_t>(std::bit_cast<I>(a));
    const auto ib = static_cast<std::int64_t>(std::bit_cast<I>(b));
    return ia > ib ? ia - ib : ib - ia;
}

// Each value against NumPy's text: equal, with NaN equal to NaN and the sign of zero
// significant; finite floats of the same sign within `ulps` units in the last place where
// ulps > 0.
template <class E>
void expect_values(const std::vector<E>& actual, const std::vector<std::string>& expected,
                   const std::string& context, int ulps = 0) {
    ASSERT_EQ(actual.size(), expected.size()) << context;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const E e = parse_value<E>(expected[i]);
        const E a = actual[i];
        if constexpr (std::is_floating_point_v<E>) {
            if (std::isnan(e)) {
                EXPECT_TRUE(std::isnan(a)) << context << " at " << i << ": " << a;
            } else if (ulps == 0 || !std::isfinite(e) || !std::isfinite(a) ||
                       std::signbit(a) != std::signbit(e)) {
                EXPECT_EQ(a, e) << context << " at " << i;
                EXPECT_EQ(std::signbit(a), std::signbit(e)) << context << " at " << i;
            } else {
                EXPECT_LE(ulp_distance(a, e), ulps)
                    << context << " at " << i << ": " << a << " vs " << e;
            }
        } else {
            EXPECT_EQ(a, e) << context << " at " << i;
        }
    }
}

// Runs `body`, which must throw Error with exactly `message`.
template <class Error, class Body>
void expect_error(Body&& body, const std::string& message) {
    try {
        body();
        ADD_FAILURE() << "no exception; expected: " << message;
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.what()), message);
    }
}

}  // namespace tabula::testing
