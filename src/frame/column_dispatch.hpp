#pragma once
// Calls f with a value of the storage type of a fixed-width dtype, so one generic lambda
// serves every column type without a switch at each call site.
#include <cstdint>

#include "tabula/core/dtype.hpp"
#include "tabula/core/error.hpp"

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

}  // namespace tabula::detail
