#pragma once
// NDArrays built from fixture texts, and whole-array comparisons that report only the first
// difference instead of flooding the log.
#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

#include "fixtures.hpp"
#include "tabula/array/ndarray.hpp"

namespace tabula::testing {

template <ArrayElement E>
NDArray<E> to_array(const std::vector<std::string>& values, const Shape& shape) {
    std::vector<E> parsed;
    parsed.reserve(values.size());
    for (const std::string& text : values) parsed.push_back(parse_value<E>(text));
    return NDArray<E>(std::move(parsed), shape);
}

namespace detail {
template <ArrayElement E, class Same>
void expect_elements(const NDArray<E>& actual, const NDArray<E>& expected, const std::string& what,
                     Same same) {
    ASSERT_EQ(actual.shape(), expected.shape()) << what;
    const std::vector<E> x = actual.to_vector();
    const std::vector<E> y = expected.to_vector();
    for (std::size_t i = 0; i < x.size(); ++i) {
        if (!same(x[i], y[i])) {
            ADD_FAILURE() << what << (what.empty() ? "" : ": ") << "first difference at flat index "
                          << i << ": got " << x[i] << ", expected " << y[i];
            return;
        }
    }
}
}  // namespace detail

// Same shape and equal elements, NaN matching NaN (0.0 and -0.0 are equal).
template <ArrayElement E>
void expect_same(const NDArray<E>& actual, const NDArray<E>& expected, const std::string& what) {
    detail::expect_elements(actual, expected, what, [](E a, E b) {
        if constexpr (std::is_floating_point_v<E>) {
            if (std::isnan(a) && std::isnan(b)) return true;
        }
        return a == b;
    });
}

// Same shape and, for floats, the same bytes: the sign of zero and NaN payloads count too.
template <ArrayElement E>
void expect_identical(const NDArray<E>& actual, const NDArray<E>& expected,
                      const std::string& what = "") {
    detail::expect_elements(actual, expected, what, [](E a, E b) {
        if constexpr (std::is_floating_point_v<E>) {
            return std::memcmp(&a, &b, sizeof(E)) == 0;
        } else {
            return a == b;
        }
    });
}

}  // namespace tabula::testing
