#pragma once
// Reading the printing fixtures (tests/fixtures/frame/print/<case>.case and .txt, written by
// make_fixtures.py there): the frame or series pandas printed, the display options it printed
// with, and the exact text.
#include <gtest/gtest.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/bitmap.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/display.hpp"

namespace tabula::testing {

inline const std::string kPrintDir = "frame/print";

// Undoes make_fixtures.py's escape(); "\N" (a null) is handled by the caller.
inline std::string unescape(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\\' || i + 1 == text.size()) {
            out += text[i];
            continue;
        }
        switch (text[++i]) {
            case 'p':
                out += '|';
                break;
            case 'n':
                out += '\n';
                break;
            case 't':
                out += '\t';
                break;
            case 'r':
                out += '\r';
                break;
            default:
                out += text[i];
        }
    }
    return out;
}

template <class T>
T parse_number(const std::string& text) {
    T value{};
    const char* end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, value);
    EXPECT_TRUE(result.ec == std::errc() && result.ptr == end) << "not a number: " << text;
    return value;
}

template <class T>
Column optional_column(const std::vector<std::string>& cells) {
    std::vector<std::optional<T>> values;
    for (const std::string& cell : cells) {
        if (cell == "\\N") {
            values.emplace_back();
        } else if constexpr (std::is_same_v<T, bool>) {
            values.emplace_back(cell == "1");
        } else {
            values.emplace_back(parse_number<T>(cell));
        }
    }
    return Column::from_optionals(values);
}

// A column from the dtype and cells of a "column" or "index" line.
inline Column make_column(const std::string& dtype, const std::vector<std::string>& cells) {
    if (dtype == "int64") return optional_column<std::int64_t>(cells);
    if (dtype == "int32") return optional_column<std::int32_t>(cells);
    if (dtype == "float64") return optional_column<double>(cells);
    if (dtype == "float32") return optional_column<float>(cells);
    if (dtype == "bool") return optional_column<bool>(cells);
    if (dtype == "datetime") {
        std::vector<std::int64_t> ns;
        Bitmap validity(static_cast<std::int64_t>(cells.size()));
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const bool valid = cells[i] != "\\N";
            validity.set(static_cast<std::int64_t>(i), valid);
            ns.push_back(valid ? parse_number<std::int64_t>(cells[i]) : 0);
        }
        return Column::from_datetimes(ns, validity);
    }
    std::vector<std::optional<std::string>> texts;
    for (const std::string& cell : cells) {
        texts.push_back(cell == "\\N" ? std::nullopt : std::optional(unescape(cell)));
    }
    Column strings = Column::from_optional_strings(texts);
    if (dtype == "category") return strings.astype(DType::Categorical);
    EXPECT_EQ(dtype, "string");
    return strings;
}

inline std::optional<std::int64_t> optional_option(const std::string& value) {
    if (value == "None") return std::nullopt;
    return parse_number<std::int64_t>(value);
}

inline void set_option(DisplayOptions& options, const std::string& name, const std::string& value) {
    if (name == "max_rows") {
        options.max_rows = optional_option(value);
    } else if (name == "min_rows") {
        options.min_rows = optional_option(value);
    } else if (name == "max_columns") {
        options.max_columns = optional_option(value);
    } else if (name == "width") {
        options.width = value == "None" ? 0 : parse_number<std::int64_t>(value);
    } else if (name == "precision") {
        options.precision = parse_number<int>(value);
    } else if (name == "max_colwidth") {
        options.max_colwidth = optional_option(value);
    } else if (name == "max_info_columns") {
        options.max_info_columns = parse_number<std::int64_t>(value);
    } else if (name == "max_info_rows") {
        options.max_info_rows = parse_number<std::int64_t>(value);
    } else {
        ADD_FAILURE() << "unknown option " << name;
    }
}

// Sets the process-wide display options for one scope and restores the previous ones after.
class ScopedDisplayOptions {
  public:
    explicit ScopedDisplayOptions(const DisplayOptions& options) : saved_(display_options()) {
        display_options() = options;
    }
    ~ScopedDisplayOptions() { display_options() = saved_; }
    ScopedDisplayOptions(const ScopedDisplayOptions&) = delete;
    ScopedDisplayOptions& operator=(const ScopedDisplayOptions&) = delete;

  private:
    DisplayOptions saved_;
};

struct PrintCase {
    std::string kind;
    DisplayOptions options;
    std::optional<Index> index;
    std::vector<std::string> names;
    std::vector<Column> columns;
    std::string expected;

    DataFrame frame() const { return DataFrame(names, columns, index); }
    Series series() const {
        EXPECT_EQ(columns.size(), 1U);
        return Series(columns.at(0), names.at(0), index);
    }
};

inline PrintCase load_print_case(const std::string& name) {
    PrintCase c;
    for (const std::string& line : fixture_lines(kPrintDir + "/" + name + ".case")) {
        const std::vector<std::string> fields = split(line, '|');
        if (fields[0] == "kind") {
            c.kind = fields.at(1);
        } else if (fields[0] == "option") {
            set_option(c.options, fields.at(1), fields.at(2));
        } else if (fields[0] == "index" && fields.at(1) == "range") {
            c.index = Index::range(parse_number<std::int64_t>(fields.at(2)),
                                   parse_number<std::int64_t>(fields.at(3)),
                                   parse_number<std::int64_t>(fields.at(4)));
        } else if (fields[0] == "index") {
            c.index = Index(make_column(fields[1], {fields.begin() + 3, fields.end()}),
                            unescape(fields.at(2)));
        } else if (fields[0] == "column") {
            c.names.push_back(unescape(fields.at(2)));
            c.columns.push_back(make_column(fields[1], {fields.begin() + 3, fields.end()}));
        }
    }
    std::ifstream text(fixture_path(kPrintDir + "/" + name + ".txt"), std::ios::binary);
    c.expected.assign(std::istreambuf_iterator<char>(text), std::istreambuf_iterator<char>());
    return c;
}

// The names of the cases of one kind ("frame", "series", "info"), sorted.
inline std::vector<std::string> print_cases(const std::string& kind) {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(fixture_path(kPrintDir))) {
        if (entry.path().extension() != ".case") continue;
        const std::string name = entry.path().stem().string();
        if (name.starts_with(kind + "_")) names.push_back(name);
    }
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace tabula::testing
