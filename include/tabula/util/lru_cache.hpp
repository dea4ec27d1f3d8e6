#pragma once
// The seed's `@lru_cache(maxsize=1024)`: memoise a function on its arguments.
//
//     auto load_embedding = lru_cache([](const std::string& word) { return model.at(word); },
//     1024); load_embedding("king");                 // miss: computes and stores
//     load_embedding("king");                 // hit: returns the stored copy
//     std::cout << load_embedding.cache_info();
//     // CacheInfo(hits=1, misses=1, maxsize=1024, currsize=1)
//
// Python's semantics, entry for entry:
// - maxsize = N keeps the N most recently used results; a hit makes its entry the most recent,
//   a miss on a full cache evicts the least recently used one;
// - maxsize = 0 stores nothing (every call is a miss); `unbounded` (Python's None) never evicts;
//   a negative maxsize counts as 0;
// - cache_info() gives {hits, misses, maxsize, currsize}, cache_clear() empties the cache and
//   zeroes the statistics; a call that throws counts as a miss and stores nothing.
//
// The key is the tuple of the arguments with references and const removed, hashed with
// tabula::Hash, so every parameter type must be hashable and equality-comparable. The argument
// types come from the callable's signature; for a generic or overloaded callable, name them:
// `lru_cache<Embedding(const std::string&)>(f, 1024)`.
//
// The result is returned by value, a copy of the stored one: a caller cannot reach into the
// cache, and an entry evicted by another thread cannot dangle. Return a shared_ptr<const T> from
// f to share one big result instead of copying it.
//
// Thread safety: calls may come from any number of threads; one mutex guards the table and the
// statistics. f runs outside the lock, as in CPython, for two reasons: a slow f (the reason to
// cache it) would otherwise stall every caller, hits on other keys included; and a recursive f
// that calls its own cached wrapper (memoised Fibonacci, the textbook use) would deadlock. The
// price is Python's too: two threads that miss the same key at once both run f, both count a
// miss, and the first result stored is kept. f must therefore be safe to call concurrently.
//
// The object is a handle: copies share one cache, as two Python names bound to one decorated
// function do, and it can be stored in a std::function.
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <list>
#include <memory>
#include <mutex>
#include <optional>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>

#include "tabula/util/hash.hpp"

namespace tabula {

// Python's `maxsize=None`.
inline constexpr std::nullopt_t unbounded = std::nullopt;

// Python's functools._CacheInfo; prints as its repr does.
struct CacheInfo {
    std::uint64_t hits = 0;
    std::uint64_t misses = 0;
    std::optional<std::size_t> maxsize;
    std::size_t currsize = 0;

    friend bool operator==(const CacheInfo&, const CacheInfo&) = default;
};

std::ostream& operator<<(std::ostream& out, const CacheInfo& info);

namespace detail {

template <typename F>
struct Signature;

template <typename R, typename... Args>
struct Signature<R(Args...)> {
    using type = R(Args...);
};
template <typename R, typename... Args>
struct Signature<R(Args...) noexcept> : Signature<R(Args...)> {};
template <typename R, typename... Args>
struct Signature<R (*)(Args...)> : Signature<R(Args...)> {};
template <typename R, typename... Args>
struct Signature<R (*)(Args...) noexcept> : Signature<R(Args...)> {};

template <typename M>
struct CallOperator;
template <typename C, typename R, typename... Args>
struct CallOperator<R (C::*)(Args...)> : Signature<R(Args...)> {};
template <typename C, typename R, typename... Args>
struct CallOperator<R (C::*)(Args...) const> : Signature<R(Args...)> {};
template <typename C, typename R, typename... Args>
struct CallOperator<R (C::*)(Args...) noexcept> : Signature<R(Args...)> {};
template <typename C, typename R, typename... Args>
struct CallOperator<R (C::*)(Args...) const noexcept> : Signature<R(Args...)> {};

template <typename F>
concept HasCallOperator = requires {
    &F::operator();
};

template <HasCallOperator F>
struct Signature<F> : CallOperator<decltype(&F::operator())> {};

template <typename F>
concept HasSignature = requires {
    typename Signature<F>::type;
};

// A function pointer or function object; a bare function type names a signature instead.
template <typename F>
concept CallableObject = std::is_object_v<F>;

template <typename Sig>
concept FunctionType = std::is_function_v<Sig>;

}  // namespace detail

template <typename F, typename Sig>
class LruCache;

template <typename F, typename R, typename... Args>
class LruCache<F, R(Args...)> {
    static_assert(!std::is_void_v<R>, "lru_cache needs a function that returns a value");
    static_assert(std::is_copy_constructible_v<std::remove_cvref_t<R>>,
                  "lru_cache returns copies of stored results, so the result must be copyable");

