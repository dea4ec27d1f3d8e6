#include "tabula/util/generator.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <memory>
#include <ranges>
#include <stdexcept>
#include <string>
#include <vector>

namespace tabula {
namespace {

Generator<int> count_to(int n) {
    for (int i = 0; i < n; ++i) co_yield i;
}

static_assert(std::ranges::input_range<Generator<int>>);
static_assert(std::ranges::view<Generator<int>>);
static_assert(!std::ranges::forward_range<Generator<int>>);
static_assert(!std::copyable<Generator<int>>);
static_assert(std::ranges::view<Generator<const std::string&>>);
static_assert(std::ranges::view<Generator<std::unique_ptr<int>>>);
static_assert(std::same_as<std::ranges::range_value_t<Generator<int>>, int>);
static_assert(std::same_as<std::ranges::range_reference_t<Generator<int>>, int&>);
static_assert(std::same_as<std::ranges::range_reference_t<Generator<const std::string&>>,
                           const std::string&>);

auto is_even = [](int x) { return x % 2 == 0; };
auto square = [](int x) { return x * x; };
using Pipeline = decltype(count_to(1) | std::views::filter(is_even) |
                          std::views::transform(square) | std::views::take(3));
static_assert(std::ranges::input_range<Pipeline>);
static_assert(std::ranges::view<Pipeline>);
static_assert(std::same_as<std::ranges::range_value_t<Pipeline>, int>);

TEST(Generator, RangeForYieldsEveryItemInOrder) {
    std::vector<int> seen;
    for (auto x : count_to(5)) seen.push_back(x);
    EXPECT_EQ(seen, (std::vector<int>{0, 1, 2, 3, 4}));
}

TEST(Generator, EmptyBodyIsEmptyRange) {
    auto g = count_to(0);
    EXPECT_TRUE(g.begin() == g.end());
    Generator<int> defaulted;
    EXPECT_TRUE(defaulted.begin() == defaulted.end());
}

TEST(Generator, BodyRunsOnlyWhenItemsAreAskedFor) {
    int steps = 0;
    auto g = [](int& steps) -> Generator<int> {
        for (int i = 0; i < 3; ++i) {
            ++steps;
            co_yield i;
        }
    }(steps);
    EXPECT_EQ(steps, 0);
    auto it = g.begin();
    EXPECT_EQ(steps, 1);
    EXPECT_EQ(*it, 0);
    ++it;
    EXPECT_EQ(steps, 2);
    EXPECT_EQ(*it, 1);
}

TEST(Generator, ComposesWithFilterTransformTake) {
    std::vector<int> seen;
    for (int x : count_to(1'000'000) | std::views::filter(is_even) | std::views::transform(square) |
                     std::views::take(4)) {
        seen.push_back(x);
    }
    EXPECT_EQ(seen, (std::vector<int>{0, 4, 16, 36}));
}

TEST(Generator, TakeStopsTheBodyEarly) {
    int produced = 0;
    auto naturals = [](int& produced) -> Generator<int> {
        for (int i = 0;; ++i) {
            ++produced;
            co_yield i;
        }
    };
    std::vector<int> seen;
    for (int x : naturals(produced) | std::views::take(5)) seen.push_back(x);
    EXPECT_EQ(seen, (std::vector<int>{0, 1, 2, 3, 4}));
    // C++20's take increments past the last item it hands out (P2406), so an input range runs
    // one item ahead of Python's islice; an infinite body still stops.
    EXPECT_GE(produced, 5);
    EXPECT_LE(produced, 6);
}

TEST(Generator, ByValuePredicateDoesNotStealTheItemFromTheNextStage) {
    auto words = []() -> Generator<std::string> {
        co_yield std::string(40, 'a');
        co_yield std::string(40, 'b');
    };
    std::vector<std::size_t> sizes;
    for (auto n : words() | std::views::filter([](std::string s) { return !s.empty(); }) |
                      std::views::transform([](const std::string& s) { return s.size(); })) {
        sizes.push_back(n);
    }
    EXPECT_EQ(sizes, (std::vector<std::size_t>{40, 40}));
}

TEST(Generator, ExceptionReachesTheConsumerAtTheFailingItem) {
    auto failing = []() -> Generator<int> {
        co_yield 1;
        co_yield 2;
        throw std::runtime_error("bad record");
    };
    std::vector<int> seen;
    auto g = failing();
    try {
        for (int x : g) seen.push_back(x);
        FAIL() << "no exception";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "bad record");
    }
    EXPECT_EQ(seen, (std::vector<int>{1, 2}));
    EXPECT_TRUE(g.begin() == g.end());
}

TEST(Generator, ExceptionBeforeTheFirstItemIsThrownByBegin) {
    auto failing = []() -> Generator<int> {
        throw std::invalid_argument("no data");
        co_return;
    };
    auto g = failing();
    EXPECT_THROW(g.begin(), std::invalid_argument);
}

struct Tracked {
    explicit Tracked(int* destroyed) : destroyed(destroyed) {}
    Tracked(const Tracked&) = delete;
    Tracked& operator=(const Tracked&) = delete;
    ~Tracked() { ++*destroyed; }
    int* destroyed;
};

TEST(Generator, BreakingOutDestroysTheSuspendedFrameAndItsLocals) {
    int destroyed = 0;
    auto guarded = [](int* destroyed) -> Generator<int> {
        Tracked outer(destroyed);
        for (int i = 0;; ++i) {
            Tracked inner(destroyed);
            co_yield i;
        }
    };
    {
        auto g = guarded(&destroyed);
        for (int x : g) {
            if (x == 3) break;
        }
        EXPECT_EQ(destroyed, 3);  // the inner locals of the three finished iterations
    }
    EXPECT_EQ(destroyed, 5);  // plus the suspended iteration's inner and the outer local
}

TEST(Generator, UnstartedGeneratorIsDestroyedWithoutRunning) {
    int destroyed = 0;
    int ran = 0;
    {
        auto g = [](int* destroyed, int& ran) -> Generator<int> {
            ++ran;
            Tracked local(destroyed);
            co_yield 1;
        }(&destroyed, ran);
    }
    EXPECT_EQ(ran, 0);
    EXPECT_EQ(destroyed, 0);
}

TEST(Generator, MoveOnlyItemsAreMovedOut) {
    auto boxes = []() -> Generator<std::unique_ptr<int>> {
        for (int i = 0; i < 3; ++i) co_yield std::make_unique<int>(i * 10);
    };
    std::vector<std::unique_ptr<int>> owned;
    for (auto& box : boxes()) owned.push_back(std::move(box));
    ASSERT_EQ(owned.size(), 3u);
    EXPECT_EQ(*owned[2], 20);

    std::vector<int> values;
    for (int v :
         boxes() | std::views::transform([](std::unique_ptr<int>& box) { return *box + 1; })) {
        values.push_back(v);
    }
    EXPECT_EQ(values, (std::vector<int>{1, 11, 21}));
}

TEST(Generator, YieldingAnLvalueCopiesItSoTheBodyKeepsItsOwn) {
    auto g = []() -> Generator<std::string> {
        std::string line = "header";
        co_yield line;
        co_yield line + "!";
    }();
    auto it = g.begin();
    std::string taken = std::move(*it);
    ++it;
    EXPECT_EQ(taken, "header");
    EXPECT_EQ(*it, "header!");
}

TEST(Generator, ReferenceItemsAreNotCopied) {
    const std::vector<std::string> names{"alpha", "beta", "gamma"};
    auto refs = [](const std::vector<std::string>& v) -> Generator<const std::string&> {
        for (const auto& s : v) co_yield s;
    };
    std::vector<const std::string*> addresses;
    for (const std::string& s : refs(names)) addresses.push_back(&s);
    ASSERT_EQ(addresses.size(), 3u);
    for (std::size_t i = 0; i < names.size(); ++i) EXPECT_EQ(addresses[i], &names[i]);
}

TEST(Generator, ReferenceGeneratorMayYieldTemporaries) {
    auto g = []() -> Generator<const std::string&> {
        co_yield std::string("made here");
        co_yield "from a literal";
    };
    std::vector<std::string> seen;
    for (const auto& s : g()) seen.push_back(s);
    EXPECT_EQ(seen, (std::vector<std::string>{"made here", "from a literal"}));
}

TEST(Generator, SecondLoopContinuesAfterWhereTheFirstStopped) {
    auto g = count_to(6);
    for (int x : g) {
        if (x == 2) break;
    }
    std::vector<int> rest;
    for (int x : g) rest.push_back(x);
    EXPECT_EQ(rest, (std::vector<int>{3, 4, 5}));
    for (int x : g) ADD_FAILURE() << "finished generator yielded " << x;
}

TEST(Generator, MovedGeneratorKeepsItsPosition) {
    auto g = count_to(4);
    auto it = g.begin();
    ++it;
    Generator<int> h = std::move(g);
    EXPECT_TRUE(g.begin() == g.end());
    std::vector<int> rest;
    for (int x : h) rest.push_back(x);
    EXPECT_EQ(rest, (std::vector<int>{2, 3}));
    h = count_to(2);
    std::vector<int> fresh;
    for (int x : h) fresh.push_back(x);
    EXPECT_EQ(fresh, (std::vector<int>{0, 1}));
}

TEST(Generator, LvalueGeneratorPipesWhenMoved) {
    auto g = count_to(10);
    std::int64_t sum = 0;
    for (int x : std::move(g) | std::views::filter(is_even)) sum += x;
    EXPECT_EQ(sum, 0 + 2 + 4 + 6 + 8);
}

}  // namespace
}  // namespace tabula
