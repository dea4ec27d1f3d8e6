// DataFrame::iloc (by position) and the row-as-Series that loc and iloc share.
#include <string>

#include "column_dispatch.hpp"
#include "row_pick.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula {

namespace {

// The dtype of a row taken across columns, as NumPy's common type: one dtype stays, integers
// widen to int64, integers with floats give float64. Anything else (strings, bools among
// numbers) is pandas' object, here a string series.
DType row_dtype(const std::vector<Column>& columns) {
    if (columns.empty()) return DType::Float64;
    bool same = true;
    bool integers = true;
    bool numbers = true;
    for (const Column& c : columns) {
        same = same && c.dtype() == columns[0].dtype();
        integers = integers && is_integer(c.dtype());
        numbers = numbers && (is_integer(c.dtype()) || is_floating(c.dtype()));
    }
    if (same && columns[0].dtype() != DType::String && columns[0].dtype() != DType::Categorical) {
        return columns[0].dtype();
    }
    if (integers) return DType::Int64;
    if (numbers) return DType::Float64;
    return DType::String;
}

template <class T>
Column row_values(const std::vector<Column>& columns, std::int64_t row, DType dtype) {
    const auto n = static_cast<std::int64_t>(columns.size());
    auto values = Buffer::allocate(static_cast<std::size_t>(n) * sizeof(T));
    T* out = values->as<T>();
    Bitmap validity(n);
    for (std::int64_t j = 0; j < n; ++j) {
        const Column& c = columns[static_cast<std::size_t>(j)];
        // A value under a null is unspecified (a bool byte may not even be 0 or 1): not read.
        validity.set(j, c.is_valid(row));
        out[j] = c.is_null(row) ? T{} : detail::dispatch_fixed(c.dtype(), [&]<class S>(S) {
            return static_cast<T>(c.data<S>()[row]);
        });
    }
    return Column::fixed(dtype, std::move(values), n, std::move(validity));
}

Column row_texts(const std::vector<Column>& columns, std::int64_t row) {
    std::vector<std::optional<std::string>> texts;
    texts.reserve(columns.size());
    for (const Column& c : columns) {
        if (c.is_null(row)) {
            texts.emplace_back();
        } else if (c.dtype() == DType::String || c.dtype() == DType::Categorical) {
            texts.emplace_back(std::string(c.string_at(row)));
        } else {
            texts.emplace_back(detail::dispatch_fixed(
                c.dtype(), [&]<class T>(T) { return detail::python_text(c.data<T>()[row]); }));
        }
    }
    return Column::from_optional_strings(texts);
}

}  // namespace

Series DataFrame::row_series(std::int64_t position, std::span<const std::int64_t> columns) const {
    const DType dtype = row_dtype(columns_);
    std::vector<Column> picked;
    std::vector<std::string> names;
    for (const std::int64_t j : columns) {
        picked.push_back(columns_[static_cast<std::size_t>(j)]);
        names.push_back(names_[static_cast<std::size_t>(j)]);
    }
    Column values;
    if (dtype == DType::String) {
        values = row_texts(picked, position);
    } else {
        values = detail::dispatch_fixed(
            dtype, [&]<class T>(T) { return row_values<T>(picked, position, dtype); });
    }
    return Series(std::move(values), index_.label_string(position), Index(names));
}

std::vector<std::int64_t> DataFrame::all_column_positions() const {
    std::vector<std::int64_t> positions(columns_.size());
    for (std::size_t j = 0; j < positions.size(); ++j) positions[j] = static_cast<std::int64_t>(j);
    return positions;
}

DataFrame DataFrame::columns_at(std::span<const std::int64_t> positions) const {
    std::vector<std::string> names;
    std::vector<Column> data;
    for (const std::int64_t p : positions) {
        names.push_back(names_[static_cast<std::size_t>(p)]);
        data.push_back(columns_[static_cast<std::size_t>(p)]);
    }
    return DataFrame(std::move(names), std::move(data), index_);
}

Series DataFrame::iloc_row(std::int64_t row, const Positions& columns) const {
    const std::int64_t position = detail::single_position(num_rows(), row);
    return row_series(position, detail::positions_pick(num_columns(), columns).all_positions());
}

// pandas reads a cell through NumPy, whose IndexError names the position and the axis length.
Scalar DataFrame::iloc_cell(std::int64_t row, std::int64_t column) const {
    const auto position = [](std::int64_t p, std::int64_t n) {
        if (p < -n || p >= n) {
            throw IndexError("index " + std::to_string(p) +
                             " is out of bounds for axis 0 with size " + std::to_string(n));
        }
        return p < 0 ? p + n : p;
    };
    const std::int64_t i = position(row, num_rows());
    const std::int64_t j = position(column, num_columns());
    return scalar_at(columns_[static_cast<std::size_t>(j)], i);
}

Series DataFrame::iloc_column(const Positions& rows, std::int64_t column) const {
    const auto j = static_cast<std::size_t>(detail::single_position(num_columns(), column));
    const detail::RowPick pick = detail::positions_pick(num_rows(), rows);
    return Series(detail::pick_column(columns_[j], pick), names_[j],
                  detail::pick_index(index_, pick));
}

DataFrame DataFrame::iloc(const Positions& rows, const Positions& columns) const {
    const detail::RowPick pick = detail::positions_pick(num_rows(), rows);
    return detail::pick_rows(
        columns_at(detail::positions_pick(num_columns(), columns).all_positions()), pick);
}

}  // namespace tabula
