#pragma once
// Hash<T>: std::hash extended to tuples and pairs of hashable types, as Python hashes a tuple
// from its elements. lru_cache keys are argument tuples, so it hashes them with this.
// Specialise tabula::Hash for a type of your own to use it in a key.
#include <cstddef>
#include <cstdint>
#include <functional>
#include <tuple>
#include <utility>

namespace tabula {

template <typename T>
struct Hash {
    std::size_t operator()(const T& value) const { return std::hash<T>{}(value); }
};

// std::hash of an integer is the integer itself, so a plain xor-shift combiner maps many small
// tuples onto one value (a third of a 100x100 grid of int pairs collides with Boost's). Running
// each step through splitmix64's finaliser, a bijection that mixes every bit, keeps distinct
// tuples apart and makes (a, b) and (b, a) differ.
inline std::size_t hash_combine(std::size_t seed, std::size_t h) noexcept {
    std::uint64_t z = static_cast<std::uint64_t>(seed) + 0x9e3779b97f4a7c15ULL + h;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return static_cast<std::size_t>(z ^ (z >> 31));
}

template <typename... Ts>
struct Hash<std::tuple<Ts...>> {
    std::size_t operator()(const std::tuple<Ts...>& value) const {
        return std::apply(
            [](const auto&... items) {
                std::size_t seed = sizeof...(Ts);
                ((seed = hash_combine(seed, Hash<std::remove_cvref_t<decltype(items)>>{}(items))),
                 ...);
                return seed;
            },
            value);
    }
};

template <typename A, typename B>
struct Hash<std::pair<A, B>> {
    std::size_t operator()(const std::pair<A, B>& value) const {
        return hash_combine(hash_combine(2, Hash<A>{}(value.first)), Hash<B>{}(value.second));
    }
};

}  // namespace tabula
