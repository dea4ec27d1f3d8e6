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

// ordered_json keeps an object's keys in the order they were written, which gives the columns
// their order.
using Json = nlohmann::ordered_json;

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

// One column's values while the records are read; its type widens from null to the first
// value's type, and from int64 to float64 when a float arrives.
class ColumnBuilder {
  public:
    explicit ColumnBuilder(std::string name, std::int64_t leading_nulls)
        : name_(std::move(name)), size_(leading_nulls) {}

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

    void push(const Json& value, const RecordPlace& place) {
        if (value.is_null()) {
            push_null();
            return;
        }
        const Kind kind = kind_of(value, place);
        if (kind_ == Kind::Null) {
            start(kind);
        } else if (kind_ == Kind::Int && kind == Kind::Float) {
            floats_.reserve(ints_.size() + 1);
            for (const auto& v : ints_) {
                floats_.push_back(v ? std::optional<double>(static_cast<double>(*v))
                                    : std::nullopt);
            }
            ints_ = {};
            kind_ = Kind::Float;
        } else if (kind_ != kind && !(kind_ == Kind::Float && kind == Kind::Int)) {
            throw ValueError(
                fmt::format("read_json: column '{}' holds {} values and, at {}, a {} value", name_,
                            kind_name(kind_), place.describe(), kind_name(kind)));
        }
        ++size_;
        switch (kind_) {
            case Kind::Null:
                break;
            case Kind::Bool:
                bools_.push_back(value.get<bool>());
                break;
            case Kind::Int:
                ints_.push_back(value.get<std::int64_t>());
                break;
            case Kind::Float:
                floats_.push_back(value.get<double>());
                break;
            case Kind::String:
                strings_.push_back(value.get_ref<const std::string&>());
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
    enum class Kind { Null, Bool, Int, Float, String };

    static std::string_view kind_name(Kind kind) {
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

    Kind kind_of(const Json& value, const RecordPlace& place) const {
        switch (value.type()) {
            case Json::value_t::boolean:
                return Kind::Bool;
            case Json::value_t::number_integer:
                return Kind::Int;
            case Json::value_t::number_unsigned:
                if (value.get<std::uint64_t>() >
                    static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
                    throw ValueError(fmt::format(
                        "read_json: column '{}' at {} holds {}, which does not fit int64", name_,
                        place.describe(), value.get<std::uint64_t>()));
                }
                return Kind::Int;
            case Json::value_t::number_float:
                return Kind::Float;
            case Json::value_t::string:
                return Kind::String;
            case Json::value_t::object:
            case Json::value_t::array:
                throw ValueError(fmt::format(
                    "read_json: column '{}' at {} holds a nested {}; only numbers, strings, "
                    "true/false and null are supported",
                    name_, place.describe(), value.is_object() ? "object" : "array"));
            default:
                throw ValueError(fmt::format("read_json: column '{}' at {} holds a {} value", name_,
                                             place.describe(), value.type_name()));
        }
    }

    void start(Kind kind) {
        kind_ = kind;
        const auto n = static_cast<std::size_t>(size_);
        switch (kind) {
            case Kind::Null:
                break;
            case Kind::Bool:
                bools_.resize(n);
                break;
            case Kind::Int:
                ints_.resize(n);
                break;
            case Kind::Float:
                floats_.resize(n);
                break;
            case Kind::String:
                strings_.resize(n);
                break;
        }
    }

    std::string name_;
    Kind kind_ = Kind::Null;
    std::int64_t size_ = 0;
    std::vector<std::optional<bool>> bools_;
    std::vector<std::optional<std::int64_t>> ints_;
    std::vector<std::optional<double>> floats_;
    std::vector<std::optional<std::string>> strings_;
};

// Columns in the order their keys first appear; a key missing from a record is a null there.
class FrameBuilder {
  public:
    void add(const Json& record, const RecordPlace& place) {
        if (!record.is_object()) {
            throw ValueError(fmt::format("read_json(orient='records'): {} is {} {}, not an object",
                                         place.describe(), article(record), record.type_name()));
        }
        for (const auto& [key, value] : record.items()) {
            auto found = positions_.find(key);
            if (found == positions_.end()) {
                found = positions_.emplace(key, builders_.size()).first;
                builders_.emplace_back(key, rows_);
                names_.push_back(key);
            }
            builders_[found->second].push(value, place);
        }
        ++rows_;
        for (ColumnBuilder& builder : builders_) {
            if (builder.size() < rows_) builder.push_null();
        }
    }

    DataFrame finish() const {
        std::vector<Column> columns;
        columns.reserve(builders_.size());
        for (const ColumnBuilder& builder : builders_) columns.push_back(builder.finish());
        return DataFrame(names_, std::move(columns));
    }

  private:
    static const char* article(const Json& value) {
        return value.is_array() || value.is_object() ? "an" : "a";
    }

    std::unordered_map<std::string, std::size_t> positions_;
    std::vector<ColumnBuilder> builders_;
    std::vector<std::string> names_;
    std::int64_t rows_ = 0;
};

// nlohmann's parse_error names the byte where parsing stopped (1-based, counted from `text`);
// the message after its own "line L, column C: " prefix says what went wrong.
[[noreturn]] void throw_parse_error(const nlohmann::json::parse_error& error, std::string_view text,
                                    const std::string& file, std::int64_t first_line) {
    const std::size_t at = std::min<std::size_t>(error.byte > 0 ? error.byte - 1 : 0, text.size());
    std::int64_t line = first_line;
    std::size_t line_start = 0;
    for (std::size_t k = 0; k < at; ++k) {
        if (text[k] == '\n') {
            ++line;
            line_start = k + 1;
        }
    }
    std::string_view what = error.what();
    const auto prefix = what.find("parse error");
    const auto colon = what.find(": ", prefix == std::string_view::npos ? 0 : prefix);
    if (colon != std::string_view::npos) what = what.substr(colon + 2);
    // nlohmann quotes the text it last read, which may be a broken UTF-8 sequence.
    std::string message;
    for (const char c : what) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte >= 0x80) {
            fmt::format_to(std::back_inserter(message), "\\x{:02x}", byte);
        } else {
            message += c;
        }
    }
    throw ParseError(file, line, static_cast<std::int64_t>(at - line_start) + 1, message);
}

Json parse(std::string_view text, const std::string& file, std::int64_t first_line) {
    try {
        return Json::parse(text.begin(), text.end());
    } catch (const nlohmann::json::parse_error& error) {
        throw_parse_error(error, text, file, first_line);
    }
}

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
    FrameBuilder frame;
    if (options.lines) {
        std::int64_t line_number = 0;
        std::int64_t record = 0;
        for (std::size_t start = 0; start < text.size();) {
            const std::size_t newline = text.find('\n', start);
            const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
            const std::string_view line = text.substr(start, end - start);
            ++line_number;
            start = end + 1;
            if (is_blank(line)) continue;
            frame.add(parse(line, file, line_number), {record++, line_number});
        }
        return frame.finish();
    }
    const Json records = parse(text, file, 1);
    if (!records.is_array()) {
        throw ValueError(
            fmt::format("read_json(orient='records') expects an array of objects, not a JSON {}",
                        records.type_name()));
    }
    std::int64_t record = 0;
    for (const Json& value : records) frame.add(value, {record++, 0});
    return frame.finish();
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
