#pragma once
// pandas' DataFrame.to_csv. A free function rather than a DataFrame method because io depends on
// frame and never the reverse (DESIGN's module table).
//
// Values are written as pandas 1.5 writes them: float64 as Python's repr (the shortest digits
// that round-trip: "0.1", "1.0", "-0.0", "1e+16", "1e-05", "inf"), float32 as numpy's str of the
// float32, integers in decimal, bools as True/False, strings and categoricals as their text,
// datetimes as "2021-01-03" when every value is midnight and otherwise "2021-01-03 10:00:00" with
// as many fraction digits (3, 6 or 9) as the finest value needs. Nulls of every dtype, and NaN,
// are `na_rep`. Fields are quoted as Python's csv.QUOTE_MINIMAL: when they hold the separator,
// the quote character, '\r', '\n' or a character of the line terminator (quotes doubled), and a
// row that is one empty field is written as "" so that it is not an empty line. So
// read_csv_string(to_csv_string(df, {.index = false})) gives back df, except where pandas' own
// reader cannot tell the text apart: an empty string or one of the NA spellings ("NA", "nan",
// ...) in a string column reads back as null, and datetime and categorical columns need
// parse_dates / dtype to read back as such.
#include <optional>
#include <string>

#include "tabula/frame/dataframe.hpp"

namespace tabula {

// Every member has an initializer so that designated initializers ({.index = false}) may leave
// any out without -Wmissing-field-initializers.
struct ToCsvOptions {
    char sep = ',';
    // The text of a null (and of NaN).
    std::string na_rep{};
    // Write the column names as the first row.
    bool header = true;
    // Write the row labels as the first column.
    bool index = true;
    // The header of the index column; empty means the index's name (empty when unnamed).
    std::string index_label{};
    char quotechar = '"';
    std::string lineterminator = "\n";
    // A printf format with one floating conversion (%e %E %f %F %g %G, with flags, width and
    // precision), e.g. "%.2f", applied to float columns as pandas applies it; ValueError for
    // any other format.
    std::optional<std::string> float_format{};
};

// IOError ("[Errno 2] No such file or directory: 'dir/out.csv'", Python's text) when the file
// cannot be written.
void to_csv(const DataFrame& frame, const std::string& path, const ToCsvOptions& options = {});
// The same text in memory (pandas' to_csv() with no path).
std::string to_csv_string(const DataFrame& frame, const ToCsvOptions& options = {});

}  // namespace tabula
