#include "missing.hpp"

#include <cmath>
#include <string>

#include "tabula/core/error.hpp"

namespace tabula::impute {
namespace {

template <class T>
void mark_nan(const Column& column, std::vector<std::uint8_t>& mask) {
    if constexpr (std::is_floating_point_v<T>) {
        const T* values = column.data<T>();
        for (std::size_t i = 0; i < mask.size(); ++i) mask[i] = std::isnan(values[i]) ? 1 : 0;
    }
}

template <class T>
void check_finite(const Column& column, const std::string& name) {
    const T* values = column.data<T>();
    for (std::int64_t i = 0; i < column.size(); ++i) {
        if (std::isinf(values[i]) && column.is_valid(i)) {
            std::string message =
                "Input X contains infinity or a value too large for dtype('float64') (column '";
            message += name;
            message += "', row ";
            message += std::to_string(i);
            message += ").";
            throw ValueError(message);
        }
    }
}

}  // namespace

bool is_text(const Column& column) {
    return column.dtype() == DType::String || column.dtype() == DType::Categorical;
}

std::vector<std::uint8_t> missing_mask(const Column& column) {
    std::vector<std::uint8_t> mask(static_cast<std::size_t>(column.size()), 0);
    if (column.dtype() == DType::Float64) mark_nan<double>(column, mask);
    if (column.dtype() == DType::Float32) mark_nan<float>(column, mask);
    if (column.has_nulls()) {
        for (std::int64_t i = 0; i < column.size(); ++i) {
            if (column.is_null(i)) mask[static_cast<std::size_t>(i)] = 1;
        }
    }
    return mask;
}

void check_no_infinity(const Features& X) {
    const auto& frame = X.frame();
    for (std::size_t j = 0; j < frame.columns().size(); ++j) {
        const Column& column = frame.column(j);
        if (column.dtype() == DType::Float64) check_finite<double>(column, frame.columns()[j]);
        if (column.dtype() == DType::Float32) check_finite<float>(column, frame.columns()[j]);
    }
}

}  // namespace tabula::impute
