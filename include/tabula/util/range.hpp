#pragma once
// Python's range() as a lazy Generator<std::int64_t>:
//
//     for (auto i : range(5)) ...              // 0 1 2 3 4
//     for (auto i : range(10, 0, -3)) ...      // 10 7 4 1
//
// Same rules as Python: `stop` is excluded, a step that overshoots gives an empty range, a
// negative step counts down, and a zero step throws ValueError("range() arg 3 must not be
// zero") at the call, not at the first iteration. Any int64 bounds work without overflow.
#include <cstdint>

#include "tabula/util/generator.hpp"

namespace tabula {

Generator<std::int64_t> range(std::int64_t stop);
Generator<std::int64_t> range(std::int64_t start, std::int64_t stop, std::int64_t step = 1);

}  // namespace tabula
