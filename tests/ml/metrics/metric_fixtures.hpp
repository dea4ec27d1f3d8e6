#pragma once
// Reading the metrics fixtures: labels written as "int:0,1", "str:a,b", "float:0.5,1.0" or
// "bool:1,0" ("-" for none), floats as repr, and outcomes "ok|<values>" or
// "error|<Python class>|<message>".
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "../../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/scalar.hpp"
#include "tabula/frame/series.hpp"
#include "tabula/ml/data.hpp"

namespace tabula::testing {

inline std::vector<double> parse_floats(const std::string& csv) {
    std::vector<double> out;
    for (const std::string& v : split(csv, ',')) out.push_back(parse_value<double>(v));
    return out;
}

inline std::vector<std::int64_t> parse_ints(const std::string& csv) {
    std::vector<std::int64_t> out;
    for (const std::string& v : split(csv, ',')) out.push_back(parse_value<std::int64_t>(v));
    return out;
}

inline Series parse_label_series(const std::string& text) {
    const auto colon = text.find(':');
    const std::string kind = text.substr(0, colon);
    const std::string values = text.substr(colon + 1);
    if (kind == "str") return Series(split(values, ','));
    if (kind == "float") return Series(parse_floats(values));
    const std::vector<std::int64_t> ints = parse_ints(values);
    if (kind == "bool") {
        const std::vector<bool> flags(ints.begin(), ints.end());
        return Series(Column::from_vector(flags));
    }
    return Series(ints);
}

inline Target parse_labels(const std::string& text) {
    return Target(parse_label_series(text));
}

inline std::optional<std::vector<Scalar>> parse_scalars(const std::string& text) {
    if (text == "-") return std::nullopt;
    const Series s = parse_label_series(text);
    std::vector<Scalar> out;
    for (std::int64_t i = 0; i < s.size(); ++i) out.push_back(scalar_at(s.column(), i));
    return out;
}

// Calls check(fields, line) on each '|'-separated row of `kind` in the fixture and other(fields)
// on the rest (the cases those rows name, which come first); returns how many `kind` rows.
template <class Check, class Other>
int for_each_row(const std::string& relative, const std::string& kind, Check&& check,
                 Other&& other) {
    int rows = 0;
    for (const std::string& line : fixture_lines(relative)) {
        const auto fields = split(line, '|');
        if (fields.empty() || fields[0] != kind) {
            other(fields);
            continue;
        }
        ++rows;
        check(fields, line);
    }
    return rows;
}

template <class Check>
int for_each_row(const std::string& relative, const std::string& kind, Check&& check) {
    return for_each_row(relative, kind, std::forward<Check>(check),
                        [](const std::vector<std::string>&) {});
}

// fields[at] is "ok" or "error": on "error", `call` must throw that Python class with that
// message (and true is returned: nothing more to compare); on "ok", `call` runs in `check`.
inline bool expect_outcome(const std::vector<std::string>& fields, std::size_t at,
                           const std::function<void()>& call, const std::string& context) {
    if (fields[at] == "error") {
        try {
            call();
            ADD_FAILURE() << context << ": no exception; expected " << fields[at + 2];
        } catch (const Error& e) {
            EXPECT_EQ(std::string(e.python_name()), fields[at + 1]) << context;
            EXPECT_EQ(std::string(e.what()), fields[at + 2]) << context;
        }
        return true;
    }
    EXPECT_EQ(fields[at], "ok") << context;
    return false;
}

// Relative agreement for values computed through a different libm log than NumPy's (NumPy 1.24
// uses its own AVX-512 log where the CPU has it, which may differ from glibc's by an ulp).
inline void expect_near_relative(double actual, double expected, double rel,
                                 const std::string& context) {
    if (std::isnan(expected)) {
        EXPECT_TRUE(std::isnan(actual)) << context;
        return;
    }
    EXPECT_LE(std::abs(actual - expected), rel * std::abs(expected))
        << context << ": " << actual << " vs " << expected;
}

}  // namespace tabula::testing
