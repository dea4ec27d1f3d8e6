#include "csv_tokenizer.hpp"

#include <limits>

#include "csv_scanner.hpp"

namespace tabula::csv {

namespace {

enum class Scan : std::uint8_t { record, skipped, incomplete, unterminated };

bool is_line_end(char c) noexcept {
    return c == '\n' || c == '\r';
}

// Past the line end at or after p (the terminator included); nullptr when the data ends first
// and more may follow.
const char* past_line(const char* p, const char* end, bool at_eof) noexcept {
    while (p < end && !is_line_end(*p)) ++p;
    if (p == end) return at_eof ? end : nullptr;
    if (*p == '\r') {
        if (p + 1 == end) return at_eof ? end : nullptr;
        if (p[1] == '\n') ++p;
    }
    return p + 1;
}

// Lines that hold no record (pandas' START_RECORD state): blank, white space only, or starting
// with the comment character. Moves p past such a line and says `skipped`, or leaves p at the
// record's first byte and says `record`.
Scan skip_empty_line(const char*& p, const char* end, const Dialect& d, bool at_eof) noexcept {
    const char c = *p;
    if (is_line_end(c) || static_cast<unsigned char>(c) == d.comment) {
        const char* next = past_line(p, end, at_eof);
        if (next == nullptr) return Scan::incomplete;
        p = next;
        return Scan::skipped;
    }
    if ((c == ' ' || c == '\t') && c != d.sep) {
        const char* q = p;
        while (q < end && (*q == ' ' || *q == '\t') && *q != d.sep) ++q;
        if (q == end) {
            if (!at_eof) return Scan::incomplete;
            p = end;
            return Scan::skipped;
        }
        if (is_line_end(*q)) {
            const char* next = past_line(q, end, at_eof);
            if (next == nullptr) return Scan::incomplete;
            p = next;
            return Scan::skipped;
        }
    }
    return Scan::record;
}

// One record from p (its first byte): calls on_field(begin, end) with each field's raw bytes
// and leaves p past the line end. `opened` is the quote of an unterminated quoted field.
template <class OnField>
inline Scan scan_record(const char*& p, const char* end, const Dialect& d, bool at_eof,
                        Scanner& scanner, const char*& opened, OnField&& on_field) {
    const char quote = d.quote;
    const char sep = d.sep;
    const int escape = d.escape;
    for (;;) {
        const char* field = p;
        if (p < end && *p == quote) {
            ++p;
            for (;;) {
                p = scanner.next(p);
                if (p == end) {
                    if (!at_eof) return Scan::incomplete;
                    opened = field;
                    return Scan::unterminated;
                }
                const char c = *p;
                if (static_cast<unsigned char>(c) == escape) {  // the next byte is data
                    if (p + 1 >= end) {
                        if (!at_eof) return Scan::incomplete;
                        opened = field;
                        return Scan::unterminated;
                    }
                    p += 2;
                    continue;
                }
                if (c != quote) {  // separators and line ends are data here
                    ++p;
                    continue;
                }
                if (p + 1 == end && !at_eof) return Scan::incomplete;
                if (p + 1 < end && p[1] == quote) {
                    p += 2;
                    continue;
                }
                ++p;
                break;
            }
        }
        for (;;) {
            p = scanner.next(p);
            if (p == end) break;
            const char c = *p;
            if (c == quote) {  // a quote inside an unquoted field is data
                ++p;
                continue;
            }
            if (static_cast<unsigned char>(c) == escape) {
                if (p + 1 >= end) {
                    if (!at_eof) return Scan::incomplete;
                    p = end;
                    break;
                }
                p += 2;
                continue;
            }
            break;
        }
        on_field(field, p);
        if (p == end) return at_eof ? Scan::record : Scan::incomplete;
        const char c = *p;
        if (c == sep) {
            ++p;
            continue;
        }
        if (c == '\n') {
            ++p;
            return Scan::record;
        }
        // '\r', or the comment character: the rest of the line is not data.
        const char* next = past_line(p, end, at_eof);
        if (next == nullptr) return Scan::incomplete;
        p = next;
        return Scan::record;
    }
}

}  // namespace

void tokenize(const char* data, const Dialect& dialect, std::int64_t ncols,
              const TokenizeLimits& limits, TokenizedRows& out) {
    out.base = limits.begin;
    out.rows = 0;
    out.row_starts.clear();
    out.field_ends.clear();
    out.error.reset();
    out.skipped_rows.clear();
    out.needs_more = false;

    const char* const base = data + limits.begin;
    const char* const end = data + limits.data_end;
    const char* const stop = data + std::max(limits.stop_at, limits.begin);
    const bool at_eof = limits.at_eof;
    const auto width = static_cast<std::size_t>(ncols);
    // Fields of three bytes or more (with their separator) never regrow the arrays; reserved
    // pages that are never written cost no memory.
    const auto guess = static_cast<std::size_t>(std::min(end, stop + 64) - base) / 3 + 16;
    out.field_ends.reserve(guess);
    out.row_starts.reserve(guess / (width + 1) + 16);

    Scanner scanner(dialect, end);
    const char sep = dialect.sep;
    const char* p = base;
    std::int64_t rows = 0;
    while (p < end && p < stop && (limits.max_rows < 0 || rows < limits.max_rows)) {
        const char* row = p;
        const Scan line = skip_empty_line(p, end, dialect, at_eof);
        if (line == Scan::skipped) continue;
        if (line == Scan::incomplete) {
            out.needs_more = true;
            break;
        }
        const std::size_t need = (static_cast<std::size_t>(rows) + 1) * width;
        if (need > out.field_ends.size()) out.field_ends.resize(std::max(need, need * 3 / 2));
        std::uint32_t* fe = out.field_ends.data() + static_cast<std::size_t>(rows) * width;
        std::int64_t nf = 0;
        const char* extra = nullptr;  // first field past ncols
        const char* opened = nullptr;
        auto on_field = [&](const char* field, const char* field_end) {
            if (nf < ncols) {
                fe[nf] = static_cast<std::uint32_t>(field_end - base);
            } else if (nf == ncols) {
                extra = field;
            }
            ++nf;
        };
        // Fields that the separator or '\n' ends (nearly all of a typical file) are cut here;
        // the first other special byte (a quote, '\r', escape, comment, the end of the data)
        // hands the rest of the record to scan_record.
        Scan scan = Scan::incomplete;
        for (;;) {
            const char* s = scanner.next(p);
            if (s == end || (*s != sep && *s != '\n')) break;
            on_field(p, s);
            p = s + 1;
            if (s[0] == '\n') {
                scan = Scan::record;
                break;
            }
        }
        if (scan != Scan::record) {
            scan = scan_record(p, end, dialect, at_eof, scanner, opened, on_field);
        }
        if (scan == Scan::incomplete) {
            p = row;
            out.needs_more = true;
            break;
        }
        if (scan == Scan::unterminated) {
            out.error = Issue{Issue::Kind::unterminated_quote, opened - data, row - data, nf};
            p = row;
            break;
        }
        if (p - base > std::numeric_limits<std::uint32_t>::max()) {
            out.error = Issue{Issue::Kind::record_too_long, row - data, row - data, nf};
            p = row;
            break;
        }
        if (nf != ncols) {
            const std::int64_t where =
                nf > ncols ? extra - data : limits.begin + (nf > 0 ? fe[nf - 1] : row - base);
            const Issue issue{Issue::Kind::ragged_row, where, row - data, nf};
            if (!dialect.skip_bad_lines) {
                out.error = issue;
                p = row;
                break;
            }
            out.skipped_rows.push_back(issue);
            continue;
        }
        if (static_cast<std::size_t>(rows) + 1 > out.row_starts.size()) {
            out.row_starts.resize(std::max<std::size_t>(16, out.row_starts.size() * 2));
        }
        out.row_starts.data()[rows] = static_cast<std::uint32_t>(row - base);
        ++rows;
    }
    if (p == end && !at_eof && (limits.max_rows < 0 || rows < limits.max_rows)) {
        out.needs_more = true;
    }
    out.rows = rows;
    out.row_starts.resize(static_cast<std::size_t>(rows));
    out.field_ends.resize(static_cast<std::size_t>(rows) * width);
    out.end = p - data;
}

std::optional<std::vector<std::string_view>> next_record(std::string_view text,
                                                         const Dialect& dialect, std::int64_t& pos,
                                                         std::optional<Issue>& error,
                                                         std::int64_t* record_start) {
    const char* data = text.data();
    const char* end = data + text.size();
    const char* p = data + pos;
    Scanner scanner(dialect, end);
    while (p < end) {
        const char* row = p;
        if (skip_empty_line(p, end, dialect, true) == Scan::skipped) continue;
        std::vector<std::string_view> fields;
        const char* opened = nullptr;
        const Scan scan = scan_record(p, end, dialect, true, scanner, opened,
                                      [&](const char* field, const char* field_end) {
                                          fields.emplace_back(field, field_end - field);
                                      });
        if (scan == Scan::unterminated) {
            error = Issue{Issue::Kind::unterminated_quote, opened - data, row - data,
                          static_cast<std::int64_t>(fields.size())};
            return std::nullopt;
        }
        if (record_start != nullptr) *record_start = row - data;
        pos = p - data;
        return fields;
    }
    pos = p - data;
    return std::nullopt;
}

bool skip_line(std::string_view text, const Dialect& dialect, std::int64_t& pos) {
    const char* data = text.data();
    const char* end = data + text.size();
    const char* p = data + pos;
    if (p >= end) return false;
    // pandas' SKIP_LINE states: only a quote that opens the line hides line ends.
    if (*p == dialect.quote) {
        for (++p; p < end; ++p) {
            if (*p != dialect.quote) continue;
            if (p + 1 < end && p[1] == dialect.quote) {
                ++p;
                continue;
            }
            ++p;
            break;
        }
    }
    pos = past_line(p, end, true) - data;
    return true;
}

std::int64_t next_line_start(std::string_view text, std::int64_t pos) {
    const auto n = static_cast<std::int64_t>(text.size());
    for (std::int64_t i = std::max<std::int64_t>(pos, 1); i < n; ++i) {
        const char prev = text[static_cast<std::size_t>(i - 1)];
        if (prev == '\n' || (prev == '\r' && text[static_cast<std::size_t>(i)] != '\n')) return i;
    }
    return n;
}

}  // namespace tabula::csv
