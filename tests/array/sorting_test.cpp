#include "tabula/array/sorting.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "indexing_fixture.hpp"
#include "tabula/core/error.hpp"

// NumPy 1.24.2 results from tests/fixtures/array/indexing.py, compared exactly: sorting only
// moves values. argsort is compared with NumPy's kind="stable".

namespace tabula {
namespace {

using testing::expect_error;
using testing::expect_fixture;
using testing::fixture;

TEST(Sorting, SortAndArgsortFloatsWithTiesAndNaN) {
    const auto F = fixture<double>("F");
    for (int axis : {-1, 0}) {
        const std::string suffix = "(F,axis=" + std::to_string(axis) + ")";
        expect_fixture(sort(F, axis), "sort" + suffix);
        expect_fixture(argsort(F, axis), "argsort" + suffix);
        // Through a transposed view the lanes are the other axis.
        expect_fixture(sort(F.T(), axis == 0 ? -1 : 0).T(), "sort" + suffix);
    }
    expect_fixture(sort(F.astype<float>()), "sort(F,axis=-1)");
}

TEST(Sorting, SortAndArgsortIntegers) {
    const auto K = fixture<std::int32_t>("K");
    for (int axis : {-1, 0}) {
        const std::string suffix = "(K,axis=" + std::to_string(axis) + ")";
        expect_fixture(sort(K, axis), "sort" + suffix);
        expect_fixture(argsort(K, axis), "argsort" + suffix);
    }
    const NDArray<bool> b{true, false, true, false};
    EXPECT_EQ(sort(b).to_vector(), (std::vector<bool>{false, false, true, true}));
    EXPECT_EQ(argsort(b).to_vector(), (std::vector<std::int64_t>{1, 3, 0, 2}));
}

TEST(Sorting, LargeArraysSortEveryLane) {
    // Large enough for the parallel lane loop; every lane is a reversed range.
    const std::int64_t rows = 300;
    const std::int64_t cols = 500;
    NDArray<std::int64_t> a = NDArray<std::int64_t>::empty({rows, cols});
    for (std::int64_t i = 0; i < rows; ++i) {
        for (std::int64_t j = 0; j < cols; ++j) a.at({i, j}) = cols - j + i;
    }
    const auto sorted = sort(a);
    const auto order = argsort(a);
    for (std::int64_t i = 0; i < rows; ++i) {
        for (std::int64_t j = 0; j < cols; ++j) {
            ASSERT_EQ(sorted.at({i, j}), j + 1 + i);
            ASSERT_EQ(order.at({i, j}), cols - 1 - j);
        }
    }
    const auto by_column = sort(a, 0);
    EXPECT_EQ(by_column.at({0, 0}), cols);
    EXPECT_EQ(by_column.at({rows - 1, 0}), cols + rows - 1);
}

TEST(Sorting, UniqueWithIndexInverseCounts) {
    const UniqueOptions all{.return_index = true, .return_inverse = true, .return_counts = true};
    const auto U = fixture<std::int64_t>("U");
    const auto u = unique(U, all);
    expect_fixture(u.values, "unique(U)");
    expect_fixture(u.index, "unique(U).index");
    expect_fixture(u.inverse, "unique(U).inverse");
    expect_fixture(u.counts, "unique(U).counts");
    expect_fixture(unique(U), "unique(U)");

    const auto V = fixture<double>("V");
    const auto v = unique(V, all);
    expect_fixture(v.values, "unique(V)");
    expect_fixture(v.index, "unique(V).index");
    expect_fixture(v.inverse, "unique(V).inverse");
    expect_fixture(v.counts, "unique(V).counts");
    expect_fixture(unique(V), "unique(V)");

    // Only what was asked for is computed.
    const auto counted = unique(V, {.return_counts = true});
    expect_fixture(counted.counts, "unique(V).counts");
    EXPECT_EQ(counted.index.size(), 0);
    EXPECT_EQ(counted.inverse.size(), 0);
    const auto inverse_only = unique(V.reshape({2, 5}), {.return_inverse = true});
    expect_fixture(inverse_only.inverse, "unique(V).inverse");

    const auto empty = unique(NDArray<double>(), all);
    EXPECT_EQ(empty.values.shape(), (Shape{0}));
    EXPECT_EQ(empty.counts.shape(), (Shape{0}));
}

TEST(Sorting, AxisErrorsUseNumPysText) {
    expect_error<IndexError>([] { return sort(NDArray<double>::scalar(1.0)); },
                             "axis -1 is out of bounds for array of dimension 0");
    expect_error<IndexError>(
        [] {
            return argsort(NDArray<double>{1.0, 2.0}, 1);
        },
        "axis 1 is out of bounds for array of dimension 1");
}

}  // namespace
}  // namespace tabula
