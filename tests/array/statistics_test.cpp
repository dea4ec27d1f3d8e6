#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

#include "tabula/array/ndarray.hpp"  // reductions come with it, as the ndarray methods need them
#include "tabula/core/error.hpp"

using namespace tabula;

namespace {

const double nan = std::numeric_limits<double>::quiet_NaN();

template <class F>
void expect_value_error(F f, const char* message) {
    try {
        f();
        ADD_FAILURE() << "no exception, expected: " << message;
    } catch (const ValueError& e) {
        EXPECT_STREQ(e.what(), message);
    }
}

TEST(Statistics, Median) {
    EXPECT_EQ(median(NDArray<std::int32_t>{3, 1, 2}), 2.0);
    EXPECT_EQ(median(NDArray<std::int32_t>{4, 1, 3, 2}), 2.5);
    EXPECT_EQ(median(NDArray<bool>{true, false, true}), 1.0);
    static_assert(std::is_same_v<decltype(median(NDArray<float>{1.0f})), float>);
    EXPECT_TRUE(std::isnan(median(NDArray<double>{1.0, nan, 3.0})));
    EXPECT_TRUE(std::isnan(median(NDArray<double>())));
    // np.mean of the middle value adds it to 0: -0.0 becomes 0.0.
    EXPECT_FALSE(std::signbit(median(NDArray<double>{-0.0})));
    const NDArray<double> x{{1.0, 5.0, 2.0}, {8.0, 3.0, 4.0}};
    EXPECT_TRUE(array_equal(median(x, 0), NDArray<double>{4.5, 4.0, 3.0}));
    EXPECT_TRUE(array_equal(median(x, 1, {.keepdims = true}), NDArray<double>{{2.0}, {4.0}}));
    EXPECT_EQ(median(NDArray<double>::zeros({3, 0}), 0).shape(), Shape{0});
}

TEST(Statistics, NanMedian) {
    EXPECT_EQ(nanmedian(NDArray<double>{1.0, nan, 3.0, 10.0}), 3.0);
    EXPECT_TRUE(std::isnan(nanmedian(NDArray<double>{nan, nan})));
    const NDArray<double> x{{1.0, nan}, {nan, nan}};
    const NDArray<double> m = nanmedian(x, 1);
    EXPECT_EQ(m.at({0}), 1.0);
    EXPECT_TRUE(std::isnan(m.at({1})));
    // NumPy's masked-array path for short axes averages a lone middle value with itself.
    const NDArray<double> huge{{1e308}, {1.0}, {1e308}};
    EXPECT_TRUE(std::isinf(nanmedian(huge, 0).at({0})));
    EXPECT_EQ(nanmedian(NDArray<double>{1e308, 1.0, 1e308}), 1e308);
}

TEST(Statistics, QuantileLinear) {
    const NDArray<std::int32_t> a{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    EXPECT_EQ(quantile(a, 0.0), 1.0);
    EXPECT_EQ(quantile(a, 1.0), 10.0);
    EXPECT_EQ(quantile(a, 0.5), 5.5);
    EXPECT_EQ(quantile(a, 0.25), 3.25);
    EXPECT_EQ(percentile(a, 25.0), 3.25);
    EXPECT_TRUE(array_equal(quantile(a, std::vector<double>{0.0, 0.5, 1.0}),
                            NDArray<double>{1.0, 5.5, 10.0}));
    const NDArray<double> x{{1.0, 2.0}, {3.0, 4.0}, {5.0, 7.0}};
    EXPECT_TRUE(array_equal(quantile(x, 0.5, 0), NDArray<double>{3.0, 4.0}));
    const NDArray<double> stacked = quantile(x, std::vector<double>{0.0, 1.0}, 0);
    EXPECT_TRUE(array_equal(stacked, NDArray<double>{{1.0, 2.0}, {5.0, 7.0}}));
    EXPECT_EQ(quantile(x, 0.5, 1, {.keepdims = true}).shape(), (Shape{3, 1}));
    EXPECT_TRUE(std::isnan(quantile(NDArray<double>{1.0, nan}, 0.0)));
    // NumPy's _lerp at q = 1 with an infinite maximum gives NaN (inf - inf); so does this.
    EXPECT_TRUE(
        std::isnan(quantile(NDArray<double>{1.0, std::numeric_limits<double>::infinity()}, 1.0)));
}

TEST(Statistics, QuantileErrors) {
    const NDArray<double> a{1.0, 2.0};
    expect_value_error([&] { quantile(a, 1.5); }, "Quantiles must be in the range [0, 1]");
    expect_value_error(
        [&] {
            quantile(a, std::vector<double>{0.5, -0.1});
        },
        "Quantiles must be in the range [0, 1]");
    expect_value_error([&] { quantile(a, nan); }, "Quantiles must be in the range [0, 1]");
    expect_value_error([&] { percentile(a, 101.0); }, "Percentiles must be in the range [0, 100]");
    expect_value_error([&] { percentile(a, -1.0, 0); },
                       "Percentiles must be in the range [0, 100]");
    try {
        quantile(NDArray<double>(), 0.5);
        ADD_FAILURE();
    } catch (const IndexError& e) {
        EXPECT_STREQ(e.what(), "cannot do a non-empty take from an empty axes.");
    }
    EXPECT_THROW(quantile(NDArray<double>::zeros({3, 0}), 0.5, 1), IndexError);
    EXPECT_EQ(quantile(NDArray<double>::zeros({3, 0}), 0.5, 0).shape(), Shape{0});
    EXPECT_THROW(quantile(a, 0.5, 1), IndexError);
}

}  // namespace
