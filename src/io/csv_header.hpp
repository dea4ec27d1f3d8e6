#pragma once
// What precedes the data: skipped lines, the header row, and the column names (pandas' renaming
// of empty and duplicate names), and which columns usecols keeps.
#include <cstdint>
#include <string>
#include <vector>

#include "csv_columns.hpp"
#include "csv_dialect.hpp"
#include "csv_errors.hpp"
#include "tabula/io/csv.hpp"

namespace tabula::csv {

struct Layout {
    std::vector<std::string> names;  // one per field of a record
    std::int64_t body_begin = 0;     // position of the first data record (or its blank lines)
    std::int64_t read_end = 0;       // past the last record the header reading looked at
    std::vector<std::int64_t> used;  // fields kept, in file order
};

// ValueError "No columns to parse from file" when there is nothing but blank lines; pandas'
// messages for usecols and names that do not fit.
Layout read_layout(const Source& source, const Dialect& dialect, const ReadCsvOptions& options);

// The column specs of the kept fields: dtype overrides and parse_dates (ValueError naming a
// parse_dates column that does not exist).
std::vector<ColumnSpec> column_specs(const Layout& layout, const ReadCsvOptions& options);

// Python's repr of a string, as pandas' messages quote names.
std::string python_repr(const std::string& text);

}  // namespace tabula::csv
