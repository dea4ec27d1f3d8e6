#pragma once
// pandas' .str accessor (Series::str()): elementwise text methods on a string or categorical
// series; a null stays null. Results are string, bool or int64 series with the same name and
// index.
//
// Unicode: lower/upper map ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic letters as
// Python's str.lower/str.upper do ("ß".upper() is "SS"); letters of other scripts are kept, and
// Greek's final-sigma rule (Python lowers a word-final Σ to ς) is not applied. strip removes the
// characters Python's str.isspace() accepts. len counts code points, as Python.
//
// Regular expressions are std::wregex's ECMAScript grammar over code points, which for common
// patterns agrees with Python's re; it lacks lookbehind, named groups ((?P<name>...)), \A, \Z and
// inline flags, its \w, \d and \s and case-insensitive matching know ASCII only (Python's
// know Unicode), and it may recurse deeply on long texts.
#include <string_view>

#include "tabula/frame/series.hpp"

namespace tabula {

class StringMethods {
  public:
    // TypeError unless the series holds strings (pandas: "Can only use .str accessor with
    // string values!").
    explicit StringMethods(Series series);

    Series lower() const;
    Series upper() const;
    // Leading and trailing white space removed.
    Series strip() const;
    // Code points per value (int64).
    Series len() const;
    // Whether each value holds `pattern` (a regular expression searched anywhere, or plain
    // text when `regex` is false); `case_sensitive` is pandas' `case`. ValueError for an
    // invalid regular expression.
    Series contains(std::string_view pattern, bool case_sensitive = true, bool regex = true) const;
    Series startswith(std::string_view prefix) const;
    Series endswith(std::string_view suffix) const;
    // Every match of `pattern` replaced by `replacement`. As pandas 1.5.3, `regex` defaults to
    // true and a one-character pattern is always plain text; `replacement` takes Python's
    // group references (\1, \g<1>, \g<name> is not supported).
    Series replace(std::string_view pattern, std::string_view replacement, bool regex = true) const;

  private:
    Series series_;
};

}  // namespace tabula
