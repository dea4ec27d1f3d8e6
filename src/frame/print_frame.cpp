// operator<< for DataFrame: pandas' repr (DataFrameFormatter and StringFormatter in
// pandas/io/formats/format.py and string.py) followed by a newline, as print(df) writes it.
#include <algorithm>
#include <map>
#include <ostream>
#include <string>

#include "format_cells.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula {

namespace {

using namespace display_detail;

using Strcols = std::vector<std::vector<std::string>>;

std::optional<std::int64_t> limit(std::optional<std::int64_t> option) {
    return option && *option > 0 ? option : std::nullopt;
}

// Python's round(n / 2), which rounds halves to even.
std::size_t python_half(std::size_t n) {
    const std::size_t half = n / 2;
    return n % 2 == 0 || half % 2 == 0 ? half : half + 1;
}

// _binify: the column positions where each wrapped block of `line_width` ends.
std::vector<std::size_t> binify(const std::vector<std::int64_t>& widths, std::int64_t line_width) {
    std::vector<std::size_t> bins;
    std::int64_t current = 0;
    for (std::size_t i = 0; i < widths.size(); ++i) {
        const std::int64_t adjoined = widths[i] + 1;
        current += adjoined;
        const std::int64_t room = i + 1 == widths.size() ? 1 : 2;
        if (current + room > line_width && i > 0) {
            bins.push_back(i);
            current = adjoined;
        }
    }
    bins.push_back(widths.size());
    return bins;
}

class FrameFormatter {
  public:
    FrameFormatter(const DataFrame& frame, const DisplayOptions& options)
        : frame_(frame), options_(options), num_rows_(frame.num_rows()) {
        const std::size_t num_columns = frame.columns().size();
        for (std::size_t c = 0; c < num_columns; ++c) columns_.push_back(c);
        if (options.max_columns && *options.max_columns == 0) {
            // A "terminal" narrower than the column count shows at most `width` columns first.
            if (options.width > 0 && static_cast<std::int64_t>(num_columns) > options.width) {
                max_cols_fitted_ = options.width;
            }
        } else {
            max_cols_fitted_ = options.max_columns;
        }
        truncate_rows();
        truncate_columns();
        for (std::size_t c = 0; c < num_columns; ++c) {
            numeric_[frame.columns()[c]] = is_numeric(frame.column(c).dtype());
        }
    }

    std::string to_string() {
        std::string text = frame_.empty() ? empty_text() : body();
        if (truncated_rows() || truncated_columns()) {
            text += "\n\n[" + std::to_string(num_rows_) + " rows x " +
                    std::to_string(frame_.num_columns()) + " columns]";
        }
        return text;
    }

  private:
    bool truncated_rows() const { return max_rows_fitted_ && num_rows_ > *max_rows_fitted_; }
    bool truncated_columns() const {
        return max_cols_fitted_ && *max_cols_fitted_ > 0 &&
               frame_.num_columns() > *max_cols_fitted_;
    }

    void truncate_rows() {
        const std::optional<std::int64_t> max_rows = limit(options_.max_rows);
        max_rows_fitted_ = max_rows;
        if (max_rows && num_rows_ > *max_rows && limit(options_.min_rows)) {
            max_rows_fitted_ = std::min(*options_.min_rows, *max_rows);
        }
        if (!truncated_rows()) {
            for (std::int64_t r = 0; r < num_rows_; ++r) rows_.push_back(r);
            return;
        }
        row_num_ = *max_rows_fitted_ / 2;
        if (row_num_ >= 1) {
            for (std::int64_t r = 0; r < row_num_; ++r) rows_.push_back(r);
            for (std::int64_t r = num_rows_ - row_num_; r < num_rows_; ++r) rows_.push_back(r);
        } else {
            // pandas then shows the first max_rows rows (not max_rows_fitted).
            row_num_ = *max_rows;
            for (std::int64_t r = 0; r < std::min(row_num_, num_rows_); ++r) rows_.push_back(r);
        }
    }

