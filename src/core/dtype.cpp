#include "tabula/core/dtype.hpp"

#include <string>

#include "tabula/core/error.hpp"

namespace tabula {

std::string_view dtype_name(DType dtype) noexcept {
    switch (dtype) {
        case DType::Bool: return "bool";
        case DType::Int32: return "int32";
        case DType::Int64: return "int64";
        case DType::Float32: return "float32";
        case DType::Float64: return "float64";
        case DType::String: return "string";
        case DType::Categorical: return "category";
        case DType::Datetime: return "datetime64[ns]";
    }
    return "unknown";
}

DType dtype_from_name(std::string_view name) {
    for (DType d : {DType::Bool, DType::Int32, DType::Int64, DType::Float32, DType::Float64,
                    DType::String, DType::Categorical, DType::Datetime}) {
        if (dtype_name(d) == name) return d;
    }
    if (name == "str" || name == "object") return DType::String;
    if (name == "categorical") return DType::Categorical;
    if (name == "datetime") return DType::Datetime;
    throw TypeError("data type '" + std::string(name) + "' not understood");
}

std::size_t itemsize(DType dtype) noexcept {
    switch (dtype) {
        case DType::Bool: return 1;
        case DType::Int32:
        case DType::Float32:
        case DType::Categorical: return 4;
        case DType::Int64:
        case DType::Float64:
        case DType::Datetime:
        case DType::String: return 8;
    }
    return 0;
}

bool is_integer(DType dtype) noexcept { return dtype == DType::Int32 || dtype == DType::Int64; }
bool is_floating(DType dtype) noexcept {
    return dtype == DType::Float32 || dtype == DType::Float64;
}
bool is_numeric(DType dtype) noexcept {
    return dtype == DType::Bool || is_integer(dtype) || is_floating(dtype);
}

}  // namespace tabula
