#pragma once
// One column of one block of rows parsed into the column's 8-byte slots: with pandas' type
// inference over the block's fields, with a dtype override, or as strings.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "csv_columns.hpp"
#include "csv_dialect.hpp"
#include "tabula/core/buffer.hpp"
#include "tabula/core/dtype.hpp"

namespace tabula::csv {

// What a block of one column holds. Every kind keeps one 8-byte slot per row in the column's
// shared buffer: int64, double, bool as 0/1, datetime nanoseconds, or (string) the offset of
// the row's text in the block's characters.
enum class Kind : std::uint8_t { empty, int64, float64, boolean, datetime, string };

// pandas' inference order over a whole column: int64 and float64 give float64, a number and
// a bool give strings, nulls give way to anything.
Kind join(Kind a, Kind b) noexcept;
// The kind a dtype override stores.
Kind forced_kind(DType dtype);

struct PartError {
    std::int64_t position = 0;
    std::string message;
};

// One column within one block of rows.
struct Part {
    Kind kind = Kind::empty;
    std::vector<std::uint32_t> nulls;           // rows of the block
    std::vector<std::uint32_t> negative_zeros;  // int rows that were "-0": -0.0 as floats
    std::shared_ptr<Buffer> chars;
    std::int64_t chars_size = 0;
    std::optional<PartError> error;
};

// The raw bytes of one field of each row in a block. Held by value (no reference to the block),
// so that a parsing loop's copy stays in registers: stores of int64 values could otherwise
// alias the block's int64 members and force reloads on every row.
class Fields {
  public:
    Fields(const RowBlock& block, std::int64_t ncols, std::int64_t field)
        : base_(block.base),
          row_starts_(block.row_starts),
          field_ends_(block.field_ends + field),
          text_end_(block.text_end),
          base_position_(block.base_position),
          rows_(block.rows),
          ncols_(ncols),
          first_(field == 0) {}

    std::string_view raw(std::int64_t r) const noexcept {
        const std::uint32_t* fe = field_ends_ + r * ncols_;
        const std::uint32_t start = first_ ? row_starts_[r] : fe[-1] + 1;
        return {base_ + start, fe[0] - start};
    }
    std::int64_t position(std::string_view raw) const noexcept {
        return base_position_ + (raw.data() - base_);
    }
    std::int64_t rows() const noexcept { return rows_; }
    const char* text_end() const noexcept { return text_end_; }

  private:
    const char* base_;
    const std::uint32_t* row_starts_;
    const std::uint32_t* field_ends_;  // this field's end in row 0
    const char* text_end_;
    std::int64_t base_position_;
    std::int64_t rows_;
    std::int64_t ncols_;
    bool first_;
};

// Fill rows [0, fields.rows()) of `slots` and `part`: inferring the kind, as `dtype` says, or as
// strings (also what a block whose kind differs from its string column's is re-read as).
void infer_part(const Dialect& dialect, const Fields& fields, const ColumnSpec& spec,
                std::int64_t* slots, Part& part);
void read_forced_part(const Dialect& dialect, const Fields& fields, const ColumnSpec& spec,
                      DType dtype, std::int64_t* slots, Part& part);
void read_string_part(const Dialect& dialect, const Fields& fields, const ColumnSpec& spec,
                      std::int64_t* slots, Part& part);

}  // namespace tabula::csv
