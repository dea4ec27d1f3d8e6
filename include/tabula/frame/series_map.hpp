#pragma once
// Series::map's definition (declared in series.hpp, which includes this file): a loop over the
// rows calling f, the values gathered as optionals and handed to Column::from_optionals.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "tabula/core/error.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

namespace detail {

template <class T>
struct unwrap_optional {
    using type = T;
    static constexpr bool nullable = false;
};
template <class T>
struct unwrap_optional<std::optional<T>> {
    using type = T;
    static constexpr bool nullable = true;
};

// The element type a mapped value is stored as.
template <class T>
using map_storage_t = std::conditional_t<
    std::is_same_v<T, bool>, bool,
    std::conditional_t<std::is_integral_v<T>, std::int64_t,
                       std::conditional_t<std::is_floating_point_v<T>, double, std::string>>>;

template <class Arg, class F, class Read>
Column map_rows(const Column& column, F& f, Read read) {
    using Result = std::decay_t<std::invoke_result_t<F&, Arg>>;
    using Unwrapped = unwrap_optional<Result>;
    using Stored = map_storage_t<typename Unwrapped::type>;
    static_assert(std::is_arithmetic_v<typename Unwrapped::type> ||
                      std::is_convertible_v<typename Unwrapped::type, std::string_view>,
                  "Series::map: f must return a number, a bool, a string or an optional of one");
    const std::int64_t n = column.size();
    std::vector<std::optional<Stored>> values(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        if (column.is_null(i)) continue;
        auto& out = values[static_cast<std::size_t>(i)];
        if constexpr (Unwrapped::nullable) {
            auto r = f(static_cast<Arg>(read(i)));
            if (r) out = Stored(*r);
        } else {
            out = Stored(f(static_cast<Arg>(read(i))));
        }
    }
    if constexpr (std::is_same_v<Stored, std::string>) {
        return Column::from_optional_strings(values);
    } else {
        return Column::from_optionals(values);
    }
}

// TypeError: f does not take the values of a series of this dtype.
[[noreturn]] void throw_map_argument(DType dtype, const char* expected);

}  // namespace detail

template <class F>
Series Series::map(F&& f) const {
    const Column& c = column_;
    Column out;
    switch (dtype()) {
        case DType::Float32:
        case DType::Float64:
            if constexpr (std::is_invocable_v<F&, double>) {
                out = dtype() == DType::Float64
                          ? detail::map_rows<double>(
                                c, f, [&](std::int64_t i) { return c.data<double>()[i]; })
                          : detail::map_rows<double>(
                                c, f, [&](std::int64_t i) { return c.data<float>()[i]; });
                break;
            }
            detail::throw_map_argument(dtype(), "double");
        case DType::Int32:
        case DType::Int64:
        case DType::Datetime:
            if constexpr (std::is_invocable_v<F&, std::int64_t>) {
                out = dtype() == DType::Int32
                          ? detail::map_rows<std::int64_t>(
                                c, f, [&](std::int64_t i) { return c.data<std::int32_t>()[i]; })
                          : detail::map_rows<std::int64_t>(
                                c, f, [&](std::int64_t i) { return c.data<std::int64_t>()[i]; });
                break;
            }
            detail::throw_map_argument(dtype(), "std::int64_t");
        case DType::Bool:
            if constexpr (std::is_invocable_v<F&, bool>) {
                out =
                    detail::map_rows<bool>(c, f, [&](std::int64_t i) { return c.data<bool>()[i]; });
                break;
            }
            detail::throw_map_argument(dtype(), "bool");
        case DType::String:
        case DType::Categorical:
            if constexpr (std::is_invocable_v<F&, std::string_view>) {
                out = detail::map_rows<std::string_view>(
                    c, f, [&](std::int64_t i) { return c.string_at(i); });
                break;
            }
            detail::throw_map_argument(dtype(), "std::string_view");
    }
    return Series(std::move(out), name_, index_);
}

}  // namespace tabula
