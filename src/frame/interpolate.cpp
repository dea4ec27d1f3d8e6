// interpolate(method="linear"): pandas draws straight lines between the present values by
// position (the index is ignored), leaves leading missing values (limit_direction="forward")
// and carries the last value over trailing ones. The arithmetic is np.interp's, which pandas
// calls, so the results agree to the bit.
#include <cmath>
#include <cstdint>
#include <string>
#include <vector>

#include "column_dispatch.hpp"
#include "missing_values.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

namespace {

// pandas 1.5 refuses categorical and datetime data with this message (its pad/backfill code
// path is the only one those blocks have).
[[noreturn]] void throw_not_interpolable(const Column& column, const std::string& name) {
    throw ValueError(
        "Invalid fill method. Expecting pad (ffill) or backfill (bfill). Got linear (" +
        detail::column_description(column, name) + " has dtype " +
        std::string(dtype_name(column.dtype())) + ")");
}

// np.interp at x between the present points (x0, y0) and (x1, y1), including its retry from
// the right end when the left one gives NaN (an infinite neighbour).
double interp(double x, double x0, double y0, double x1, double y1) {
    const double slope = (y1 - y0) / (x1 - x0);
    double y = slope * (x - x0) + y0;
    if (std::isnan(y)) {
        y = slope * (x - x1) + y1;
        if (std::isnan(y) && y0 == y1) y = y0;
    }
    return y;
}

// float64 values with the missing rows interpolated; rows before the first present one keep
// their null (or NaN).
Column interpolate_numbers(const Column& column) {
    const std::int64_t n = column.size();
    const bool single = column.dtype() == DType::Float32;
    const Column source =
        column.dtype() == DType::Float64 || single ? column : column.astype(DType::Float64);
    const auto missing = detail::missing_rows(source);
    std::vector<double> y(static_cast<std::size_t>(n));
    detail::dispatch_fixed(source.dtype(), [&]<class T>(T) {
        const T* values = source.data<T>();
        for (std::int64_t i = 0; i < n; ++i) y[static_cast<std::size_t>(i)] = values[i];
    });
    std::int64_t first = 0;
    while (first < n && missing[first]) ++first;
    std::int64_t left = first;  // the present row before i
    for (std::int64_t i = first + 1; i < n; ++i) {
        if (!missing[i]) {
            left = i;
            continue;
        }
        std::int64_t right = i + 1;
        while (right < n && missing[right]) ++right;
        const double y0 = y[static_cast<std::size_t>(left)];
        for (; i < right && i < n; ++i) {
            y[static_cast<std::size_t>(i)] =
                right == n ? y0
                           : interp(static_cast<double>(i), static_cast<double>(left), y0,
                                    static_cast<double>(right), y[static_cast<std::size_t>(right)]);
        }
        left = right;
    }
    std::optional<Bitmap> validity;
    if (first > 0 && source.has_nulls()) {
        validity.emplace(n, true);
        for (std::int64_t i = 0; i < first; ++i) validity->set(i, source.is_valid(i));
    }
    const std::size_t width = single ? sizeof(float) : sizeof(double);
    auto buffer = Buffer::allocate(static_cast<std::size_t>(n) * width);
    for (std::int64_t i = 0; i < n; ++i) {
        const double v = y[static_cast<std::size_t>(i)];
        if (single) {
            buffer->as<float>()[i] = static_cast<float>(v);
        } else {
            buffer->as<double>()[i] = v;
        }
    }
    return Column::fixed(source.dtype(), std::move(buffer), n, std::move(validity));
}

// Strings and bools are left as they are (pandas' object and bool blocks do not interpolate).
Column interpolate_column(const Column& column, const std::string& name) {
    const DType dtype = column.dtype();
    if (dtype == DType::Categorical || dtype == DType::Datetime) {
        throw_not_interpolable(column, name);
    }
    if (dtype == DType::String || dtype == DType::Bool || !detail::any_missing(column)) {
        return column;
    }
    return interpolate_numbers(column);
}

}  // namespace

Series Series::interpolate() const {
    check_pending();
    return Series(interpolate_column(column_, name_), name_, index_);
}

DataFrame DataFrame::interpolate() const {
    bool all_object = !columns_.empty();
    for (const Column& column : columns_) {
        // pandas holds a bool column with gaps as object.
        const bool object = column.dtype() == DType::String ||
                            (column.dtype() == DType::Bool && column.has_nulls());
        all_object = all_object && object;
    }
    if (all_object) {
        throw TypeError(
            "Cannot interpolate with all object-dtype columns in the DataFrame. Try setting at "
            "least one column to a numeric dtype.");
    }
    std::vector<Column> columns;
    for (std::size_t j = 0; j < columns_.size(); ++j) {
        columns.push_back(interpolate_column(columns_[j], names_[j]));
    }
    return DataFrame(names_, std::move(columns), index_);
}

}  // namespace tabula
