#include "tabula/util/range.hpp"

#include "tabula/core/error.hpp"

namespace tabula {
namespace {

// The count is worked out in unsigned arithmetic, as CPython does, so that bounds near the
// int64 limits neither overflow nor loop forever.
std::uint64_t range_length(std::int64_t start, std::int64_t stop, std::int64_t step) {
    const auto ustart = static_cast<std::uint64_t>(start);
    const auto ustop = static_cast<std::uint64_t>(stop);
    const auto ustep = static_cast<std::uint64_t>(step);
    if (step > 0) return start < stop ? (ustop - ustart - 1) / ustep + 1 : 0;
    return start > stop ? (ustart - ustop - 1) / (0 - ustep) + 1 : 0;
}

Generator<std::int64_t> count(std::int64_t start, std::uint64_t n, std::int64_t step) {
    auto value = static_cast<std::uint64_t>(start);
    for (std::uint64_t k = 0; k < n; ++k, value += static_cast<std::uint64_t>(step)) {
        co_yield static_cast<std::int64_t>(value);
    }
}

}  // namespace

Generator<std::int64_t> range(std::int64_t stop) {
    return range(0, stop, 1);
}

Generator<std::int64_t> range(std::int64_t start, std::int64_t stop, std::int64_t step) {
    if (step == 0) throw ValueError("range() arg 3 must not be zero");
    return count(start, range_length(start, stop, step), step);
}

}  // namespace tabula
