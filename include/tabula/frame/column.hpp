#pragma once
// A DataFrame column (DESIGN principle 3): immutable, shared by every frame and series that
// holds it, typed, and nullable through an Arrow-style validity bitmap, so an int column with a
// gap stays int. Copying a Column copies a pointer; slicing is zero-copy.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tabula/core/bitmap.hpp"
#include "tabula/core/buffer.hpp"
#include "tabula/core/dtype.hpp"

namespace tabula {

class Column {
  public:
    // An empty float64 column.
    Column();

    // Fixed-width storage: bool (one byte per value, as NumPy), int32, int64, float32, float64,
    // or datetime (int64 nanoseconds since the epoch). `values` holds `length` elements of
    // itemsize(dtype); an absent `validity` means no nulls. Values under a null are unspecified.
    static Column fixed(DType dtype, std::shared_ptr<Buffer> values, std::int64_t length,
                        std::optional<Bitmap> validity = std::nullopt);
    // Arrow-layout strings: `offsets` holds length + 1 int64 offsets into `chars` (UTF-8).
    static Column strings(std::shared_ptr<Buffer> offsets, std::shared_ptr<Buffer> chars,
                          std::int64_t length, std::optional<Bitmap> validity = std::nullopt);
    // Dictionary-encoded strings (pandas' "category"): int32 codes into `categories`, a string
    // column without nulls; a null row has code -1.
    static Column categorical(std::shared_ptr<Buffer> codes, std::int64_t length, Column categories,
                              std::optional<Bitmap> validity = std::nullopt);

    template <ArrayElement T>
    static Column from_vector(const std::vector<T>& values,
                              std::optional<Bitmap> validity = std::nullopt);
    // std::nullopt entries become nulls.
    template <ArrayElement T>
    static Column from_optionals(const std::vector<std::optional<T>>& values);
    static Column from_strings(const std::vector<std::string>& values,
                               std::optional<Bitmap> validity = std::nullopt);
    static Column from_optional_strings(const std::vector<std::optional<std::string>>& values);
    static Column from_datetimes(const std::vector<std::int64_t>& nanoseconds,
                                 std::optional<Bitmap> validity = std::nullopt);
    // `length` nulls of `dtype`.
    static Column nulls(DType dtype, std::int64_t length);

    DType dtype() const noexcept;
    std::int64_t size() const noexcept { return length_; }
    std::int64_t null_count() const noexcept { return null_count_; }
    bool has_nulls() const noexcept { return null_count_ > 0; }
    bool is_valid(std::int64_t i) const noexcept {
        return null_count_ == 0 || data_->validity->get(offset_ + i);
    }
    bool is_null(std::int64_t i) const noexcept { return !is_valid(i); }
    // The validity of rows [0, size): all set when there are no nulls.
    Bitmap validity() const;

    // Fixed-width values of rows [0, size); TypeError when T is not the storage type (datetime
    // is stored as int64, bool as bool).
    template <class T>
    const T* data() const;
    // The buffer behind data<T>() and the element where this column starts in it, for views that
    // share the values (an NDArray over a float64 column).
    const std::shared_ptr<Buffer>& values_buffer() const noexcept { return data_->values; }
    std::int64_t values_offset() const noexcept { return offset_; }
    // The text of row i of a string or categorical column ("" for a null); TypeError otherwise.
    std::string_view string_at(std::int64_t i) const;
    // Arrow offsets of rows [0, size] (size + 1 entries, absolute into string_chars()).
    const std::int64_t* string_offsets() const;
    const char* string_chars() const;
    // Categorical codes of rows [0, size) and the dictionary; TypeError for other dtypes.
    const std::int32_t* codes() const;
    const Column& categories() const;

    // Rows [offset, offset + length), sharing storage; IndexError when out of range.
    Column slice(std::int64_t offset, std::int64_t length) const;
    // The rows at `positions` in that order; a position of -1 gives a null; IndexError when a
    // position is out of range.
    Column take(std::span<const std::int64_t> positions) const;
    // The rows whose `keep` entry is true; ValueError when the lengths differ.
    Column filter(std::span<const bool> keep) const;
    // pandas' astype between numeric dtypes, bool, string and category (categories sorted, as
    // pandas); nulls stay null, since every dtype is nullable. ValueError for a value that does
    // not convert (Python's message: "could not convert string to float: 'abc'"), a NaN or inf
    // to an integer, or an integer that does not fit.
    Column astype(DType dtype) const;

    // Bytes held: values, offsets and bitmap; `deep` adds string characters and categories
    // (pandas' memory_usage(deep=True) counts the text).
    std::size_t memory_usage(bool deep = false) const;
    // Same dtype, length, nulls and values (NaN equals NaN and 0.0 equals -0.0, as pandas').
    bool equals(const Column& other) const;

  private:
    struct Storage {
        DType dtype = DType::Float64;
        std::shared_ptr<Buffer> values;   // fixed-width values, or categorical codes
        std::shared_ptr<Buffer> offsets;  // strings
        std::shared_ptr<Buffer> chars;    // strings
        std::optional<Bitmap> validity;
        std::shared_ptr<const Column> categories;
        std::int64_t length = 0;
    };
    Column(std::shared_ptr<const Storage> data, std::int64_t offset, std::int64_t length);
    void check_dtype(DType expected, const char* what) const;

    std::shared_ptr<const Storage> data_;
    std::int64_t offset_ = 0;
    std::int64_t length_ = 0;
    std::int64_t null_count_ = 0;
};

}  // namespace tabula
