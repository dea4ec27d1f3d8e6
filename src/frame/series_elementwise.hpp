#pragma once
// What the elementwise Series operators share: typed reads of a column's values, the validity of
// a result (a null on either side gives a null), the result's name and the type names pandas'
// messages use.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>

#include "column_dispatch.hpp"
#include "tabula/core/bitmap.hpp"
#include "tabula/core/buffer.hpp"
#include "tabula/frame/column.hpp"
#include "tabula/frame/series.hpp"

namespace tabula::detail {

inline bool is_text(DType dtype) noexcept {
    return dtype == DType::String || dtype == DType::Categorical;
}

// bool, int32, int64, float32 and float64: the dtypes that compute as numbers.
inline bool is_number(DType dtype) noexcept {
    return !is_text(dtype) && dtype != DType::Datetime;
}

// Calls f(values) with the column's storage pointer; bool is read as std::uint8_t so that the
// unspecified byte under a null is never loaded as a bool.
template <class F>
decltype(auto) with_values(const Column& column, F&& f) {
    return dispatch_fixed(column.dtype(), [&]<class T>(T) -> decltype(auto) {
        if constexpr (std::is_same_v<T, bool>) {
            return f(reinterpret_cast<const std::uint8_t*>(column.data<bool>()));
        } else {
            return f(column.data<T>());
        }
    });
}

// The type name Python gives an element of the dtype (int, float, bool, str, Timestamp).
const char* python_type_name(DType dtype) noexcept;
// The type name Python gives a scalar (NoneType, bool, int, float, str).
const char* python_type_name(const Scalar& value) noexcept;
// The dtype as pandas prints it in messages ("object" for strings).
std::string pandas_dtype_text(DType dtype);
// " (column 'age')" for a named series, nothing otherwise: where an error happened.
std::string where(const Series& s);

// Rows valid in both columns (same length); nullopt when every row is.
std::optional<Bitmap> both_valid(const Column& a, const Column& b);
// The column's validity, nullopt when it has no nulls.
inline std::optional<Bitmap> validity_of(const Column& c) {
    return c.has_nulls() ? std::optional<Bitmap>(c.validity()) : std::nullopt;
}

// pandas keeps a name both operands share and drops it otherwise.
inline std::string shared_name(const Series& a, const Series& b) {
    return a.name() == b.name() ? a.name() : std::string();
}

// A fixed-width buffer of n elements of T.
template <class T>
std::shared_ptr<Buffer> allocate_values(std::int64_t n) {
    return Buffer::allocate(static_cast<std::size_t>(n) * sizeof(T));
}

}  // namespace tabula::detail
