#pragma once
// DataFrame::apply, as pandas' df.apply(f, axis=1) / df.apply(f):
//
//   Series risk = df.apply([](const RowView& row) {
//       return row.get<double>("age") * 0.1 + row.get<double>("income") * 0.01;
//   }, 1);
//
// A RowView reads one row straight from the column buffers: nothing is allocated per row, and a
// column name is resolved once (a small cache keyed on the name's address, so a string literal
// costs a pointer compare and a short memcmp after the first row): about 10 ns per row for the
// seed's risk_score, where pandas' apply takes some 16 us. Still, f runs once per row and the
// compiler cannot vectorise across rows: the same expression written on columns,
// df["age"] * 0.1 + df["income"] * 0.01, is faster still (about twice in CPU time on 1M rows;
// it allocates a temporary per operator, so it gains less where memory bandwidth is scarce).
// bench/micro/apply_bench.cpp measures both.
//
// get<T> reads: double (from any number or bool column; a null gives NaN), std::int64_t (from
// integer, bool and datetime columns), bool (bool columns), std::string_view (string and
// categorical columns, valid while the frame lives) and std::string; TypeError for a column of
// another kind ("column 'city' holds strings, not numbers"). A null read as an int64, bool or
// string throws ValueError naming the column and row; get<std::optional<T>> gives nullopt
// instead. f may return double, an integer, bool or std::string, or a std::optional of one
// (nullopt becomes a null); a generic lambda needs its parameter type spelled out, since apply
// checks which of RowView and Series f takes.
#include <array>
#include <concepts>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula {

class RowView {
  public:
    explicit RowView(const DataFrame& frame);

    // The row's position in the frame.
    std::int64_t position() const noexcept { return row_; }
    // The row's index label as pandas prints it (pandas' row.name).
    std::string label() const;

    template <class T>
    T get(std::string_view column) const {
        return read<T>(find(column));
    }
    template <class T>
    T get(std::int64_t column) const {
        return read<T>(checked(column));
    }
    bool is_null(std::string_view column) const { return columns_[find(column)].is_null(row_); }
    bool is_null(std::int64_t column) const { return columns_[checked(column)].is_null(row_); }

  private:
    friend class DataFrame;

    struct Access {
        DType dtype;
        bool has_nulls;      // read once, so a column without nulls costs no bitmap test
        const void* values;  // fixed-width storage, null for strings
        const Column* column;

        bool is_null(std::int64_t row) const noexcept { return has_nulls && column->is_null(row); }
    };
    struct CacheEntry {
        const char* data = nullptr;
        std::size_t size = 0;
        std::size_t column = 0;
    };

    std::size_t find(std::string_view name) const {
        for (const CacheEntry& entry : cache_) {
            // The address alone could be a reused buffer holding another name: the text decides.
            if (entry.data == name.data() && entry.size == name.size() &&
                std::memcmp(names_[entry.column].data(), name.data(), name.size()) == 0) {
                return entry.column;
            }
        }
        return lookup(name);
    }
    // Resolves a name missing from the cache and caches it; KeyError naming the closest column.
    std::size_t lookup(std::string_view name) const;
    std::size_t checked(std::int64_t column) const;
    [[noreturn]] void wrong_type(std::size_t column, const char* wanted) const;
    [[noreturn]] void null_value(std::size_t column) const;

    template <class T>
    T read(std::size_t j) const {
        const Access& a = columns_[j];
        if constexpr (std::is_same_v<T, double>) {
            if (a.is_null(row_)) return std::numeric_limits<double>::quiet_NaN();
            switch (a.dtype) {
                case DType::Float64:
                    return static_cast<const double*>(a.values)[row_];
                case DType::Int64:
                    return static_cast<double>(static_cast<const std::int64_t*>(a.values)[row_]);
                case DType::Int32:
                    return static_cast<const std::int32_t*>(a.values)[row_];
                case DType::Float32:
                    return static_cast<const float*>(a.values)[row_];
                case DType::Bool:
                    return static_cast<const bool*>(a.values)[row_] ? 1.0 : 0.0;
                default:
                    wrong_type(j, "numbers");
            }
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
            if (a.is_null(row_)) null_value(j);
            switch (a.dtype) {
                case DType::Int64:
                case DType::Datetime:
                    return static_cast<const std::int64_t*>(a.values)[row_];
                case DType::Int32:
                    return static_cast<const std::int32_t*>(a.values)[row_];
                case DType::Bool:
                    return static_cast<const bool*>(a.values)[row_] ? 1 : 0;
                default:
                    wrong_type(j, "integers");
            }
        } else if constexpr (std::is_same_v<T, bool>) {
            if (a.is_null(row_)) null_value(j);
            if (a.dtype != DType::Bool) wrong_type(j, "bools");
            return static_cast<const bool*>(a.values)[row_];
        } else if constexpr (std::is_same_v<T, std::string_view>) {
            if (a.is_null(row_)) null_value(j);
            if (a.dtype != DType::String && a.dtype != DType::Categorical) wrong_type(j, "strings");
            return a.column->string_at(row_);
        } else if constexpr (std::is_same_v<T, std::string>) {
            return std::string(read<std::string_view>(j));
        } else if constexpr (requires { typename T::value_type; } &&
                             std::is_same_v<T, std::optional<typename T::value_type>>) {
            if (a.is_null(row_)) return std::nullopt;
            return read<typename T::value_type>(j);
        } else {
            static_assert(sizeof(T) == 0,
                          "RowView::get<T>: T is double, std::int64_t, bool, std::string_view, "
                          "std::string or a std::optional of one");
        }
    }

