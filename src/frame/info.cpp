// DataFrame::info: pandas' DataFrameInfo text (pandas/io/formats/info.py) with tabula's dtype
// names ("object" for strings, as read_csv gives them) and one deliberate difference: the
// class line names tabula's class, "<class 'tabula.DataFrame'>", not pandas'.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <map>
#include <string>

#include "format_cells.hpp"
#include "format_size.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula {

namespace {

using namespace display_detail;

// pandas counts NaN as missing, so a float NaN that is not a null is not counted either.
std::int64_t non_null_count(const Column& column) {
    const std::int64_t n = column.size();
    const auto count_numbers = [&]<class T>(const T* values) {
        std::int64_t count = 0;
        for (std::int64_t i = 0; i < n; ++i) {
            count += column.is_valid(i) && !std::isnan(values[i]) ? 1 : 0;
        }
        return count;
    };
    switch (column.dtype()) {
        case DType::Float32:
            return count_numbers(column.data<float>());
        case DType::Float64:
            return count_numbers(column.data<double>());
        default:
            return n - column.null_count();
    }
}

// _put_str: text cut or left-justified to `width`.
std::string put_str(const std::string& text, std::int64_t width) {
    return justify(text_prefix(text, width), width, Justify::Left);
}

// The verbose table: " #", "Column", ["Non-Null Count",] "Dtype", two spaces between columns.
void add_column_table(std::vector<std::string>& lines, const DataFrame& frame,
                      const std::vector<std::string>& dtypes, bool with_counts) {
    std::vector<std::vector<std::string>> table;
    table.push_back(with_counts
                        ? std::vector<std::string>{" # ", "Column", "Non-Null Count", "Dtype"}
                        : std::vector<std::string>{" # ", "Column", "Dtype"});
    for (std::size_t c = 0; c < frame.columns().size(); ++c) {
        std::string number(" ");
        number += std::to_string(c);
        std::vector<std::string> row{std::move(number), frame.columns()[c]};
        if (with_counts) {
            row.push_back(std::to_string(non_null_count(frame.column(c))) + " non-null");
        }
        row.push_back(dtypes[c]);
        table.push_back(std::move(row));
    }
    const std::size_t width_count = table[0].size();
    std::vector<std::int64_t> widths(width_count, 0);
    for (const auto& row : table) {
        for (std::size_t k = 0; k < width_count; ++k) {
            widths[k] = std::max(widths[k], text_width(row[k]));
        }
    }
    const auto join = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t k = 0; k < width_count; ++k) {
            if (k > 0) line += "  ";
            line += put_str(cells[k], widths[k]);
        }
        return line;
    };
    std::vector<std::string> dashes;
    for (const std::string& header : table[0]) {
        dashes.emplace_back(static_cast<std::size_t>(text_width(header)), '-');
    }
    lines.push_back(join(table[0]));
    lines.push_back(join(dashes));
    for (std::size_t r = 1; r < table.size(); ++r) lines.push_back(join(table[r]));
}

}  // namespace

void DataFrame::info(std::ostream& out) const {
    const DisplayOptions& options = display_options();
    std::vector<std::string> lines{"<class 'tabula.DataFrame'>", index_summary(index_)};
    const std::size_t num_columns = names_.size();
    if (num_columns == 0) {
        lines.emplace_back("Empty DataFrame\n");
    } else {
        std::vector<std::string> dtypes;
        std::map<std::string, std::int64_t> dtype_counts;
        for (const Column& column : columns_) {
            dtypes.emplace_back(pandas_dtype_name(column.dtype()));
            ++dtype_counts[dtypes.back()];
        }
        if (static_cast<std::int64_t>(num_columns) > options.max_info_columns) {
            lines.push_back("Columns: " + std::to_string(num_columns) + " entries, " +
                            names_.front() + " to " + names_.back());
        } else {
            lines.push_back("Data columns (total " + std::to_string(num_columns) + " columns):");
            add_column_table(lines, *this, dtypes, num_rows() <= options.max_info_rows);
        }
        std::string summary = "dtypes: ";
        for (auto it = dtype_counts.begin(); it != dtype_counts.end(); ++it) {
            if (it != dtype_counts.begin()) summary += ", ";
            summary += it->first + "(" + std::to_string(it->second) + ")";
        }
        lines.push_back(std::move(summary));
        // memory_usage(deep=False) leaves out the text of object columns and an object index,
        // so pandas marks the figure as a lower bound.
        const bool object_index =
            !index_.is_range() && (index_.dtype() == DType::String ||
                                   (index_.dtype() == DType::Bool && !index_.labels().has_nulls()));
        const bool lower_bound = dtype_counts.contains("object") || object_index;
        lines.push_back(
            "memory usage: " + sizeof_fmt(memory_usage(true, false).sum(), lower_bound) + "\n");
    }
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) out << '\n';
        out << lines[i];
    }
}

void DataFrame::info() const {
    info(std::cout);
}

}  // namespace tabula
