#pragma once
// A validity bitmap as in Arrow: bit i (LSB first) is 1 when value i is present.
#include <cstdint>
#include <vector>

namespace tabula {

class Bitmap {
public:
    Bitmap() = default;
    // `size` bits, all set to `valid`.
    explicit Bitmap(std::int64_t size, bool valid = true);

    std::int64_t size() const noexcept { return size_; }
    bool get(std::int64_t i) const noexcept { return (words_[i >> 6] >> (i & 63)) & 1u; }
    void set(std::int64_t i, bool valid) noexcept {
        const std::uint64_t bit = std::uint64_t{1} << (i & 63);
        words_[i >> 6] = valid ? (words_[i >> 6] | bit) : (words_[i >> 6] & ~bit);
    }
    void push_back(bool valid);
    // Number of set (valid) bits.
    std::int64_t count() const noexcept;
    std::int64_t null_count() const noexcept { return size_ - count(); }
    bool all_valid() const noexcept { return count() == size_; }
    // Bits [offset, offset + length) as a new bitmap.
    Bitmap slice(std::int64_t offset, std::int64_t length) const;
    const std::uint64_t* words() const noexcept { return words_.data(); }

    friend bool operator==(const Bitmap& a, const Bitmap& b) noexcept;

private:
    std::vector<std::uint64_t> words_;
    std::int64_t size_ = 0;
};

}  // namespace tabula
