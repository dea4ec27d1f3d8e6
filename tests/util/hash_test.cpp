#include "tabula/util/hash.hpp"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <unordered_set>
#include <utility>

namespace tabula {
namespace {

TEST(Hash, EqualTuplesHashEqual) {
    using Key = std::tuple<std::string, int, double>;
    EXPECT_EQ(Hash<Key>{}(Key{"king", 3, 0.5}), Hash<Key>{}(Key{"king", 3, 0.5}));
}

TEST(Hash, ElementOrderMatters) {
    using Key = std::tuple<int, int>;
    EXPECT_NE(Hash<Key>{}(Key{1, 2}), Hash<Key>{}(Key{2, 1}));
    using P = std::pair<int, int>;
    EXPECT_NE(Hash<P>{}(P{1, 2}), Hash<P>{}(P{2, 1}));
}

TEST(Hash, NestedTuplesAndEmptyTuple) {
    using Inner = std::tuple<int, std::string>;
    using Key = std::tuple<Inner, std::pair<int, int>>;
    EXPECT_EQ(Hash<Key>{}(Key{{1, "a"}, {2, 3}}), Hash<Key>{}(Key{{1, "a"}, {2, 3}}));
    EXPECT_EQ(Hash<std::tuple<>>{}({}), Hash<std::tuple<>>{}({}));
}

TEST(Hash, SpreadsSmallIntegerGridWithoutCollisions) {
    using Key = std::tuple<int, int>;
    std::unordered_set<std::size_t> seen;
    for (int a = 0; a < 100; ++a) {
        for (int b = 0; b < 100; ++b) seen.insert(Hash<Key>{}(Key{a, b}));
    }
    EXPECT_EQ(seen.size(), 10'000u);
}

}  // namespace
}  // namespace tabula
