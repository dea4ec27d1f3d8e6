#pragma once
// Reading the split fixtures that make_splits.py wrote from scikit-learn 1.2.1.
#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "../../support/fixtures.hpp"
#include "tabula/ml/data.hpp"
#include "tabula/ml/model_selection/shuffle_split.hpp"
#include "tabula/ml/model_selection/split.hpp"

namespace tabula::testing {

inline std::string split_fixture(const std::string& name) {
    return "ml/model_selection/splits/" + name;
}

inline std::vector<std::int64_t> parse_positions(const std::string& text) {
    std::vector<std::int64_t> out;
    for (const std::string& w : words(text)) out.push_back(parse_value<std::int64_t>(w));
    return out;
}

// "int:3 1", "float:0.5 2.0", "str:a b" as the Target scikit-learn was given.
inline Target parse_labels(const std::string& text) {
    const auto colon = text.find(':');
    const std::string kind = text.substr(0, colon);
    const std::vector<std::string> items = words(text.substr(colon + 1));
    if (kind == "int") {
        std::vector<std::int64_t> values;
        for (const auto& w : items) values.push_back(parse_value<std::int64_t>(w));
        return Target(values);
    }
    if (kind == "float") {
        std::vector<double> values;
        for (const auto& w : items) values.push_back(parse_value<double>(w));
        return Target(values);
    }
    return Target(items);
}

inline RandomStateSeed parse_seed(const std::string& text) {
    if (text == "None") return std::nullopt;
    return parse_value<std::int64_t>(text);
}

// "None", "3" (a count) or "0.25" (a fraction), as Python's repr wrote them.
inline SplitSize parse_size(const std::string& text) {
    if (text == "None") return {};
    if (is_python_int(text)) return parse_value<std::int64_t>(text);
    return parse_value<double>(text);
}

// One fixture row's fold against the split computed for its parameters.
inline void expect_fold(const std::vector<Split>& splits, const std::string& fold,
                        const std::string& train, const std::string& test,
                        const std::string& context) {
    const auto i = static_cast<std::size_t>(parse_value<std::int64_t>(fold));
    ASSERT_LT(i, splits.size()) << context;
    EXPECT_EQ(splits[i].train, parse_positions(train)) << context << " fold " << fold;
    EXPECT_EQ(splits[i].test, parse_positions(test)) << context << " fold " << fold;
}

// Every `kind` row of a fixture against the folds `compute(row)` gives: fields 1 up to
// `fold_field` name the parameters (rows sharing them share one computation), then come the fold
// number, the training and the test positions.
template <class Compute>
void expect_fixture_folds(const std::string& file, const std::string& kind, std::size_t fold_field,
                          std::size_t min_rows, Compute compute) {
    const auto rows = fixture_rows(split_fixture(file), kind);
    EXPECT_GE(rows.size(), min_rows) << file;
    std::map<std::string, std::vector<Split>> computed;
    for (const auto& row : rows) {
        std::string key;
        for (std::size_t f = 1; f < fold_field; ++f) key += row[f] + "|";
        auto it = computed.find(key);
        if (it == computed.end()) it = computed.emplace(key, compute(row)).first;
        expect_fold(it->second, row[fold_field], row[fold_field + 1], row[fold_field + 2], key);
    }
}

// scikit-learn's message for a named error case of errors.txt.
inline std::string sklearn_error(const std::string& name) {
    for (const auto& row : fixture_rows(split_fixture("errors.txt"), "error")) {
        if (row[1] == name) return row[3];
    }
    ADD_FAILURE() << "no error case " << name;
    return {};
}

}  // namespace tabula::testing
