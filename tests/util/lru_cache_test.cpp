#include "tabula/util/lru_cache.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace tabula {
namespace {

struct Replay {
    std::vector<int> computed;
    CacheInfo info;
};

// Calls a cached `x -> 10 * x` with each key in turn and records which calls computed.
Replay replay(const std::vector<int>& calls, std::optional<std::int64_t> maxsize) {
    Replay r;
    auto f = lru_cache(
        [&r](int x) {
            r.computed.push_back(x);
            return 10 * x;
        },
        maxsize);
    for (int x : calls) EXPECT_EQ(f(x), 10 * x);
    r.info = f.cache_info();
    return r;
}

// Each expectation below is what CPython 3's functools.lru_cache computes for the same calls:
//     computed = []
//     @lru_cache(maxsize=M)
//     def f(x): computed.append(x); return 10 * x
//     for x in calls: f(x)
//     print(computed, f.cache_info())
TEST(LruCache, EvictionOrderMatchesPython) {
    auto r = replay({1, 2, 3, 1, 4, 2, 5, 1, 3, 4, 1, 2}, 3);
    EXPECT_EQ(r.computed, (std::vector<int>{1, 2, 3, 4, 2, 5, 1, 3, 4, 2}));
    EXPECT_EQ(r.info, (CacheInfo{2, 10, 3, 3}));

    r = replay({1, 2, 3, 3, 2, 1, 4, 3, 2, 1}, 3);
    EXPECT_EQ(r.computed, (std::vector<int>{1, 2, 3, 4, 3, 2, 1}));
    EXPECT_EQ(r.info, (CacheInfo{3, 7, 3, 3}));

    r = replay({1, 2, 3, 4, 1, 2, 3, 4}, 3);
    EXPECT_EQ(r.computed, (std::vector<int>{1, 2, 3, 4, 1, 2, 3, 4}));
    EXPECT_EQ(r.info, (CacheInfo{0, 8, 3, 3}));
}

TEST(LruCache, HitMakesTheEntryMostRecentSoAnotherIsEvicted) {
    // First-in-first-out would evict 1 when 3 arrives; LRU evicts 2, which 1's hit outranked.
    auto r = replay({1, 2, 1, 3, 1, 4, 1, 2}, 2);
    EXPECT_EQ(r.computed, (std::vector<int>{1, 2, 3, 4, 2}));
    EXPECT_EQ(r.info, (CacheInfo{3, 5, 2, 2}));
}

TEST(LruCache, MaxsizeOne) {
    EXPECT_EQ(replay({5, 5, 5}, 1).info, (CacheInfo{2, 1, 1, 1}));
    EXPECT_EQ(replay({1, 2, 1, 2}, 1).computed, (std::vector<int>{1, 2, 1, 2}));
}

TEST(LruCache, MaxsizeZeroCachesNothing) {
    auto r = replay({1, 1, 2, 2, 1}, 0);
    EXPECT_EQ(r.computed, (std::vector<int>{1, 1, 2, 2, 1}));
    EXPECT_EQ(r.info, (CacheInfo{0, 5, 0, 0}));
}

TEST(LruCache, NegativeMaxsizeCountsAsZero) {
    EXPECT_EQ(replay({1, 1}, -5).info, (CacheInfo{0, 2, 0, 0}));
}

TEST(LruCache, UnboundedNeverEvicts) {
    auto r = replay({1, 2, 3, 1, 2, 3, 4, 1}, unbounded);
    EXPECT_EQ(r.computed, (std::vector<int>{1, 2, 3, 4}));
    EXPECT_EQ(r.info, (CacheInfo{4, 4, std::nullopt, 4}));
}

TEST(LruCache, DefaultMaxsizeIsPythons128) {
    auto f = lru_cache([](int x) { return x; });
    EXPECT_EQ(f.cache_info().maxsize, std::optional<std::size_t>(128));
}

TEST(LruCache, CacheInfoPrintsLikePythonsRepr) {
    std::ostringstream out;
    out << CacheInfo{2, 3, 1024, 3} << '\n' << CacheInfo{0, 1, std::nullopt, 1};
    EXPECT_EQ(out.str(),
              "CacheInfo(hits=2, misses=3, maxsize=1024, currsize=3)\n"
              "CacheInfo(hits=0, misses=1, maxsize=None, currsize=1)");
}

TEST(LruCache, CacheClearEmptiesEntriesAndStatistics) {
    int computed = 0;
    auto f = lru_cache(
        [&computed](int x) {
            ++computed;
            return x;
        },
        4);
    f(1);
    f(1);
    f.cache_clear();
    EXPECT_EQ(f.cache_info(), (CacheInfo{0, 0, 4, 0}));
    f(1);
    EXPECT_EQ(computed, 2);
}

TEST(LruCache, KeyIsTheWholeArgumentTuple) {
    std::vector<std::string> computed;
    auto embed = lru_cache(
        [&computed](const std::string& word, int dim) {
            computed.push_back(word + "/" + std::to_string(dim));
            return std::vector<float>(static_cast<std::size_t>(dim), float(word.size()));
        },
        16);
    static_assert(std::same_as<decltype(embed)::key_type, std::tuple<std::string, int>>);
    EXPECT_EQ(embed("king", 3), (std::vector<float>{4, 4, 4}));
    EXPECT_EQ(embed("king", 2), (std::vector<float>{4, 4}));
    EXPECT_EQ(embed(std::string("king"), 3), (std::vector<float>{4, 4, 4}));
    EXPECT_EQ(embed("queen", 3).size(), 3u);
    EXPECT_EQ(computed, (std::vector<std::string>{"king/3", "king/2", "queen/3"}));
    EXPECT_EQ(embed.cache_info(), (CacheInfo{1, 3, 16, 3}));
}

TEST(LruCache, ReturnedValueIsACopyTheCallerMayChange) {
    auto f = lru_cache([](int n) { return std::vector<int>(static_cast<std::size_t>(n), 1); });
    auto first = f(3);
    first.push_back(99);
    EXPECT_EQ(f(3), (std::vector<int>{1, 1, 1}));
}

TEST(LruCache, ThrowingCallCountsAsMissAndStoresNothing) {
    int attempts = 0;
    auto flaky = lru_cache(
        [&attempts](int x) {
            if (++attempts == 1) throw std::runtime_error("transient");
            return x;
        },
        8);
    EXPECT_THROW(flaky(1), std::runtime_error);
    EXPECT_EQ(flaky.cache_info(), (CacheInfo{0, 1, 8, 0}));
    EXPECT_EQ(flaky(1), 1);
    EXPECT_EQ(flaky(1), 1);
    EXPECT_EQ(flaky.cache_info(), (CacheInfo{1, 2, 8, 1}));
}

TEST(LruCache, FunctionPointerAndByValueParameters) {
    auto f = lru_cache(
        +[](std::string s, long n) { return s.size() * static_cast<std::size_t>(n); }, 2);
    EXPECT_EQ(f("abc", 2), 6u);
    EXPECT_EQ(f("abc", 2), 6u);
    EXPECT_EQ(f.cache_info().hits, 1u);
}

TEST(LruCache, GenericCallableWithExplicitSignature) {
    auto twice = lru_cache<double(double)>([](auto x) { return 2 * x; }, 4);
    EXPECT_EQ(twice(1.5), 3.0);
    EXPECT_EQ(twice(1.5), 3.0);
    EXPECT_EQ(twice.cache_info(), (CacheInfo{1, 1, 4, 1}));
}

TEST(LruCache, CopiesShareOneCacheAndFitInStdFunction) {
    auto f = lru_cache([](int x) { return x * x; }, 8);
    auto alias = f;
    std::function<int(int)> erased = f;
    f(3);
    alias(3);
    erased(3);
    EXPECT_EQ(f.cache_info(), (CacheInfo{2, 1, 8, 1}));
}

TEST(LruCache, RecursiveFunctionCallsItsOwnCacheWithoutDeadlock) {
    std::int64_t computed = 0;
    std::function<std::int64_t(int)> fib;
    fib = lru_cache(
        [&fib, &computed](int n) -> std::int64_t {
            ++computed;
            return n < 2 ? n : fib(n - 1) + fib(n - 2);
        },
        unbounded);
    EXPECT_EQ(fib(90), 2880067194370816120);
    EXPECT_EQ(computed, 91);
}

TEST(LruCache, ConcurrentCallsKeepCountsConsistent) {
    constexpr int threads = 8;
    constexpr int calls_per_thread = 20'000;
    constexpr int keys = 50;
    std::atomic<std::int64_t> computed{0};
    auto f = lru_cache(
        [&computed](int x) {
            computed.fetch_add(1, std::memory_order_relaxed);
            return std::to_string(x);
        },
        keys);
    std::atomic<int> wrong{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            for (int i = 0; i < calls_per_thread; ++i) {
                const int key = (i * 7 + t) % keys;
                if (f(key) != std::to_string(key)) wrong.fetch_add(1);
            }
        });
    }
    for (auto& th : pool) th.join();
    const CacheInfo info = f.cache_info();
    EXPECT_EQ(wrong.load(), 0);
    EXPECT_EQ(info.hits + info.misses, std::uint64_t{threads * calls_per_thread});
    EXPECT_EQ(info.misses, static_cast<std::uint64_t>(computed.load()));
    EXPECT_GE(info.misses, std::uint64_t{keys});
    EXPECT_EQ(info.currsize, std::size_t{keys});
}

TEST(LruCache, ConcurrentCallsUnderEvictionPressure) {
    constexpr int threads = 8;
    constexpr int calls_per_thread = 20'000;
    std::atomic<std::int64_t> computed{0};
    auto f = lru_cache(
        [&computed](int x) {
            computed.fetch_add(1, std::memory_order_relaxed);
            return x * 3;
        },
        16);
    std::atomic<int> wrong{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            for (int i = 0; i < calls_per_thread; ++i) {
                const int key = (i * 13 + t * 5) % 40;
                if (f(key) != key * 3) wrong.fetch_add(1);
            }
        });
    }
    for (auto& th : pool) th.join();
    const CacheInfo info = f.cache_info();
    EXPECT_EQ(wrong.load(), 0);
    EXPECT_EQ(info.hits + info.misses, std::uint64_t{threads * calls_per_thread});
    EXPECT_EQ(info.misses, static_cast<std::uint64_t>(computed.load()));
    EXPECT_EQ(info.currsize, 16u);
}

}  // namespace
}  // namespace tabula
