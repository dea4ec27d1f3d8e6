// + - * / % // and unary - on series, as pandas: rows aligned on labels, a null on either side
// gives a null. int with int computes in int64 with NumPy's wrap-around (/ gives float64); a
// float on either side computes in float64; // and % follow Python's signs (NumPy's npy_divmod
// for floats). An int // or % by zero gives float64 inf/-inf/NaN where the divisor is 0, as
// NumPy-backed pandas (its nullable Int64 would give 0 instead). bool + bool is "or", bool * bool
// "and", as NumPy; str + str concatenates and str * int repeats, as Python.
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "series_align.hpp"
#include "series_elementwise.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/series_ops.hpp"

namespace tabula {

namespace {

enum class Op { Add, Sub, Mul, Div, Mod, FloorDiv };

const char* symbol(Op op) noexcept {
    switch (op) {
        case Op::Add:
            return "+";
        case Op::Sub:
            return "-";
        case Op::Mul:
            return "*";
        case Op::Div:
            return "/";
        case Op::Mod:
            return "%";
        case Op::FloorDiv:
            break;
    }
    return "//";
}

// pandas' name of the operator in its NotImplementedError for bool dtypes.
const char* pandas_name(Op op) noexcept {
    switch (op) {
        case Op::Div:
            return "truediv";
        case Op::FloorDiv:
            return "floordiv";
        default:
            return "mod";
    }
}

enum class Kind { Bool, Int, Float, Text, Categorical, Datetime };

Kind kind_of(DType dtype) noexcept {
    switch (dtype) {
        case DType::Bool:
            return Kind::Bool;
        case DType::Int32:
        case DType::Int64:
            return Kind::Int;
        case DType::Float32:
        case DType::Float64:
            return Kind::Float;
        case DType::String:
            return Kind::Text;
        case DType::Categorical:
            return Kind::Categorical;
        case DType::Datetime:
            break;
    }
    return Kind::Datetime;
}

Kind kind_of(const Scalar& v) noexcept {
    if (v.is_bool()) return Kind::Bool;
    if (v.is_int()) return Kind::Int;
    if (v.is_string()) return Kind::Text;
    return Kind::Float;
}

const char* python_name(Kind kind) noexcept {
    switch (kind) {
        case Kind::Bool:
            return "bool";
        case Kind::Int:
            return "int";
        case Kind::Float:
            return "float";
        case Kind::Text:
            return "str";
        case Kind::Categorical:
            return "Categorical";
        case Kind::Datetime:
            break;
    }
    return "Timestamp";
}

bool is_numeric(Kind k) noexcept {
    return k == Kind::Bool || k == Kind::Int || k == Kind::Float;
}

// One operand: a column of the result's length, or a scalar repeated along it.
struct Operand {
    const Column* column = nullptr;
    const Scalar* scalar = nullptr;
    Kind kind() const noexcept { return column ? kind_of(column->dtype()) : kind_of(*scalar); }
    bool valid(std::int64_t i) const noexcept { return column ? column->is_valid(i) : true; }
};

template <class T>
struct Repeat {
    T value;
    T operator[](std::int64_t) const noexcept { return value; }
};

// Calls f with something indexable like an array: the column's storage pointer (bool as
// std::uint8_t) or the scalar repeated (bool and int as int64, float as double).
template <class F>
decltype(auto) with_numbers(const Operand& o, F&& f) {
    if (o.column) return detail::with_values(*o.column, f);
    const Scalar& v = *o.scalar;
    if (v.is_float()) return f(Repeat<double>{std::get<double>(v.value())});
    if (v.is_bool()) return f(Repeat<std::int64_t>{std::get<bool>(v.value()) ? 1 : 0});
    return f(Repeat<std::int64_t>{std::get<std::int64_t>(v.value())});
}

std::int64_t wrap_add(std::int64_t a, std::int64_t b) noexcept {
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) + static_cast<std::uint64_t>(b));
}
std::int64_t wrap_sub(std::int64_t a, std::int64_t b) noexcept {
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) - static_cast<std::uint64_t>(b));
}
std::int64_t wrap_mul(std::int64_t a, std::int64_t b) noexcept {
    return static_cast<std::int64_t>(static_cast<std::uint64_t>(a) * static_cast<std::uint64_t>(b));
}

