#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "format_value.hpp"
#include "row_blocks.hpp"
#include "tabula/core/error.hpp"
#include "tabula/io/json.hpp"
#include "text_file.hpp"

namespace tabula {

namespace {

constexpr int max_double_precision = 15;

// The text pandas' JSON writer gives a double: at most `precision` fraction digits with trailing
// zeros dropped (one kept: "1.0"), a fraction that is exactly one half of its last digit rounded
// up when the digits before are zero or odd, and printf's %.<precision>g outside
// 1e-15 <= |x| < 1e16. A negative zero prints as "0.0", as pandas' does.
void append_json_double(std::string& out, double value, int precision) {
    const bool negative = value < 0;
    const double magnitude = std::fabs(value);
    if (magnitude > 1e16 - 1 || (magnitude != 0.0 && magnitude < 1e-15)) {
        char text[40];
        const int n = std::snprintf(text, sizeof text, "%.*g", precision, value);
        out.append(text, static_cast<std::size_t>(n));
        return;
    }
    const double scale = std::pow(10.0, precision);
    auto whole = static_cast<unsigned long long>(magnitude);
    const double scaled = (magnitude - static_cast<double>(whole)) * scale;
    auto frac = static_cast<unsigned long long>(scaled);
    const double remainder = scaled - static_cast<double>(frac);
    if (remainder > 0.5 || (remainder == 0.5 && (frac == 0 || (frac & 1) != 0))) ++frac;
    if (static_cast<double>(frac) >= scale) {
        frac = 0;
        ++whole;
    }
    if (negative) out += '-';
    if (precision == 0) {
        const double rest = magnitude - static_cast<double>(whole);
        if (rest > 0.5 || (rest == 0.5 && (whole & 1) != 0)) ++whole;
        out += std::to_string(whole);
        return;
    }
    out += std::to_string(whole);
    out += '.';
    if (frac == 0) {
        out += '0';
        return;
    }
    std::string digits = std::to_string(frac);
    digits.insert(0, static_cast<std::size_t>(precision) - digits.size(), '0');
    digits.erase(digits.find_last_not_of('0') + 1);
    out += digits;
}

void append_u_escape(std::string& out, unsigned unit) {
    fmt::format_to(std::back_inserter(out), "\\u{:04x}", unit);
}

// ujson's ensure_ascii escaping: '"', '\\' and '/' escaped, the short forms of \b \f \n \r \t,
// other control characters and every non-ASCII character as \uXXXX (surrogate pairs beyond the
// BMP). Returns false, having written a partial string, when `text` is not valid UTF-8.
bool append_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            switch (c) {
                case '"':
                    out += "\\\"";
                    break;
                case '\\':
                    out += "\\\\";
                    break;
                case '/':
                    out += "\\/";
                    break;
                case '\b':
                    out += "\\b";
                    break;
                case '\f':
                    out += "\\f";
                    break;
                case '\n':
                    out += "\\n";
                    break;
                case '\r':
                    out += "\\r";
                    break;
                case '\t':
                    out += "\\t";
                    break;
                default:
                    if (c < 0x20) {
                        append_u_escape(out, c);
                    } else {
                        out += static_cast<char>(c);
                    }
            }
            ++i;
            continue;
        }
        int length = 0;
        unsigned code = 0;
        unsigned minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, code = c & 0x1F, minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, code = c & 0x0F, minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, code = c & 0x07, minimum = 0x10000;
        } else {
            return false;
        }
        if (i + static_cast<std::size_t>(length) > text.size()) return false;
        for (int k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
            if ((next & 0xC0) != 0x80) return false;
            code = (code << 6) | (next & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
        if (code >= 0x10000) {
            code -= 0x10000;
            append_u_escape(out, 0xD800 + (code >> 10));
            append_u_escape(out, 0xDC00 + (code & 0x3FF));
        } else {
            append_u_escape(out, code);
        }
        i += static_cast<std::size_t>(length);
    }
    out += '"';
    return true;
}

std::int64_t date_unit_divisor(const std::string& unit) {
    if (unit == "s") return 1'000'000'000;
    if (unit == "ms") return 1'000'000;
    if (unit == "us") return 1000;
    if (unit == "ns") return 1;
    throw ValueError(fmt::format("Invalid value '{}' for option 'date_unit'", unit));
}

