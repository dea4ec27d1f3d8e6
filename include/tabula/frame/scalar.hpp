#pragma once
// One value of any column dtype, or a null: what fillna, isin, between, loc labels and a scalar
// assignment (`df["flag"] = 1`) take. An int stays an int and a string a string, so that
// `s + 1` on an int64 series stays int64 as in pandas.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "tabula/frame/column.hpp"

namespace tabula {

class Scalar {
  public:
    using Value = std::variant<std::monostate, bool, std::int64_t, double, std::string>;

    Scalar() = default;                                          // null
    Scalar(std::nullopt_t) {}                                    // NOLINT: null
    Scalar(bool v) : value_(v) {}                                // NOLINT
    Scalar(int v) : value_(std::int64_t{v}) {}                   // NOLINT
    Scalar(long v) : value_(std::int64_t{v}) {}                  // NOLINT
    Scalar(long long v) : value_(std::int64_t{v}) {}             // NOLINT
    Scalar(double v) : value_(v) {}                              // NOLINT
    Scalar(const char* v) : value_(std::string(v)) {}            // NOLINT
    Scalar(std::string_view v) : value_(std::string(v)) {}       // NOLINT
    Scalar(std::string v) : value_(std::move(v)) {}              // NOLINT

    const Value& value() const noexcept { return value_; }
    bool is_null() const noexcept { return std::holds_alternative<std::monostate>(value_); }
    bool is_bool() const noexcept { return std::holds_alternative<bool>(value_); }
    bool is_int() const noexcept { return std::holds_alternative<std::int64_t>(value_); }
    bool is_float() const noexcept { return std::holds_alternative<double>(value_); }
    bool is_number() const noexcept { return is_bool() || is_int() || is_float(); }
    bool is_string() const noexcept { return std::holds_alternative<std::string>(value_); }

    // The number (bool as 0/1); TypeError for a string or a null.
    double as_double() const;
    // The text; TypeError for anything else.
    const std::string& as_string() const;
    // The dtype a column of this value has: bool, int64, float64 or string (float64 for null).
    DType dtype() const noexcept;
    // Python's repr: 1, 2.5, 'Oslo', True, None.
    std::string repr() const;

    friend bool operator==(const Scalar& a, const Scalar& b) = default;

  private:
    Value value_;
};

// `length` copies of `value` as a column of value.dtype() (all null for a null).
Column column_from_scalar(const Scalar& value, std::int64_t length);

// The value at row i of a column as a Scalar (null for a null; datetimes as int64 nanoseconds,
// categories as their text).
Scalar scalar_at(const Column& column, std::int64_t i);

}  // namespace tabula
