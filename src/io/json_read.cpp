#include <fmt/format.h>

#include <cstdint>
#include <limits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tabula/core/error.hpp"
#include "tabula/io/json.hpp"
#include "text_file.hpp"

namespace tabula {

namespace {

using Json = nlohmann::json;

// Where a record came from, for error messages: its position among the records and, for line-
// delimited input, its line.
struct RecordPlace {
    std::int64_t record = 0;
    std::int64_t line = 0;

    std::string describe() const {
        return line > 0 ? fmt::format("record {} (line {})", record, line)
                        : fmt::format("record {}", record);
    }
};

enum class Kind { Null, Bool, Int, Float, String };

std::string_view kind_name(Kind kind) {
    switch (kind) {
        case Kind::Null:
            return "null";
        case Kind::Bool:
            return "bool";
        case Kind::Int:
            return "int64";
        case Kind::Float:
            return "float64";
        case Kind::String:
            return "string";
    }
    return "null";
}

// One column's values while the records are read; its type widens from null to the first
// value's type, and from int64 to float64 when a float arrives.
class ColumnBuilder {
  public:
    ColumnBuilder(std::string name, std::int64_t leading_nulls)
        : name_(std::move(name)), size_(leading_nulls) {}

    const std::string& name() const { return name_; }
    std::int64_t size() const { return size_; }

    void push_null() {
        ++size_;
        switch (kind_) {
            case Kind::Null:
                break;
            case Kind::Bool:
                bools_.emplace_back();
                break;
            case Kind::Int:
                ints_.emplace_back();
                break;
            case Kind::Float:
                floats_.emplace_back();
                break;
            case Kind::String:
                strings_.emplace_back();
                break;
        }
    }
    void push(bool value, const RecordPlace& place) {
        accept(Kind::Bool, place);
        bools_.push_back(value);
    }
    void push(std::int64_t value, const RecordPlace& place) {
        accept(Kind::Int, place);
        if (kind_ == Kind::Float) {
            floats_.push_back(static_cast<double>(value));
        } else {
            ints_.push_back(value);
        }
    }
    void push(double value, const RecordPlace& place) {
        accept(Kind::Float, place);
        floats_.push_back(value);
    }
    void push(std::string&& value, const RecordPlace& place) {
        accept(Kind::String, place);
        strings_.push_back(std::move(value));
    }

    // Forgets the last value: a key repeated within one object keeps its last value, as Python's
    // json module (and so pandas) does.
    void drop_last() {
        --size_;
        switch (kind_) {
            case Kind::Null:
                break;
            case Kind::Bool:
                bools_.pop_back();
                break;
            case Kind::Int:
                ints_.pop_back();
                break;
            case Kind::Float:
                floats_.pop_back();
                break;
            case Kind::String:
                strings_.pop_back();
                break;
        }
    }

    // A column of nothing but nulls is float64, as pandas reads an all-empty CSV column.
    Column finish() const {
        switch (kind_) {
            case Kind::Null:
                return Column::nulls(DType::Float64, size_);
            case Kind::Bool:
                return Column::from_optionals(bools_);
            case Kind::Int:
                return Column::from_optionals(ints_);
            case Kind::Float:
                return Column::from_optionals(floats_);
            case Kind::String:
                return Column::from_optional_strings(strings_);
        }
        return Column::nulls(DType::Float64, size_);
    }

  private:
    // Makes room for one value of `kind`: the first value fixes the column's type (earlier rows
    // become nulls of it), a float turns an int64 column into float64, and an int64 joins a
    // float64 column as a float; any other mix is a ValueError.
    void accept(Kind kind, const RecordPlace& place) {
        ++size_;
        if (kind_ == kind || (kind_ == Kind::Float && kind == Kind::Int)) return;
        const auto earlier = static_cast<std::size_t>(size_ - 1);
        if (kind_ == Kind::Null) {
            kind_ = kind;
            bools_.resize(kind == Kind::Bool ? earlier : 0);
            ints_.resize(kind == Kind::Int ? earlier : 0);
            floats_.resize(kind == Kind::Float ? earlier : 0);
            strings_.resize(kind == Kind::String ? earlier : 0);
            return;
        }
        if (kind_ == Kind::Int && kind == Kind::Float) {
            floats_.reserve(earlier + 1);
            for (const auto& v : ints_) {
                floats_.push_back(v ? std::optional<double>(static_cast<double>(*v))
                                    : std::nullopt);
            }
            ints_ = {};
            kind_ = Kind::Float;
            return;
        }
        throw ValueError(
            fmt::format("read_json: column '{}' holds {} values and, at {}, a {} value", name_,
                        kind_name(kind_), place.describe(), kind_name(kind)));
    }