constexpr std::int64_t int64_min = std::numeric_limits<std::int64_t>::min();

// Python's a // b; a zero divisor (only under a null, or before the float64 fix-up) gives 0 and
// the one overflowing quotient wraps, as NumPy.
std::int64_t python_floordiv(std::int64_t a, std::int64_t b) noexcept {
    if (b == 0) return 0;
    if (b == -1) return a == int64_min ? a : -a;
    std::int64_t q = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0))) --q;
    return q;
}

// Python's a % b: the sign of the divisor.
std::int64_t python_mod(std::int64_t a, std::int64_t b) noexcept {
    if (b == 0 || b == -1) return 0;
    std::int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}

// NumPy 1.24's npy_divmod for float64: the floored quotient, and the remainder with the sign of
// the divisor.
double numpy_divmod(double a, double b, double& mod) noexcept {
    mod = std::fmod(a, b);
    if (b == 0.0) return a / b;
    double div = (a - mod) / b;
    if (mod != 0.0) {
        if ((b < 0) != (mod < 0)) {
            mod += b;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, b);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, a / b);
    }
    return floordiv;
}

double numpy_floordiv(double a, double b) noexcept {
    if (b == 0.0) return a / b;
    double mod;
    return numpy_divmod(a, b, mod);
}

double numpy_mod(double a, double b) noexcept {
    if (b == 0.0) return std::fmod(a, b);
    double mod;
    numpy_divmod(a, b, mod);
    return mod;
}

template <class R, class X, class Y, class F>
void run(const X& x, const Y& y, std::int64_t n, R* out, F f) {
    for (std::int64_t i = 0; i < n; ++i) out[i] = f(x[i], y[i]);
}

template <class F>
decltype(auto) with_int_op(Op op, F&& f) {
    switch (op) {
        case Op::Add:
            return f([](std::int64_t a, std::int64_t b) { return wrap_add(a, b); });
        case Op::Sub:
            return f([](std::int64_t a, std::int64_t b) { return wrap_sub(a, b); });
        case Op::Mul:
            return f([](std::int64_t a, std::int64_t b) { return wrap_mul(a, b); });
        case Op::Mod:
            return f([](std::int64_t a, std::int64_t b) { return python_mod(a, b); });
        default:
            break;
    }
    return f([](std::int64_t a, std::int64_t b) { return python_floordiv(a, b); });
}

template <class F>
decltype(auto) with_float_op(Op op, F&& f) {
    switch (op) {
        case Op::Add:
            return f([](double a, double b) { return a + b; });
        case Op::Sub:
            return f([](double a, double b) { return a - b; });
        case Op::Mul:
            return f([](double a, double b) { return a * b; });
        case Op::Div:
            return f([](double a, double b) { return a / b; });
        case Op::Mod:
            return f([](double a, double b) { return numpy_mod(a, b); });
        case Op::FloorDiv:
            break;
    }
    return f([](double a, double b) { return numpy_floordiv(a, b); });
}

struct Result {
    std::int64_t length;
    std::optional<Bitmap> validity;
    std::string name;
    Index index;

    Series make(DType dtype, std::shared_ptr<Buffer> values) const {
        return Series(Column::fixed(dtype, std::move(values), length, validity), name, index);
    }
};

std::optional<Bitmap> validity(const Operand& a, const Operand& b) {
    if (a.column && b.column) return detail::both_valid(*a.column, *b.column);
    return detail::validity_of(a.column ? *a.column : *b.column);
}

