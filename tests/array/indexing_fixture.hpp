#pragma once
// Reads tests/fixtures/array/indexing.txt (written by indexing.py from NumPy 1.24.2) for the
// indexing, combine and sorting tests, and compares arrays with NaN equal to NaN.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include "tabula/array/ndarray.hpp"

namespace tabula::testing {

struct FixtureArray {
    Shape shape;
    std::vector<std::string> values;
};

inline const std::map<std::string, FixtureArray>& indexing_fixture() {
    static const std::map<std::string, FixtureArray> arrays = [] {
        std::map<std::string, FixtureArray> out;
        const std::string path = std::string(TABULA_FIXTURES) + "/array/indexing.txt";
        std::ifstream in(path);
        EXPECT_TRUE(in.good()) << "cannot open " << path;
        for (std::string key, shape, values;
             std::getline(in, key) && std::getline(in, shape) && std::getline(in, values);) {
            FixtureArray& array = out[key.substr(2)];
            std::istringstream dims(shape.substr(5));
            for (std::int64_t d; dims >> d;) array.shape.push_back(d);
            std::istringstream items(values);
            for (std::string item; items >> item;) array.values.push_back(item);
        }
        return out;
    }();
    return arrays;
}

// NumPy's array under `key`, as element type E.
template <ArrayElement E>
NDArray<E> fixture(const std::string& key) {
    const auto found = indexing_fixture().find(key);
    if (found == indexing_fixture().end()) {
        ADD_FAILURE() << "fixture has no array " << key;
        return NDArray<E>();
    }
    std::vector<E> values;
    for (const std::string& text : found->second.values) {
        if constexpr (std::is_floating_point_v<E>) {
            values.push_back(static_cast<E>(std::strtod(text.c_str(), nullptr)));
        } else {
            values.push_back(static_cast<E>(std::stoll(text)));
        }
    }
    return NDArray<E>(std::move(values), found->second.shape);
}

// Same shape and the same elements, NaN matching NaN (exact: indexing and ordering only move
// values, they never compute them).
template <ArrayElement E>
void expect_same(const NDArray<E>& actual, const NDArray<E>& expected, const std::string& what) {
    ASSERT_EQ(actual.shape(), expected.shape()) << what;
    const std::vector<E> x = actual.to_vector();
    const std::vector<E> y = expected.to_vector();
    for (std::size_t i = 0; i < x.size(); ++i) {
        bool same = x[i] == y[i];
        if constexpr (std::is_floating_point_v<E>)
            same = same || (std::isnan(x[i]) && std::isnan(y[i]));
        if (!same) {
            ADD_FAILURE() << what << ": first difference at flat index " << i << ": got " << x[i]
                          << ", NumPy gives " << y[i];
            return;
        }
    }
}

// The fixture array `key` must equal `actual`.
template <ArrayElement E>
void expect_fixture(const NDArray<E>& actual, const std::string& key) {
    expect_same(actual, fixture<E>(key), key);
}

// Runs `body`, which must throw exactly Error with message `message`.
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
