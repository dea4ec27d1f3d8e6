#include "tabula/util/to_vector.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <ranges>
#include <string>
#include <vector>

#include "tabula/util/range.hpp"

namespace tabula {
namespace {

TEST(ToVector, ListComprehensionEquivalents) {
    auto square = [](std::int64_t x) { return x * x; };
    auto even = [](std::int64_t x) { return x % 2 == 0; };
    // squares = [x ** 2 for x in range(10)]
    EXPECT_EQ(to_vector(range(10) | std::views::transform(square)),
              (std::vector<std::int64_t>{0, 1, 4, 9, 16, 25, 36, 49, 64, 81}));
    // even_squares = [x ** 2 for x in range(10) if x % 2 == 0]
    EXPECT_EQ(to_vector(range(10) | std::views::filter(even) | std::views::transform(square)),
              (std::vector<std::int64_t>{0, 4, 16, 36, 64}));
}

TEST(ToVector, CopiesFromAnLvalueContainerAndLeavesItIntact) {
    const std::vector<std::string> words{"a", "bb", "ccc"};
    auto longer =
        to_vector(words | std::views::filter([](const std::string& w) { return w.size() > 1; }));
    EXPECT_EQ(longer, (std::vector<std::string>{"bb", "ccc"}));
    EXPECT_EQ(words, (std::vector<std::string>{"a", "bb", "ccc"}));
}

TEST(ToVector, GeneratorOfMoveOnlyItems) {
    auto boxes = []() -> Generator<std::unique_ptr<int>> {
        for (int i = 0; i < 4; ++i) co_yield std::make_unique<int>(i);
    };
    auto owned = to_vector(boxes());
    ASSERT_EQ(owned.size(), 4u);
    EXPECT_EQ(*owned[3], 3);
}

TEST(ToVector, GeneratorOfReferencesCopiesAndLeavesTheReferentsIntact) {
    const std::vector<std::string> names{"alpha", "beta"};
    auto refs = [](const std::vector<std::string>& v) -> Generator<const std::string&> {
        for (const auto& s : v) co_yield s;
    };
    EXPECT_EQ(to_vector(refs(names)), names);
    EXPECT_EQ(names, (std::vector<std::string>{"alpha", "beta"}));
}

TEST(ToVector, LvalueGeneratorIsConsumedByCopy) {
    auto g = range(3);
    EXPECT_EQ(to_vector(g), (std::vector<std::int64_t>{0, 1, 2}));
    EXPECT_TRUE(to_vector(g).empty());
}

}  // namespace
}  // namespace tabula