// Whether a valid row of the divisor holds 0.
bool has_zero_divisor(const Operand& divisor, std::int64_t n) {
    return with_numbers(divisor, [&](const auto& y) {
        for (std::int64_t i = 0; i < n; ++i) {
            if (y[i] == 0 && divisor.valid(i)) return true;
        }
        return false;
    });
}

// int // 0 and int % 0 in NumPy-backed pandas: the int results in float64, inf/-inf/NaN where
// the divisor is 0 (x // 0 is inf for x > 0, -inf for x < 0, NaN for 0; x % 0 is NaN).
Series int_division_by_zero(const Operand& a, const Operand& b, Op op, const Result& r) {
    auto values = detail::allocate_values<double>(r.length);
    double* out = values->as<double>();
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    with_numbers(a, [&](const auto& x) {
        with_numbers(b, [&](const auto& y) {
            for (std::int64_t i = 0; i < r.length; ++i) {
                const auto xi = static_cast<std::int64_t>(x[i]);
                const auto yi = static_cast<std::int64_t>(y[i]);
                if (yi != 0) {
                    out[i] = static_cast<double>(op == Op::Mod ? python_mod(xi, yi)
                                                               : python_floordiv(xi, yi));
                } else if (op == Op::Mod || xi == 0) {
                    out[i] = nan;
                } else {
                    out[i] = xi > 0 ? inf : -inf;
                }
            }
        });
    });
    return r.make(DType::Float64, std::move(values));
}

Series numeric(const Operand& a, const Operand& b, Op op, const Result& r) {
    const Kind ka = a.kind();
    const Kind kb = b.kind();
    const std::int64_t n = r.length;
    if (ka == Kind::Bool && kb == Kind::Bool) {
        if (op == Op::Sub) {
            throw TypeError(
                "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, "
                "the `^` operator, or the logical_xor function instead.");
        }
        if (op == Op::Add || op == Op::Mul) {
            auto values = detail::allocate_values<bool>(n);
            bool* out = values->as<bool>();
            with_numbers(a, [&](const auto& x) {
                with_numbers(b, [&](const auto& y) {
                    if (op == Op::Add) {
                        run(x, y, n, out, [](auto p, auto q) { return p != 0 || q != 0; });
                    } else {
                        run(x, y, n, out, [](auto p, auto q) { return p != 0 && q != 0; });
                    }
                });
            });
            return r.make(DType::Bool, std::move(values));
        }
        throw TypeError(std::string("operator '") + pandas_name(op) +
                        "' not implemented for bool dtypes");
    }
    const bool floats = ka == Kind::Float || kb == Kind::Float || op == Op::Div;
    if (floats) {
        auto values = detail::allocate_values<double>(n);
        double* out = values->as<double>();
        with_float_op(op, [&](auto f) {
            with_numbers(a, [&](const auto& x) {
                with_numbers(b, [&](const auto& y) {
                    run(x, y, n, out, [f](auto p, auto q) {
                        return f(static_cast<double>(p), static_cast<double>(q));
                    });
                });
            });
        });
        return r.make(DType::Float64, std::move(values));
    }
    if ((op == Op::Mod || op == Op::FloorDiv) && has_zero_divisor(b, n)) {
        return int_division_by_zero(a, b, op, r);
    }
    auto values = detail::allocate_values<std::int64_t>(n);
    std::int64_t* out = values->as<std::int64_t>();
    with_int_op(op, [&](auto f) {
        with_numbers(a, [&](const auto& x) {
            with_numbers(b, [&](const auto& y) {
                run(x, y, n, out, [f](auto p, auto q) {
                    return f(static_cast<std::int64_t>(p), static_cast<std::int64_t>(q));
                });
            });
        });
    });
    return r.make(DType::Int64, std::move(values));
}

std::string_view text_at(const Operand& o, std::int64_t i) {
    return o.column ? o.column->string_at(i) : std::string_view(o.scalar->as_string());
}

