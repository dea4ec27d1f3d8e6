#pragma once
// Reading the inputs and results that tests/fixtures/frame/sort/make_sort_fixtures.py wrote
// with pandas 1.5.3: in_<name>.tsv frames (names, dtypes, rows; an empty cell is a null) and
// tab-separated result lines.
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula::testing {

inline std::string sort_fixture(const std::string& name) {
    return "frame/sort/" + name;
}

// The result lines of a fixture file (its "#" header left out), split on tabs.
inline std::vector<std::vector<std::string>> sort_rows(const std::string& name) {
    std::vector<std::vector<std::string>> rows;
    for (const std::string& line : fixture_lines(sort_fixture(name))) {
        if (!line.empty() && line.front() != '#') rows.push_back(split(line, '\t'));
    }
    EXPECT_FALSE(rows.empty()) << name;
    return rows;
}

inline std::vector<std::int64_t> int_list(const std::string& text) {
    std::vector<std::int64_t> out;
    if (text.empty()) return out;
    for (const std::string& part : split(text, ',')) out.push_back(std::stoll(part));
    return out;
}

inline double float_cell(const std::string& text) {
    return text.empty() ? std::numeric_limits<double>::quiet_NaN() : std::stod(text);
}

// in_<name>.tsv as a frame: int64, float64, object (strings), bool (0/1), category (strings
// cast as pandas' astype("category") does) and datetime64[ns] (int64 nanoseconds).
inline DataFrame sort_input(const std::string& name) {
    const auto lines = fixture_lines(sort_fixture("in_" + name + ".tsv"));
    const auto names = split(lines.at(0), '\t');
    const auto dtypes = split(lines.at(1), '\t');
    std::vector<std::vector<std::string>> cells(names.size());
    for (std::size_t r = 2; r < lines.size(); ++r) {
        // A one-column row holding a null is an empty line, which split() makes no field.
        const auto row = lines[r].empty() ? std::vector<std::string>{""} : split(lines[r], '\t');
        for (std::size_t c = 0; c < names.size(); ++c) cells[c].push_back(row.at(c));
    }
    std::vector<Column> columns;
    for (std::size_t c = 0; c < names.size(); ++c) {
        const std::string& dtype = dtypes[c];
        if (dtype == "int64" || dtype == "datetime64[ns]") {
            std::vector<std::int64_t> v;
            for (const auto& s : cells[c]) v.push_back(std::stoll(s));
            columns.push_back(dtype == "int64" ? Column::from_vector(v)
                                               : Column::from_datetimes(v));
        } else if (dtype == "float64") {
            std::vector<double> v;
            for (const auto& s : cells[c]) v.push_back(float_cell(s));
            columns.push_back(Column::from_vector(v));
        } else if (dtype == "bool") {
            std::vector<bool> v;
            for (const auto& s : cells[c]) v.push_back(s == "1");
            columns.push_back(Column::from_vector(v));
        } else {
            std::vector<std::optional<std::string>> v;
            for (const auto& s : cells[c]) {
                v.push_back(s.empty() ? std::nullopt : std::optional<std::string>(s));
            }
            Column strings = Column::from_optional_strings(v);
            columns.push_back(dtype == "category" ? strings.astype(DType::Categorical) : strings);
        }
    }
    return DataFrame(names, std::move(columns));
}

// The labels of an index as int64 (a sorted frame's labels are its original row positions).
inline std::vector<std::int64_t> index_positions(const Index& index) {
    const Column labels = index.labels();
    const std::int64_t* values = labels.data<std::int64_t>();
    return {values, values + labels.size()};
}

}  // namespace tabula::testing

namespace tabula::testing {

// The class and message pandas raised for an errors.tsv case ("\n" in the file is a newline).
inline std::pair<std::string, std::string> pandas_error(const std::string& name) {
    for (const auto& row : sort_rows("errors.tsv")) {
        if (row.at(0) != name) continue;
        const std::string& text = row.at(2);
        std::string message;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const bool newline = text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n';
            message += newline ? '\n' : text[i];
            if (newline) ++i;
        }
        return {row.at(1), message};
    }
    ADD_FAILURE() << "no case " << name << " in errors.tsv";
    return {};
}

// `body` must throw Error, whose Python name pandas raised for `name`, with pandas' message.
template <class Error, class Body>
void expect_pandas_error(const std::string& name, const std::string& class_name, Body&& body) {
    const auto [expected_class, message] = pandas_error(name);
    EXPECT_EQ(expected_class, class_name) << name;
    expect_error<Error>(body, message);
}

}  // namespace tabula::testing
