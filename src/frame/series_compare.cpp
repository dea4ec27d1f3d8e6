// Comparisons (== != < <= > >=) of a series with a scalar or another series, as pandas'
// nullable dtypes: a null on either side gives a null. Numbers compare as NumPy 1.24 promotes
// them (int with int exactly in int64, anything with a float in float64, a float32 column with a
// Python float in float32); a NaN value compares false (!= true). Text compares by bytes, which
// is Python's code-point order for UTF-8.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "series_elementwise.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/series_ops.hpp"

namespace tabula {

namespace {

enum class Cmp { Eq, Ne, Lt, Le, Gt, Ge };

const char* symbol(Cmp op) noexcept {
    switch (op) {
        case Cmp::Eq:
            return "==";
        case Cmp::Ne:
            return "!=";
        case Cmp::Lt:
            return "<";
        case Cmp::Le:
            return "<=";
        case Cmp::Gt:
            return ">";
        case Cmp::Ge:
            return ">=";
    }
    return "?";
}

// `b op a` is `a reflected(op) b`, as Python retries a comparison from the right-hand side.
Cmp reflected(Cmp op) noexcept {
    switch (op) {
        case Cmp::Lt:
            return Cmp::Gt;
        case Cmp::Le:
            return Cmp::Ge;
        case Cmp::Gt:
            return Cmp::Lt;
        case Cmp::Ge:
            return Cmp::Le;
        default:
            return op;
    }
}

bool is_equality(Cmp op) noexcept {
    return op == Cmp::Eq || op == Cmp::Ne;
}

// Calls f with the standard comparison function object of op.
template <class F>
decltype(auto) with_op(Cmp op, F&& f) {
    switch (op) {
        case Cmp::Eq:
            return f(std::equal_to<>{});
        case Cmp::Ne:
            return f(std::not_equal_to<>{});
        case Cmp::Lt:
            return f(std::less<>{});
        case Cmp::Le:
            return f(std::less_equal<>{});
        case Cmp::Gt:
            return f(std::greater<>{});
        case Cmp::Ge:
            break;
    }
    return f(std::greater_equal<>{});
}

Series bool_result(std::shared_ptr<Buffer> values, std::int64_t n, std::optional<Bitmap> validity,
                   std::string name, const Index& index) {
    return Series(Column::fixed(DType::Bool, std::move(values), n, std::move(validity)),
                  std::move(name), index);
}

// Every row `value` (unequal types: == false, != true), nulls kept.
Series constant_result(const Series& s, bool value, std::optional<Bitmap> validity,
                       std::string name) {
    const std::int64_t n = s.size();
    auto values = detail::allocate_values<bool>(n);
    bool* out = values->as<bool>();
    for (std::int64_t i = 0; i < n; ++i) out[i] = value;
    return bool_result(std::move(values), n, std::move(validity), std::move(name), s.index());
}

// out[i] = op(x[i], y[i]) with both read as C: a tight loop the compiler vectorises.
template <class C, class X, class Y, class Op>
void compare_arrays(const X* x, const Y* y, std::int64_t n, bool* out, Op op) {
    for (std::int64_t i = 0; i < n; ++i) out[i] = op(static_cast<C>(x[i]), static_cast<C>(y[i]));
}

template <class C, class X, class Op>
void compare_to(const X* x, C y, std::int64_t n, bool* out, Op op) {
    for (std::int64_t i = 0; i < n; ++i) out[i] = op(static_cast<C>(x[i]), y);
}

bool integral_dtype(DType dtype) noexcept {
    return dtype == DType::Bool || dtype == DType::Int32 || dtype == DType::Int64 ||
           dtype == DType::Datetime;
}

Series compare_numbers(const Series& s, const Scalar& v, Cmp op) {
    const std::int64_t n = s.size();
    auto values = detail::allocate_values<bool>(n);
    bool* out = values->as<bool>();
    with_op(op, [&](auto compare) {
        detail::with_values(s.column(), [&]<class T>(const T* x) {
            if (integral_dtype(s.dtype()) && !v.is_float()) {
                const std::int64_t y = v.is_bool() ? std::int64_t{std::get<bool>(v.value())}
                                                   : std::get<std::int64_t>(v.value());
                compare_to<std::int64_t>(x, y, n, out, compare);
            } else if (s.dtype() == DType::Float32 && v.is_float()) {
                // NumPy 1.24 casts a Python float to the float32 of the array.
                compare_to<float>(x, static_cast<float>(v.as_double()), n, out, compare);
            } else {
                compare_to<double>(x, v.as_double(), n, out, compare);
            }
        });
    });
    return bool_result(std::move(values), n, detail::validity_of(s.column()), s.name(), s.index());
}

// Text against text; a categorical compares each category once.
template <class Op>
void compare_texts(const Column& c, std::string_view y, bool* out, Op op) {
    const std::int64_t n = c.size();
    if (c.dtype() == DType::Categorical) {
        const Column& categories = c.categories();
        std::vector<char> per_category(static_cast<std::size_t>(categories.size()));
        for (std::int64_t k = 0; k < categories.size(); ++k) {
            per_category[static_cast<std::size_t>(k)] = op(categories.string_at(k), y) ? 1 : 0;
        }
        const std::int32_t* codes = c.codes();
        for (std::int64_t i = 0; i < n; ++i) {
            out[i] = codes[i] >= 0 && per_category[static_cast<std::size_t>(codes[i])] != 0;
        }
        return;
    }
    const std::int64_t* offsets = c.string_offsets();
    const char* chars = c.string_chars();
    for (std::int64_t i = 0; i < n; ++i) {
        const std::string_view x(chars + offsets[i],
                                 static_cast<std::size_t>(offsets[i + 1] - offsets[i]));
        out[i] = op(x, y);
    }
}

void require_ordered(DType left, DType right, Cmp op) {
    if (!is_equality(op) && (left == DType::Categorical || right == DType::Categorical)) {
        throw TypeError("Unordered Categoricals can only compare equality or not");
    }
}

Series compare(const Series& s, const Scalar& v, Cmp op) {
    const DType dtype = s.dtype();
    if (v.is_null()) {
        return Series(Column::nulls(DType::Bool, s.size()), s.name(), s.index());
    }
    if (detail::is_text(dtype)) require_ordered(dtype, dtype, op);
    const bool same_kind = detail::is_text(dtype)     ? v.is_string()
                           : dtype == DType::Datetime ? false
                                                      : v.is_number();
    if (!same_kind) {
        if (is_equality(op)) {
            return constant_result(s, op == Cmp::Ne, detail::validity_of(s.column()), s.name());
        }
        if (detail::is_text(dtype)) {
            throw TypeError(std::string("'") + symbol(op) +
                            "' not supported between instances of 'str' and '" +
                            detail::python_type_name(v) + "'" + detail::where(s));
        }
        throw TypeError("Invalid comparison between dtype=" + detail::pandas_dtype_text(dtype) +
                        " and " + detail::python_type_name(v) + detail::where(s));
    }
    if (!detail::is_text(dtype)) return compare_numbers(s, v, op);
    const std::int64_t n = s.size();
    auto values = detail::allocate_values<bool>(n);
    with_op(op, [&](auto compare) {
        compare_texts(s.column(), v.as_string(), values->as<bool>(), compare);
    });
    return bool_result(std::move(values), n, detail::validity_of(s.column()), s.name(), s.index());
}

template <class Op>
void compare_text_columns(const Column& a, const Column& b, bool* out, Op op) {
    for (std::int64_t i = 0; i < a.size(); ++i) {
        out[i] = a.is_valid(i) && b.is_valid(i) && op(a.string_at(i), b.string_at(i));
    }
}

Series compare(const Series& a, const Series& b, Cmp op) {
    if (!a.index().equals(b.index())) {
        throw ValueError("Can only compare identically-labeled Series objects");
    }
    const DType left = a.dtype();
    const DType right = b.dtype();
    const std::int64_t n = a.size();
    std::string name = detail::shared_name(a, b);
    std::optional<Bitmap> validity = detail::both_valid(a.column(), b.column());
    if (detail::is_text(left) || detail::is_text(right)) require_ordered(left, right, op);
    const bool both_text = detail::is_text(left) && detail::is_text(right);
    const bool both_datetime = left == DType::Datetime && right == DType::Datetime;
    const bool both_numbers = detail::is_number(left) && detail::is_number(right);
    if (!both_text && !both_datetime && !both_numbers) {
        if (is_equality(op)) {
            return constant_result(a, op == Cmp::Ne, std::move(validity), std::move(name));
        }
        if (left == DType::Datetime || right == DType::Datetime) {
            const DType other = left == DType::Datetime ? right : left;
            throw TypeError("Invalid comparison between dtype=datetime64[ns] and " +
                            detail::pandas_dtype_text(other));
        }
        // NumPy hands a str-on-the-left comparison to the number, reflected, as Python does.
        const bool text_left = detail::is_text(left);
        throw TypeError(std::string("'") + symbol(text_left ? reflected(op) : op) +
                        "' not supported between instances of '" +
                        detail::python_type_name(text_left ? right : left) + "' and 'str'");
    }
    auto values = detail::allocate_values<bool>(n);
    bool* out = values->as<bool>();
    with_op(op, [&](auto compare) {
        if (both_text) {
            compare_text_columns(a.column(), b.column(), out, compare);
            return;
        }
        detail::with_values(a.column(), [&]<class X>(const X* x) {
            detail::with_values(b.column(), [&]<class Y>(const Y* y) {
                if (integral_dtype(left) && integral_dtype(right)) {
                    compare_arrays<std::int64_t>(x, y, n, out, compare);
                } else {
                    compare_arrays<double>(x, y, n, out, compare);
                }
            });
        });
    });
    return bool_result(std::move(values), n, std::move(validity), std::move(name), a.index());
}

}  // namespace

Series operator==(const Series& a, const Series& b) {
    return compare(a, b, Cmp::Eq);
}
Series operator!=(const Series& a, const Series& b) {
    return compare(a, b, Cmp::Ne);
}
Series operator<(const Series& a, const Series& b) {
    return compare(a, b, Cmp::Lt);
}
Series operator<=(const Series& a, const Series& b) {
    return compare(a, b, Cmp::Le);
}
Series operator>(const Series& a, const Series& b) {
    return compare(a, b, Cmp::Gt);
}
Series operator>=(const Series& a, const Series& b) {
    return compare(a, b, Cmp::Ge);
}
Series operator==(const Series& a, const Scalar& b) {
    return compare(a, b, Cmp::Eq);
}
Series operator!=(const Series& a, const Scalar& b) {
    return compare(a, b, Cmp::Ne);
}
Series operator<(const Series& a, const Scalar& b) {
    return compare(a, b, Cmp::Lt);
}
Series operator<=(const Series& a, const Scalar& b) {
    return compare(a, b, Cmp::Le);
}
Series operator>(const Series& a, const Scalar& b) {
    return compare(a, b, Cmp::Gt);
}
Series operator>=(const Series& a, const Scalar& b) {
    return compare(a, b, Cmp::Ge);
}

}  // namespace tabula
