// Changing a frame's columns: assign, insert, drop, rename.
#include <algorithm>
#include <string>

#include "label_lookup.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula {

namespace {

void check_length(std::int64_t values, std::int64_t rows) {
    if (values != rows) {
        throw ValueError("Length of values (" + std::to_string(values) +
                         ") does not match length of index (" + std::to_string(rows) + ")");
    }
}

// pandas aligns an assigned Series on the frame's labels: a label the series lacks gets a null.
Column aligned_column(const Series& values, const Index& index) {
    if (values.index().equals(index)) return values.column();
    return values.column().take(detail::reindex_positions(values.index(), index));
}

}  // namespace

DataFrame DataFrame::assign(std::string name, const ColumnValues& values) const {
    const Column& column = values.column;
    // A frame with neither columns nor rows takes its rows from the first column, as pandas.
    if (columns_.empty() && num_rows() == 0) return DataFrame({std::move(name)}, {column});
    check_length(column.size(), num_rows());
    std::vector<std::string> names = names_;
    std::vector<Column> data = columns_;
    const auto it = std::find(names.begin(), names.end(), name);
    if (it != names.end()) {
        data[static_cast<std::size_t>(it - names.begin())] = column;
    } else {
        names.push_back(std::move(name));
        data.push_back(column);
    }
    return DataFrame(std::move(names), std::move(data), index_);
}

DataFrame DataFrame::assign(std::string name, const Series& values) const {
    if (columns_.empty() && num_rows() == 0) {
        return DataFrame({std::move(name)}, {values.column()}, values.index());
    }
    return assign(std::move(name), ColumnValues(aligned_column(values, index_)));
}

DataFrame DataFrame::assign(std::string name, const Scalar& value) const {
    return assign(std::move(name), ColumnValues(column_from_scalar(value, num_rows())));
}

void DataFrame::insert(std::int64_t loc, std::string column, const ColumnValues& values,
                       bool allow_duplicates) {
    if (!allow_duplicates && contains(column)) {
        throw ValueError("cannot insert " + column + ", already exists");
    }
    const auto width = static_cast<std::int64_t>(columns_.size());
    if (loc < 0) throw ValueError("unbounded slice: loc " + std::to_string(loc) + " is negative");
    if (loc > width) {
        throw IndexError("index " + std::to_string(loc) +
                         " is out of bounds for axis 0 with size " + std::to_string(width));
    }
    if (columns_.empty() && num_rows() == 0) {
        *this = DataFrame({std::move(column)}, {values.column});
        return;
    }
    check_length(values.column.size(), num_rows());
    names_.insert(names_.begin() + loc, std::move(column));
    columns_.insert(columns_.begin() + loc, values.column);
}

void DataFrame::insert(std::int64_t loc, std::string column, const Series& values,
                       bool allow_duplicates) {
    if (columns_.empty() && num_rows() == 0) {
        insert(loc, std::move(column), ColumnValues(values.column()), allow_duplicates);
        index_ = values.index();
        return;
    }
    insert(loc, std::move(column), ColumnValues(aligned_column(values, index_)), allow_duplicates);
}

void DataFrame::insert(std::int64_t loc, std::string column, const Scalar& value,
                       bool allow_duplicates) {
    insert(loc, std::move(column), ColumnValues(column_from_scalar(value, num_rows())),
           allow_duplicates);
}

DataFrame DataFrame::drop(const std::vector<std::string>& columns) const {
    std::string missing;
    for (const std::string& name : columns) {
        if (!contains(name)) missing += (missing.empty() ? "" : ", ") + Scalar(name).repr();
    }
    if (!missing.empty()) throw KeyError("[" + missing + "] not found in axis");
    std::vector<std::string> names;
    std::vector<Column> data;
    for (std::size_t j = 0; j < names_.size(); ++j) {
        if (std::find(columns.begin(), columns.end(), names_[j]) != columns.end()) continue;
        names.push_back(names_[j]);
        data.push_back(columns_[j]);
    }
    return DataFrame(std::move(names), std::move(data), index_);
}

DataFrame DataFrame::rename(const std::vector<std::pair<std::string, std::string>>& columns) const {
    std::vector<std::string> names = names_;
    for (std::string& name : names) {
        const auto it = std::find_if(columns.begin(), columns.end(),
                                     [&](const auto& pair) { return pair.first == name; });
        if (it != columns.end()) name = it->second;
    }
    return DataFrame(std::move(names), columns_, index_);
}

}  // namespace tabula
