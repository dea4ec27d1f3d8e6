#pragma once
// Turning a byte position of the input into the file, line and column of a ParseError, and
// showing the offending text.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "csv_tokenizer.hpp"

namespace tabula::csv {

// The input as errors name it: `text` is the bytes positions count in (after a byte-order
// mark, which columns do not count); `first_line` the physical line `text` starts on (a
// streaming read has passed earlier lines).
struct Source {
    std::string name;
    std::string_view text;
    std::int64_t first_line = 1;
};

struct Location {
    std::int64_t line = 1;    // physical, 1-based
    std::int64_t column = 1;  // bytes, 1-based
};

// Lines end at '\n', "\r\n" or a lone '\r', as the tokenizer's do.
Location locate(const Source& source, std::int64_t position);
// The locations of ascending positions, in one pass.
std::vector<Location> locate_all(const Source& source, const std::vector<std::int64_t>& positions);

// Python's repr of the text, cut to `limit` bytes with "..." (bytes that are not UTF-8 as
// \xNN), so a message stays one readable line.
std::string preview(std::string_view text, std::size_t limit = 60);
// The text of the line that holds `position`, from `from` on.
std::string_view line_at(std::string_view text, std::int64_t from);

[[noreturn]] void throw_parse_error(const Source& source, std::int64_t position,
                                    const std::string& message);
// A tokenizer issue as a ParseError: pandas' "Expected 3 fields in line 5, saw 4" for a ragged
// row, the quoted field's start for an unterminated quote.
[[noreturn]] void throw_issue(const Source& source, const Issue& issue, std::int64_t ncols);

}  // namespace tabula::csv
