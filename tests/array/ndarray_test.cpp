#include "tabula/array/ndarray.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <sstream>

#include "tabula/array/operators.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

TEST(NDArray, CreationFromNestedLists) {
    NDArray<std::int64_t> a{{1, 2, 3}, {4, 5, 6}};
    EXPECT_EQ(a.shape(), (Shape{2, 3}));
    EXPECT_EQ(a.ndim(), 2);
    EXPECT_EQ(a.size(), 6);
    EXPECT_EQ(a(1, 2), 6);
    EXPECT_EQ(a(-1, -3), 4);
    NDArray<double> c{{{1, 2}, {3, 4}}, {{5, 6}, {7, 8}}};
    EXPECT_EQ(c.shape(), (Shape{2, 2, 2}));
    EXPECT_EQ(c(1, 0, 1), 6.0);
    EXPECT_THROW((NDArray<double>{{1, 2}, {3}}), ValueError);
    EXPECT_THROW(a(2, 0), IndexError);
    EXPECT_THROW(a(0), IndexError);
    EXPECT_THROW((NDArray<double>(std::vector<double>{1, 2, 3}, {2, 2})), ShapeError);
    NDArray<float> empty;
    EXPECT_EQ(empty.shape(), (Shape{0}));
}

TEST(NDArray, ErrorMessagesNameTheProblem) {
    NDArray<std::int64_t> a{{1, 2, 3}, {4, 5, 6}};
    try {
        a(0, 3);
        FAIL();
    } catch (const IndexError& e) {
        EXPECT_STREQ(e.what(), "index 3 is out of bounds for axis 1 with size 3");
    }
}

TEST(NDArray, SlicingViewsShareMemory) {
    NDArray<std::int64_t> a(std::vector<std::int64_t>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {10});
    auto evens = a(Slice{0, std::nullopt, 2});
    EXPECT_EQ(evens.to_vector(), (std::vector<std::int64_t>{0, 2, 4, 6, 8}));
    auto rev = a(Slice{std::nullopt, std::nullopt, -3});
    EXPECT_EQ(rev.to_vector(), (std::vector<std::int64_t>{9, 6, 3, 0}));
    auto tail = a(Slice{-3, std::nullopt});
    EXPECT_EQ(tail.to_vector(), (std::vector<std::int64_t>{7, 8, 9}));
    auto none = a(Slice{5, 2});
    EXPECT_EQ(none.size(), 0);
    evens.fill(-1);
    EXPECT_EQ(a(4), -1);
    EXPECT_EQ(a(5), 5);
    EXPECT_TRUE(evens.shares_memory(a));
    EXPECT_THROW(a(Slice{0, 5, 0}), ValueError);

    NDArray<double> m{{1, 2, 3}, {4, 5, 6}};
    auto col = m(Slice{}, 1);
    EXPECT_EQ(col.shape(), (Shape{2}));
    EXPECT_EQ(col.to_vector(), (std::vector<double>{2, 5}));
    auto expanded = m(Slice{}, newaxis, Slice{1, 3});
    EXPECT_EQ(expanded.shape(), (Shape{2, 1, 2}));
    EXPECT_EQ(expanded.to_vector(), (std::vector<double>{2, 3, 5, 6}));
}

TEST(NDArray, ShapeOperations) {
    NDArray<double> a(std::vector<double>{1, 2, 3, 4, 5, 6}, {2, 3});
    auto r = a.reshape({3, -1});
    EXPECT_EQ(r.shape(), (Shape{3, 2}));
    EXPECT_TRUE(r.shares_memory(a));
    EXPECT_THROW(a.reshape({4, -1}), ShapeError);
    EXPECT_THROW(a.reshape({-1, -1}), ValueError);
    auto t = a.T();
    EXPECT_EQ(t.shape(), (Shape{3, 2}));
    EXPECT_EQ(t.to_vector(), (std::vector<double>{1, 4, 2, 5, 3, 6}));
    EXPECT_FALSE(t.is_contiguous());
    auto flat = t.ravel();
    EXPECT_FALSE(flat.shares_memory(a));
    EXPECT_EQ(flat.to_vector(), (std::vector<double>{1, 4, 2, 5, 3, 6}));
    EXPECT_EQ(a.expand_dims(0).shape(), (Shape{1, 2, 3}));
    EXPECT_EQ(a.expand_dims(-1).shape(), (Shape{2, 3, 1}));
    EXPECT_EQ(a.expand_dims(0).expand_dims(2).squeeze().shape(), (Shape{2, 3}));
    EXPECT_THROW(a.squeeze(0), ValueError);
    EXPECT_THROW(a.transpose({0, 0}), ValueError);
    NDArray<double> cube = NDArray<double>::zeros({2, 3, 4});
    EXPECT_EQ(cube.transpose({2, 0, 1}).shape(), (Shape{4, 2, 3}));
    auto copy = a.copy();
    copy.fill(0);
    EXPECT_EQ(a(0, 0), 1.0);
    EXPECT_EQ(a.astype<std::int32_t>().dtype(), DType::Int32);
}

