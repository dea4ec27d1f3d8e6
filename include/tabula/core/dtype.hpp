#pragma once
// The element types shared by NDArray and the DataFrame's columns.
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace tabula {

enum class DType : std::uint8_t {
    Bool,
    Int32,
    Int64,
    Float32,
    Float64,
    String,
    Categorical,
    Datetime,  // nanoseconds since the Unix epoch, as int64 (numpy's datetime64[ns])
};

// NumPy's / pandas' spelling: "bool", "int32", "int64", "float32", "float64", "object"-free
// "string", "category", "datetime64[ns]".
std::string_view dtype_name(DType dtype) noexcept;
// Parses the spelling dtype_name gives (and "str", "category"); throws TypeError otherwise.
DType dtype_from_name(std::string_view name);
// Bytes per element for fixed-width dtypes; strings and categoricals report their code width.
std::size_t itemsize(DType dtype) noexcept;
bool is_numeric(DType dtype) noexcept;
bool is_integer(DType dtype) noexcept;
bool is_floating(DType dtype) noexcept;

// The DType of an NDArray element type.
template <class T>
struct dtype_of;
template <>
struct dtype_of<bool> : std::integral_constant<DType, DType::Bool> {};
template <>
struct dtype_of<std::int32_t> : std::integral_constant<DType, DType::Int32> {};
template <>
struct dtype_of<std::int64_t> : std::integral_constant<DType, DType::Int64> {};
template <>
struct dtype_of<float> : std::integral_constant<DType, DType::Float32> {};
template <>
struct dtype_of<double> : std::integral_constant<DType, DType::Float64> {};
template <class T>
inline constexpr DType dtype_of_v = dtype_of<T>::value;

// The element types NDArray is instantiated for.
template <class T>
concept ArrayElement = std::is_same_v<T, bool> || std::is_same_v<T, std::int32_t> ||
                       std::is_same_v<T, std::int64_t> || std::is_same_v<T, float> ||
                       std::is_same_v<T, double>;

}  // namespace tabula
