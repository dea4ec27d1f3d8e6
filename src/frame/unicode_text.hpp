#pragma once
// The Unicode pieces of Python's str methods that .str needs: case mapping (see
// string_methods.hpp for the scripts covered), white space as str.isspace(), code point counts.
#include <cstdint>
#include <string>
#include <string_view>

namespace tabula::detail {

void append_lower(std::string_view text, std::string& out);
void append_upper(std::string_view text, std::string& out);
// The text without leading and trailing white space.
std::string_view strip_space(std::string_view text);
// Code points in UTF-8 text (bytes that do not continue a sequence).
std::int64_t code_points(std::string_view text) noexcept;
// UTF-8 text as code points in a wchar_t string (32 bits on the platforms tabula builds on), so
// that std::wregex's '.' and [...] take a character as Python's re does, not a byte.
std::wstring widen(std::string_view text);
void append_utf8(std::wstring_view text, std::string& out);

}  // namespace tabula::detail
