#pragma once
// Counting and numbering the distinct texts of a string column: an open-addressing table shared
// by the encoders' categories and SimpleImputer's most frequent text.
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "tabula/frame/column.hpp"

namespace tabula::detail {

// A text a word at a time, each word multiplied in and its high bits folded down to the low
// ones the table masks with: a category's short text takes a round or two, inline.
inline std::size_t text_hash(std::string_view text) noexcept {
    constexpr std::uint64_t odd = 0x9e3779b97f4a7c15ULL;
    std::uint64_t h = text.size();
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + i, sizeof word);
        h = (h ^ word) * odd;
        h ^= h >> 32;
    }
    std::uint64_t tail = 0;
    for (; i < text.size(); ++i) tail = tail << 8 | static_cast<unsigned char>(text[i]);
    h = (h ^ tail) * odd;
    return static_cast<std::size_t>(h ^ (h >> 32));
}

// Open addressing from a text to its position among the texts inserted: one probe sequence per
// row, no allocation per row; texts are compared only where their hashes agree.
class TextTable {
  public:
    TextTable() { rehash(16); }
    explicit TextTable(const std::vector<std::string>& keys);
    std::int32_t find(std::string_view key) const {
        const std::size_t h = text_hash(key);
        const std::size_t s = probe(key, h);
        return slots_[s];
    }
    // The key's position, a new one for a key not seen before (the first of duplicates wins).
    std::int32_t insert(std::string_view key) {
        const std::size_t h = text_hash(key);
        const std::size_t s = probe(key, h);
        if (slots_[s] >= 0) return slots_[s];
        const auto position = static_cast<std::int32_t>(keys_.size());
        keys_.push_back(key);
        hashes_.push_back(h);
        slots_[s] = position;
        if (keys_.size() * 2 > slots_.size()) rehash(slots_.size() * 2);
        return position;
    }
    const std::vector<std::string_view>& keys() const noexcept { return keys_; }

  private:
    // The slot holding `key`, else the empty slot where it belongs.
    std::size_t probe(std::string_view key, std::size_t h) const {
        std::size_t s = h & mask_;
        while (slots_[s] >= 0) {
            const auto k = static_cast<std::size_t>(slots_[s]);
            if (hashes_[k] == h && keys_[k] == key) return s;
            s = (s + 1) & mask_;
        }
        return s;
    }
    void rehash(std::size_t capacity);

    std::vector<std::string_view> keys_;
    std::vector<std::size_t> hashes_;
    std::vector<std::int32_t> slots_;
    std::size_t mask_ = 0;
};

// Row i of a string column without the per-call dtype check of Column::string_at.
struct StringRows {
    explicit StringRows(const Column& c) : offsets(c.string_offsets()), chars(c.string_chars()) {}
    std::string_view operator[](std::int64_t i) const {
        return {chars + offsets[i], static_cast<std::size_t>(offsets[i + 1] - offsets[i])};
    }
    const std::int64_t* offsets;
    const char* chars;
};

// Distinct texts with their number of rows, numbered by first appearance.
struct TextCounts {
    TextTable table;
    std::vector<std::int64_t> counts;
};

// Rows of a string column are counted by chunks of `chunk_size` in parallel; with `codes`, row
// i's position in its chunk's table (-1 for a null) is written to codes[i].
std::vector<TextCounts> count_text_chunks(const Column& column, std::int64_t chunk_size,
                                          std::int32_t* codes);

// The chunks' counts merged in chunk order, so the numbering does not depend on threads; with
// `chunk_keys`, each chunk's positions mapped to the merged ones.
TextCounts merge_text_counts(const std::vector<TextCounts>& parts,
                             std::vector<std::vector<std::int32_t>>* chunk_keys);

}  // namespace tabula::detail
