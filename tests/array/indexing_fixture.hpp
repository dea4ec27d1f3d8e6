#pragma once
// Reads tests/fixtures/array/indexing.txt (written by indexing.py from NumPy 1.24.2) for the
// indexing, combine and sorting tests.
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "../support/arrays.hpp"
#include "../support/fixtures.hpp"
#include "tabula/array/ndarray.hpp"

namespace tabula::testing {

struct FixtureArray {
    Shape shape;
    std::vector<std::string> values;
};

inline const std::map<std::string, FixtureArray>& indexing_fixture() {
    static const std::map<std::string, FixtureArray> arrays = [] {
        std::map<std::string, FixtureArray> out;
        std::ifstream in = open_fixture("array/indexing.txt");
        for (std::string key, shape, values;
             std::getline(in, key) && std::getline(in, shape) && std::getline(in, values);) {
            FixtureArray& array = out[key.substr(2)];
            std::istringstream dims(shape.substr(5));
            for (std::int64_t d; dims >> d;) array.shape.push_back(d);
            array.values = words(values);
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
    return to_array<E>(found->second.values, found->second.shape);
}

// The fixture array `key` must equal `actual`, NaN matching NaN (exact: indexing and ordering
// only move values, they never compute them).
template <ArrayElement E>
void expect_fixture(const NDArray<E>& actual, const std::string& key) {
    expect_same(actual, fixture<E>(key), key);
}

}  // namespace tabula::testing
