#pragma once
// The data records of a whole in-memory text, tokenised in parallel: the text is cut every
// `chunk_bytes` at a line start found without knowing whether it lies inside quotes; each chunk
// is tokenised speculatively, then, in order, each chunk's start is checked against where its
// predecessor really ended and re-tokenised from there when a quoted line end fooled the guess.
// So the result is exactly the sequential one, whatever the thread count.
#include <cstdint>
#include <optional>
#include <vector>

#include "csv_dialect.hpp"
#include "csv_errors.hpp"
#include "csv_tokenizer.hpp"
#include "tabula/io/csv.hpp"

namespace tabula::csv {

inline constexpr std::int64_t chunk_bytes = std::int64_t{1} << 20;
// Rows parsed per task: every column of a block is parsed in turn, so its text (~0.5 MiB for
// 8192 rows of a typical file) and field offsets should stay in a core's L2 cache meanwhile.
inline constexpr std::int64_t block_rows = std::int64_t{1} << 13;

// Throws the first ParseError of the records from `begin` on (at most `max_rows` of them,
// -1 for all).
std::vector<TokenizedRows> tokenize_body(const Source& source, const Dialect& dialect,
                                         std::int64_t ncols, std::int64_t begin,
                                         std::int64_t max_rows);

// Adds the rows that on_bad_lines dropped to `report` (and, for "warn", says so on stderr as
// pandas does).
void report_skipped(const Source& source, const Dialect& dialect,
                    const std::vector<const TokenizedRows*>& pieces, std::int64_t ncols,
                    CsvReadReport* report);

}  // namespace tabula::csv
