// operator<< for Series: pandas' repr (SeriesFormatter in pandas/io/formats/format.py) followed
// by a newline, as print(series) writes it.
#include <algorithm>
#include <ostream>
#include <string>

#include "format_cells.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

namespace {

using namespace display_detail;

// The category list under a categorical series (Categorical._repr_categories_info): quoted,
// the middle left out past max_categories, broken into lines at `width`.
std::string categories_text(const Column& categories, const DisplayOptions& options) {
    const std::int64_t n = categories.size();
    const std::int64_t most = options.max_categories == 0 ? 10 : options.max_categories;
    const auto quoted = [&](std::int64_t begin, std::int64_t end) {
        std::vector<std::string> cells;
        for (std::int64_t i = begin; i < end; ++i) {
            std::string cell(" '");
            cell += escape_cell(categories.string_at(i));
            cell += '\'';
            cells.push_back(std::move(cell));
        }
        make_fixed_width(cells, Justify::Right, 0, options.max_colwidth);
        for (std::string& cell : cells) {
            const std::size_t first = cell.find_first_not_of(' ');
            cell = first == std::string::npos
                       ? ""
                       : cell.substr(first, cell.find_last_not_of(' ') - first + 1);
        }
        return cells;
    };
    std::vector<std::string> values;
    if (n > most) {
        const std::int64_t half = most / 2;
        values = quoted(0, half);
        values.emplace_back("...");
        for (std::string& tail : quoted(n - half, n)) values.push_back(std::move(tail));
    } else {
        values = quoted(0, n);
    }
    const std::string header = "Categories (" + std::to_string(n) + ", object): ";
    const std::int64_t header_width = text_width(header);
    std::string list;
    std::int64_t line_width = header_width;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const std::int64_t width = text_width(values[i]);
        if (options.width > 0 && line_width + 2 + width > options.width) {
            list += ",\n" + std::string(static_cast<std::size_t>(header_width + 1), ' ');
            line_width = header_width + 1;
        } else if (i > 0) {
            // pandas counts a value's width only here, not after a line break or for the first.
            list += ", ";
            line_width += width;
        }
        list += values[i];
    }
    return header + "[" + list + "]";
}

std::string series_text(const Series& series, const DisplayOptions& options) {
    const std::int64_t n = series.size();
    const std::int64_t max_rows = options.max_rows.value_or(0);
    const bool truncated = max_rows > 0 && n > max_rows;

    std::string footer;
    const auto add = [&footer](std::string_view label, std::string_view value) {
        if (!footer.empty()) footer += ", ";
        footer += label;
        footer += value;
    };
    // An empty name stands for pandas' None: no "Name:" part.
    if (!series.name().empty()) add("Name: ", escape_cell(series.name()));
    if (truncated) add("Length: ", std::to_string(n));
    add("dtype: ", pandas_dtype_name(series.dtype()));
    if (series.dtype() == DType::Categorical) {
        footer += '\n';
        footer += categories_text(series.column().categories(), options);
    }
    if (n == 0) {
        std::string empty("Series([], ");
        empty += footer;
        return empty + ")";
    }

    std::vector<std::int64_t> rows;
    std::int64_t row_num = 0;
    if (truncated) {
        std::int64_t shown = max_rows;
        if (options.min_rows && *options.min_rows > 0) shown = std::min(*options.min_rows, shown);
        row_num = shown == 1 ? 1 : shown / 2;
        for (std::int64_t r = 0; r < row_num; ++r) rows.push_back(r);
        if (shown != 1) {
            for (std::int64_t r = n - row_num; r < n; ++r) rows.push_back(r);
        }
    } else {
        for (std::int64_t r = 0; r < n; ++r) rows.push_back(r);
    }

    std::vector<std::string> labels = format_index_labels(series.index(), rows, truncated, options);
    std::vector<std::string> values = format_cells(series.column(), rows, Justify::Right, options);
    if (truncated) {
        const auto at = static_cast<std::ptrdiff_t>(row_num);
        const std::int64_t width = text_width(values[static_cast<std::size_t>(row_num - 1)]);
        values.insert(values.begin() + at,
                      justify(width > 3 ? "..." : "..", width, Justify::Center));
        labels.insert(labels.begin() + at, "");
    }
    std::string text = adjoin(3, {labels, values});
    const std::string& index_name = series.index().name();
    if (!index_name.empty()) text = escape_cell(index_name) + "\n" + text;
    return text + "\n" + footer;
}

}  // namespace

std::ostream& operator<<(std::ostream& out, const Series& series) {
    return out << series_text(series, display_options()) << '\n';
}

}  // namespace tabula
