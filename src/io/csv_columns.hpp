#pragma once
// Tokenised fields to typed, nullable Columns: each column's type is inferred over all of its
// rows as pandas does (int64, then float64, then bool, else string), every block of rows in
// parallel into the column's final buffer, then the blocks are reconciled (an int block in a
// float column is converted in place; a numeric block in a string column is re-read as text).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "csv_dialect.hpp"
#include "csv_errors.hpp"
#include "tabula/core/dtype.hpp"
#include "tabula/frame/column.hpp"

namespace tabula::csv {

// Consecutive tokenised rows, a view into a TokenizedRows.
struct RowBlock {
    const char* base = nullptr;      // the byte offsets count from here
    const char* text_end = nullptr;  // end of the text: bytes up to here may be read ahead
    std::int64_t base_position = 0;  // position of `base` in the source text
    const std::uint32_t* row_starts = nullptr;
    const std::uint32_t* field_ends = nullptr;  // rows * ncols
    std::int64_t rows = 0;
    std::int64_t row_offset = 0;  // rows before this block in the frame
};

// Cuts tokenised rows into blocks of at most `max_rows` (fixed by row counts, never by thread
// count).
void append_blocks(const TokenizedRows& rows, std::string_view text, std::int64_t ncols,
                   std::int64_t max_rows, std::int64_t& row_offset, std::vector<RowBlock>& blocks);

struct ColumnSpec {
    std::string name;
    std::int64_t field = 0;      // position in the record
    std::optional<DType> dtype;  // an override (parse_dates gives Datetime)
};

// The columns of `specs`, rows in block order. ParseError for a field an override cannot read,
// an unparseable date or a string that is not UTF-8.
std::vector<Column> build_columns(const Source& source, const Dialect& dialect, std::int64_t ncols,
                                  const std::vector<ColumnSpec>& specs,
                                  const std::vector<RowBlock>& blocks);

}  // namespace tabula::csv
