#include "unicode_text.hpp"

namespace tabula::detail {

namespace {

// Decodes the code point starting at text[i] and advances i; a malformed byte stands for itself.
char32_t decode(std::string_view text, std::size_t& i) noexcept {
    const auto b0 = static_cast<unsigned char>(text[i]);
    std::size_t need = 0;
    if ((b0 >> 5) == 6) {
        need = 1;
    } else if ((b0 >> 4) == 14) {
        need = 2;
    } else if ((b0 >> 3) == 30) {
        need = 3;
    }
    if (need == 0 || i + need >= text.size()) {
        ++i;
        return b0;
    }
    char32_t cp = need == 1 ? (b0 & 0x1F) : need == 2 ? (b0 & 0x0F) : (b0 & 0x07);
    for (std::size_t k = 1; k <= need; ++k) {
        const auto b = static_cast<unsigned char>(text[i + k]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return b0;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    i += need + 1;
    return cp;
}

void encode(char32_t cp, std::string& out) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Latin Extended-A pairs: upper case at even code points in these ranges, odd in the others.
bool even_upper_extended_a(char32_t cp) noexcept {
    return (cp >= 0x100 && cp <= 0x12F) || (cp >= 0x132 && cp <= 0x137) ||
           (cp >= 0x14A && cp <= 0x177);
}
bool odd_upper_extended_a(char32_t cp) noexcept {
    return (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
}

char32_t lower(char32_t cp) noexcept {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    if ((cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)) return cp + 32;
    if (even_upper_extended_a(cp)) return cp | 1;
    if (odd_upper_extended_a(cp)) return (cp & 1) != 0 ? cp + 1 : cp;
    if (cp == 0x178) return 0xFF;
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return cp + 32;
    if (cp >= 0x410 && cp <= 0x42F) return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
    return cp;
}

char32_t upper(char32_t cp) noexcept {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
    if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 32;
    if (cp == 0xFF) return 0x178;
    if (cp == 0xB5) return 0x39C;
    if (cp == 0x131) return 'I';
    if (cp == 0x17F) return 'S';
    if (even_upper_extended_a(cp)) return cp & ~char32_t{1};
    if (odd_upper_extended_a(cp)) return (cp & 1) == 0 ? cp - 1 : cp;
    if (cp == 0x3C2) return 0x3A3;
    if (cp >= 0x3B1 && cp <= 0x3C9) return cp - 32;
    if (cp >= 0x430 && cp <= 0x44F) return cp - 32;
    if (cp >= 0x450 && cp <= 0x45F) return cp - 80;
    return cp;
}

bool is_space(char32_t cp) noexcept {
    return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20) || cp == 0x85 || cp == 0xA0 ||
           cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
           cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

}  // namespace

void append_lower(std::string_view text, std::string& out) {
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = decode(text, i);
        if (cp == 0x130) {
            // Python: "İ".lower() is "i" followed by a combining dot above.
            out += "i\xCC\x87";
            continue;
        }
        encode(lower(cp), out);
    }
}

void append_upper(std::string_view text, std::string& out) {
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = decode(text, i);
        if (cp == 0xDF) {
            out += "SS";
            continue;
        }
        encode(upper(cp), out);
    }
}

std::string_view strip_space(std::string_view text) {
    std::size_t begin = 0;
    while (begin < text.size()) {
        std::size_t next = begin;
        if (!is_space(decode(text, next))) break;
        begin = next;
    }
    std::size_t end = text.size();
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
        std::size_t next = start;
        if (!is_space(decode(text, next)) || next != end) break;
        end = start;
    }
    return text.substr(begin, end - begin);
}

std::int64_t code_points(std::string_view text) noexcept {
    std::int64_t n = 0;
    for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

std::wstring widen(std::string_view text) {
    std::wstring out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) out += static_cast<wchar_t>(decode(text, i));
    return out;
}

void append_utf8(std::wstring_view text, std::string& out) {
    for (const wchar_t c : text) encode(static_cast<char32_t>(c), out);
}

static_assert(sizeof(wchar_t) == 4, "code points are held in a 32-bit wchar_t");

}  // namespace tabula::detail
