#pragma once
// Text layout as pandas' printing helpers do it (pandas/io/formats/printing.py and format.py):
// widths count code points (Python's len), justification pads with spaces like str.ljust,
// str.rjust and str.center, and adjoin glues columns of cells side by side.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tabula::display_detail {

enum class Justify { Left, Right, Center };

// Python's len() of UTF-8 text: the number of code points.
std::int64_t text_width(std::string_view text);
// The first `count` code points (Python's text[:count]).
std::string_view text_prefix(std::string_view text, std::int64_t count);
// str.ljust / str.rjust / str.center to `width` code points (longer text is kept whole).
std::string justify(std::string_view text, std::int64_t width, Justify how);
void justify_all(std::vector<std::string>& cells, std::int64_t width, Justify how);
std::int64_t max_width(const std::vector<std::string>& cells);

// pandas' _make_fixed_width: every cell padded to the widest (at least `minimum`); cells wider
// than `max_colwidth` are cut to max_colwidth - 3 code points plus "...".
void make_fixed_width(std::vector<std::string>& cells, Justify how, std::int64_t minimum,
                      std::optional<std::int64_t> max_colwidth);

// pandas' adjoin: columns side by side, each but the last left-justified to its widest cell plus
// `space`; shorter columns are padded with blank cells; lines joined by '\n'.
std::string adjoin(std::int64_t space, const std::vector<std::vector<std::string>>& columns);

// pandas' trim_front: removes leading spaces while every cell starts with one.
void trim_front(std::vector<std::string>& cells);

// pprint_thing's escapes for cell text: tab, carriage return and newline as \t, \r, \n.
std::string escape_cell(std::string_view text);

}  // namespace tabula::display_detail
