#pragma once
// Runs the encoder fixtures written by tests/fixtures/ml/preprocessing/encoders/make_encoders.py:
// builds the case's frames and parameters, fits, and compares categories_, feature names,
// outputs, inverse transforms and errors with scikit-learn's.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "../../support/fixtures.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/ml/data.hpp"
#include "tabula/ml/preprocessing/category_lists.hpp"

namespace tabula::testing {

inline const std::string kNull = "<null>";

inline Column fixture_column(const std::string& dtype, const std::vector<std::string>& tokens) {
    if (dtype == "str" || dtype == "category") {
        std::vector<std::optional<std::string>> values;
        for (const auto& t : tokens) {
            values.push_back(t == kNull ? std::nullopt : std::optional<std::string>(t));
        }
        const Column c = Column::from_optional_strings(values);
        return dtype == "category" ? c.astype(DType::Categorical) : c;
    }
    if (dtype == "float") {
        std::vector<std::optional<double>> values;
        for (const auto& t : tokens) {
            values.push_back(t == kNull ? std::nullopt : std::optional<double>(std::stod(t)));
        }
        return Column::from_optionals(values);
    }
    if (dtype == "int") {
        std::vector<std::int64_t> values;
        for (const auto& t : tokens) values.push_back(std::stoll(t));
        return Column::from_vector(values);
    }
    std::vector<bool> values;
    for (const auto& t : tokens) values.push_back(t == "True");
    return Column::from_vector(values);
}

// The text the script writes for a value: <null> for None / NaN, Python's str otherwise.
inline std::string token_of(const Column& c, std::int64_t i) {
    if (c.is_null(i)) return kNull;
    switch (c.dtype()) {
        case DType::String:
        case DType::Categorical:
            return std::string(c.string_at(i));
        case DType::Bool:
            return c.data<bool>()[i] ? "True" : "False";
        case DType::Int64:
            return std::to_string(c.data<std::int64_t>()[i]);
        case DType::Float64: {
            const double v = c.data<double>()[i];
            return std::isnan(v) ? kNull : float_repr(v);
        }
        default:
            return "?";
    }
}

inline std::vector<std::string> tokens_of(const Column& c) {
    std::vector<std::string> out;
    for (std::int64_t i = 0; i < c.size(); ++i) out.push_back(token_of(c, i));
    return out;
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

struct EncoderCase {
    std::string file;
    std::vector<std::vector<std::string>> records;

    explicit EncoderCase(const std::string& name)
        : file("ml/preprocessing/encoders/" + name + ".txt") {
        for (const auto& line : fixture_lines(file)) records.push_back(split(line, '|'));
    }
    std::vector<std::vector<std::string>> all(const std::string& kind) const {
        std::vector<std::vector<std::string>> out;
        for (const auto& r : records) {
            if (r[0] == kind) out.push_back(r);
        }
        return out;
    }
    std::optional<std::vector<std::string>> first(const std::string& kind) const {
        for (const auto& r : records) {
            if (r[0] == kind) return r;
        }
        return std::nullopt;
    }
    Features frame(const std::string& kind) const {
        std::vector<std::string> names;
        std::vector<Column> columns;
        for (const auto& r : all(kind)) {
            names.push_back(r[1]);
            columns.push_back(fixture_column(r[2], {r.begin() + 3, r.end()}));
        }
        DataFrame df(names, columns);
        if (first("array")) return Features(df.to_numpy());
        return Features(df);
    }
    Features fit_X() const { return frame("fit"); }
    Features transform_X() const { return first("transform") ? frame("transform") : fit_X(); }
    // The (stage, class, message) of scikit-learn's error, if it raised one.
    std::optional<std::vector<std::string>> error() const {
        auto e = first("error");
        if (e) {
            if ((*e)[2] == "InvalidParameterError") (*e)[2] = "ValueError";
            (*e)[3] = unescape((*e)[3]);
        }
        return e;
    }
    CategoriesParam categories() const {
        std::vector<CategoryList> lists;
        for (const auto& r : all("param")) {
            if (r[1].rfind("categories", 0) != 0) continue;
            const std::vector<std::string> values(r.begin() + 3, r.end());
            if (r[2] == "strs") {
                lists.emplace_back(values);
            } else {
                std::vector<double> numbers;
                for (const auto& v : values) numbers.push_back(std::stod(v));
                lists.emplace_back(numbers);
            }
        }
        if (lists.empty()) return std::nullopt;
        return lists;
    }
    // Sets every other param on `estimator` by name.
    template <class E>
    void set_params(E& estimator) const {
        for (const auto& r : all("param")) {
            if (r[1].rfind("categories", 0) == 0) continue;
            const std::string& kind = r[2];
            if (kind == "str") {
                estimator.set_params(r[1], r[3]);
            } else if (kind == "int") {
                estimator.set_params(r[1], static_cast<std::int64_t>(std::stoll(r[3])));
            } else if (kind == "float") {
                estimator.set_params(r[1], std::stod(r[3]));
            } else if (kind == "strs") {
                estimator.set_params(r[1], std::vector<std::string>(r.begin() + 3, r.end()));
            } else {
                std::vector<double> numbers;
                for (auto it = r.begin() + 3; it != r.end(); ++it)
                    numbers.push_back(std::stod(*it));
                estimator.set_params(r[1], numbers);
            }
        }
    }
};

// Runs body and checks it throws scikit-learn's class and message; tabula may add where
// (" (column 'city')") when scikit-learn's message does not say it.
template <class Body>
void expect_sklearn_error(Body&& body, const std::vector<std::string>& error) {
    try {
        body();
        ADD_FAILURE() << "no exception; scikit-learn raised " << error[2] << ": " << error[3];
    } catch (const Error& e) {
        const std::string message = e.what();
        const std::string where = message.substr(std::min(message.size(), error[3].size()));
        const bool names_column = where.rfind(" (column '", 0) == 0 && where.back() == ')';
        EXPECT_EQ(std::string(e.python_name()), error[2]) << message;
        EXPECT_EQ(message.substr(0, error[3].size()), error[3]);
        EXPECT_TRUE(where.empty() || names_column) << message;
    }
}

// Fits `encoder` on the case's training data and checks its categories against scikit-learn's;
// nullopt when scikit-learn's fit failed, after checking the same error here.
template <class Encoder>
auto fit_checking_categories(const EncoderCase& c, const Encoder& encoder)
    -> std::optional<decltype(encoder.fit(c.fit_X()))> {
    const auto error = c.error();
    if (error && (*error)[1] == "fit") {
        expect_sklearn_error([&] { (void)encoder.fit(c.fit_X()); }, *error);
        return std::nullopt;
    }
    auto model = encoder.fit(c.fit_X());
    for (const auto& r : c.all("category")) {
        const auto j = std::stoul(r[1]);
        EXPECT_EQ(tokens_of(model.categories().at(j).column()),
                  std::vector<std::string>(r.begin() + 2, r.end()))
            << c.file << " feature " << j;
    }
    return model;
}

inline void expect_output(const EncoderCase& c, const DataFrame& out) {
    const auto rows = c.all("out");
    ASSERT_EQ(static_cast<std::int64_t>(rows.size()), out.num_rows()) << c.file;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        ASSERT_EQ(rows[i].size() - 1, out.columns().size()) << c.file;
        for (std::size_t j = 0; j + 1 < rows[i].size(); ++j) {
            const double want = std::stod(rows[i][j + 1]);
            const double got = out.column(j).data<double>()[i];
            // Exact: the codes are integers, NaN where scikit-learn puts NaN.
            if (std::isnan(want)) {
                EXPECT_TRUE(std::isnan(got)) << c.file << " row " << i << " col " << j;
            } else {
                EXPECT_EQ(got, want) << c.file << " row " << i << " col " << j;
            }
        }
    }
}

}  // namespace tabula::testing
