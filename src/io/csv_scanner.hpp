#pragma once
// Finding the next byte that matters to the tokenizer (separator, quote, '\n', '\r', escape,
// comment) 64 bytes at a time: a bit mask per 64-byte block, built with SSE2 compares, and the
// next position read off with a count of trailing zeros. Typical fields are a few bytes long,
// so this replaces a compare-and-branch per byte with a few instructions per field.
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "csv_dialect.hpp"

namespace tabula::csv {

class Scanner {
  public:
    Scanner(const Dialect& d, const char* end) : end_(end) {
        const char quote = d.quote;
        bytes_[0] = d.sep;
        bytes_[1] = '\n';
        bytes_[2] = '\r';
        bytes_[3] = quote;
        // An unset option repeats a byte already searched for.
        bytes_[4] = d.escape == no_char ? '\n' : static_cast<char>(d.escape);
        bytes_[5] = d.comment == no_char ? '\n' : static_cast<char>(d.comment);
        for (const char b : bytes_) table_[static_cast<unsigned char>(b)] = true;
        // Padding past the end must match nothing.
        for (int c = 0; c < 256; ++c) {
            if (!table_[c]) {
                pad_ = static_cast<char>(c);
                break;
            }
        }
    }

    // The first byte at or after p (p <= end) that is a separator, quote, line end, escape or
    // comment character; `end` when there is none.
    const char* next(const char* p) noexcept {
        const std::uintptr_t offset =
            reinterpret_cast<std::uintptr_t>(p) - reinterpret_cast<std::uintptr_t>(block_);
        std::uint64_t m = 0;
        if (offset < 64) {
            m = mask_ & (~std::uint64_t{0} << offset);
        } else {
            if (p >= end_) return end_;
            load(p);
            m = mask_;
        }
        while (m == 0) {
            if (end_ - block_ <= 64) return end_;
            load(block_ + 64);
            m = mask_;
        }
        return block_ + std::countr_zero(m);
    }

  private:
    void load(const char* at) noexcept {
        block_ = at;
        if (end_ - at >= 64) {
            mask_ = mask_of(at);
            return;
        }
        char tail[64];
        const auto n = static_cast<std::size_t>(end_ - at);
        std::memcpy(tail, at, n);
        std::memset(tail + n, pad_, 64 - n);
        mask_ = mask_of(tail);
    }

    std::uint64_t mask_of(const char* p) const noexcept {
#if defined(__SSE2__)
        std::uint64_t m = 0;
        for (int i = 0; i < 4; ++i) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * i));
            __m128i x = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(bytes_[0])),
                                     _mm_cmpeq_epi8(v, _mm_set1_epi8(bytes_[1])));
            x = _mm_or_si128(x, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(bytes_[2])),
                                             _mm_cmpeq_epi8(v, _mm_set1_epi8(bytes_[3]))));
            x = _mm_or_si128(x, _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(bytes_[4])),
                                             _mm_cmpeq_epi8(v, _mm_set1_epi8(bytes_[5]))));
            m |= static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm_movemask_epi8(x)))
                 << (16 * i);
        }
        return m;
#else
        std::uint64_t m = 0;
        for (int i = 0; i < 64; ++i) {
            m |= static_cast<std::uint64_t>(table_[static_cast<unsigned char>(p[i])]) << i;
        }
        return m;
#endif
    }

    const char* end_;
    const char* block_ = nullptr;
    std::uint64_t mask_ = 0;
    char bytes_[6] = {};
    bool table_[256] = {};
    char pad_ = 0;
};

}  // namespace tabula::csv
