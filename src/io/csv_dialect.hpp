#pragma once
// ReadCsvOptions checked once and turned into what the tokenizer and the field parsers consult
// per byte: lookup tables, the NA strings and the bad-line policy.
#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "tabula/io/csv.hpp"

namespace tabula::csv {

// Lets the NA set be probed with a string_view, without building a string per field.
struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept {
        return std::hash<std::string_view>{}(text);
    }
};

// A character option that is not set.
inline constexpr int no_char = -1;

struct Dialect {
    char sep = ',';
    char quote = '"';
    int escape = no_char;
    int comment = no_char;
    int thousands = no_char;
    char decimal = '.';
    // Rows of the wrong width are dropped (and counted) instead of failing the read.
    bool skip_bad_lines = false;
    bool warn_bad_lines = false;

    // Field texts read as null, and their values when numeric (pandas' na_fvalues: with
    // na_values=["-999"], "-999.0" is null too).
    std::unordered_set<std::string, TextHash, std::equal_to<>> na_strings;
    std::vector<double> na_numbers;
    std::size_t na_max_length = 0;
    // Bit k of the entry for a byte: some NA string of length k (or, for k = 63, of 63 or more)
    // starts with that byte. Rules out nearly every non-null text without hashing it.
    std::array<std::uint64_t, 256> na_lengths{};
    // Some NA string also reads as a number or bool, so NA must be tested before parsing.
    bool na_before_parse = false;

    bool is_na(std::string_view text) const {
        if (text.size() > na_max_length) return false;
        if (!text.empty() && !(na_lengths[static_cast<unsigned char>(text[0])] >>
                                   std::min<std::size_t>(text.size(), 63) &
                               1)) {
            return false;
        }
        return na_strings.contains(text);
    }
};

// ValueError for an option pandas refuses (unknown encoding, on_bad_lines, sep equal to the
// quote character ...).
Dialect make_dialect(const ReadCsvOptions& options);

}  // namespace tabula::csv
