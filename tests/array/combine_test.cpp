#include "tabula/array/combine.hpp"

#include <gtest/gtest.h>

#include "indexing_fixture.hpp"
#include "tabula/array/operators.hpp"
#include "tabula/core/error.hpp"

// NumPy 1.24.2 results from tests/fixtures/array/indexing.py, compared exactly.

namespace tabula {
namespace {

using testing::expect_error;
using testing::expect_fixture;
using testing::fixture;

using Int = std::int64_t;

TEST(Combine, ConcatenateAlongEachAxis) {
    const auto P = fixture<Int>("P");
    const auto Q = fixture<Int>("Q");
    const auto R = fixture<Int>("R");
    expect_fixture(concatenate<Int>({P, Q}), "concatenate(P,Q,axis=0)");
    expect_fixture(concatenate<Int>({P, R}, 1), "concatenate(P,R,axis=1)");
    expect_fixture(concatenate<Int>({P, R}, -1), "concatenate(P,R,axis=-1)");
    // A transposed (non-contiguous) input.
    expect_fixture(concatenate<Int>({P.T(), R}), "concatenate(P.T,R)");
    const auto joined = concatenate<Int>({P});
    EXPECT_FALSE(joined.shares_memory(P));
    EXPECT_EQ(concatenate<Int>({NDArray<Int>(), NDArray<Int>{1}}).to_vector(),
              (std::vector<Int>{1}));
}

TEST(Combine, StackVstackHstackColumnStack) {
    const auto P = fixture<Int>("P");
    const NDArray<Int> P10 = P + 10;
    for (int axis : {0, 1, 2, -1}) {
        expect_fixture(stack<Int>({P, P10}, axis),
                       "stack(P,P+10,axis=" + std::to_string(axis) + ")");
    }
    const auto v = fixture<Int>("v");
    const auto w = fixture<Int>("w");
    expect_fixture(vstack<Int>({v, P, w}), "vstack(v,P,w)");
    expect_fixture(hstack<Int>({v, w}), "hstack(v,w)");
    expect_fixture(hstack<Int>({P, fixture<Int>("R")}), "hstack(P,R)");
    expect_fixture(column_stack<Int>({v, w}), "column_stack(v,w)");
    const auto scalars =
        std::vector<NDArray<double>>{NDArray<double>::scalar(1.0), NDArray<double>::scalar(2.0)};
    EXPECT_EQ(vstack(scalars).shape(), (Shape{2, 1}));
    EXPECT_EQ(hstack(scalars).shape(), (Shape{2}));
    EXPECT_EQ(column_stack(scalars).shape(), (Shape{1, 2}));
    EXPECT_EQ(stack(scalars).shape(), (Shape{2}));
}

TEST(Combine, ErrorsUseNumPysText) {
    const auto a = NDArray<double>::zeros({2, 3});
    const auto b = NDArray<double>::zeros({2, 2});
    expect_error<ValueError>(
        [&] {
            return concatenate<double>({a, b});
        },
        "all the input array dimensions except for the concatenation axis must match exactly, "
        "but along dimension 1, the array at index 0 has size 3 and the array at index 1 has "
        "size 2");
    expect_error<ValueError>(
        [&] {
            return concatenate<double>({a, NDArray<double>::zeros({2})});
        },
        "all the input arrays must have same number of dimensions, but the array at index 0 has "
        "2 dimension(s) and the array at index 1 has 1 dimension(s)");
    expect_error<ValueError>([] { return concatenate(std::vector<NDArray<double>>{}); },
                             "need at least one array to concatenate");
    expect_error<ValueError>(
        [] {
            return concatenate<double>({NDArray<double>::scalar(1), NDArray<double>::scalar(2)});
        },
        "zero-dimensional arrays cannot be concatenated");
    expect_error<IndexError>(
        [&] {
            return concatenate<double>({a, a}, 2);
        },
        "axis 2 is out of bounds for array of dimension 2");
    expect_error<ValueError>(
        [&] {
            return stack<double>({a, b});
        },
        "all input arrays must have the same shape");
    expect_error<ValueError>([] { return stack(std::vector<NDArray<double>>{}); },
                             "need at least one array to stack");
    expect_error<IndexError>(
        [&] {
            return stack<double>({a, a}, 3);
        },
        "axis 3 is out of bounds for array of dimension 3");
    for (auto join : {vstack<double>, hstack<double>, column_stack<double>}) {
        expect_error<ValueError>([&] { return join({}); },
                                 "need at least one array to concatenate");
    }
}

}  // namespace
}  // namespace tabula
