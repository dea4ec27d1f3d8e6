#include "series_elementwise.hpp"

#include <bit>

namespace tabula::detail {

const char* python_type_name(DType dtype) noexcept {
    switch (dtype) {
        case DType::Bool:
            return "bool";
        case DType::Int32:
        case DType::Int64:
            return "int";
        case DType::Float32:
        case DType::Float64:
            return "float";
        case DType::String:
        case DType::Categorical:
            return "str";
        case DType::Datetime:
            return "Timestamp";
    }
    return "object";
}

const char* python_type_name(const Scalar& value) noexcept {
    if (value.is_null()) return "NoneType";
    if (value.is_bool()) return "bool";
    if (value.is_int()) return "int";
    if (value.is_float()) return "float";
    return "str";
}

std::string pandas_dtype_text(DType dtype) {
    return dtype == DType::String ? std::string("object") : std::string(dtype_name(dtype));
}

std::string where(const Series& s) {
    return s.name().empty() ? std::string() : " (column '" + s.name() + "')";
}

std::optional<Bitmap> both_valid(const Column& a, const Column& b) {
    if (!b.has_nulls()) return validity_of(a);
    if (!a.has_nulls()) return b.validity();
    Bitmap out = a.validity();
    const Bitmap other = b.validity();
    const std::int64_t n = other.size();
    const std::uint64_t* words = other.words();
    // Only the nulls of `other` need a write, found a word (64 rows) at a time.
    for (std::int64_t w = 0; w * 64 < n; ++w) {
        std::uint64_t missing = ~words[w];
        const std::int64_t rows = n - w * 64;
        if (rows < 64) missing &= (std::uint64_t{1} << rows) - 1;
        while (missing != 0) {
            out.set(w * 64 + std::countr_zero(missing), false);
            missing &= missing - 1;
        }
    }
    return out;
}

}  // namespace tabula::detail