void check_options(const ToJsonOptions& options) {
    static constexpr std::string_view orients[] = {"split",   "records", "index",
                                                   "columns", "values",  "table"};
    if (options.lines && options.orient != "records") {
        throw ValueError("'lines' keyword only valid when 'orient' is records");
    }
    if (std::find(std::begin(orients), std::end(orients), options.orient) == std::end(orients)) {
        throw ValueError(fmt::format("Invalid value '{}' for option 'orient'", options.orient));
    }
    if (options.orient != "records") {
        throw ValueError(fmt::format(
            "to_json supports orient='records' (with or without lines=true), not orient='{}'",
            options.orient));
    }
    if (options.double_precision < 0 || options.double_precision > max_double_precision) {
        throw ValueError(
            fmt::format("Invalid value '{}' for option 'double_precision', max is '{}'",
                        options.double_precision, max_double_precision));
    }
}

class JsonFormatter {
  public:
    JsonFormatter(const DataFrame& frame, const ToJsonOptions& options)
        : frame_(frame), options_(options) {
        check_options(options);
        divisor_ = date_unit_divisor(options.date_unit);
        std::unordered_set<std::string_view> seen;
        for (const std::string& name : frame.columns()) {
            if (!seen.insert(name).second) {
                throw ValueError("DataFrame columns must be unique for orient='records'.");
            }
        }
        for (std::size_t c = 0; c < frame.columns().size(); ++c) {
            std::string key = c == 0 ? "{" : ",";
            if (!append_json_string(key, frame.columns()[c])) {
                throw ValueError(
                    fmt::format("to_json: the name of column {} is not valid UTF-8", c));
            }
            key += ':';
            keys_.push_back(std::move(key));
        }
    }

    const ToJsonOptions& options() const { return options_; }
    std::int64_t num_rows() const { return frame_.num_rows(); }

    void append_rows(std::string& out, std::int64_t begin, std::int64_t end) const {
        for (std::int64_t i = begin; i < end; ++i) {
            if (!options_.lines && i > 0) out += ',';
            for (std::size_t c = 0; c < keys_.size(); ++c) {
                out += keys_[c];
                append_value(out, c, i);
            }
            out += keys_.empty() ? "{}" : "}";
            if (options_.lines) out += '\n';
        }
    }

  private:
    void append_value(std::string& out, std::size_t c, std::int64_t i) const {
        const Column& column = frame_.column(c);
        if (column.is_null(i)) {
            out += "null";
            return;
        }
        switch (column.dtype()) {
            case DType::Bool:
                out += column.data<bool>()[i] ? "true" : "false";
                return;
            case DType::Int32:
                io_detail::append_integer(out, column.data<std::int32_t>()[i]);
                return;
            case DType::Int64:
                io_detail::append_integer(out, column.data<std::int64_t>()[i]);
                return;
            case DType::Float32:
                append_float(out, static_cast<double>(column.data<float>()[i]));
                return;
            case DType::Float64:
                append_float(out, column.data<double>()[i]);
                return;
            case DType::String:
            case DType::Categorical:
                if (!append_json_string(out, column.string_at(i))) {
                    throw ValueError(fmt::format(
                        "to_json: the string in column '{}' at row {} is not valid UTF-8",
                        frame_.columns()[c], i));
                }
                return;
            case DType::Datetime:
                io_detail::append_integer(out, column.data<std::int64_t>()[i] / divisor_);
                return;
        }
    }

    // pandas writes NaN and both infinities as null.
    void append_float(std::string& out, double value) const {
        if (std::isfinite(value)) {
            append_json_double(out, value, options_.double_precision);
        } else {
            out += "null";
        }
    }

    const DataFrame& frame_;
    const ToJsonOptions& options_;
    std::int64_t divisor_ = 1;
    std::vector<std::string> keys_;
};

// pandas' records text is "[row,row]"; its lines text ends every row with "\n" and is "\n" alone
// for no rows.
template <class Sink>
void write_json(const JsonFormatter& formatter, Sink&& sink) {
    const bool lines = formatter.options().lines;
    const std::int64_t rows = formatter.num_rows();
    if (!lines) sink("[");
    if (lines && rows == 0) sink("\n");
    io_detail::format_in_blocks(
        rows,
        [&](std::string& out, std::int64_t begin, std::int64_t end) {
            formatter.append_rows(out, begin, end);
        },
        [&](const std::string& text) { sink(text); });
    if (!lines) sink("]");
}

}  // namespace

std::string to_json_string(const DataFrame& frame, const ToJsonOptions& options) {
    const JsonFormatter formatter(frame, options);
    std::string out;
    write_json(formatter, [&](std::string_view text) { out += text; });
    return out;
}

void to_json(const DataFrame& frame, const std::string& path, const ToJsonOptions& options) {
    const JsonFormatter formatter(frame, options);
    io_detail::TextFileWriter file(path);
    write_json(formatter, [&](std::string_view text) { file.write(text); });
    file.close();
}

}  // namespace tabula