    // Keeps the first and last max_cols_fitted / 2 of the columns shown so far.
    void truncate_columns() {
        if (!truncated_columns()) return;
        col_num_ = *max_cols_fitted_ / 2;
        std::vector<std::size_t> kept;
        const auto count = static_cast<std::size_t>(col_num_ >= 1 ? col_num_ : 1);
        const std::size_t taken = std::min(count, columns_.size());
        kept.assign(columns_.begin(), columns_.begin() + static_cast<std::ptrdiff_t>(taken));
        if (col_num_ >= 1) {
            kept.insert(kept.end(), columns_.end() - static_cast<std::ptrdiff_t>(taken),
                        columns_.end());
        } else {
            col_num_ = *max_cols_fitted_;
        }
        columns_ = std::move(kept);
    }

    bool show_index_name() const { return !frame_.index().name().empty(); }

    // _get_formatted_index: a blank header cell, the index name when it has one, the labels.
    std::vector<std::string> index_column() const {
        std::vector<std::string> labels;
        if (show_index_name()) labels.push_back(escape_cell(frame_.index().name()));
        for (std::string& label :
             format_index_labels(frame_.index(), rows_, truncated_rows(), options_)) {
            labels.push_back(std::move(label));
        }
        make_fixed_width(labels, Justify::Left, 0, options_.max_colwidth);
        labels.insert(labels.begin(), "");
        return labels;
    }

    std::vector<std::string> value_column(std::size_t position) const {
        const std::string& name = frame_.columns()[position];
        // Numeric columns' names get a space where the values keep one for the sign; pandas
        // looks the flag up by name, so the last of duplicate names decides.
        std::string title(numeric_.at(name) ? " " : "");
        title += escape_cell(name);
        std::vector<std::string> header{std::move(title)};
        if (show_index_name()) header.emplace_back();
        const std::int64_t header_width = max_width(header);
        std::vector<std::string> cells =
            format_cells(frame_.column(position), rows_, Justify::Right, options_);
        make_fixed_width(cells, Justify::Right, header_width, options_.max_colwidth);
        justify_all(header, std::max(max_width(cells), header_width), Justify::Right);
        header.insert(header.end(), cells.begin(), cells.end());
        return header;
    }

    Strcols strcols() const {
        Strcols cols{index_column()};
        for (const std::size_t c : columns_) cols.push_back(value_column(c));
        const std::size_t index_length = cols[0].size();
        const std::size_t dot_col = static_cast<std::size_t>(col_num_) + 1;
        if (truncated_columns()) {
            cols.insert(cols.begin() + static_cast<std::ptrdiff_t>(dot_col),
                        std::vector<std::string>(index_length, " ..."));
        }
        if (truncated_rows()) {
            const std::size_t header_rows = index_length - rows_.size();
            const auto row_num = static_cast<std::size_t>(row_num_);
            for (std::size_t ix = 0; ix < cols.size(); ++ix) {
                std::vector<std::string>& col = cols[ix];
                std::int64_t width = row_num < col.size() ? text_width(col[row_num]) : 0;
                const bool is_dot_col = truncated_columns() && ix == dot_col;
                const std::string dots = width > 3 || is_dot_col ? "..." : "..";
                if (is_dot_col) width = 4;
                const Justify how = ix == 0 ? Justify::Left : Justify::Right;
                const std::size_t at = std::min(row_num + header_rows, col.size());
                col.insert(col.begin() + static_cast<std::ptrdiff_t>(at),
                           justify(dots, width, how));
            }
        }
        return cols;
    }

    std::string body() {
        Strcols cols = strcols();
        if (options_.width <= 0) return adjoin(1, cols);
        if (options_.max_columns && *options_.max_columns == 0) return fit_to_width(cols);
        return join_multiline(std::move(cols));
    }

