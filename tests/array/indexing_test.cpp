#include "tabula/array/indexing.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <type_traits>

#include "indexing_fixture.hpp"
#include "tabula/array/operators.hpp"
#include "tabula/core/error.hpp"

// NumPy 1.24.2 results from tests/fixtures/array/indexing.py, compared exactly.

namespace tabula {
namespace {

using testing::expect_error;
using testing::expect_fixture;
using testing::fixture;

TEST(IndexingMask, SelectsRowsElementsAndLeadingAxes) {
    const auto X = fixture<double>("X");
    const auto y = fixture<std::int64_t>("y");
    expect_fixture(X[y == 1], "X[y==1]");
    expect_fixture(X[X > 0.5], "X[X>0.5]");
    const auto A = fixture<std::int64_t>("A");
    expect_fixture(A[fixture<bool>("M")], "A[M]");
    // A transposed view: the mask and the array are both strided.
    const NDArray<std::int64_t> At = A.T();
    expect_fixture(At[At > 13], "A.T[A.T>13]");
}

TEST(IndexingMask, SelectionIsACopyUsableAsAnArray) {
    NDArray<double> a{1.0, -2.0, 3.0, -4.0};
    auto positive = a[a > 0.0];
    static_assert(std::is_base_of_v<NDArray<double>, decltype(positive)>);
    EXPECT_EQ(positive.shape(), (Shape{2}));
    EXPECT_EQ(positive.to_vector(), (std::vector<double>{1.0, 3.0}));
    EXPECT_FALSE(positive.shares_memory(a));
    positive.fill(0.0);
    EXPECT_EQ(a.to_vector(), (std::vector<double>{1.0, -2.0, 3.0, -4.0}));
    // A named selection does not write through: assigning to it does not compile.
    static_assert(!std::is_assignable_v<decltype(positive)&, double>);
    static_assert(std::is_assignable_v<decltype(positive)&&, double>);
    const NDArray<double> c = a;
    static_assert(std::is_same_v<decltype(c[c > 0.0]), NDArray<double>>);
}

TEST(IndexingMask, ZeroDimensionalMaskAddsAnAxis) {
    NDArray<double> a{{1, 2}, {3, 4}};
    const NDArray<double> yes = a[NDArray<bool>::scalar(true)];
    EXPECT_EQ(yes.shape(), (Shape{1, 2, 2}));
    EXPECT_EQ(yes.to_vector(), a.to_vector());
    const NDArray<double> no = a[NDArray<bool>::scalar(false)];
    EXPECT_EQ(no.shape(), (Shape{0, 2, 2}));
}

TEST(IndexingMask, ShapeErrorsUseNumPysText) {
    const auto X = NDArray<double>::zeros({1000, 5});
    expect_error<IndexError>(
        [&] { return X[NDArray<bool>::ones({999})]; },
        "boolean index did not match indexed array along dimension 0; dimension is 1000 but "
        "corresponding boolean dimension is 999");
    expect_error<IndexError>(
        [&] {
            return X[NDArray<bool>::ones({1000, 4})];
        },
        "boolean index did not match indexed array along dimension 1; dimension is 5 but "
        "corresponding boolean dimension is 4");
    expect_error<IndexError>(
        [&] {
            return NDArray<double>::zeros({5})[NDArray<bool>::ones({5, 1})];
        },
        "too many indices for array: array is 1-dimensional, but 2 were indexed");
}

TEST(IndexingMaskAssign, ScalarRowsColumnsAndValues) {
    const auto X = fixture<double>("X");
    const auto y = fixture<std::int64_t>("y");

    NDArray<double> Z = X.copy();
    Z[Z < 0.0] = 0.0;
    expect_fixture(Z, "X[X<0]=0");

    Z = X.copy();
    Z[y == 1] = NDArray<double>{1.5, 2.5, 3.5, 4.5};
    expect_fixture(Z, "X[y==1]=row");

    Z = X.copy();
    NDArray<double> column = NDArray<double>::zeros({flatnonzero(y == 2).size(), 1});
    for (std::int64_t i = 0; i < column.size(); ++i) column.at({i, 0}) = static_cast<double>(i);
    Z[y == 2] = column;
    expect_fixture(Z, "X[y==2]=column");

    Z = X.copy();
    const NDArray<bool> big = X > 1.0;
    NDArray<double> values = NDArray<double>::empty({flatnonzero(big).size()});
    for (std::int64_t i = 0; i < values.size(); ++i) values.at({i}) = -static_cast<double>(i);
    Z[big] = values;
    expect_fixture(Z, "X[X>1]=values");
}

TEST(IndexingMaskAssign, WritesThroughViewsAndFromOtherSelections) {
    NDArray<std::int64_t> a{{1, 5, 2}, {7, 3, 9}};
    auto column = a(Slice{}, 1);
    a(Slice{}, 1)[column > 4] = -1;
    EXPECT_EQ(a.to_vector(), (std::vector<std::int64_t>{1, -1, 2, 7, 3, 9}));
    NDArray<std::int64_t> b{10, 20, 30, 40, 50, 60};
    NDArray<std::int64_t> flat = a.reshape({6});
    flat[flat > 2] = b[b > 30];
    EXPECT_EQ(a.to_vector(), (std::vector<std::int64_t>{1, -1, 2, 40, 50, 60}));
    // One value broadcasts to every selected element.
    flat[flat < 2] = NDArray<std::int64_t>{8};
    EXPECT_EQ(a.to_vector(), (std::vector<std::int64_t>{8, 8, 2, 40, 50, 60}));
}

TEST(IndexingMaskAssign, CountAndShapeErrorsUseNumPysText) {
    NDArray<double> a{0.0, 1.0, 2.0, 3.0, 4.0};
    const NDArray<bool> two{true, false, true, false, false};
    expect_error<ValueError>(
        [&] {
            a[two] = NDArray<double>{1.0, 2.0, 3.0};
        },
        "NumPy boolean array indexing assignment cannot assign 3 input values to the 2 output "
        "values where the mask is true");
    expect_error<TypeError>(
        [&] {
            a[two] = NDArray<double>{{1.0, 2.0}};
        },
        "NumPy boolean array indexing assignment requires a 0 or "
        "1-dimensional input, input has 2 dimensions");
    NDArray<double> b = NDArray<double>::zeros({4, 3});
    const NDArray<bool> rows{true, false, true, false};
    expect_error<ValueError>(
        [&] {
            b[rows] = NDArray<double>{1.0, 2.0};
        },
        "shape mismatch: value array of shape (2,) could not be broadcast "
        "to indexing result of shape (2,3)");
    expect_error<IndexError>(
        [&] { b[two] = 1.0; },
        "boolean index did not match indexed array along dimension 0; dimension is 4 but "
        "corresponding boolean dimension is 5");
    EXPECT_EQ(b.to_vector(), std::vector<double>(12, 0.0));
}

TEST(IndexingPutmask, ValuesRepeatByPosition) {
    NDArray<double> Z = fixture<double>("X").copy();
    putmask(Z, Z < -0.5, NDArray<double>{10.0, 20.0, 30.0});
    expect_fixture(Z, "putmask(X,X<-0.5,[10,20,30])");
    NDArray<std::int32_t> a{{1, 2, 3}, {4, 5, 6}};
    putmask(a.T(), a.T() > 2, 0);
    EXPECT_EQ(a.to_vector(), (std::vector<std::int32_t>{1, 2, 0, 0, 0, 0}));
    putmask(a, a == 0, NDArray<std::int32_t>());
    EXPECT_EQ(a.to_vector(), (std::vector<std::int32_t>{1, 2, 0, 0, 0, 0}));
    expect_error<ValueError>([&] { putmask(a, NDArray<bool>::ones({5}), 1); },
                             "putmask: mask and data must be the same size");
}

TEST(IndexingTake, FancyRowsAxesAndFlat) {
    const auto X = fixture<double>("X");
    expect_fixture(X[fixture<std::int64_t>("idx")], "X[idx]");
    const auto cols = fixture<std::int64_t>("cols");
    expect_fixture(take(X, cols, 1), "take(X,cols,1)");
    const auto A = fixture<std::int64_t>("A");
    expect_fixture(take(A, cols, 2), "take(A,cols,2)");
    expect_fixture(take(A, cols, -1), "take(A,cols,2)");
    expect_fixture(take(A.T().T(), fixture<std::int64_t>("flat")), "take(A,flat)");
    const NDArray<bool> m{true, false};
    const NDArray<bool> picked = m[NDArray<std::int64_t>{1, 1, 0}];
    EXPECT_EQ(picked.to_vector(), (std::vector<bool>{false, false, true}));
}

TEST(IndexingTake, OutOfBoundsUsesNumPysText) {
    const NDArray<double> a{0.0, 1.0, 2.0, 3.0, 4.0};
    expect_error<IndexError>(
        [&] {
            return a[NDArray<std::int64_t>{1, 7}];
        },
        "index 7 is out of bounds for axis 0 with size 5");
    expect_error<IndexError>([&] { return take(a, NDArray<std::int64_t>{-6}); },
                             "index -6 is out of bounds for axis 0 with size 5");
    const auto b = NDArray<float>::zeros({4, 3});
    expect_error<IndexError>([&] { return take(b, NDArray<std::int64_t>{3}, 1); },
                             "index 3 is out of bounds for axis 1 with size 3");
    expect_error<IndexError>([&] { return take(a, NDArray<std::int64_t>{0}, 1); },
                             "axis 1 is out of bounds for array of dimension 1");
    expect_error<IndexError>(
        [&] { return NDArray<double>::scalar(1.0)[NDArray<std::int64_t>{0}]; },
        "too many indices for array: array is 0-dimensional, but 1 were indexed");
}

TEST(IndexingNonzero, TupleFlatAndArgwhere) {
    const auto B = fixture<std::int64_t>("B");
    const auto index = nonzero(B);
    ASSERT_EQ(index.size(), 2u);
    expect_fixture(index[0], "nonzero(B)[0]");
    expect_fixture(index[1], "nonzero(B)[1]");
    expect_fixture(flatnonzero(B), "flatnonzero(B)");
    expect_fixture(argwhere(B), "argwhere(B)");
    expect_fixture(flatnonzero(fixture<double>("G")), "flatnonzero(G)");
    // The selected positions agree with the mask selection.
    const auto X = fixture<double>("X");
    EXPECT_EQ(take(X, flatnonzero(X > 0.5)).to_vector(), X[X > 0.5].to_vector());
    const auto scalar = nonzero(NDArray<double>::scalar(3.0));
    ASSERT_EQ(scalar.size(), 1u);
    EXPECT_EQ(scalar[0].to_vector(), (std::vector<std::int64_t>{0}));
    EXPECT_EQ(argwhere(NDArray<double>{0.0, 0.0}).shape(), (Shape{0, 1}));
}

}  // namespace
}  // namespace tabula
