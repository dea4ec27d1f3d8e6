#pragma once
// pandas' pd.options.display: how DataFrame and Series print (operator<<) and what info() shows.
// The defaults are what pandas 1.5 prints from a script (stdout not a terminal).
#include <cstdint>
#include <optional>

namespace tabula {

struct DisplayOptions {
    // Frames and series longer than max_rows show min_rows of them (the first and last halves
    // around a "..." row); std::nullopt or 0 shows every row (pandas' None: tabula never asks
    // a terminal for its height).
    std::optional<std::int64_t> max_rows = 60;
    std::optional<std::int64_t> min_rows = 10;
    // 0, pandas' default outside IPython: drop middle columns until the frame fits in `width`.
    // n > 0: at most n columns (the first and last n / 2), then wrapped into blocks at `width`
    // with " \" line ends, as pandas' default in IPython (20). std::nullopt: every column,
    // wrapped.
    std::optional<std::int64_t> max_columns = 0;
    // Line width for fitting or wrapping; 0 does neither (pandas' width=None).
    std::int64_t width = 80;
    // Digits after the decimal point for floats (before trailing zeros are trimmed).
    int precision = 6;
    // Longer cells are cut to this many characters, ending in "..."; std::nullopt keeps them.
    std::optional<std::int64_t> max_colwidth = 50;
    // info() lists at most this many columns (more give pandas' one-line summary), and counts
    // non-nulls only up to max_info_rows rows.
    std::int64_t max_info_columns = 100;
    std::int64_t max_info_rows = 1690785;
    // Items of a column or index list shown in an empty frame's text ("Columns: [a, b]").
    std::int64_t max_seq_items = 100;
    // Categories listed in a categorical series' footer (0 means 10, as pandas).
    std::int64_t max_categories = 8;
};

// The process-wide options every print and info() reads, as pandas' pd.options.display;
// change them before printing (they are not synchronised between threads).
DisplayOptions& display_options();

}  // namespace tabula