    // _fit_strcols_to_terminal_width: drops middle columns until the lines fit, then lays the
    // frame out again with as many columns as were left.
    std::string fit_to_width(const Strcols& cols) {
        std::int64_t longest = 0;
        std::vector<std::int64_t> widths;
        for (const auto& col : cols) widths.push_back(max_width(col));
        const std::string text = adjoin(1, cols);
        std::size_t start = 0;
        while (start <= text.size()) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            longest =
                std::max(longest, text_width(std::string_view(text).substr(start, end - start)));
            start = end + 1;
        }
        std::int64_t excess = longest - options_.width + 1;
        while (excess > 0 && widths.size() > 1) {
            const std::size_t mid = python_half(widths.size());
            excess -= widths[mid] + 1;
            widths.erase(widths.begin() + static_cast<std::ptrdiff_t>(mid));
        }
        max_cols_fitted_ = std::max<std::int64_t>(static_cast<std::int64_t>(widths.size()) - 1, 2);
        truncate_columns();
        return adjoin(1, strcols());
    }

    // _join_multiline: blocks of columns that fit in `width`, each beside the index, the lines
    // of all but the last block ending in " \".
    std::string join_multiline(Strcols cols) const {
        const std::vector<std::string> index = std::move(cols.front());
        cols.erase(cols.begin());
        const std::int64_t line_width = options_.width - (max_width(index) + 1);
        std::vector<std::int64_t> widths;
        for (const auto& col : cols) widths.push_back(max_width(col));
        const std::vector<std::size_t> bins = binify(widths, line_width);
        const auto nrows =
            static_cast<std::size_t>(truncated_rows() ? *max_rows_fitted_ + 1 : num_rows_);
        std::string out;
        std::size_t start = 0;
        for (std::size_t i = 0; i < bins.size(); ++i) {
            Strcols block{index};
            block.insert(block.end(), cols.begin() + static_cast<std::ptrdiff_t>(start),
                         cols.begin() + static_cast<std::ptrdiff_t>(bins[i]));
            if (bins.size() > 1) {
                if (bins[i] <= cols.size() && i + 1 < bins.size()) {
                    std::vector<std::string> ends(nrows, "  ");
                    if (!ends.empty()) ends[0] = " \\";
                    block.push_back(std::move(ends));
                } else {
                    block.emplace_back(nrows, " ");
                }
            }
            if (i > 0) out += "\n\n";
            out += adjoin(1, block);
            start = bins[i];
        }
        return out;
    }

    // The empty frame's three lines, as pprint_thing lists the columns and the index.
    std::string empty_text() const {
        // One label past max_seq_items is enough for list_text to add its "...".
        const Index& index = frame_.index();
        const std::int64_t count = options_.max_seq_items > 0
                                       ? std::min(index.size(), options_.max_seq_items + 1)
                                       : index.size();
        std::vector<std::string> labels;
        if (index.is_range()) {
            for (std::int64_t i = 0; i < count; ++i) {
                labels.push_back(std::to_string(index.start() + i * index.step()));
            }
        } else {
            const Column column = index.labels();
            for (std::int64_t i = 0; i < count; ++i) labels.push_back(item_text(column, i));
        }
        return "Empty DataFrame\nColumns: " + list_text(frame_.columns(), options_.max_seq_items) +
               "\nIndex: " + list_text(labels, options_.max_seq_items);
    }

    const DataFrame& frame_;
    const DisplayOptions& options_;
    std::int64_t num_rows_;
    std::vector<std::int64_t> rows_;
    std::vector<std::size_t> columns_;
    std::optional<std::int64_t> max_rows_fitted_;
    std::optional<std::int64_t> max_cols_fitted_;
    std::int64_t row_num_ = 0;
    std::int64_t col_num_ = 0;
    std::map<std::string, bool> numeric_;
};

}  // namespace

std::ostream& operator<<(std::ostream& out, const DataFrame& frame) {
    return out << FrameFormatter(frame, display_options()).to_string() << '\n';
}

}  // namespace tabula
