#pragma once
// Calls f with a value of the storage type of a fixed-width dtype, so one generic lambda
// serves every column type without a switch at each call site.
#include <cstdint>
#include <string>
#include <type_traits>

#include "tabula/core/dtype.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"

namespace tabula::detail {

template <class F>
decltype(auto) dispatch_fixed(DType dtype, F&& f) {
    switch (dtype) {
        case DType::Bool:
            return f(bool{});
        case DType::Int32:
            return f(std::int32_t{});
        case DType::Float32:
            return f(float{});
        case DType::Float64:
            return f(double{});
        case DType::Int64:
        case DType::Datetime:
            return f(std::int64_t{});
        case DType::String:
        case DType::Categorical:
            break;
    }
    throw TypeError("expected a fixed-width column");
}

// How many rows head(n) / tail(n) keep of `rows`: n at most, or all but -n for a negative n,
// as pandas.
inline std::int64_t head_length(std::int64_t n, std::int64_t rows) noexcept {
    return n >= 0 ? (n < rows ? n : rows) : (rows + n > 0 ? rows + n : 0);
}

// A value as Python's str() writes it: True/False, repr of floats, decimal integers.
template <class T>
std::string python_text(T value) {
    if constexpr (std::is_same_v<T, bool>) {
        return value ? "True" : "False";
    } else if constexpr (std::is_floating_point_v<T>) {
        return float_repr(value);
    } else {
        return std::to_string(value);
    }
}

}  // namespace tabula::detail
