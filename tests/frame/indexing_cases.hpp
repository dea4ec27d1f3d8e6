#pragma once
// The frames of tests/fixtures/frame/indexing/make_indexing_fixtures.py and its cases.txt: for
// each case pandas' repr of the result, or "<ErrorClass>: <message>" when pandas raises.
#include <gtest/gtest.h>

#include <functional>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula::testing {

inline DataFrame range_frame() {
    return DataFrame(
        {{"a", {1, 2, 3, 4}}, {"b", {1.5, 2.5, 3.5, 4.5}}, {"c", {"x", "y", "z", "w"}}});
}

inline DataFrame with_index(const DataFrame& frame, Index index) {
    std::vector<Column> columns;
    for (std::size_t j = 0; j < frame.columns().size(); ++j) columns.push_back(frame.column(j));
    return DataFrame(frame.columns(), std::move(columns), std::move(index));
}

// pandas' df: rows labelled r0..r3.
inline DataFrame labelled_frame() {
    return with_index(range_frame(), Index(std::vector<std::string>{"r0", "r1", "r2", "r3"}));
}

// sf: int labels 10, 20, 30, 40.
inline DataFrame int_index_frame() {
    return with_index(range_frame(),
                      Index(Column::from_vector(std::vector<std::int64_t>{10, 20, 30, 40})));
}

// uf: labels b, a, b, c (neither unique nor sorted).
inline DataFrame non_unique_frame() {
    return with_index(DataFrame({{"a", {1, 2, 3, 4}}}),
                      Index(std::vector<std::string>{"b", "a", "b", "c"}));
}

inline std::string outcome_text(const DataFrame& frame) {
    std::ostringstream out;
    out << frame;
    return out.str();
}
inline std::string outcome_text(const Series& series) {
    std::ostringstream out;
    out << series;
    return out.str();
}
inline std::string outcome_text(const Scalar& value) {
    return value.repr();
}

// What a case gives, as the fixture writes it: the repr, or "Class: message".
template <class F>
std::string outcome(F&& make) {
    try {
        std::string text = outcome_text(make());
        while (!text.empty() && text.back() == '\n') text.pop_back();
        return text;
    } catch (const Error& e) {
        return std::string(e.python_name()) + ": " + e.what();
    }
}

// Case name -> expected text, from cases.txt.
inline std::map<std::string, std::string> indexing_cases() {
    std::map<std::string, std::string> cases;
    std::string name;
    for (const std::string& line : fixture_lines("frame/indexing/cases.txt")) {
        if (line.rfind("=== ", 0) == 0) {
            name = line.substr(4);
            cases[name];
        } else {
            std::string& text = cases[name];
            text += (text.empty() ? "" : "\n") + line;
        }
    }
    return cases;
}

// Checks each case against pandas' outcome of the same name.
inline void expect_cases(const std::map<std::string, std::function<std::string()>>& cases) {
    const auto expected = indexing_cases();
    for (const auto& [name, run] : cases) {
        const auto it = expected.find(name);
        ASSERT_NE(it, expected.end()) << "no fixture case " << name;
        EXPECT_EQ(run(), it->second) << "case " << name;
    }
}

}  // namespace tabula::testing