    const DataFrame* frame_;
    std::vector<Access> columns_;
    const std::vector<std::string>& names_;
    std::int64_t row_ = 0;
    mutable std::array<CacheEntry, 8> cache_{};
    mutable std::size_t next_slot_ = 0;
};

namespace detail {

template <class R>
struct ApplyValue {
    using type = R;
    static constexpr bool nullable = false;
};
template <class R>
struct ApplyValue<std::optional<R>> {
    using type = R;
    static constexpr bool nullable = true;
};

// f's results gathered into a column: double and float give float64, other integers int64,
// bool bool, strings string; a std::optional's nullopt gives a null.
template <class R>
class ApplyResults {
  public:
    using Value = typename ApplyValue<R>::type;
    static constexpr bool nullable = ApplyValue<R>::nullable;
    static_assert(std::is_arithmetic_v<Value> || std::is_convertible_v<Value, std::string>,
                  "apply: f returns a number, a bool or a string (or a std::optional of one)");
    using Stored =
        std::conditional_t<std::is_same_v<Value, bool>, bool,
                           std::conditional_t<std::is_floating_point_v<Value>, double,
                                              std::conditional_t<std::is_integral_v<Value>,
                                                                 std::int64_t, std::string>>>;

    explicit ApplyResults(std::int64_t n) : validity_(nullable ? n : 0) {
        values_.reserve(static_cast<std::size_t>(n));
    }

    void push(R result) {
        if constexpr (nullable) {
            validity_.set(static_cast<std::int64_t>(values_.size()), result.has_value());
            values_.push_back(result ? Stored(std::move(*result)) : Stored{});
        } else {
            values_.push_back(Stored(std::move(result)));
        }
    }

    Column finish() {
        std::optional<Bitmap> validity;
        if constexpr (nullable) validity = std::move(validity_);
        if constexpr (std::is_same_v<Stored, std::string>) {
            return Column::from_strings(values_, std::move(validity));
        } else {
            return Column::from_vector(values_, std::move(validity));
        }
    }

  private:
    std::vector<Stored> values_;
    Bitmap validity_;
};

}  // namespace detail

template <class F>
Series DataFrame::apply(F&& f, int axis) const {
    constexpr bool by_row = std::invocable<F&, const RowView&>;
    constexpr bool by_column = std::invocable<F&, const Series&>;
    static_assert(by_row || by_column,
                  "apply: f takes a const RowView& (axis 1) or a const Series& (axis 0)");
    if (axis != 0 && axis != 1) {
        throw ValueError("No axis named " + std::to_string(axis) + " for object type DataFrame");
    }
    if (axis == 1) {
        if constexpr (by_row) {
            using R = std::remove_cvref_t<std::invoke_result_t<F&, const RowView&>>;
            const std::int64_t n = num_rows();
            detail::ApplyResults<R> results(n);
            RowView row(*this);
            for (std::int64_t i = 0; i < n; ++i) {
                row.row_ = i;
                results.push(f(std::as_const(row)));
            }
            return Series(results.finish(), {}, index_);
        } else {
            throw TypeError("apply(f, 1) passes each row as a RowView, but f takes a Series");
        }
    }
    if constexpr (by_column) {
        using R = std::remove_cvref_t<std::invoke_result_t<F&, const Series&>>;
        detail::ApplyResults<R> results(num_columns());
        for (std::size_t j = 0; j < columns_.size(); ++j) {
            const Series column(columns_[j], names_[j], index_);
            results.push(f(column));
        }
        return Series(results.finish(), {}, Index(names_));
    } else {
        throw TypeError("apply(f, 0) passes each column as a Series, but f takes a RowView");
    }
}

}  // namespace tabula
