#pragma once
// The frames pandas wrote under tests/fixtures/frame/merge (make_merge_fixtures.py): inputs
// rebuilt as DataFrames, results compared cell by cell as text, errors as "Class: message".
#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula::testing {

struct TsvFrame {
    std::vector<std::string> header;  // "index", then the column names
    std::vector<std::string> dtypes;  // the index's, then the columns'
    std::vector<std::vector<std::string>> rows;
};

inline TsvFrame read_merge_tsv(const std::string& name) {
    const auto lines = fixture_lines("frame/merge/" + name + ".tsv");
    TsvFrame out;
    if (lines.size() < 3) {
        ADD_FAILURE() << "fixture " << name << " has no header";
        return out;
    }
    out.header = split(lines[1], '\t');
    out.dtypes = split(lines[2], '\t');
    for (std::size_t i = 3; i < lines.size(); ++i) out.rows.push_back(split(lines[i], '\t'));
    return out;
}

// Column j of the table (0 is the index) with pandas' dtype; an empty field is a null.
inline Column parse_column(const TsvFrame& t, std::size_t j) {
    const std::string& dtype = t.dtypes[j];
    if (dtype == "object") {
        std::vector<std::optional<std::string>> values;
        for (const auto& row : t.rows) {
            values.push_back(row[j].empty() ? std::nullopt : std::optional(row[j]));
        }
        return Column::from_optional_strings(values);
    }
    if (dtype == "bool") {
        std::vector<bool> values;
        for (const auto& row : t.rows) values.push_back(row[j] == "True");
        return Column::from_vector(values);
    }
    if (dtype == "int64") {
        std::vector<std::optional<std::int64_t>> values;
        for (const auto& row : t.rows) {
            values.push_back(row[j].empty() ? std::nullopt : std::optional(std::stoll(row[j])));
        }
        return Column::from_optionals(values);
    }
    EXPECT_EQ(dtype, "float64");
    std::vector<std::optional<double>> values;
    for (const auto& row : t.rows) {
        values.push_back(row[j].empty() ? std::nullopt : std::optional(std::stod(row[j])));
    }
    return Column::from_optionals(values);
}

// in_<name>.tsv as a DataFrame; an int index 0 .. n-1 becomes a RangeIndex.
inline DataFrame merge_input(const std::string& name) {
    const TsvFrame t = read_merge_tsv("in_" + name);
    std::vector<std::string> names(t.header.begin() + 1, t.header.end());
    std::vector<Column> columns;
    for (std::size_t j = 1; j < t.header.size(); ++j) columns.push_back(parse_column(t, j));
    bool range = t.dtypes[0] == "int64";
    for (std::size_t i = 0; range && i < t.rows.size(); ++i) {
        range = t.rows[i][0] == std::to_string(i);
    }
    const auto rows = static_cast<std::int64_t>(t.rows.size());
    Index index = range ? Index::range(0, rows) : Index(parse_column(t, 0));
    return DataFrame(std::move(names), std::move(columns), std::move(index));
}

// A value as make_merge_fixtures.py writes it.
inline std::string cell_text(const Column& column, std::int64_t i) {
    if (column.is_null(i)) return "";
    switch (column.dtype()) {
        case DType::String:
        case DType::Categorical:
            return std::string(column.string_at(i));
        case DType::Bool:
            return column.data<bool>()[i] ? "True" : "False";
        case DType::Int32:
            return std::to_string(column.data<std::int32_t>()[i]);
        case DType::Int64:
        case DType::Datetime:
            return std::to_string(column.data<std::int64_t>()[i]);
        case DType::Float32:
            return float_repr(static_cast<double>(column.data<float>()[i]));
        case DType::Float64: {
            const double v = column.data<double>()[i];
            return v != v ? std::string() : float_repr(v);
        }
    }
    return "";
}

// tabula keeps an int column with nulls as int64 and a bool column with nulls as bool, where
// pandas makes float64 and object; every other dtype must be pandas' own.
inline void expect_dtype(const Column& column, const std::string& pandas, const std::string& what) {
    const std::string ours =
        column.dtype() == DType::String ? "object" : std::string(dtype_name(column.dtype()));
    if (ours == pandas) return;
    const bool widened = (column.dtype() == DType::Int64 && pandas == "float64") ||
                         (column.dtype() == DType::Bool && pandas == "object");
    EXPECT_TRUE(widened && column.has_nulls())
        << what << ": tabula " << ours << ", pandas " << pandas;
}

inline void expect_cells(const Column& column, const TsvFrame& t, std::size_t j,
                         const std::string& what) {
    ASSERT_EQ(column.size(), static_cast<std::int64_t>(t.rows.size())) << what;
    expect_dtype(column, t.dtypes[j], what);
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const std::string ours = cell_text(column, static_cast<std::int64_t>(i));
        const std::string& theirs = t.rows[i][j];
        if (ours == theirs) continue;
        // pandas' float64 text of an int column that received nulls ("3.0" for 3).
        const bool same_number = column.dtype() == DType::Int64 && !ours.empty() &&
                                 !theirs.empty() && std::stod(theirs) == std::stod(ours);
        EXPECT_TRUE(same_number) << what << " row " << i << ": tabula '" << ours << "', pandas '"
                                 << theirs << "'";
    }
}

// The frame against pandas' result `name`: column names, index labels and every cell, in order.
inline void expect_frame(const DataFrame& actual, const std::string& name) {
    const TsvFrame t = read_merge_tsv(name);
    ASSERT_FALSE(t.header.empty()) << name;
    const std::vector<std::string> names(t.header.begin() + 1, t.header.end());
    ASSERT_EQ(actual.columns(), names) << name;
    expect_cells(actual.index().labels(), t, 0, name + " index");
    for (std::size_t j = 0; j < names.size(); ++j) {
        expect_cells(actual.column(j), t, j + 1, name + " column " + names[j]);
    }
}

inline void expect_series(const Series& actual, const std::string& name) {
    const TsvFrame t = read_merge_tsv(name);
    ASSERT_EQ(t.header.size(), 2u) << name;
    expect_cells(actual.index().labels(), t, 0, name + " index");
    expect_cells(actual.column(), t, 1, name);
}

// pandas' "Class: message" of fixture `name`.err.
inline std::string merge_error(const std::string& name) {
    const auto lines = fixture_lines("frame/merge/" + name + ".err");
    return lines.size() < 2 ? std::string() : lines[1];
}

// `body` must throw a tabula error whose Python class and message are pandas' in `name`.err.
template <class Body>
void expect_merge_error(Body&& body, const std::string& name) {
    try {
        body();
        ADD_FAILURE() << name << ": no exception; pandas: " << merge_error(name);
    } catch (const Error& e) {
        EXPECT_EQ(std::string(e.python_name()) + ": " + e.what(), merge_error(name)) << name;
    }
}

}  // namespace tabula::testing