std::int64_t count_at(const Operand& o, std::int64_t i) {
    return with_numbers(o, [&](const auto& y) { return static_cast<std::int64_t>(y[i]); });
}

// str + str and str * int (either order), as Python.
Series text(const Operand& a, const Operand& b, Op op, const Result& r) {
    const bool a_text = a.kind() == Kind::Text;
    const Operand& text_side = a_text ? a : b;
    const Operand& count_side = a_text ? b : a;
    const bool counts = count_side.kind() == Kind::Int || count_side.kind() == Kind::Bool;
    std::vector<std::string> values(static_cast<std::size_t>(r.length));
    for (std::int64_t i = 0; i < r.length; ++i) {
        if (!a.valid(i) || !b.valid(i)) continue;
        std::string& out = values[static_cast<std::size_t>(i)];
        if (op == Op::Add) {
            out = std::string(text_at(a, i)) + std::string(text_at(b, i));
        } else if (counts) {
            const std::string_view piece = text_at(text_side, i);
            for (std::int64_t k = count_at(count_side, i); k > 0; --k) out += piece;
        }
    }
    return Series(Column::from_strings(values, r.validity), r.name, r.index);
}

void check_text_operands(Kind ka, Kind kb, Op op) {
    const bool a_text = ka == Kind::Text;
    const bool b_text = kb == Kind::Text;
    if (op == Op::Add && a_text && !b_text) {
        throw TypeError(std::string("can only concatenate str (not \"") + python_name(kb) +
                        "\") to str");
    }
    if (op == Op::Mul && (a_text != b_text)) {
        const Kind count = a_text ? kb : ka;
        if (count != Kind::Int && count != Kind::Bool) {
            throw TypeError(std::string("can't multiply sequence by non-int of type '") +
                            python_name(count) + "'");
        }
        return;
    }
    if (op == Op::Mul && a_text && b_text) {
        throw TypeError("can't multiply sequence by non-int of type 'str'");
    }
    if (op == Op::Add && a_text && b_text) return;
    throw TypeError(std::string("unsupported operand type(s) for ") + symbol(op) + ": '" +
                    python_name(ka) + "' and '" + python_name(kb) + "'");
}

DType null_result_dtype(Kind k, Op op) {
    if (k == Kind::Text) return DType::String;
    if (k == Kind::Float || op == Op::Div) return DType::Float64;
    return DType::Int64;
}

Series binary(const Operand& a, const Operand& b, Op op, const Result& r) {
    const Kind ka = a.kind();
    const Kind kb = b.kind();
    const bool null_scalar = (a.scalar && a.scalar->is_null()) || (b.scalar && b.scalar->is_null());
    if (ka == Kind::Categorical || kb == Kind::Categorical || ka == Kind::Datetime ||
        kb == Kind::Datetime) {
        if (ka == Kind::Datetime || kb == Kind::Datetime) {
            throw TypeError(std::string("unsupported operand type(s) for ") + symbol(op) + ": '" +
                            python_name(ka) + "' and '" + python_name(kb) +
                            "' (datetime arithmetic needs a timedelta dtype, which tabula lacks)");
        }
        throw TypeError(std::string("unsupported operand type(s) for ") + symbol(op) + ": '" +
                        python_name(ka) + "' and '" + python_name(kb) + "'");
    }
    if (null_scalar) {
        const Kind k = a.scalar && a.scalar->is_null() ? kb : ka;
        return Series(Column::nulls(null_result_dtype(k, op), r.length), r.name, r.index);
    }
    if (!is_numeric(ka) || !is_numeric(kb)) {
        check_text_operands(ka, kb, op);
        return text(a, b, op, r);
    }
    return numeric(a, b, op, r);
}

