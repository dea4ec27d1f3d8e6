#include "format_cells.hpp"

#include <charconv>
#include <string>

#include "tabula/core/float_repr.hpp"

namespace tabula::display_detail {

namespace {

// IntArrayFormatter writes " 5" / "-5"; pandas' nullable Int64 (an int64 column with nulls)
// goes through the generic formatter instead, which puts a space before str(x): " -5", " <NA>".
template <class T>
std::vector<std::string> int_cells(const Column& column, Rows rows) {
    const T* values = column.data<T>();
    const bool nullable = column.has_nulls();
    std::vector<std::string> cells;
    cells.reserve(rows.size());
    for (const std::int64_t r : rows) {
        if (column.is_null(r)) {
            cells.emplace_back(" <NA>");
            continue;
        }
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, values[r]).ptr;
        std::string cell(nullable || values[r] >= 0 ? " " : "");
        cell.append(digits, end);
        cells.push_back(std::move(cell));
    }
    return cells;
}

std::vector<std::string> bool_cells(const Column& column, Rows rows) {
    const bool* values = column.data<bool>();
    std::vector<std::string> cells;
    cells.reserve(rows.size());
    for (const std::int64_t r : rows) {
        cells.emplace_back(column.is_null(r) ? " <NA>" : values[r] ? " True" : " False");
    }
    return cells;
}

// Strings and categories are pandas' object values: " " + the escaped text, " NaN" for nulls.
std::vector<std::string> text_cells(const Column& column, Rows rows) {
    std::vector<std::string> cells;
    cells.reserve(rows.size());
    for (const std::int64_t r : rows) {
        if (column.is_null(r)) {
            cells.emplace_back(" NaN");
            continue;
        }
        std::string cell(" ");
        cell += escape_cell(column.string_at(r));
        cells.push_back(std::move(cell));
    }
    return cells;
}

std::vector<std::string> raw_cells(const Column& column, Rows rows, Justify justify,
                                   int precision) {
    switch (column.dtype()) {
        case DType::Bool:
            return bool_cells(column, rows);
        case DType::Int32:
            return int_cells<std::int32_t>(column, rows);
        case DType::Int64:
            return int_cells<std::int64_t>(column, rows);
        case DType::Float32:
        case DType::Float64:
            return float_cells(column, rows, justify, precision);
        case DType::String:
        case DType::Categorical:
            return text_cells(column, rows);
        case DType::Datetime:
            return datetime_cells(column, rows);
    }
    return {};
}

}  // namespace

std::vector<std::string> format_cells(const Column& column, Rows rows, Justify justify,
                                      const DisplayOptions& options) {
    std::vector<std::string> cells = raw_cells(column, rows, justify, options.precision);
    make_fixed_width(cells, justify, 0, options.max_colwidth);
    return cells;
}

std::string item_text(const Column& column, std::int64_t i) {
    switch (column.dtype()) {
        case DType::Bool:
            return column.is_null(i) ? "<NA>" : column.data<bool>()[i] ? "True" : "False";
        case DType::Int32:
            return column.is_null(i) ? "<NA>" : std::to_string(column.data<std::int32_t>()[i]);
        case DType::Int64:
            return column.is_null(i) ? "<NA>" : std::to_string(column.data<std::int64_t>()[i]);
        case DType::Float32:
            return column.is_null(i) ? "nan" : float_repr(column.data<float>()[i]);
        case DType::Float64:
            return column.is_null(i) ? "nan" : float_repr(column.data<double>()[i]);
        case DType::String:
        case DType::Categorical:
            return column.is_null(i) ? "nan" : std::string(column.string_at(i));
        case DType::Datetime:
            return column.is_null(i) ? "NaT" : timestamp_text(column.data<std::int64_t>()[i]);
    }
    return {};
}

std::string_view pandas_dtype_name(DType dtype) {
    switch (dtype) {
        case DType::String:
            return "object";
        case DType::Categorical:
            return "category";
        case DType::Datetime:
            return "datetime64[ns]";
        default:
            return dtype_name(dtype);
    }
}

}  // namespace tabula::display_detail
