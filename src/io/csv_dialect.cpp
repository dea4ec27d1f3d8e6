#include "csv_dialect.hpp"

#include <algorithm>
#include <cctype>

#include "csv_fields.hpp"
#include "tabula/core/error.hpp"

namespace tabula::csv {

namespace {

// pandas' STR_NA_VALUES (pandas/_libs/parsers.pyx).
constexpr std::string_view default_na_strings[] = {
    "",        "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND",
    "1.#QNAN", "<NA>", "N/A",      "NA",  "NULL",    "NaN",      "n/a",  "nan",  "null"};

// Python's codec lookup: case and the separators '-', ' ' do not matter.
void check_encoding(const std::string& encoding) {
    std::string key;
    for (const char c : encoding) {
        key.push_back(c == '-' || c == ' ' ? '_' : static_cast<char>(std::tolower(c)));
    }
    static constexpr std::string_view utf8_names[] = {"utf_8", "utf8",      "u8",
                                                      "utf",   "utf_8_sig", "utf8_sig"};
    if (std::find(std::begin(utf8_names), std::end(utf8_names), key) == std::end(utf8_names)) {
        throw ValueError("unknown encoding: " + encoding +
                         " (read_csv reads utf-8, with or without a byte-order mark)");
    }
}

int char_option(const std::optional<char>& c) {
    return c ? static_cast<unsigned char>(*c) : no_char;
}

}  // namespace

Dialect make_dialect(const ReadCsvOptions& options) {
    check_encoding(options.encoding);
    if (options.on_bad_lines != "error" && options.on_bad_lines != "warn" &&
        options.on_bad_lines != "skip") {
        throw ValueError("Argument " + options.on_bad_lines + " is invalid for on_bad_lines");
    }
    if (options.sep == '\n' || options.sep == '\r') {
        throw ValueError(
            "Specified \\n as separator or delimiter. This forces the python engine which does "
            "not accept a line terminator. Hence it is not allowed to use the line terminator "
            "as separator.");
    }
    if (options.sep == options.quotechar) {
        throw ValueError("sep and quotechar must differ, both are '" + std::string(1, options.sep) +
                         "'");
    }
    if (options.thousands && *options.thousands == options.decimal) {
        throw ValueError("Cannot specify the same character for thousands and decimal");
    }
    if (options.header && *options.header < 0) {
        throw ValueError(
            "Passing negative integer to header is invalid. For no header, use header=None "
            "instead");
    }
    if (options.nrows && *options.nrows < 0) throw ValueError("'nrows' must be an integer >=0");
    if (options.skiprows < 0) throw ValueError("'skiprows' must be an integer >=0");

    Dialect d;
    d.sep = options.sep;
    d.quote = options.quotechar;
    d.escape = char_option(options.escapechar);
    d.comment = char_option(options.comment);
    d.thousands = char_option(options.thousands);
    d.decimal = options.decimal;
    d.skip_bad_lines = options.on_bad_lines != "error";
    d.warn_bad_lines = options.on_bad_lines == "warn";

    auto add_na = [&d](std::string_view text) {
        d.na_strings.emplace(text);
        d.na_max_length = std::max(d.na_max_length, text.size());
        if (!text.empty()) {
            d.na_lengths[static_cast<unsigned char>(text[0])] |=
                std::uint64_t{1} << std::min<std::size_t>(text.size(), 63);
        }
        const char* b = text.data();
        const char* e = b + text.size();
        std::int64_t i = 0;
        double f = 0;
        bool flag = false;
        const bool is_int = parse_int64(b, e, d.thousands, i) != IntParse::not_int;
        const bool is_float = parse_float64(b, e, d.decimal, d.thousands, f);
        if (is_int || is_float || parse_bool(b, e, flag)) d.na_before_parse = true;
        if (is_float) d.na_numbers.push_back(f);
    };
    if (options.keep_default_na) {
        for (const std::string_view s : default_na_strings) add_na(s);
    }
    for (const std::string& s : options.na_values) add_na(s);
    return d;
}

}  // namespace tabula::csv