Series binary(const Series& a, const Series& b, Op op) {
    const detail::Alignment aligned = detail::align(a.index(), b.index());
    const std::string name = detail::shared_name(a, b);
    if (aligned.by_position) {
        const Operand x{&a.column(), nullptr};
        const Operand y{&b.column(), nullptr};
        return binary(x, y, op, Result{a.size(), validity(x, y), name, aligned.index});
    }
    const Column left = a.column().take(aligned.left);
    const Column right = b.column().take(aligned.right);
    const Operand x{&left, nullptr};
    const Operand y{&right, nullptr};
    return binary(x, y, op, Result{left.size(), validity(x, y), name, aligned.index});
}

Series binary(const Series& a, const Scalar& b, Op op) {
    const Operand x{&a.column(), nullptr};
    const Operand y{nullptr, &b};
    return binary(x, y, op, Result{a.size(), validity(x, y), a.name(), a.index()});
}

Series binary(const Scalar& a, const Series& b, Op op) {
    const Operand x{nullptr, &a};
    const Operand y{&b.column(), nullptr};
    return binary(x, y, op, Result{b.size(), validity(x, y), b.name(), b.index()});
}

}  // namespace

Series operator+(const Series& a, const Series& b) {
    return binary(a, b, Op::Add);
}
Series operator-(const Series& a, const Series& b) {
    return binary(a, b, Op::Sub);
}
Series operator*(const Series& a, const Series& b) {
    return binary(a, b, Op::Mul);
}
Series operator/(const Series& a, const Series& b) {
    return binary(a, b, Op::Div);
}
Series operator%(const Series& a, const Series& b) {
    return binary(a, b, Op::Mod);
}
Series floordiv(const Series& a, const Series& b) {
    return binary(a, b, Op::FloorDiv);
}
Series operator+(const Series& a, const Scalar& b) {
    return binary(a, b, Op::Add);
}
Series operator-(const Series& a, const Scalar& b) {
    return binary(a, b, Op::Sub);
}
Series operator*(const Series& a, const Scalar& b) {
    return binary(a, b, Op::Mul);
}
Series operator/(const Series& a, const Scalar& b) {
    return binary(a, b, Op::Div);
}
Series operator%(const Series& a, const Scalar& b) {
    return binary(a, b, Op::Mod);
}
Series floordiv(const Series& a, const Scalar& b) {
    return binary(a, b, Op::FloorDiv);
}
Series operator+(const Scalar& a, const Series& b) {
    return binary(a, b, Op::Add);
}
Series operator-(const Scalar& a, const Series& b) {
    return binary(a, b, Op::Sub);
}
Series operator*(const Scalar& a, const Series& b) {
    return binary(a, b, Op::Mul);
}
Series operator/(const Scalar& a, const Series& b) {
    return binary(a, b, Op::Div);
}
Series operator%(const Scalar& a, const Series& b) {
    return binary(a, b, Op::Mod);
}
Series floordiv(const Scalar& a, const Series& b) {
    return binary(a, b, Op::FloorDiv);
}

Series operator-(const Series& a) {
    const std::int64_t n = a.size();
    const Kind k = kind_of(a.dtype());
    if (k == Kind::Bool) return ~a;  // pandas negates a bool series logically
    if (!is_numeric(k)) {
        throw TypeError(std::string("bad operand type for unary -: '") + python_name(k) + "'");
    }
    const Result r{n, detail::validity_of(a.column()), a.name(), a.index()};
    if (k == Kind::Int) {
        auto values = detail::allocate_values<std::int64_t>(n);
        std::int64_t* out = values->as<std::int64_t>();
        detail::with_values(a.column(), [&](const auto* x) {
            for (std::int64_t i = 0; i < n; ++i) out[i] = wrap_sub(0, x[i]);
        });
        return r.make(DType::Int64, std::move(values));
    }
    auto values = detail::allocate_values<double>(n);
    double* out = values->as<double>();
    detail::with_values(a.column(), [&](const auto* x) {
        for (std::int64_t i = 0; i < n; ++i) out[i] = -static_cast<double>(x[i]);
    });
    return r.make(DType::Float64, std::move(values));
}

}  // namespace tabula
