#include "csv_header.hpp"

#include <algorithm>
#include <unordered_map>

#include "csv_columns.hpp"
#include "csv_fields.hpp"
#include "tabula/core/error.hpp"

namespace tabula::csv {

namespace {

// pandas' C parser (parsers.pyx, _get_header): a repeated name gets ".1", ".2", ... skipping
// suffixes that already name another column.
void mangle_duplicates(std::vector<std::string>& names) {
    std::unordered_map<std::string, std::int64_t> counts;
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string original = names[i];
        std::string name = original;
        std::int64_t count = counts.contains(name) ? counts[name] : 0;
        while (count > 0) {
            counts[original] = count + 1;
            name = original + "." + std::to_string(count);
            if (std::find(names.begin(), names.end(), name) != names.end()) {
                ++count;
            } else {
                count = counts.contains(name) ? counts[name] : 0;
            }
        }
        names[i] = name;
        counts[name] = count + 1;
    }
}

std::string python_list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += ", ";
        out += python_repr(items[i]);
    }
    return out + "]";
}

std::vector<std::string> header_names(const Source& source, const Dialect& dialect,
                                      const std::vector<std::string_view>& fields) {
    std::vector<std::string> names;
    std::string scratch;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::size_t bad = find_invalid_utf8(fields[i]);
        if (bad != std::string_view::npos) {
            throw_parse_error(
                source, (fields[i].data() - source.text.data()) + static_cast<std::int64_t>(bad),
                "invalid UTF-8 in a column name: " + preview(fields[i]));
        }
        const std::string_view text =
            decode_field(fields[i], dialect.quote, dialect.escape, scratch);
        names.emplace_back(text.empty() ? "Unnamed: " + std::to_string(i) : std::string(text));
    }
    return names;
}

[[noreturn]] void no_columns() {
    throw ValueError("No columns to parse from file");
}

}  // namespace

std::string python_repr(const std::string& text) {
    const char quote =
        text.find('\'') != std::string::npos && text.find('"') == std::string::npos ? '"' : '\'';
    std::string out(1, quote);
    for (const char c : text) {
        if (c == '\\' || c == quote) out += '\\';
        out += c;
    }
    return out + quote;
}

Layout read_layout(const Source& source, const Dialect& dialect, const ReadCsvOptions& options) {
    const std::string_view text = source.text;
    std::int64_t pos = 0;
    for (std::int64_t i = 0; i < options.skiprows; ++i) {
        if (!skip_line(text, dialect, pos)) break;
    }
    Layout layout;
    std::optional<Issue> error;
    if (options.header) {
        std::optional<std::vector<std::string_view>> fields;
        std::int64_t start = pos;
        for (std::int64_t row = 0; row <= *options.header; ++row) {
            fields = next_record(text, dialect, pos, error, &start);
            if (error) throw_issue(source, *error, 0);
            if (!fields) {
                if (row == 0 && options.names.empty()) no_columns();
                if (row > 0) {
                    throw ValueError("Passed header=" + std::to_string(*options.header) +
                                     " but only " + std::to_string(row) + " lines in file");
                }
                break;
            }
        }
        if (fields) layout.names = header_names(source, dialect, *fields);
        if (!options.names.empty() && fields && options.names.size() != fields->size()) {
            const bool more = options.names.size() > fields->size();
            throw_parse_error(source, start,
                              std::string(more ? "Too many" : "Too few") +
                                  " columns specified: expected " +
                                  std::to_string(options.names.size()) + " and found " +
                                  std::to_string(fields->size()) +
                                  (more ? "" : " (tabula makes no implicit index)"));
        }
        layout.body_begin = pos;
    } else {
        layout.body_begin = pos;
        if (options.names.empty()) {
            const auto fields = next_record(text, dialect, pos, error);
            if (error) throw_issue(source, *error, 0);
            if (!fields) no_columns();
            for (std::size_t i = 0; i < fields->size(); ++i) {
                layout.names.push_back(std::to_string(i));
            }
        }
    }
    layout.read_end = pos;
    if (!options.names.empty()) {
        std::vector<std::string> sorted = options.names;
        std::sort(sorted.begin(), sorted.end());
        if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
            throw ValueError("Duplicate names are not allowed.");
        }
        layout.names = options.names;
    } else {
        mangle_duplicates(layout.names);
    }

    if (options.usecols.empty()) {
        for (std::size_t i = 0; i < layout.names.size(); ++i) {
            layout.used.push_back(static_cast<std::int64_t>(i));
        }
    } else {
        std::vector<std::string> missing;
        for (const std::string& name : options.usecols) {
            if (std::find(layout.names.begin(), layout.names.end(), name) == layout.names.end()) {
                missing.push_back(name);
            }
        }
        if (!missing.empty()) {
            throw ValueError("Usecols do not match columns, columns expected but not found: " +
                             python_list(missing));
        }
        for (std::size_t i = 0; i < layout.names.size(); ++i) {
            if (std::find(options.usecols.begin(), options.usecols.end(), layout.names[i]) !=
                options.usecols.end()) {
                layout.used.push_back(static_cast<std::int64_t>(i));
            }
        }
    }
    return layout;
}

std::vector<ColumnSpec> column_specs(const Layout& layout, const ReadCsvOptions& options) {
    std::vector<std::string> missing;
    for (const std::string& name : options.parse_dates) {
        if (std::find(layout.names.begin(), layout.names.end(), name) == layout.names.end()) {
            missing.push_back(name);
        }
    }
    if (!missing.empty()) {
        std::string list;
        for (const std::string& name : missing)
            list += (list.empty() ? "" : ", ") + python_repr(name);
        throw ValueError("Missing column provided to 'parse_dates': " + list);
    }
    std::vector<ColumnSpec> specs;
    for (const std::int64_t field : layout.used) {
        ColumnSpec spec;
        spec.name = layout.names[static_cast<std::size_t>(field)];
        spec.field = field;
        if (const auto it = options.dtype.find(spec.name); it != options.dtype.end()) {
            spec.dtype = it->second;
        }
        if (std::find(options.parse_dates.begin(), options.parse_dates.end(), spec.name) !=
            options.parse_dates.end()) {
            spec.dtype = DType::Datetime;
        }
        specs.push_back(std::move(spec));
    }
    return specs;
}

}  // namespace tabula::csv
