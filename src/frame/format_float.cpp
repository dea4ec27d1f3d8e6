// pandas' FloatArrayFormatter.get_result_as_array with the default options (no float_format,
// no chop_threshold, a leading space for the sign).
#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>

#include "format_cells.hpp"

namespace tabula::display_detail {

namespace {

// Python's "{: .{p}f}" / "{: .{p}e}": a space where a positive value's sign would be. Both
// round the exact binary value correctly, as std::to_chars does.
std::string sign_spaced(double value, std::chars_format format, int precision) {
    std::string out(std::signbit(value) ? "-" : " ");
    if (std::isinf(value)) return out + "inf";
    char digits[400];
    const auto end =
        std::to_chars(digits, digits + sizeof digits, std::fabs(value), format, precision).ptr;
    return out.append(digits, end);
}

// "^\s*[\+-]?[0-9]+\.[0-9]*$", the cells _trim_zeros_float trims.
bool is_number_with_decimal(const std::string& cell) {
    std::size_t i = cell.find_first_not_of(' ');
    if (i == std::string::npos) return false;
    if (cell[i] == '+' || cell[i] == '-') ++i;
    const std::size_t digits_start = i;
    while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9') ++i;
    if (i == digits_start || i == cell.size() || cell[i] != '.') return false;
    for (++i; i < cell.size(); ++i) {
        if (cell[i] < '0' || cell[i] > '9') return false;
    }
    return true;
}

// _trim_zeros_float: drops trailing zeros from every decimal number as long as all of them end
// in one, then puts one zero back after a bare decimal point.
void trim_zeros(std::vector<std::string>& cells) {
    std::optional<std::size_t> common;
    for (const std::string& cell : cells) {
        if (!is_number_with_decimal(cell)) continue;
        const std::size_t zeros = cell.size() - 1 - cell.find_last_not_of('0');
        common = std::min(common.value_or(zeros), zeros);
    }
    if (!common) return;
    for (std::string& cell : cells) {
        if (!is_number_with_decimal(cell)) continue;
        cell.resize(cell.size() - *common);
        if (cell.back() == '.') cell += '0';
    }
}

template <class T>
std::vector<std::string> cells_with(const Column& column, Rows rows, Justify justify,
                                    std::chars_format format, int precision) {
    const T* values = column.data<T>();
    const std::string na = justify == Justify::Left ? " NaN" : "NaN";
    std::vector<std::string> cells;
    cells.reserve(rows.size());
    for (const std::int64_t r : rows) {
        const double v = static_cast<double>(values[r]);
        cells.push_back(column.is_null(r) || std::isnan(v) ? na
                                                           : sign_spaced(v, format, precision));
    }
    trim_zeros(cells);
    return cells;
}

template <class T>
std::vector<std::string> typed_float_cells(const Column& column, Rows rows, Justify justify,
                                           int precision) {
    std::vector<std::string> cells =
        cells_with<T>(column, rows, justify, std::chars_format::fixed, precision);
    std::size_t longest = 0;
    for (const std::string& cell : cells) longest = std::max(longest, cell.size());
    const bool too_long = longest > static_cast<std::size_t>(precision) + 6;
    // pandas' thresholds: more than 1e6 takes over 8 characters before the point; below
    // 10**-precision would print as zero.
    const double small = std::pow(10.0, -precision);
    bool has_large = false;
    bool has_small = false;
    const T* values = column.data<T>();
    for (const std::int64_t r : rows) {
        if (column.is_null(r)) continue;
        const double magnitude = std::fabs(static_cast<double>(values[r]));
        has_large = has_large || magnitude > 1e6;
        has_small = has_small || (magnitude < small && magnitude > 0);
    }
    if (has_small || (too_long && has_large)) {
        return cells_with<T>(column, rows, justify, std::chars_format::scientific, precision);
    }
    return cells;
}

}  // namespace

std::vector<std::string> float_cells(const Column& column, Rows rows, Justify justify,
                                     int precision) {
    if (column.dtype() == DType::Float32) {
        return typed_float_cells<float>(column, rows, justify, precision);
    }
    return typed_float_cells<double>(column, rows, justify, precision);
}

}  // namespace tabula::display_detail
