#include "tabula/core/bitmap.hpp"

#include <bit>

namespace tabula {

namespace {
// The bits of the last word past `size` are kept zero, so whole-word counts and compares hold.
std::uint64_t tail_mask(std::int64_t size) {
    const int used = static_cast<int>(size & 63);
    return used == 0 ? ~std::uint64_t{0} : (std::uint64_t{1} << used) - 1;
}
}  // namespace

Bitmap::Bitmap(std::int64_t size, bool valid)
    : words_(static_cast<std::size_t>((size + 63) / 64), valid ? ~std::uint64_t{0} : 0),
      size_(size) {
    if (valid && !words_.empty()) words_.back() &= tail_mask(size);
}

void Bitmap::push_back(bool valid) {
    if ((size_ & 63) == 0) words_.push_back(0);
    ++size_;
    set(size_ - 1, valid);
}

std::int64_t Bitmap::count() const noexcept {
    std::int64_t n = 0;
    for (std::uint64_t w : words_) n += std::popcount(w);
    return n;
}

Bitmap Bitmap::slice(std::int64_t offset, std::int64_t length) const {
    Bitmap out(length, false);
    for (std::int64_t i = 0; i < length; ++i) out.set(i, get(offset + i));
    return out;
}

bool operator==(const Bitmap& a, const Bitmap& b) noexcept {
    return a.size_ == b.size_ && a.words_ == b.words_;
}

}  // namespace tabula