    std::string name_;
    Kind kind_ = Kind::Null;
    std::int64_t size_ = 0;
    std::vector<std::optional<bool>> bools_;
    std::vector<std::optional<std::int64_t>> ints_;
    std::vector<std::optional<double>> floats_;
    std::vector<std::optional<std::string>> strings_;
};

// Streams the parser's events into one ColumnBuilder per key, so a large file never exists as a
// JSON document in memory. Columns come in the order their keys first appear; a key missing from
// a record is a null there. In records form the events are an array of objects; in lines form
// each line's events are one object.
class RecordsHandler {
  public:
    RecordsHandler(std::string file, bool lines) : file_(std::move(file)), lines_(lines) {}

    // Parses one text: the whole input, or one line of line-delimited input (`line` > 0).
    void parse(std::string_view text, std::int64_t line) {
        text_ = text;
        place_.line = line;
        line_base_ = line > 0 ? line : 1;
        depth_ = 0;
        Json::sax_parse(text.begin(), text.end(), this);
    }

    DataFrame finish() const {
        std::vector<std::string> names;
        std::vector<Column> columns;
        for (const ColumnBuilder& builder : builders_) {
            names.push_back(builder.name());
            columns.push_back(builder.finish());
        }
        return DataFrame(std::move(names), std::move(columns));
    }

    // nlohmann's SAX interface.
    bool null() {
        if (in_record()) {
            current().push_null();
        } else {
            not_an_object("null");
        }
        return true;
    }
    bool boolean(bool value) {
        value_here(value, "boolean");
        return true;
    }
    bool number_integer(Json::number_integer_t value) {
        value_here(std::int64_t{value}, "number");
        return true;
    }
    bool number_unsigned(Json::number_unsigned_t value) {
        if (value > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
            beyond_int64(std::to_string(value));
        }
        value_here(static_cast<std::int64_t>(value), "number");
        return true;
    }
    // nlohmann reads an integer literal beyond the 64-bit range as a float; pandas refuses it.
    bool number_float(Json::number_float_t value, const Json::string_t& literal) {
        if (literal.find_first_of(".eE") == std::string::npos) beyond_int64(literal);
        value_here(double{value}, "number");
        return true;
    }
    bool string(Json::string_t& value) {
        value_here(std::move(value), "string");
        return true;
    }
    bool binary(Json::binary_t&) {
        not_an_object("binary");
        return true;
    }
    bool start_object(std::size_t) {
        if (in_record()) nested("object");
        if (depth_ != (lines_ ? 0 : 1)) not_an_object("object");
        ++depth_;
        first_key_ = true;
        return true;
    }
    bool key(Json::string_t& name) {
        // Records mostly repeat the previous record's key order, so the column after the last
        // one is tried before the hash lookup.
        const std::size_t next = first_key_ ? 0 : current_ + 1;
        first_key_ = false;
        if (next < builders_.size() && builders_[next].name() == name) {
            current_ = next;
        } else {
            auto found = positions_.find(name);
            if (found == positions_.end()) {
                found = positions_.emplace(name, builders_.size()).first;
                builders_.emplace_back(name, rows_);
            }
            current_ = found->second;
        }
        if (builders_[current_].size() > rows_) builders_[current_].drop_last();
        return true;
    }
    bool end_object() {
        --depth_;
        ++rows_;
        for (ColumnBuilder& builder : builders_) {
            if (builder.size() < rows_) builder.push_null();
        }
        ++place_.record;
        return true;
    }
    bool start_array(std::size_t) {
        if (in_record()) nested("array");
        if (lines_ || depth_ != 0) not_an_object("array");
        ++depth_;
        return true;
    }
    bool end_array() {
        --depth_;
        return true;
    }
    [[noreturn]] bool parse_error(std::size_t position, const std::string&,
                                  const nlohmann::detail::exception& error) {
        throw_parse_error(position, error.what());
    }

