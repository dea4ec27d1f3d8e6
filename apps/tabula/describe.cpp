// `tabula describe FILE [--sep C] [--json]`: what pandas users print first about a file —
// df.shape, df.info() and df.describe(include="all") — as text, or as one JSON object.
#include <charconv>
#include <cmath>
#include <cstdint>
#include <exception>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "commands.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/display.hpp"
#include "tabula/io/csv.hpp"

namespace tabula::cli {
namespace {

using Json = nlohmann::ordered_json;

struct DescribeArgs {
    std::string file;
    std::string sep = ",";
    bool json = false;
};

// A shell makes a literal tab awkward to type, so "\t" (backslash, t) stands for one.
char separator(const std::string& text) {
    return text == "\\t" ? '\t' : text[0];
}

std::string check_separator(const std::string& text) {
    if (text.size() == 1 || text == "\\t") return {};
    return "the separator must be one character (or \\t for a tab), got '" + text + "'";
}

std::string_view json_dtype(DType dtype) {
    switch (dtype) {
        case DType::Categorical:
            return "categorical";
        case DType::Datetime:
            return "datetime";
        default:
            return dtype_name(dtype);
    }
}

// JSON has no NaN or infinity; pandas' to_json writes null for both.
Json number(double value) {
    return std::isfinite(value) ? Json(value) : Json(nullptr);
}

// describe() of a non-numeric column holds its statistics as text: count, unique and freq
// are integers (freq is missing when every value is null), top is a value of the column.
Json text_stat(const Series& stats, std::int64_t i, DType column_dtype) {
    if (stats.column().is_null(i)) return nullptr;
    const std::string_view text = stats.text(i);
    const std::string key = stats.index().label_string(i);
    if (key == "count" || key == "unique" || key == "freq") {
        std::int64_t value = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc{} || end != text.data() + text.size()) return nullptr;
        return value;
    }
    if (column_dtype == DType::Bool && (text == "True" || text == "False")) return text == "True";
    return std::string(text);
}

Json column_json(const DataFrame& frame, const std::string& name) {
    const Series column = frame[name];
    const Series stats = column.describe();
    Json described = Json::object();
    for (std::int64_t i = 0; i < stats.size(); ++i) {
        described[stats.index().label_string(i)] = stats.dtype() == DType::Float64
                                                       ? number(stats.value(i))
                                                       : text_stat(stats, i, column.dtype());
    }
    return Json{{"name", name},
                {"dtype", json_dtype(column.dtype())},
                {"nulls", column.column().null_count()},
                {"stats", std::move(described)}};
}

void print_json(const DataFrame& frame) {
    Json columns = Json::array();
    for (const auto& name : frame.columns()) columns.push_back(column_json(frame, name));
    std::cout << Json{{"rows", frame.num_rows()}, {"columns", std::move(columns)}}.dump(2) << '\n';
}

void print_text(const DataFrame& frame) {
    // A summary must show every column: wrap them into blocks of 80 characters rather than
    // drop the middle ones, as pandas does from a script.
    display_options().max_columns = std::nullopt;
    const auto [rows, cols] = frame.shape();
    std::cout << '(' << rows << ", " << cols << ")\n\n";
    frame.info(std::cout);
    std::cout << '\n' << frame.describe({.include = "all"}) << '\n';
}

// Errors go to stderr as one line (a ParseError's text quotes the offending field, which may
// hold a line break), so that scripts can read the place from it.
std::string one_line(std::string_view text) {
    std::string line;
    for (const char c : text) {
        if (c == '\n') {
            line += "\\n";
        } else if (c == '\r') {
            line += "\\r";
        } else {
            line += c;
        }
    }
    return line;
}

int run_describe(const DescribeArgs& args) {
    try {
        const DataFrame frame = read_csv(args.file, {.sep = separator(args.sep)});
        if (args.json) {
            print_json(frame);
        } else {
            print_text(frame);
        }
        return 0;
    } catch (const Error& e) {
        // ParseError and IOError name the file themselves; others (an empty file's) do not.
        const bool names_file = dynamic_cast<const ParseError*>(&e) != nullptr ||
                                dynamic_cast<const IOError*>(&e) != nullptr;
        std::cerr << e.python_name() << ": " << (names_file ? "" : args.file + ": ")
                  << one_line(e.what()) << '\n';
    } catch (const std::exception& e) {
        std::cerr << "error: " << args.file << ": " << one_line(e.what()) << '\n';
    }
    return 1;
}

}  // namespace

Command add_describe(CLI::App& parent) {
    auto args = std::make_shared<DescribeArgs>();
    CLI::App* app = parent.add_subcommand(
        "describe", "Print a CSV file's shape, info() and describe(include=\"all\"), as pandas");
    app->add_option("FILE", args->file, "The CSV file")->required();
    app->add_option("--sep", args->sep, "Field separator (one character; \\t for a tab)")
        ->check(CLI::Validator(check_separator, "CHAR", "separator"))
        ->capture_default_str();
    app->add_flag("--json", args->json, "One JSON object with each column's statistics");
    return {app, [args] { return run_describe(*args); }};
}

}  // namespace tabula::cli