  public:
    using result_type = std::remove_cvref_t<R>;
    using key_type = std::tuple<std::remove_cvref_t<Args>...>;

    LruCache(F f, std::optional<std::int64_t> maxsize)
        : state_(std::make_shared<State>(std::move(f), maxsize)) {}

    result_type operator()(Args... args) const {
        State& s = *state_;
        if (s.maxsize == std::size_t{0}) {
            {
                const std::lock_guard lock(s.mutex);
                ++s.misses;
            }
            return s.f(std::forward<Args>(args)...);
        }
        key_type key(args...);
        {
            const std::lock_guard lock(s.mutex);
            if (auto found = s.index.find(KeyRef{&key}); found != s.index.end()) {
                s.order.splice(s.order.begin(), s.order, found->second);
                ++s.hits;
                return found->second->value;
            }
            ++s.misses;
        }
        result_type value = s.f(std::forward<Args>(args)...);
        const std::lock_guard lock(s.mutex);
        if (s.index.contains(KeyRef{&key})) return value;
        s.order.push_front(Entry{std::move(key), value});
        try {
            s.index.emplace(KeyRef{&s.order.front().key}, s.order.begin());
        } catch (...) {
            s.order.pop_front();
            throw;
        }
        if (s.maxsize && s.order.size() > *s.maxsize) {
            s.index.erase(KeyRef{&s.order.back().key});
            s.order.pop_back();
        }
        return value;
    }

    CacheInfo cache_info() const {
        const State& s = *state_;
        const std::lock_guard lock(s.mutex);
        return {s.hits, s.misses, s.maxsize, s.order.size()};
    }

    void cache_clear() const {
        State& s = *state_;
        const std::lock_guard lock(s.mutex);
        s.index.clear();
        s.order.clear();
        s.hits = 0;
        s.misses = 0;
    }

  private:
    struct Entry {
        key_type key;
        result_type value;
    };
    // The index points at the key stored in its list entry rather than holding a second copy;
    // list nodes never move, so the pointer lives exactly as long as the entry.
    struct KeyRef {
        const key_type* key;
    };
    struct KeyRefHash {
        std::size_t operator()(KeyRef k) const { return Hash<key_type>{}(*k.key); }
    };
    struct KeyRefEqual {
        bool operator()(KeyRef a, KeyRef b) const { return *a.key == *b.key; }
    };

    struct State {
        State(F fn, std::optional<std::int64_t> size) : f(std::move(fn)) {
            if (size) maxsize = *size < 0 ? std::size_t{0} : static_cast<std::size_t>(*size);
        }

        mutable std::mutex mutex;
        F f;
        std::optional<std::size_t> maxsize;
        std::list<Entry> order;  // front is the most recently used
        std::unordered_map<KeyRef, typename std::list<Entry>::iterator, KeyRefHash, KeyRefEqual>
            index;
        std::uint64_t hits = 0;
        std::uint64_t misses = 0;
    };

    std::shared_ptr<State> state_;
};

// Python's default maxsize is 128.
template <detail::CallableObject F>
auto lru_cache(F f, std::optional<std::int64_t> maxsize = 128) {
    static_assert(detail::HasSignature<F>,
                  "lru_cache cannot deduce the key from a generic or overloaded callable; "
                  "name its signature: lru_cache<R(Args...)>(f, maxsize)");
    return LruCache<F, typename detail::Signature<F>::type>(std::move(f), maxsize);
}

template <detail::FunctionType Sig, typename F>
auto lru_cache(F f, std::optional<std::int64_t> maxsize = 128) {
    return LruCache<F, typename detail::Signature<Sig>::type>(std::move(f), maxsize);
}

}  // namespace tabula
