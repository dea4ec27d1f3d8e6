#include "tabula/frame/scalar.hpp"

#include <cstdio>
#include <cstring>
#include <string>

#include "column_dispatch.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"

namespace tabula {

namespace {

// Python's type() name of the value, for messages.
const char* python_type(const Scalar& s) noexcept {
    if (s.is_null()) return "NoneType";
    if (s.is_bool()) return "bool";
    if (s.is_int()) return "int";
    if (s.is_float()) return "float";
    return "str";
}

// Python's repr of a str: single quotes unless the text holds a ' and no ", backslash escapes
// for the quote, the backslash and control characters; other bytes (UTF-8 text) as they are.
std::string string_repr(const std::string& text) {
    const bool has_single = text.find('\'') != std::string::npos;
    const bool has_double = text.find('"') != std::string::npos;
    const char quote = has_single && !has_double ? '"' : '\'';
    std::string out(1, quote);
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == quote || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (byte < 0x20 || byte == 0x7f) {
            char escaped[5];
            std::snprintf(escaped, sizeof escaped, "\\x%02x", byte);
            out += escaped;
        } else {
            out += c;
        }
    }
    out += quote;
    return out;
}

}  // namespace

double Scalar::as_double() const {
    if (is_bool()) return std::get<bool>(value_) ? 1.0 : 0.0;
    if (is_int()) return static_cast<double>(std::get<std::int64_t>(value_));
    if (is_float()) return std::get<double>(value_);
    throw TypeError(std::string("must be real number, not ") + python_type(*this));
}

const std::string& Scalar::as_string() const {
    if (!is_string()) throw TypeError(std::string("expected str, not ") + python_type(*this));
    return std::get<std::string>(value_);
}

DType Scalar::dtype() const noexcept {
    if (is_bool()) return DType::Bool;
    if (is_int()) return DType::Int64;
    if (is_string()) return DType::String;
    return DType::Float64;
}

std::string Scalar::repr() const {
    if (is_null()) return "None";
    if (is_bool()) return std::get<bool>(value_) ? "True" : "False";
    if (is_int()) return std::to_string(std::get<std::int64_t>(value_));
    if (is_float()) return float_repr(std::get<double>(value_));
    return string_repr(std::get<std::string>(value_));
}

Column column_from_scalar(const Scalar& value, std::int64_t length) {
    if (length < 0)
        throw ValueError("column_from_scalar: negative length " + std::to_string(length));
    const auto n = static_cast<std::size_t>(length);
    if (value.is_null()) return Column::nulls(DType::Float64, length);
    if (value.is_string()) {
        const std::string& text = value.as_string();
        auto offsets = Buffer::allocate((n + 1) * sizeof(std::int64_t));
        auto chars = Buffer::allocate(n * text.size());
        auto* o = offsets->as<std::int64_t>();
        char* c = chars->as<char>();
        const auto width = static_cast<std::int64_t>(text.size());
        o[0] = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (!text.empty()) std::memcpy(c + i * text.size(), text.data(), text.size());
            o[i + 1] = o[i] + width;
        }
        return Column::strings(std::move(offsets), std::move(chars), length);
    }
    auto values = Buffer::allocate(n * itemsize(value.dtype()));
    if (value.is_bool()) {
        bool* out = values->as<bool>();
        const bool v = std::get<bool>(value.value());
        for (std::size_t i = 0; i < n; ++i) out[i] = v;
    } else if (value.is_int()) {
        auto* out = values->as<std::int64_t>();
        const std::int64_t v = std::get<std::int64_t>(value.value());
        for (std::size_t i = 0; i < n; ++i) out[i] = v;
    } else {
        auto* out = values->as<double>();
        const double v = std::get<double>(value.value());
        for (std::size_t i = 0; i < n; ++i) out[i] = v;
    }
    return Column::fixed(value.dtype(), std::move(values), length);
}

Scalar scalar_at(const Column& column, std::int64_t i) {
    if (i < 0 || i >= column.size()) {
        throw IndexError("index " + std::to_string(i) + " is out of bounds for size " +
                         std::to_string(column.size()));
    }
    if (column.is_null(i)) return Scalar();
    if (column.dtype() == DType::String || column.dtype() == DType::Categorical) {
        return Scalar(column.string_at(i));
    }
    return detail::dispatch_fixed(column.dtype(), [&]<class T>(T) -> Scalar {
        const T v = column.data<T>()[i];
        if constexpr (std::is_same_v<T, bool>) {
            return Scalar(v);
        } else if constexpr (std::is_integral_v<T>) {
            return Scalar(static_cast<std::int64_t>(v));
        } else {
            return Scalar(static_cast<double>(v));
        }
    });
}

}  // namespace tabula
