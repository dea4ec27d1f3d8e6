#include "tabula/frame/dataframe.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

#include "column_dispatch.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula {

namespace {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

[[noreturn]] void throw_missing_column(std::string_view name,
                                       const std::vector<std::string>& names) {
    std::string message = "'" + std::string(name) + "'";
    const auto closest = std::min_element(names.begin(), names.end(), [&](auto& x, auto& y) {
        return edit_distance(name, x) < edit_distance(name, y);
    });
    if (closest != names.end()) message += " (closest column: '" + *closest + "')";
    throw KeyError(message);
}

std::string frame_dtype_name(DType dtype) {
    return dtype == DType::String ? "object" : std::string(dtype_name(dtype));
}

// The positions where a bool mask is true. A null counts as false, as pandas' nullable boolean
// indexing does (a comparison with a null gives a null).
std::vector<std::int64_t> mask_positions(const Series& mask, std::int64_t rows) {
    if (mask.dtype() != DType::Bool) {
        throw TypeError("a row mask must be a bool Series, not " +
                        std::string(dtype_name(mask.dtype())));
    }
    if (mask.size() != rows) {
        throw ValueError("Item wrong length " + std::to_string(mask.size()) + " instead of " +
                         std::to_string(rows) + ".");
    }
    const Column& column = mask.column();
    const bool* values = column.data<bool>();
    std::vector<std::int64_t> positions;
    for (std::int64_t i = 0; i < rows; ++i) {
        if (values[i] && column.is_valid(i)) positions.push_back(i);
    }
    return positions;
}

}  // namespace

ColumnValues::ColumnValues(std::initializer_list<int> values) {
    std::vector<std::int64_t> v(values.begin(), values.end());
    column = Column::from_vector(v);
}
ColumnValues::ColumnValues(std::initializer_list<std::int64_t> values)
    : column(Column::from_vector(std::vector<std::int64_t>(values))) {}
ColumnValues::ColumnValues(std::initializer_list<double> values)
    : column(Column::from_vector(std::vector<double>(values))) {}
ColumnValues::ColumnValues(std::initializer_list<bool> values)
    : column(Column::from_vector(std::vector<bool>(values))) {}
ColumnValues::ColumnValues(std::initializer_list<const char*> values)
    : column(Column::from_strings(std::vector<std::string>(values.begin(), values.end()))) {}
ColumnValues::ColumnValues(const std::vector<std::string>& values)
    : column(Column::from_strings(values)) {}
ColumnValues::ColumnValues(const std::vector<std::optional<std::string>>& values)
    : column(Column::from_optional_strings(values)) {}

DataFrame::DataFrame(std::initializer_list<std::pair<std::string, ColumnValues>> columns) {
    std::vector<std::string> names;
    std::vector<Column> data;
    for (const auto& [name, values] : columns) {
        names.push_back(name);
        data.push_back(values.column);
    }
    *this = DataFrame(std::move(names), std::move(data));
}

DataFrame::DataFrame(std::vector<std::string> names, std::vector<Column> columns,
                     std::optional<Index> index)
    : names_(std::move(names)), columns_(std::move(columns)) {
    if (names_.size() != columns_.size()) {
        throw ValueError(std::to_string(columns_.size()) + " columns passed, " +
                         std::to_string(names_.size()) + " names");
    }
    const std::int64_t rows = index ? index->size() : columns_.empty() ? 0 : columns_[0].size();
    for (std::size_t j = 0; j < columns_.size(); ++j) {
        if (columns_[j].size() != rows) {
            throw ValueError("All arrays must be of the same length: column '" + names_[j] +
                             "' has " + std::to_string(columns_[j].size()) + " rows, not " +
                             std::to_string(rows));
        }
    }
    index_ = index ? std::move(*index) : Index::range(0, rows);
}

