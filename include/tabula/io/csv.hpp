#pragma once
// pandas' read_csv: a memory-mapped file tokenised in parallel chunks, types inferred over each
// whole column as pandas does (int64, float64, bool, string; datetime when asked), every dtype
// nullable so an int column with a gap stays int64 (pandas' "Int64").
//
// Where tabula differs from pandas 1.5, on purpose: floats are correctly rounded (pandas'
// float_precision="round_trip"; its default converter is off by an ulp past ~15 digits);
// integers past int64 read as float64 (pandas: uint64, or strings past 2**64); a NUL byte is
// data (pandas' C parser ends the field there); parse_dates refuses a text that is not an ISO
// date with a ParseError (pandas would silently leave the column as strings); a header with
// fewer names than the rows' fields is a ParseError, not pandas' implicit index.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tabula/core/dtype.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/util/generator.hpp"

namespace tabula {

// Every member has an initializer, so designated initializers ({.sep = ';'}) may leave any out
// under -Wmissing-field-initializers.
struct ReadCsvOptions {
    char sep = ',';
    // Row (after skiprows) holding the column names; nullopt is pandas' header=None.
    std::optional<std::int64_t> header = 0;
    // Column names to use instead of (or, with header=nullopt, in the absence of) a header.
    std::vector<std::string> names{};
    // Keep only these columns, in the file's order, as pandas.
    std::vector<std::string> usecols{};
    // Per-column dtype instead of inference (DType::Categorical dictionary-encodes).
    std::map<std::string, DType> dtype{};
    // Extra strings read as null; with keep_default_na=false they are the only ones.
    std::vector<std::string> na_values{};
    bool keep_default_na = true;
    // Columns parsed as datetime64[ns] (ISO 8601 dates and date-times).
    std::vector<std::string> parse_dates{};
    // Read at most this many data rows.
    std::optional<std::int64_t> nrows{};
    // Skip this many lines at the start of the file.
    std::int64_t skiprows = 0;
    char quotechar = '"';
    std::optional<char> escapechar{};
    // Text from this character to the end of the line is ignored.
    std::optional<char> comment{};
    // "utf-8" or "utf-8-sig"; a byte-order mark is skipped with either, as pandas.
    std::string encoding = "utf-8";
    std::optional<char> thousands{};
    char decimal = '.';
    // "error" (ParseError), "warn" or "skip": what to do with a row of the wrong field count.
    // pandas errors on a row with more fields than the header but pads one with fewer with NaN;
    // tabula treats both alike (it never invents nulls): a ParseError, or the row dropped and
    // counted in CsvReadReport.
    std::string on_bad_lines = "error";
};

// What a read left out (only rows dropped by on_bad_lines = "warn" or "skip").
struct CsvReadReport {
    std::int64_t bad_lines_skipped = 0;
    // File line numbers (1-based) of the skipped rows.
    std::vector<std::int64_t> skipped_lines{};
};

// IOError when the file cannot be opened; ParseError (file:line:column: message, with the
// offending text) for malformed input.
DataFrame read_csv(const std::string& path, const ReadCsvOptions& options = {},
                   CsvReadReport* report = nullptr);
// The same on text in memory (pandas' read_csv(io.StringIO(text))); errors name "<string>".
DataFrame read_csv_string(std::string_view text, const ReadCsvOptions& options = {},
                          CsvReadReport* report = nullptr);
// pandas' chunksize: frames of at most `chunksize` rows, read lazily in constant memory. Types
// are inferred per chunk, as pandas does; the index continues across chunks.
Generator<DataFrame> read_csv_chunked(std::string path, std::int64_t chunksize,
                                      ReadCsvOptions options = {});

}  // namespace tabula
