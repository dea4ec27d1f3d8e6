#pragma once
// Reads the imputer fixtures written by tests/fixtures/ml/impute/*/make_*.py: cases of a train
// and a test frame and scikit-learn's results, as '|'-separated lines.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "../../support/fixtures.hpp"
#include "../support/check_estimator.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula::testing {

struct ImputeCase {
    std::vector<std::string> head;  // the case line
    DataFrame train;
    DataFrame test;
    std::vector<std::string> stat;
    std::vector<std::string> features;
    std::vector<std::string> names;
    std::vector<std::vector<std::string>> out;
    std::string error;
};

inline Column fixture_column(const std::vector<std::string>& fields) {
    if (fields[2] == "str") {
        std::vector<std::optional<std::string>> values;
        for (std::size_t i = 3; i < fields.size(); ++i) {
            if (fields[i] == "<NA>") {
                values.emplace_back(std::nullopt);
            } else {
                values.emplace_back(fields[i]);
            }
        }
        return Column::from_optional_strings(values);
    }
    std::vector<double> values;
    for (std::size_t i = 3; i < fields.size(); ++i) values.push_back(std::stod(fields[i]));
    return Column::from_vector(values);
}

inline void add_column(std::vector<std::string>& names, std::vector<Column>& columns,
                       const std::vector<std::string>& fields) {
    names.push_back(fields[1]);
    columns.push_back(fixture_column(fields));
}

inline std::string unescape(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n') {
            out += '\n';
            ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

// The cases whose first line starts with `kind` ("case", "indicator", "knn", ...).
inline std::vector<ImputeCase> impute_cases(const std::string& path, const std::string& kind) {
    std::vector<ImputeCase> cases;
    std::vector<std::string> train_names, test_names;
    std::vector<Column> train_columns, test_columns;
    bool open = false;
    const auto close = [&] {
        if (open) {
            cases.back().train = DataFrame(train_names, train_columns);
            cases.back().test = DataFrame(test_names, test_columns);
        }
        train_names.clear(), test_names.clear(), train_columns.clear(), test_columns.clear();
    };
    for (const std::string& line : fixture_lines(path)) {
        auto fields = split(line, '|');
        const std::string& tag = fields[0];
        const std::vector<std::string> rest(fields.begin() + 1, fields.end());
        if (tag == kind || tag == "case" || tag == "indicator" || tag == "knn" ||
            tag == "iterative") {
            close();
            open = tag == kind;
            if (open) {
                cases.emplace_back();
                cases.back().head = fields;
            }
        } else if (!open) {
            continue;
        } else if (tag == "train") {
            add_column(train_names, train_columns, fields);
        } else if (tag == "test") {
            add_column(test_names, test_columns, fields);
        } else if (tag == "stat") {
            cases.back().stat = rest;
        } else if (tag == "features") {
            cases.back().features = rest;
        } else if (tag == "names") {
            cases.back().names = rest;
        } else if (tag == "out") {
            cases.back().out.push_back(rest);
        } else if (tag == "error") {
            cases.back().error = unescape(rest.at(0));
        }
    }
    close();
    return cases;
}

// check_estimator's options for an imputer: NaN is accepted at fit.
inline EstimatorChecks allowing_nan() {
    EstimatorChecks checks;
    checks.allow_nan = true;
    return checks;
}

// Each output column against scikit-learn's: text exactly, numbers bit for bit (NaN equal).
inline void expect_frame(const DataFrame& frame, const std::vector<std::string>& names,
                         const std::vector<std::vector<std::string>>& out, int ulps = 0) {
    ASSERT_EQ(frame.columns(), names);
    ASSERT_EQ(frame.columns().size(), out.size());
    for (std::size_t k = 0; k < out.size(); ++k) {
        const Series column = frame[frame.columns()[k]];
        if (column.dtype() == DType::String) {
            std::vector<std::string> texts;
            for (std::int64_t i = 0; i < column.size(); ++i) texts.emplace_back(column.text(i));
            EXPECT_EQ(texts, out[k]) << "column " << names[k];
        } else {
            expect_values(column.to_numpy().to_vector(), out[k], "column " + names[k], ulps);
        }
    }
}

}  // namespace tabula::testing