DataFrame DataFrame::from_numpy(const NDArray<double>& values, std::vector<std::string> columns) {
    if (values.ndim() != 2) {
        throw ValueError("Must pass 2-d input. shape=" + shape_to_string(values.shape()));
    }
    const std::int64_t rows = values.shape()[0];
    const std::int64_t cols = values.shape()[1];
    if (columns.empty()) {
        for (std::int64_t j = 0; j < cols; ++j) columns.push_back(std::to_string(j));
    }
    if (static_cast<std::int64_t>(columns.size()) != cols) {
        throw ValueError("Shape of passed values is (" + std::to_string(rows) + ", " +
                         std::to_string(cols) + "), indices imply (" + std::to_string(rows) + ", " +
                         std::to_string(columns.size()) + ")");
    }
    // Row blocks in parallel, each read once and spread over the columns: scikit-learn users
    // hand over large row-major arrays, and this transposition is all the conversion costs.
    std::vector<std::shared_ptr<Buffer>> buffers;
    std::vector<double*> outs;
    for (std::int64_t j = 0; j < cols; ++j) {
        buffers.push_back(Buffer::allocate(static_cast<std::size_t>(rows) * sizeof(double)));
        outs.push_back(buffers.back()->as<double>());
    }
    const double* base = values.data();
    const std::int64_t row_stride = values.strides()[0];
    const std::int64_t col_stride = values.strides()[1];
    parallel_chunks(rows, 1 << 14, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        for (std::int64_t i = begin; i < end; ++i) {
            const double* in = base + i * row_stride;
            for (std::int64_t j = 0; j < cols; ++j)
                outs[static_cast<std::size_t>(j)][i] = in[j * col_stride];
        }
    });
    std::vector<Column> data;
    for (auto& buffer : buffers)
        data.push_back(Column::fixed(DType::Float64, std::move(buffer), rows));
    return DataFrame(std::move(columns), std::move(data));
}

std::pair<std::int64_t, std::int64_t> DataFrame::shape() const noexcept {
    return {index_.size(), static_cast<std::int64_t>(columns_.size())};
}

Series DataFrame::dtypes() const {
    std::vector<std::string> names;
    for (const Column& c : columns_) names.push_back(frame_dtype_name(c.dtype()));
    return Series(Column::from_strings(names), {}, Index(names_));
}

bool DataFrame::contains(std::string_view name) const noexcept {
    return std::find(names_.begin(), names_.end(), name) != names_.end();
}

const Column& DataFrame::column(std::string_view name) const {
    const auto it = std::find(names_.begin(), names_.end(), name);
    if (it == names_.end()) throw_missing_column(name, names_);
    return columns_[static_cast<std::size_t>(it - names_.begin())];
}

const Column& DataFrame::column(std::size_t position) const {
    if (position >= columns_.size()) {
        throw IndexError("column position " + std::to_string(position) + " is out of bounds for " +
                         std::to_string(columns_.size()) + " columns");
    }
    return columns_[position];
}

Series DataFrame::operator[](std::string_view name) const {
    return Series(column(name), std::string(name), index_);
}

DataFrame DataFrame::operator[](const std::vector<std::string>& names) const {
    std::vector<Column> data;
    for (const auto& name : names) data.push_back(column(name));
    return DataFrame(names, std::move(data), index_);
}

DataFrame DataFrame::operator[](const Series& mask) const {
    return take(mask_positions(mask, num_rows()));
}

DataFrame DataFrame::slice(std::int64_t offset, std::int64_t length) const {
    std::vector<Column> data;
    for (const Column& c : columns_) data.push_back(c.slice(offset, length));
    return DataFrame(names_, std::move(data), index_.slice(offset, length));
}

DataFrame DataFrame::head(std::int64_t n) const {
    return slice(0, detail::head_length(n, num_rows()));
}

DataFrame DataFrame::tail(std::int64_t n) const {
    const std::int64_t rows = num_rows();
    const std::int64_t keep = detail::head_length(n, rows);
    return slice(rows - keep, keep);
}

DataFrame DataFrame::take(std::span<const std::int64_t> positions) const {
    for (std::int64_t p : positions) {
        if (p < 0 || p >= num_rows()) {
            throw IndexError("positional indexer " + std::to_string(p) + " is out-of-bounds for " +
                             std::to_string(num_rows()) + " rows");
        }
    }
    std::vector<Column> data;
    for (const Column& c : columns_) data.push_back(c.take(positions));
    return DataFrame(names_, std::move(data),
                     index_.is_range() && index_.step() == 1 && index_.start() == 0
                         ? Index(Column::from_vector(
                               std::vector<std::int64_t>(positions.begin(), positions.end())))
                         : index_.take(positions));
}

