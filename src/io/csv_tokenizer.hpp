#pragma once
// Cutting CSV text into records and fields, with pandas' C tokenizer's rules: a quote opens a
// quoted section only at the start of a field; inside it separators and line ends are data
// and a doubled quote is one quote; blank and white-space-only lines are skipped, as are lines
// that start with the comment character; "\n", "\r\n" and a lone "\r" end a line.
//
// The tokenizer stores no text: per record the offset of its first byte, per field the offset
// just past it (fields are separated by exactly one byte, so a field starts one byte after its
// predecessor ends). Offsets are 32-bit, relative to the chunk's base.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "csv_dialect.hpp"

namespace tabula::csv {

// A growable array of trivially copyable values that is never zero-filled.
template <class T>
class PodVector {
  public:
    PodVector() = default;
    PodVector(PodVector&& other) noexcept
        : data_(std::exchange(other.data_, nullptr)),
          size_(std::exchange(other.size_, 0)),
          capacity_(std::exchange(other.capacity_, 0)) {}
    PodVector& operator=(PodVector&& other) noexcept {
        std::swap(data_, other.data_);
        std::swap(size_, other.size_);
        std::swap(capacity_, other.capacity_);
        return *this;
    }
    ~PodVector() { std::free(data_); }

    T* data() noexcept { return data_; }
    const T* data() const noexcept { return data_; }
    std::size_t size() const noexcept { return size_; }
    void resize(std::size_t n) {
        reserve(n);
        size_ = n;
    }
    void reserve(std::size_t n) {
        if (n <= capacity_) return;
        const std::size_t grown = std::max(n, capacity_ * 2);
        void* p = std::realloc(data_, grown * sizeof(T));
        if (p == nullptr) throw std::bad_alloc();
        data_ = static_cast<T*>(p);
        capacity_ = grown;
    }
    void clear() noexcept { size_ = 0; }
    void release() noexcept {
        std::free(std::exchange(data_, nullptr));
        size_ = capacity_ = 0;
    }

  private:
    T* data_ = nullptr;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
};

// Something wrong at a byte position of the input, found while tokenising a chunk that may turn
// out to have started at a wrong place; it becomes a ParseError once the chunk is confirmed.
struct Issue {
    enum class Kind : std::uint8_t { ragged_row, unterminated_quote, record_too_long };
    Kind kind = Kind::ragged_row;
    std::int64_t position = 0;   // where the problem is
    std::int64_t row_start = 0;  // the record it belongs to
    std::int64_t fields = 0;     // fields the record had (ragged_row)
};

struct TokenizedRows {
    std::int64_t base = 0;  // absolute position the offsets count from
    std::int64_t rows = 0;
    PodVector<std::uint32_t> row_starts;
    PodVector<std::uint32_t> field_ends;  // rows * ncols
    // Absolute position where tokenising stopped: the start of the next record.
    std::int64_t end = 0;
    std::optional<Issue> error;
    // Rows of the wrong width dropped under on_bad_lines = "skip"/"warn".
    std::vector<Issue> skipped_rows;
    // The data ended inside a record and more may follow (streaming reads only).
    bool needs_more = false;
};

struct TokenizeLimits {
    std::int64_t begin = 0;      // a record start
    std::int64_t data_end = 0;   // end of the bytes available
    std::int64_t stop_at = 0;    // stop at the first record start at or past this position
    std::int64_t max_rows = -1;  // stop after this many rows (-1: no limit)
    bool at_eof = true;          // data_end is the end of the input
};

// Tokenises records of exactly `ncols` fields from limits.begin. Stops at limits.stop_at,
// after max_rows rows, at the end of the data, or at the first error (unless the dialect skips
// bad lines).
void tokenize(const char* data, const Dialect& dialect, std::int64_t ncols,
              const TokenizeLimits& limits, TokenizedRows& out);

// The fields of one record starting at or after `pos` (blank and comment lines skipped), for
// header rows; `pos` moves past the record. nullopt at the end of the data. An unterminated
// quote is reported in `error`.
std::optional<std::vector<std::string_view>> next_record(std::string_view text,
                                                         const Dialect& dialect, std::int64_t& pos,
                                                         std::optional<Issue>& error,
                                                         std::int64_t* record_start = nullptr);

// Moves `pos` past one line as pandas' skiprows counts them: blank lines count, and a quote
// that opens the line hides the line ends before its closing quote. False at the end of data.
bool skip_line(std::string_view text, const Dialect& dialect, std::int64_t& pos);

// The first line start at or after `pos` when `pos` is not known to be inside quotes: the byte
// after a '\n', or after a '\r' not followed by '\n'.
std::int64_t next_line_start(std::string_view text, std::int64_t pos);

}  // namespace tabula::csv
