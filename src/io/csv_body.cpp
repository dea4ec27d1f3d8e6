#include "csv_body.hpp"

#include <iostream>

#include "tabula/core/parallel.hpp"

namespace tabula::csv {

std::vector<TokenizedRows> tokenize_body(const Source& source, const Dialect& dialect,
                                         std::int64_t ncols, std::int64_t begin,
                                         std::int64_t max_rows) {
    const std::string_view text = source.text;
    const char* data = text.data();
    const auto size = static_cast<std::int64_t>(text.size());
    std::vector<TokenizedRows> pieces;
    if (max_rows >= 0 || size - begin <= chunk_bytes) {
        pieces.resize(1);
        tokenize(data, dialect, ncols, TokenizeLimits{begin, size, size, max_rows, true},
                 pieces[0]);
        if (pieces[0].error) throw_issue(source, *pieces[0].error, ncols);
        return pieces;
    }
    const std::int64_t body = size - begin;
    const std::int64_t count = chunk_count(body, chunk_bytes);
    auto start_of = [&](std::int64_t k) {
        if (k == 0) return begin;
        if (k >= count) return size;
        return next_line_start(text, begin + k * chunk_bytes);
    };
    pieces.resize(static_cast<std::size_t>(count));
    parallel_chunks(body, chunk_bytes, [&](std::int64_t k, std::int64_t, std::int64_t) {
        tokenize(data, dialect, ncols, TokenizeLimits{start_of(k), size, start_of(k + 1), -1, true},
                 pieces[static_cast<std::size_t>(k)]);
    });
    std::int64_t pos = begin;
    for (std::int64_t k = 0; k < count; ++k) {
        TokenizedRows& piece = pieces[static_cast<std::size_t>(k)];
        if (piece.base != pos) {
            tokenize(data, dialect, ncols, TokenizeLimits{pos, size, start_of(k + 1), -1, true},
                     piece);
        }
        if (piece.error) throw_issue(source, *piece.error, ncols);
        pos = piece.end;
    }
    return pieces;
}

void report_skipped(const Source& source, const Dialect& dialect,
                    const std::vector<const TokenizedRows*>& pieces, std::int64_t ncols,
                    CsvReadReport* report) {
    std::vector<std::int64_t> positions;
    std::vector<std::int64_t> fields;
    for (const TokenizedRows* piece : pieces) {
        for (const Issue& issue : piece->skipped_rows) {
            positions.push_back(issue.row_start);
            fields.push_back(issue.fields);
        }
    }
    if (positions.empty()) return;
    const std::vector<Location> where = locate_all(source, positions);
    for (std::size_t i = 0; i < where.size(); ++i) {
        if (dialect.warn_bad_lines) {
            std::cerr << "Skipping line " << where[i].line << ": expected " << ncols
                      << " fields, saw " << fields[i] << "\n";
        }
        if (report != nullptr) {
            ++report->bad_lines_skipped;
            report->skipped_lines.push_back(where[i].line);
        }
    }
}

}  // namespace tabula::csv
