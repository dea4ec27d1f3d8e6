#pragma once
// One train/test split as scikit-learn's splitters yield it: positions (0-based rows of X), not
// index labels. `auto [train, test] = split;` unpacks it as Python's `for train, test in ...`.
#include <cstdint>
#include <optional>
#include <ostream>
#include <vector>

namespace tabula {

struct Split {
    std::vector<std::int64_t> train;
    std::vector<std::int64_t> test;
    bool operator==(const Split&) const = default;
};

// "train=[0 1 2] test=[3 4]", NumPy's layout of the two index arrays.
std::ostream& operator<<(std::ostream& out, const Split& split);

// A splitter's random_state: an int seeds NumPy's legacy RandomState (scikit-learn's
// check_random_state), so the same seed gives scikit-learn's indices. None (the default) draws a
// fresh seed from std::random_device on every split, so, as in scikit-learn, two calls differ.
using RandomStateSeed = std::optional<std::int64_t>;

}  // namespace tabula
