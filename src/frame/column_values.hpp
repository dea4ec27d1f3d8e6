#pragma once
// Typed access to the numbers of a column for the statistics: which dtypes reduce, the storage
// type behind each, and "missing" as pandas' skipna sees it (a null, or a NaN in a float column).
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include "column_dispatch.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/column.hpp"

namespace tabula::detail {

// bool, int32, int64, float32 and float64 reduce as numbers (bool as 0/1).
inline bool is_reducible(DType dtype) noexcept {
    return dtype == DType::Bool || dtype == DType::Int32 || dtype == DType::Int64 ||
           dtype == DType::Float32 || dtype == DType::Float64;
}

// pandas' "object" for strings, its own names otherwise.
inline std::string pandas_dtype_name(DType dtype) {
    return dtype == DType::String ? std::string("object") : std::string(dtype_name(dtype));
}

// TypeError unless the column reduces as numbers; `name` is the series' name.
inline void require_numbers(const Column& column, std::string_view name, std::string_view op) {
    if (is_reducible(column.dtype())) return;
    std::string what = "cannot compute " + std::string(op) + " of ";
    what += name.empty() ? std::string("a column") : "column '" + std::string(name) + "'";
    throw TypeError(what + " with dtype " + pandas_dtype_name(column.dtype()));
}

template <class T>
inline bool is_nan_value(T v) noexcept {
    if constexpr (std::is_floating_point_v<T>) {
        return std::isnan(v);
    } else {
        return false;
    }
}

// Calls f(values) with the column's storage pointer (bool, int32, int64, float or double).
template <class F>
decltype(auto) with_numbers(const Column& column, F&& f) {
    return dispatch_fixed(
        column.dtype(), [&]<class T>(T) -> decltype(auto) { return f(column.template data<T>()); });
}

// Calls f(value as double) for each row that is neither null nor NaN, in row order.
template <class F>
void for_each_number(const Column& column, F&& f) {
    with_numbers(column, [&]<class T>(const T* values) {
        const std::int64_t n = column.size();
        if (!column.has_nulls()) {
            for (std::int64_t i = 0; i < n; ++i) {
                if (!is_nan_value(values[i])) f(static_cast<double>(values[i]));
            }
            return;
        }
        for (std::int64_t i = 0; i < n; ++i) {
            if (column.is_valid(i) && !is_nan_value(values[i])) f(static_cast<double>(values[i]));
        }
    });
}

// Writes rows [begin, end) as doubles into out, a missing row as 0 (nanops' fill value for sums).
template <class T>
void numbers_or_zero(const Column& column, const T* values, std::int64_t begin, std::int64_t end,
                     double* out) {
    for (std::int64_t i = begin; i < end; ++i) {
        const bool present = column.is_valid(i) && !is_nan_value(values[i]);
        out[i - begin] = present ? static_cast<double>(values[i]) : 0.0;
    }
}

}  // namespace tabula::detail