  private:
    bool in_record() const { return depth_ == (lines_ ? 1 : 2); }
    ColumnBuilder& current() { return builders_[current_]; }

    template <class V>
    void value_here(V&& value, const char* type) {
        if (!in_record()) not_an_object(type);
        current().push(std::forward<V>(value), place_);
    }

    [[noreturn]] void not_an_object(std::string_view type) const {
        if (!lines_ && depth_ == 0) {
            throw ValueError(fmt::format(
                "read_json(orient='records') expects an array of objects, not a JSON {}", type));
        }
        throw ValueError(fmt::format("read_json(orient='records'): {} is {} {}, not an object",
                                     place_.describe(), type == "array" ? "an" : "a", type));
    }
    [[noreturn]] void nested(std::string_view type) const {
        throw ValueError(fmt::format(
            "read_json: column '{}' at {} holds a nested {}; only numbers, strings, true/false "
            "and null are supported",
            builders_[current_].name(), place_.describe(), type));
    }
    [[noreturn]] void beyond_int64(std::string_view literal) const {
        throw ValueError(
            fmt::format("read_json: column '{}' at {} holds {}, which does not fit int64",
                        builders_[current_].name(), place_.describe(), literal));
    }

    // nlohmann names the byte where parsing stopped (1-based); the message after its own
    // "line L, column C: " prefix says what went wrong.
    [[noreturn]] void throw_parse_error(std::size_t byte, std::string_view what) const {
        const std::size_t at = std::min<std::size_t>(byte > 0 ? byte - 1 : 0, text_.size());
        std::int64_t line = line_base_;
        std::size_t line_start = 0;
        for (std::size_t k = 0; k < at; ++k) {
            if (text_[k] == '\n') {
                ++line;
                line_start = k + 1;
            }
        }
        const auto prefix = what.find("parse error");
        const auto colon = what.find(": ", prefix == std::string_view::npos ? 0 : prefix);
        if (colon != std::string_view::npos) what = what.substr(colon + 2);
        // nlohmann quotes the text it last read, which may be a broken UTF-8 sequence.
        std::string message;
        for (const char c : what) {
            const auto byte_value = static_cast<unsigned char>(c);
            if (byte_value < 0x20 || byte_value >= 0x80) {
                fmt::format_to(std::back_inserter(message), "\\x{:02x}", byte_value);
            } else {
                message += c;
            }
        }
        throw ParseError(file_, line, static_cast<std::int64_t>(at - line_start) + 1, message);
    }

    std::string file_;
    bool lines_;
    std::string_view text_;
    std::int64_t line_base_ = 1;
    RecordPlace place_;
    int depth_ = 0;
    std::unordered_map<std::string, std::size_t> positions_;
    std::vector<ColumnBuilder> builders_;
    std::size_t current_ = 0;
    bool first_key_ = true;
    std::int64_t rows_ = 0;
};

bool is_blank(std::string_view line) {
    return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

DataFrame read_json_text(std::string_view text, const ReadJsonOptions& options,
                         const std::string& file) {
    if (options.orient != "records") {
        throw ValueError(fmt::format(
            "read_json supports orient='records' (with or without lines=true), not orient='{}'",
            options.orient));
    }
    RecordsHandler handler(file, options.lines);
    if (!options.lines) {
        handler.parse(text, 0);
        return handler.finish();
    }
    std::int64_t line_number = 0;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t newline = text.find('\n', start);
        const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
        const std::string_view line = text.substr(start, end - start);
        ++line_number;
        start = end + 1;
        if (!is_blank(line)) handler.parse(line, line_number);
    }
    return handler.finish();
}

}  // namespace

DataFrame read_json(const std::string& path, const ReadJsonOptions& options) {
    const std::string text = io_detail::read_text_file(path);
    return read_json_text(text, options, path);
}

DataFrame read_json_string(std::string_view text, const ReadJsonOptions& options) {
    return read_json_text(text, options, "<string>");
}

}  // namespace tabula