TEST(NDArray, AstypeOfNanIsDefined) {
    NDArray<double> a{1.9, -1.9, std::nan(""), 1e300};
    auto i = a.astype<std::int64_t>();
    EXPECT_EQ(i(0), 1);
    EXPECT_EQ(i(1), -1);
    EXPECT_EQ(i(2), std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(i(3), std::numeric_limits<std::int64_t>::min());
}

TEST(Operators, BroadcastAndPromote) {
    NDArray<std::int32_t> a{{1, 2, 3}, {4, 5, 6}};
    NDArray<double> b{10, 20, 30};
    auto c = a + b;
    static_assert(std::is_same_v<decltype(c), NDArray<double>>);
    EXPECT_EQ(c.to_vector(), (std::vector<double>{11, 22, 33, 14, 25, 36}));
    auto d = a / a;
    static_assert(std::is_same_v<decltype(d), NDArray<double>>);
    auto e = a * 2;
    static_assert(std::is_same_v<decltype(e), NDArray<std::int32_t>>);
    auto f = a * 2.5;
    static_assert(std::is_same_v<decltype(f), NDArray<double>>);
    NDArray<float> x{1.5f};
    static_assert(std::is_same_v<decltype(x * 2.0), NDArray<float>>);
    static_assert(std::is_same_v<decltype(a > 3), NDArray<bool>>);
    EXPECT_EQ((a > 3).to_vector(), (std::vector<bool>{false, false, false, true, true, true}));
    NDArray<double> col{{1}, {2}};
    EXPECT_EQ((col * b).shape(), (Shape{2, 3}));
    try {
        auto bad = a + NDArray<double>{{1, 2}, {3, 4}, {5, 6}};
        FAIL();
    } catch (const ShapeError& e) {
        EXPECT_STREQ(e.what(), "operands could not be broadcast together with shapes (2,3) (3,2) ");
    }
    EXPECT_THROW(a + (std::int64_t{1} << 40), ValueError);
}

TEST(Operators, InPlaceAndTemporaries) {
    NDArray<double> a{{1, 2}, {3, 4}};
    a += NDArray<double>{10, 20};
    EXPECT_EQ(a.to_vector(), (std::vector<double>{11, 22, 13, 24}));
    a /= 2;
    EXPECT_EQ(a(0, 0), 5.5);
    NDArray<double> row{1, 2};
    EXPECT_THROW(row += a, ValueError);
    auto t = a.T();
    a += t;  // overlapping operands read from a copy
    EXPECT_EQ(a.to_vector(), (std::vector<double>{11, 17.5, 17.5, 24}));
    NDArray<std::int64_t> big{std::numeric_limits<std::int64_t>::max()};
    EXPECT_EQ((big + 1)(0), std::numeric_limits<std::int64_t>::min());
    NDArray<bool> p{true, false};
    NDArray<bool> q{true, true};
    EXPECT_EQ((p + q).to_vector(), (std::vector<bool>{true, true}));
    EXPECT_EQ((p & q).to_vector(), (std::vector<bool>{true, false}));
    EXPECT_EQ((~p).to_vector(), (std::vector<bool>{false, true}));
    EXPECT_EQ((-NDArray<double>{1, -2}).to_vector(), (std::vector<double>{-1, 2}));
    auto m = maximum(NDArray<double>{1, std::nan(""), 3}, 2.0);
    EXPECT_EQ(m(0), 2.0);
    EXPECT_TRUE(std::isnan(m(1)));
}

}  // namespace
}  // namespace tabula
