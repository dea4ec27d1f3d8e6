#include "tabula/io/to_csv.hpp"

#include <array>
#include <cmath>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "format_value.hpp"
#include "row_blocks.hpp"
#include "tabula/core/float_repr.hpp"
#include "text_file.hpp"

namespace tabula {

namespace {

using io_detail::DatetimeLayout;
using io_detail::FloatFormat;

// One column's values as pandas writes them; append() returns false for a null (and for NaN,
// which pandas counts as missing), having written nothing.
class FieldWriter {
  public:
    FieldWriter(const Column& column, const std::optional<FloatFormat>& float_format)
        : column_(column), float_format_(float_format) {
        if (column.dtype() == DType::Datetime) layout_ = io_detail::datetime_layout(column);
    }

    bool append(std::string& out, std::int64_t i) const {
        if (column_.is_null(i)) return false;
        switch (column_.dtype()) {
            case DType::Bool:
                out += column_.data<bool>()[i] ? "True" : "False";
                return true;
            case DType::Int32:
                io_detail::append_integer(out, column_.data<std::int32_t>()[i]);
                return true;
            case DType::Int64:
                io_detail::append_integer(out, column_.data<std::int64_t>()[i]);
                return true;
            case DType::Float32:
                return append_float(out, column_.data<float>()[i]);
            case DType::Float64:
                return append_float(out, column_.data<double>()[i]);
            case DType::String:
            case DType::Categorical:
                out += column_.string_at(i);
                return true;
            case DType::Datetime:
                io_detail::append_datetime(out, column_.data<std::int64_t>()[i], layout_);
                return true;
        }
        return false;
    }

  private:
    // pandas formats a float32 column through numpy's str of the float32 (its own shortest
    // digits) and applies float_format to the value widened to double.
    template <class F>
    bool append_float(std::string& out, F value) const {
        if (std::isnan(value)) return false;
        if (float_format_) {
            float_format_->append(out, static_cast<double>(value));
        } else {
            out += float_repr(value);
        }
        return true;
    }

    const Column& column_;
    const std::optional<FloatFormat>& float_format_;
    DatetimeLayout layout_ = DatetimeLayout::Seconds;
};

class CsvFormatter {
  public:
    // The formatter holds references into itself (the writers to float_format_).
    CsvFormatter(const CsvFormatter&) = delete;
    CsvFormatter& operator=(const CsvFormatter&) = delete;
    CsvFormatter(const DataFrame& frame, const ToCsvOptions& options)
        : frame_(frame), options_(options) {
        if (options.float_format) float_format_.emplace(*options.float_format);
        special_[static_cast<unsigned char>(options.sep)] = true;
        special_[static_cast<unsigned char>(options.quotechar)] = true;
        special_['\r'] = true;
        special_['\n'] = true;
        for (char c : options.lineterminator) special_[static_cast<unsigned char>(c)] = true;
        if (options.index && !frame.index().is_range()) index_labels_ = frame.index().labels();
        if (index_labels_) index_writer_.emplace(*index_labels_, float_format_);
        writers_.reserve(static_cast<std::size_t>(frame.num_columns()));
        for (std::int64_t c = 0; c < frame.num_columns(); ++c) {
            writers_.emplace_back(frame.column(static_cast<std::size_t>(c)), float_format_);
        }
        fields_per_row_ = frame.num_columns() + (options.index ? 1 : 0);
    }

    std::int64_t num_rows() const { return frame_.num_rows(); }

    void append_header(std::string& out) const {
        if (!options_.header) return;
        const std::size_t row_start = out.size();
        if (options_.index) {
            const std::string& label =
                options_.index_label.empty() ? frame_.index().name() : options_.index_label;
            append_text_field(out, label);
        }
        for (std::size_t c = 0; c < frame_.columns().size(); ++c) {
            if (options_.index || c > 0) out += options_.sep;
            append_text_field(out, frame_.columns()[c]);
        }
        end_row(out, row_start);
    }

    void append_rows(std::string& out, std::int64_t begin, std::int64_t end) const {
        const Index& index = frame_.index();
        for (std::int64_t i = begin; i < end; ++i) {
            const std::size_t row_start = out.size();
            if (options_.index) {
                if (index_writer_) {
                    append_field(out, *index_writer_, i);
                } else {
                    io_detail::append_integer(out, index.start() + i * index.step());
                }
            }
            for (std::size_t c = 0; c < writers_.size(); ++c) {
                if (options_.index || c > 0) out += options_.sep;
                append_field(out, writers_[c], i);
            }
            end_row(out, row_start);
        }
    }

  private:
    void append_field(std::string& out, const FieldWriter& writer, std::int64_t i) const {
        const std::size_t start = out.size();
        if (!writer.append(out, i)) out += options_.na_rep;
        quote_if_needed(out, start);
    }

    void append_text_field(std::string& out, std::string_view text) const {
        const std::size_t start = out.size();
        out += text;
        quote_if_needed(out, start);
    }

    // Python's csv.QUOTE_MINIMAL on the field written from `start` to the end of `out`.
    void quote_if_needed(std::string& out, std::size_t start) const {
        std::size_t k = start;
        while (k < out.size() && !special_[static_cast<unsigned char>(out[k])]) ++k;
        if (k == out.size()) return;
        const std::string field = out.substr(start);
        out.resize(start);
        out += options_.quotechar;
        for (char c : field) {
            if (c == options_.quotechar) out += c;
            out += c;
        }
        out += options_.quotechar;
    }

    // Python's csv writer quotes a row that is a single empty field, so that it is not read
    // back as a blank line.
    void end_row(std::string& out, std::size_t row_start) const {
        if (fields_per_row_ == 1 && out.size() == row_start) {
            out += options_.quotechar;
            out += options_.quotechar;
        }
        out += options_.lineterminator;
    }

    const DataFrame& frame_;
    const ToCsvOptions& options_;
    std::optional<FloatFormat> float_format_;
    std::array<bool, 256> special_{};
    std::optional<Column> index_labels_;
    std::optional<FieldWriter> index_writer_;
    std::vector<FieldWriter> writers_;
    std::int64_t fields_per_row_ = 0;
};

void write_rows(const CsvFormatter& formatter,
                const std::function<void(const std::string& text)>& sink) {
    io_detail::format_in_blocks(
        formatter.num_rows(),
        [&](std::string& out, std::int64_t begin, std::int64_t end) {
            formatter.append_rows(out, begin, end);
        },
        sink);
}

}  // namespace

std::string to_csv_string(const DataFrame& frame, const ToCsvOptions& options) {
    const CsvFormatter formatter(frame, options);
    std::string out;
    formatter.append_header(out);
    write_rows(formatter, [&](const std::string& text) { out += text; });
    return out;
}

void to_csv(const DataFrame& frame, const std::string& path, const ToCsvOptions& options) {
    const CsvFormatter formatter(frame, options);
    io_detail::TextFileWriter file(path);
    std::string header;
    formatter.append_header(header);
    file.write(header);
    write_rows(formatter, [&](const std::string& text) { file.write(text); });
    file.close();
}

}  // namespace tabula