DataFrame DataFrame::with_column(std::string name, Column column) const {
    if (!columns_.empty() && column.size() != num_rows()) {
        throw ValueError("Length of values (" + std::to_string(column.size()) +
                         ") does not match length of index (" + std::to_string(num_rows()) + ")");
    }
    DataFrame out = *this;
    if (columns_.empty()) out.index_ = Index::range(0, column.size());
    const auto it = std::find(out.names_.begin(), out.names_.end(), name);
    if (it != out.names_.end()) {
        out.columns_[static_cast<std::size_t>(it - out.names_.begin())] = std::move(column);
    } else {
        out.names_.push_back(std::move(name));
        out.columns_.push_back(std::move(column));
    }
    return out;
}

DataFrame DataFrame::set_index(std::string_view name, bool drop) const {
    Index index(column(name), std::string(name));
    if (!drop) return DataFrame(names_, columns_, std::move(index));
    std::vector<std::string> names;
    std::vector<Column> data;
    for (std::size_t j = 0; j < names_.size(); ++j) {
        if (names_[j] == name) continue;
        names.push_back(names_[j]);
        data.push_back(columns_[j]);
    }
    return DataFrame(std::move(names), std::move(data), std::move(index));
}

DataFrame DataFrame::reset_index(bool drop) const {
    const Index range = Index::range(0, num_rows());
    if (drop) return DataFrame(names_, columns_, range);
    std::vector<std::string> names{index_.name().empty() ? "index" : index_.name()};
    std::vector<Column> data{index_.labels()};
    names.insert(names.end(), names_.begin(), names_.end());
    data.insert(data.end(), columns_.begin(), columns_.end());
    return DataFrame(std::move(names), std::move(data), range);
}

NDArray<double> DataFrame::to_numpy() const {
    const auto [rows, cols] = shape();
    for (std::int64_t j = 0; j < cols; ++j) {
        const DType dtype = columns_[static_cast<std::size_t>(j)].dtype();
        if (dtype == DType::String || dtype == DType::Categorical) {
            throw TypeError("could not convert string column '" +
                            names_[static_cast<std::size_t>(j)] + "' to float64");
        }
    }
    auto out = NDArray<double>::empty({rows, cols});
    double* values = out.data();
    // Blocks of rows in parallel, each small enough that its strided writes stay in cache
    // while every column is spread into it.
    parallel_chunks(rows, 1 << 13, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        for (std::int64_t j = 0; j < cols; ++j) {
            const Column& c = columns_[static_cast<std::size_t>(j)];
            detail::dispatch_fixed(c.dtype(), [&]<class T>(T) {
                const T* in = c.data<T>();
                for (std::int64_t i = begin; i < end; ++i) {
                    values[i * cols + j] = static_cast<double>(in[i]);
                }
                if (!c.has_nulls()) return;
                for (std::int64_t i = begin; i < end; ++i) {
                    if (c.is_null(i))
                        values[i * cols + j] = std::numeric_limits<double>::quiet_NaN();
                }
            });
        }
    });
    return out;
}

bool DataFrame::equals(const DataFrame& other) const {
    if (names_ != other.names_ || !index_.equals(other.index_)) return false;
    for (std::size_t j = 0; j < columns_.size(); ++j) {
        if (!columns_[j].equals(other.columns_[j])) return false;
    }
    return true;
}

// By position, not by name: a frame may hold two columns of the same name.
DataFrame DataFrame::isnull() const {
    std::vector<Column> data;
    for (const Column& c : columns_) data.push_back(Series(c).isnull().column());
    return DataFrame(names_, std::move(data), index_);
}

DataFrame DataFrame::notnull() const {
    std::vector<Column> data;
    for (const Column& c : columns_) data.push_back(Series(c).notnull().column());
    return DataFrame(names_, std::move(data), index_);
}

}  // namespace tabula
