#include "tabula/array/creation.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>
#include <variant>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_values;
using testing::parse_value;
using testing::words;

// Rows of tests/fixtures/array/creation.txt (written by creation.py from NumPy 1.24.2).
std::vector<std::vector<std::string>> fixture_rows(const std::string& kind) {
    return testing::fixture_rows("array/creation.txt", kind);
}

// A Python number as written by repr().
using Number = std::variant<std::int64_t, double>;
Number parse_number(const std::string& text) {
    if (testing::is_python_int(text)) return parse_value<std::int64_t>(text);
    return parse_value<double>(text);
}

TEST(Creation, ZerosOnesFullEmpty) {
    auto z = zeros({2, 3});
    static_assert(std::is_same_v<decltype(z), NDArray<double>>);
    EXPECT_EQ(z.shape(), (Shape{2, 3}));
    EXPECT_EQ(z.to_vector(), std::vector<double>(6, 0.0));
    auto o = ones<std::int32_t>({4});
    EXPECT_EQ(o.to_vector(), (std::vector<std::int32_t>{1, 1, 1, 1}));
    EXPECT_EQ(empty<float>({3, 0}).shape(), (Shape{3, 0}));
    EXPECT_EQ(zeros(Shape{}).ndim(), 0);

    auto i = full({2}, 3);
    static_assert(std::is_same_v<decltype(i), NDArray<std::int64_t>>);
    EXPECT_EQ(i.to_vector(), (std::vector<std::int64_t>{3, 3}));
    static_assert(std::is_same_v<decltype(full({1}, 2.5)), NDArray<double>>);
    static_assert(std::is_same_v<decltype(full({1}, true)), NDArray<bool>>);
    static_assert(std::is_same_v<decltype(full({1}, 2.5f)), NDArray<float>>);
    // np.full(2, 2.7, dtype=np.int32) -> [2, 2]; NaN -> INT_MIN; 2**40 wraps to 0 in int32.
    EXPECT_EQ(full<std::int32_t>({2}, 2.7).to_vector(), (std::vector<std::int32_t>{2, 2}));
    EXPECT_EQ(full<std::int64_t>({1}, -2.7).item(), -2);
    EXPECT_EQ(full<std::int64_t>({1}, std::nan("")).item(),
              std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(full<std::int32_t>({1}, std::int64_t{1} << 40).item(), 0);
    EXPECT_EQ(full<bool>({1}, 0.5).item(), true);

    EXPECT_THROW(zeros({-1, 2}), ValueError);
    try {
        ones({2, -1});
        FAIL();
    } catch (const ValueError& e) {
        EXPECT_STREQ(e.what(), "negative dimensions are not allowed");
    }
}

TEST(Creation, LikeFunctionsTakeShapeAndType) {
    NDArray<std::int32_t> a{{1, 2, 3}, {4, 5, 6}};
    auto z = zeros_like(a);
    static_assert(std::is_same_v<decltype(z), NDArray<std::int32_t>>);
    EXPECT_EQ(z.shape(), (Shape{2, 3}));
    EXPECT_EQ(z.to_vector(), std::vector<std::int32_t>(6, 0));
    auto od = ones_like<double>(a.T());
    static_assert(std::is_same_v<decltype(od), NDArray<double>>);
    EXPECT_EQ(od.shape(), (Shape{3, 2}));
    EXPECT_TRUE(od.is_contiguous());
    EXPECT_EQ(od.to_vector(), std::vector<double>(6, 1.0));
    EXPECT_EQ(full_like(a, 2.7).to_vector(), std::vector<std::int32_t>(6, 2));
    EXPECT_EQ(full_like<float>(a, 2.5).to_vector(), std::vector<float>(6, 2.5f));
    auto e = empty_like(a);
    EXPECT_EQ(e.shape(), a.shape());
    EXPECT_FALSE(e.shares_memory(a));
}

TEST(Creation, AsarrayAndIdentity) {
    auto v = asarray(std::vector<double>{1.5, 2.5});
    EXPECT_EQ(v.shape(), (Shape{2}));
    EXPECT_EQ(v(1), 2.5);
    EXPECT_EQ(asarray(std::vector<bool>{true, false}).to_vector(),
              (std::vector<bool>{true, false}));
    EXPECT_EQ(asarray(std::vector<std::int64_t>{}).shape(), (Shape{0}));
    auto id = identity<std::int64_t>(3);
    EXPECT_EQ(id.to_vector(), (std::vector<std::int64_t>{1, 0, 0, 0, 1, 0, 0, 0, 1}));
    EXPECT_EQ(eye<bool>(2, 3, 1).to_vector(),
              (std::vector<bool>{false, true, false, false, false, true}));
    EXPECT_EQ(eye(2, std::nullopt, std::numeric_limits<std::int64_t>::max()).to_vector(),
              std::vector<double>(4, 0.0));
    EXPECT_EQ(eye(2, std::nullopt, std::numeric_limits<std::int64_t>::min()).to_vector(),
              std::vector<double>(4, 0.0));
    EXPECT_THROW(eye(-1), ValueError);
}

TEST(Creation, ArangeTypes) {
    static_assert(std::is_same_v<decltype(arange(5)), NDArray<std::int64_t>>);
    static_assert(std::is_same_v<decltype(arange(0, 5, 2)), NDArray<std::int64_t>>);
    static_assert(std::is_same_v<decltype(arange(0, 5, 0.5)), NDArray<double>>);
    static_assert(std::is_same_v<decltype(arange(2.0)), NDArray<double>>);
    static_assert(std::is_same_v<decltype(arange(0.0f, 1)), NDArray<double>>);
    EXPECT_EQ(arange(std::int32_t{4}).to_vector(), (std::vector<std::int64_t>{0, 1, 2, 3}));
}

TEST(Creation, ArangeMatchesNumPy) {
    for (const auto& row : fixture_rows("arange")) {
        std::vector<Number> args;
        for (const auto& w : words(row[1])) args.push_back(parse_number(w));
        const std::string context = "arange(" + row[1] + ")";
        auto check = [&](const auto& result) {
            EXPECT_EQ(dtype_name(result.dtype()), row[2]) << context;
            const auto expected = words(row[3]);
            ASSERT_EQ(result.shape(), (Shape{static_cast<std::int64_t>(expected.size())}))
                << context;
            // Same algorithm as NumPy's fill: bit-identical.
            expect_values(result.to_vector(), expected, context);
        };
        if (args.size() == 1) {
            std::visit([&](auto stop) { check(arange(stop)); }, args[0]);
        } else if (args.size() == 2) {
            std::visit([&](auto start, auto stop) { check(arange(start, stop)); }, args[0],
                       args[1]);
        } else {
            std::visit([&](auto start, auto stop, auto step) { check(arange(start, stop, step)); },
                       args[0], args[1], args[2]);
        }
    }
}

TEST(Creation, ArangeErrorsMatchNumPy) {
    for (const auto& row : fixture_rows("arange_error")) {
        std::vector<Number> args;
        for (const auto& w : words(row[1])) args.push_back(parse_number(w));
        ASSERT_EQ(args.size(), 3u);
        SCOPED_TRACE("arange(" + row[1] + ")");
        testing::expect_error<ValueError>(
            [&] {
                std::visit([](auto start, auto stop, auto step) { arange(start, stop, step); },
                           args[0], args[1], args[2]);
            },
            row[2]);
    }
}

TEST(Creation, LinspaceMatchesNumPyBitForBit) {
    for (const auto& row : fixture_rows("linspace")) {
        const auto args = words(row[1]);
        const double start = parse_value<double>(args[0]);
        const double stop = parse_value<double>(args[1]);
        const std::int64_t num = parse_value<std::int64_t>(args[2]);
        const bool endpoint = args[3] == "1";
        const auto y = linspace(start, stop, num, endpoint);
        EXPECT_EQ(y.shape(), (Shape{num}));
        expect_values(y.to_vector(), words(row[2]), "linspace(" + row[1] + ")");
    }
    for (const auto& row : fixture_rows("linspace_error")) {
        testing::expect_error<ValueError>([] { linspace(0, 1, -1); }, row[2]);
    }
    EXPECT_EQ(linspace(0, 1).size(), 50);
}

TEST(Creation, EyeMatchesNumPy) {
    for (const auto& row : fixture_rows("eye")) {
        const auto args = words(row[1]);
        const auto shape = words(row[2]);
        const auto m = eye(std::stoll(args[0]), std::stoll(args[1]), std::stoll(args[2]));
        EXPECT_EQ(m.shape(), (Shape{std::stoll(shape[0]), std::stoll(shape[1])}));
        expect_values(m.to_vector(), words(row[3]), "eye(" + row[1] + ")");
    }
}

}  // namespace
}  // namespace tabula
