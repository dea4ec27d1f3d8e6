#include "csv_errors.hpp"

#include <fmt/format.h>

#include "csv_fields.hpp"
#include "tabula/core/error.hpp"

namespace tabula::csv {

std::vector<Location> locate_all(const Source& source, const std::vector<std::int64_t>& positions) {
    std::vector<Location> out;
    out.reserve(positions.size());
    const std::string_view text = source.text;
    std::int64_t line = source.first_line;
    std::int64_t line_start = 0;
    std::int64_t i = 0;
    for (const std::int64_t position : positions) {
        for (; i < position && i < static_cast<std::int64_t>(text.size()); ++i) {
            const char c = text[static_cast<std::size_t>(i)];
            if (c == '\n' || (c == '\r' && (static_cast<std::size_t>(i) + 1 == text.size() ||
                                            text[static_cast<std::size_t>(i) + 1] != '\n'))) {
                ++line;
                line_start = i + 1;
            }
        }
        out.push_back(Location{line, position - line_start + 1});
    }
    return out;
}

Location locate(const Source& source, std::int64_t position) {
    return locate_all(source, {position}).front();
}

std::string preview(std::string_view text, std::size_t limit) {
    const bool cut = text.size() > limit;
    if (cut) text = text.substr(0, limit);
    std::string out = "'";
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            const std::size_t bad = find_invalid_utf8(text.substr(i));
            // Copy the valid run; a character cut by the limit shows as bytes.
            const std::size_t run = bad == std::string_view::npos ? text.size() - i : bad;
            if (run > 0) {
                out.append(text.substr(i, run));
                i += run;
                continue;
            }
            out += fmt::format("\\x{:02x}", c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\\' || c == '\'') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c == 0x7f) {
            out += fmt::format("\\x{:02x}", c);
        } else {
            out += static_cast<char>(c);
        }
        ++i;
    }
    out += cut ? "'..." : "'";
    return out;
}

std::string_view line_at(std::string_view text, std::int64_t from) {
    const auto start = static_cast<std::size_t>(from);
    std::size_t end = start;
    while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
    return text.substr(start, end - start);
}

void throw_parse_error(const Source& source, std::int64_t position, const std::string& message) {
    const Location at = locate(source, position);
    throw ParseError(source.name, at.line, at.column, message);
}

void throw_issue(const Source& source, const Issue& issue, std::int64_t ncols) {
    switch (issue.kind) {
        case Issue::Kind::ragged_row: {
            const Location row = locate(source, issue.row_start);
            throw_parse_error(
                source, issue.position,
                fmt::format("Expected {} fields in line {}, saw {}: {}", ncols, row.line,
                            issue.fields, preview(line_at(source.text, issue.row_start))));
        }
        case Issue::Kind::unterminated_quote:
            throw_parse_error(
                source, issue.position,
                "EOF inside string starting here: " +
                    preview(source.text.substr(static_cast<std::size_t>(issue.position))));
        case Issue::Kind::record_too_long:
            throw_parse_error(source, issue.position,
                              "a record longer than 4 GiB is not supported: " +
                                  preview(line_at(source.text, issue.row_start)));
    }
    throw_parse_error(source, issue.position, "malformed input");
}

}  // namespace tabula::csv
