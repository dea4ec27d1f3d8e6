#include "tabula/array/creation.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include "tabula/core/error.hpp"

namespace tabula {
namespace {

std::vector<std::string> split(const std::string& text, char sep) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, sep)) parts.push_back(part);
    if (!text.empty() && text.back() == sep) parts.emplace_back();
    return parts;
}

std::vector<std::string> words(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

// Rows of tests/fixtures/array/creation.txt (written by creation.py from NumPy 1.24.2).
std::vector<std::vector<std::string>> fixture_rows(const std::string& kind) {
    std::ifstream in(std::string(TABULA_FIXTURES) + "/array/creation.txt");
    EXPECT_TRUE(in) << "missing fixture creation.txt";
    std::vector<std::vector<std::string>> rows;
    for (std::string line; std::getline(in, line);) {
        auto fields = split(line, '|');
        if (!fields.empty() && fields[0] == kind) rows.push_back(std::move(fields));
    }
    EXPECT_FALSE(rows.empty()) << kind;
    return rows;
}

// A Python number as written by repr(): an integer has no dot, exponent, nan or inf.
using Number = std::variant<std::int64_t, double>;
Number parse_number(const std::string& text) {
    if (text.find_first_of(".eni") == std::string::npos) return std::stoll(text);
    return std::strtod(text.c_str(), nullptr);
}

// Exact equality, NaN equal to NaN and the sign of zero significant.
void expect_same_doubles(const std::vector<double>& actual,
                         const std::vector<std::string>& expected, const std::string& context) {
    ASSERT_EQ(actual.size(), expected.size()) << context;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        const double e = std::strtod(expected[i].c_str(), nullptr);
        if (std::isnan(e)) {
            EXPECT_TRUE(std::isnan(actual[i])) << context << " at " << i;
        } else {
            EXPECT_EQ(actual[i], e) << context << " at " << i;
            EXPECT_EQ(std::signbit(actual[i]), std::signbit(e)) << context << " at " << i;
        }
    }
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
            using E = typename std::decay_t<decltype(result)>::value_type;
            EXPECT_EQ(dtype_name(result.dtype()), row[2]) << context;
            const auto expected = words(row[3]);
            ASSERT_EQ(result.shape(), (Shape{static_cast<std::int64_t>(expected.size())}))
                << context;
            if constexpr (std::is_integral_v<E>) {
                for (std::size_t i = 0; i < expected.size(); ++i) {
                    EXPECT_EQ(result.to_vector()[i], std::stoll(expected[i])) << context;
                }
            } else {
                // Same algorithm as NumPy's fill: bit-identical.
                expect_same_doubles(result.to_vector(), expected, context);
            }
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
        try {
            std::visit([](auto start, auto stop, auto step) { arange(start, stop, step); }, args[0],
                       args[1], args[2]);
            ADD_FAILURE() << "arange(" << row[1] << ") did not throw";
        } catch (const ValueError& e) {
            EXPECT_EQ(e.what(), row[2]) << "arange(" << row[1] << ")";
        }
    }
}

TEST(Creation, LinspaceMatchesNumPyBitForBit) {
    for (const auto& row : fixture_rows("linspace")) {
        const auto args = words(row[1]);
        const double start = std::strtod(args[0].c_str(), nullptr);
        const double stop = std::strtod(args[1].c_str(), nullptr);
        const std::int64_t num = std::stoll(args[2]);
        const bool endpoint = args[3] == "1";
        const auto y = linspace(start, stop, num, endpoint);
        EXPECT_EQ(y.shape(), (Shape{num}));
        expect_same_doubles(y.to_vector(), words(row[2]), "linspace(" + row[1] + ")");
    }
    for (const auto& row : fixture_rows("linspace_error")) {
        try {
            linspace(0, 1, -1);
            FAIL();
        } catch (const ValueError& e) {
            EXPECT_EQ(e.what(), row[2]);
        }
    }
    EXPECT_EQ(linspace(0, 1).size(), 50);
}

TEST(Creation, EyeMatchesNumPy) {
    for (const auto& row : fixture_rows("eye")) {
        const auto args = words(row[1]);
        const auto shape = words(row[2]);
        const auto m = eye(std::stoll(args[0]), std::stoll(args[1]), std::stoll(args[2]));
        EXPECT_EQ(m.shape(), (Shape{std::stoll(shape[0]), std::stoll(shape[1])}));
        expect_same_doubles(m.to_vector(), words(row[3]), "eye(" + row[1] + ")");
    }
}

}  // namespace
}  // namespace tabula
