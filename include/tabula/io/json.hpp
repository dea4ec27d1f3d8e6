#pragma once
// pandas' read_json / DataFrame.to_json for the "records" orientation (a JSON array of one object
// per row) and its line-delimited form (lines=true: one object per line). Free functions rather
// than DataFrame methods because io depends on frame and never the reverse. Other orientations
// ("columns", pandas' default for a frame, "index", "split", "table", "values") are refused with
// a ValueError.
//
// to_json writes pandas 1.5's text byte for byte: no spaces, the index left out, floats with
// pandas' double_precision digits ("0.3333333333", NaN and inf as null), bools true/false,
// datetimes as integer epoch milliseconds (date_unit changes the unit), strings with every
// non-ASCII character as \uXXXX and '/' as "\/" (ujson's ensure_ascii), nulls as null;
// lines=true ends every row, the last included, with "\n".
//
// read_json infers each column's type over all its values: integers give int64, integers mixed
// with floats (or any float, even 1.0) give float64, true/false give bool, text gives string, and
// null or a missing key gives a null of that type; a column of only nulls is float64. Every dtype
// holds nulls, so an integer column with a gap stays int64 (pandas would make it float64). Unlike
// pandas, read_json does not turn floats that happen to be integral into int64, does not parse
// numeric strings as numbers and does not convert date-like columns (pandas' convert_dates and
// keep_default_dates heuristics): epoch numbers stay int64 and date strings stay strings.
#include <string>
#include <string_view>

#include "tabula/frame/dataframe.hpp"

namespace tabula {

struct ReadJsonOptions {
    // Only "records" is supported.
    std::string orient = "records";
    // One JSON object per line (blank lines skipped, as pandas).
    bool lines = false;
};

// Columns in the order their keys first appear. IOError when the file cannot be read;
// ParseError (file:line:column: message) for malformed JSON; ValueError naming the column and
// record for a value of another type than the rest of its column, a nested array or object, an
// integer beyond int64, or a record that is not an object.
DataFrame read_json(const std::string& path, const ReadJsonOptions& options = {});
// The same on text in memory; errors name "<string>".
DataFrame read_json_string(std::string_view text, const ReadJsonOptions& options = {});

struct ToJsonOptions {
    // Only "records" is supported (pandas' default for a frame is "columns").
    std::string orient = "records";
    bool lines = false;
    // Digits after the decimal point, 0 to 15 as pandas allows.
    int double_precision = 10;
    // Unit of datetime epoch numbers: "s", "ms", "us" or "ns".
    std::string date_unit = "ms";
};

// IOError when the file cannot be written; ValueError for unsupported options (pandas' messages
// where pandas has one) and for a string that is not valid UTF-8.
void to_json(const DataFrame& frame, const std::string& path, const ToJsonOptions& options = {});
std::string to_json_string(const DataFrame& frame, const ToJsonOptions& options = {});

}  // namespace tabula
