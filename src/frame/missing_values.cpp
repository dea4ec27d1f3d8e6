#include "missing_values.hpp"

#include <cmath>

#include "column_values.hpp"

namespace tabula::detail {

namespace {

// Calls f(i) for every missing row i, in order.
template <class F>
void for_each_missing(const Column& column, F&& f) {
    const std::int64_t n = column.size();
    const DType dtype = column.dtype();
    if (dtype == DType::Float64 || dtype == DType::Float32) {
        with_numbers(column, [&]<class T>(const T* values) {
            for (std::int64_t i = 0; i < n; ++i) {
                if (column.is_null(i) || is_nan_value(values[i])) f(i);
            }
        });
        return;
    }
    if (!column.has_nulls()) return;
    for (std::int64_t i = 0; i < n; ++i) {
        if (column.is_null(i)) f(i);
    }
}

}  // namespace

bool any_missing(const Column& column) {
    if (column.has_nulls()) return true;
    bool found = false;
    if (column.dtype() == DType::Float64 || column.dtype() == DType::Float32) {
        with_numbers(column, [&]<class T>(const T* values) {
            for (std::int64_t i = 0; i < column.size() && !found; ++i) {
                found = is_nan_value(values[i]);
            }
        });
    }
    return found;
}

std::unique_ptr<bool[]> missing_rows(const Column& column) {
    auto missing = std::make_unique<bool[]>(static_cast<std::size_t>(column.size()));
    for_each_missing(column, [&](std::int64_t i) { missing[static_cast<std::size_t>(i)] = true; });
    return missing;
}

void count_present(const Column& column, std::int32_t* present) {
    const std::int64_t n = column.size();
    for (std::int64_t i = 0; i < n; ++i) ++present[i];
    for_each_missing(column, [&](std::int64_t i) { --present[i]; });
}

std::string column_description(const Column& column, const std::string& name) {
    if (!name.empty()) return "column '" + name + "'";
    return "a " + pandas_dtype_name(column.dtype()) + " series";
}

}  // namespace tabula::detail
