// fillna with a value: every missing row of a column gets the value. A column keeps its dtype
// where pandas' does (a float column filled with 0 stays float64); an int column filled with a
// float becomes float64, as pandas' (float64 there already, since it has gaps). A value pandas
// could only hold in an object column (a string in a number column) is a TypeError instead,
// since a tabula column holds one dtype.
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "column_dispatch.hpp"
#include "missing_values.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

namespace {

// Python's type() name of the value, for messages.
const char* python_type(const Scalar& value) noexcept {
    if (value.is_bool()) return "bool";
    if (value.is_int()) return "int";
    if (value.is_float()) return "float";
    return "str";
}

[[noreturn]] void throw_mismatch(const Column& column, const std::string& name,
                                 const Scalar& value) {
    throw TypeError(
        "cannot fill the missing values of " + detail::column_description(column, name) + " (" +
        std::string(dtype_name(column.dtype())) + ") with the " + python_type(value) + " " +
        value.repr() + ": a column holds one dtype (pandas would make it object)");
}

// The dtype the filled column has; TypeError when the value does not fit the column.
DType filled_dtype(const Column& column, const std::string& name, const Scalar& value) {
    switch (column.dtype()) {
        case DType::Float32:
        case DType::Float64:
            if (value.is_int() || value.is_float()) return column.dtype();
            break;
        case DType::Int32:
        case DType::Int64:
            if (value.is_int()) return column.dtype();
            if (value.is_float()) return DType::Float64;
            break;
        case DType::Datetime:  // a value as scalar_at gives it: int64 nanoseconds
            if (value.is_int()) return DType::Datetime;
            break;
        case DType::Bool:
            if (value.is_bool()) return DType::Bool;
            break;
        case DType::String:
            if (value.is_string()) return DType::String;
            break;
        case DType::Categorical:
            if (value.is_string()) return DType::Categorical;
            break;
    }
    throw_mismatch(column, name, value);
}

template <class T>
T fixed_value(const Scalar& value) {
    if constexpr (std::is_same_v<T, bool>) {
        return std::get<bool>(value.value());
    } else if (value.is_int()) {
        return static_cast<T>(std::get<std::int64_t>(value.value()));
    } else {
        return static_cast<T>(std::get<double>(value.value()));
    }
}

Column fill_fixed(const Column& column, const bool* missing, const Scalar& value) {
    const std::int64_t n = column.size();
    return detail::dispatch_fixed(column.dtype(), [&]<class T>(T) {
        auto buffer = Buffer::allocate(static_cast<std::size_t>(n) * sizeof(T));
        T* out = buffer->as<T>();
        const T* in = column.data<T>();
        const T fill = fixed_value<T>(value);
        for (std::int64_t i = 0; i < n; ++i) out[i] = missing[i] ? fill : in[i];
        return Column::fixed(column.dtype(), std::move(buffer), n);
    });
}

Column fill_strings(const Column& column, const bool* missing, const std::string& fill) {
    const std::int64_t n = column.size();
    const std::int64_t* in_o = column.string_offsets();
    const char* in_c = column.string_chars();
    const auto width = static_cast<std::int64_t>(fill.size());
    std::int64_t total = 0;
    for (std::int64_t i = 0; i < n; ++i) total += missing[i] ? width : in_o[i + 1] - in_o[i];
    auto offsets = Buffer::allocate(static_cast<std::size_t>(n + 1) * sizeof(std::int64_t));
    auto chars = Buffer::allocate(static_cast<std::size_t>(total));
    auto* out_o = offsets->as<std::int64_t>();
    char* out_c = chars->as<char>();
    out_o[0] = 0;
    for (std::int64_t i = 0; i < n; ++i) {
        const char* from = missing[i] ? fill.data() : in_c + in_o[i];
        const std::int64_t length = missing[i] ? width : in_o[i + 1] - in_o[i];
        if (length > 0) std::memcpy(out_c + out_o[i], from, static_cast<std::size_t>(length));
        out_o[i + 1] = out_o[i] + length;
    }
    return Column::strings(std::move(offsets), std::move(chars), n);
}

Column fill_categorical(const Column& column, const bool* missing, const std::string& fill) {
    const Column& categories = column.categories();
    std::int32_t code = -1;
    for (std::int64_t k = 0; k < categories.size() && code < 0; ++k) {
        if (categories.string_at(k) == fill) code = static_cast<std::int32_t>(k);
    }
    if (code < 0) {
        throw TypeError("Cannot setitem on a Categorical with a new category (" + fill +
                        "), set the categories first");
    }
    const std::int64_t n = column.size();
    auto buffer = Buffer::allocate(static_cast<std::size_t>(n) * sizeof(std::int32_t));
    auto* out = buffer->as<std::int32_t>();
    const std::int32_t* in = column.codes();
    for (std::int64_t i = 0; i < n; ++i) out[i] = missing[i] ? code : in[i];
    return Column::categorical(std::move(buffer), n, categories);
}

void require_value(const Scalar& value) {
    if (value.is_null()) throw ValueError("Must specify a fill 'value' or 'method'.");
}

// The column with its missing rows set to `value`; the column itself when none is missing, as
// pandas leaves such a column (and its dtype) alone.
Column fill_column(const Column& column, const std::string& name, const Scalar& value) {
    if (!detail::any_missing(column)) return column;
    if (column.dtype() == DType::Categorical && !value.is_string()) {
        throw TypeError("Cannot setitem on a Categorical with a new category (" + value.repr() +
                        "), set the categories first");
    }
    const DType dtype = filled_dtype(column, name, value);
    const Column source = dtype == column.dtype() ? column : column.astype(dtype);
    const auto missing = detail::missing_rows(source);
    if (dtype == DType::String) return fill_strings(source, missing.get(), value.as_string());
    if (dtype == DType::Categorical) {
        return fill_categorical(source, missing.get(), value.as_string());
    }
    return fill_fixed(source, missing.get(), value);
}

}  // namespace

Series Series::fillna(const Scalar& value) const {
    check_pending();
    require_value(value);
    return Series(fill_column(column_, name_, value), name_, index_);
}

DataFrame DataFrame::fillna(const Scalar& value) const {
    require_value(value);
    std::vector<Column> columns;
    for (std::size_t j = 0; j < columns_.size(); ++j) {
        columns.push_back(fill_column(columns_[j], names_[j], value));
    }
    return DataFrame(names_, std::move(columns), index_);
}

DataFrame DataFrame::fillna(const std::vector<std::pair<std::string, Scalar>>& values) const {
    std::vector<Column> columns = columns_;
    for (const auto& [name, value] : values) {
        require_value(value);
        for (std::size_t j = 0; j < columns_.size(); ++j) {
            if (names_[j] == name) columns[j] = fill_column(columns[j], name, value);
        }
    }
    return DataFrame(names_, std::move(columns), index_);
}

}  // namespace tabula
