#pragma once
// to_vector(range): Python's `list(iterable)`, the step that turns a lazy pipeline into a list
// comprehension's result (C++20 has no std::ranges::to):
//
//     auto even_squares = to_vector(range(10) | std::views::filter(is_even)
//                                             | std::views::transform(square));
//
// Items the range hands out as rvalues are moved in, others copied. A Generator of values passed
// as an rvalue owns its items and is consumed by the call, so they are moved too, which is how a
// generator of move-only values becomes a vector; a Generator of references copies the referents.
#include <ranges>
#include <type_traits>
#include <utility>
#include <vector>

#include "tabula/util/generator.hpp"

namespace tabula {

template <std::ranges::input_range R>
auto to_vector(R&& r) {
    std::vector<std::ranges::range_value_t<R>> out;
    if constexpr (std::ranges::sized_range<R>) out.reserve(std::ranges::size(r));
    for (auto&& item : r) out.push_back(std::forward<decltype(item)>(item));
    return out;
}

template <typename T>
std::vector<std::remove_cvref_t<T>> to_vector(Generator<T>&& g) {
    std::vector<std::remove_cvref_t<T>> out;
    for (auto&& item : g) {
        if constexpr (std::is_reference_v<T>) {
            out.push_back(item);
        } else {
            out.push_back(std::move(item));
        }
    }
    return out;
}

}  // namespace tabula
