#include "format_layout.hpp"

#include <algorithm>

namespace tabula::display_detail {

namespace {

bool is_continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0U) == 0x80U;
}

}  // namespace

std::int64_t text_width(std::string_view text) {
    return static_cast<std::int64_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return !is_continuation(c); }));
}

std::string_view text_prefix(std::string_view text, std::int64_t count) {
    std::int64_t seen = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!is_continuation(text[i])) {
            if (seen == count) return text.substr(0, i);
            ++seen;
        }
    }
    return text;
}

std::string justify(std::string_view text, std::int64_t width, Justify how) {
    const std::int64_t margin = width - text_width(text);
    if (margin <= 0) return std::string(text);
    // CPython's str.center puts the odd space on the left when the width is odd.
    const std::int64_t left = how == Justify::Right  ? margin
                              : how == Justify::Left ? 0
                                                     : margin / 2 + (margin & width & 1);
    std::string out(static_cast<std::size_t>(left), ' ');
    out.append(text);
    out.append(static_cast<std::size_t>(margin - left), ' ');
    return out;
}

void justify_all(std::vector<std::string>& cells, std::int64_t width, Justify how) {
    for (std::string& cell : cells) cell = justify(cell, width, how);
}

std::int64_t max_width(const std::vector<std::string>& cells) {
    std::int64_t widest = 0;
    for (const std::string& cell : cells) widest = std::max(widest, text_width(cell));
    return widest;
}

void make_fixed_width(std::vector<std::string>& cells, Justify how, std::int64_t minimum,
                      std::optional<std::int64_t> max_colwidth) {
    if (cells.empty()) return;
    std::int64_t width = std::max(max_width(cells), minimum);
    if (max_colwidth && width > *max_colwidth) width = *max_colwidth;
    for (std::string& cell : cells) {
        if (max_colwidth && *max_colwidth > 3 && text_width(cell) > width) {
            cell = std::string(text_prefix(cell, width - 3)) + "...";
        }
    }
    justify_all(cells, width, how);
}

std::string adjoin(std::int64_t space, const std::vector<std::vector<std::string>>& columns) {
    std::size_t rows = 0;
    std::vector<std::int64_t> widths;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        rows = std::max(rows, columns[c].size());
        widths.push_back(max_width(columns[c]) + (c + 1 < columns.size() ? space : 0));
    }
    std::string out;
    for (std::size_t r = 0; r < rows; ++r) {
        if (r > 0) out += '\n';
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const std::string_view cell =
                r < columns[c].size() ? std::string_view(columns[c][r]) : std::string_view();
            out += justify(cell, widths[c], Justify::Left);
        }
    }
    return out;
}

void trim_front(std::vector<std::string>& cells) {
    if (cells.empty()) return;
    std::size_t common = 0;
    while (std::all_of(cells.begin(), cells.end(), [&](const std::string& cell) {
        return common < cell.size() && cell[common] == ' ';
    })) {
        ++common;
    }
    for (std::string& cell : cells) cell.erase(0, common);
}

std::string escape_cell(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '\t':
                out += "\\t";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\n':
                out += "\\n";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace tabula::display_detail
