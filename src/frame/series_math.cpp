// NumPy's math on a series (log1p, log, exp, sqrt, abs, pow, round, clip), nulls kept. The float
// functions are the C library's, as NumPy's loops call them; pow takes NumPy's fast paths
// (x ** 2 is x * x, x ** 0.5 is sqrt), round is the array module's np.round, so results are
// NumPy's bit for bit.
#include <cmath>
#include <cstring>
#include <string>

#include "series_elementwise.hpp"
#include "tabula/array/ufuncs.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/series_ops.hpp"

namespace tabula {

namespace {

void require_numbers(const Series& s, const char* function) {
    if (detail::is_number(s.dtype())) return;
    throw TypeError(std::string("ufunc '") + function + "' not supported for a series of dtype " +
                    detail::pandas_dtype_text(s.dtype()) + detail::where(s));
}

Series float_result(const Series& s, std::shared_ptr<Buffer> values) {
    return Series(
        Column::fixed(DType::Float64, std::move(values), s.size(), detail::validity_of(s.column())),
        s.name(), s.index());
}

Series int_result(const Series& s, std::shared_ptr<Buffer> values) {
    return Series(
        Column::fixed(DType::Int64, std::move(values), s.size(), detail::validity_of(s.column())),
        s.name(), s.index());
}

// out[i] = f(x[i]) in float64 over every row (a null's value is unspecified and not read back).
template <class F>
Series map_float(const Series& s, const char* function, F f) {
    require_numbers(s, function);
    const std::int64_t n = s.size();
    auto values = detail::allocate_values<double>(n);
    double* out = values->as<double>();
    detail::with_values(s.column(), [&](const auto* x) {
        for (std::int64_t i = 0; i < n; ++i) out[i] = f(static_cast<double>(x[i]));
    });
    return float_result(s, std::move(values));
}

template <class F>
Series map_int(const Series& s, F f) {
    const std::int64_t n = s.size();
    auto values = detail::allocate_values<std::int64_t>(n);
    std::int64_t* out = values->as<std::int64_t>();
    detail::with_values(s.column(), [&](const auto* x) {
        for (std::int64_t i = 0; i < n; ++i) out[i] = f(static_cast<std::int64_t>(x[i]));
    });
    return int_result(s, std::move(values));
}

bool integral_dtype(DType dtype) noexcept {
    return dtype == DType::Bool || dtype == DType::Int32 || dtype == DType::Int64;
}

// NumPy's integer power: squaring with wrap-around.
std::int64_t int_power(std::int64_t base, std::int64_t exponent) noexcept {
    std::uint64_t result = 1;
    auto b = static_cast<std::uint64_t>(base);
    while (exponent > 0) {
        if ((exponent & 1) != 0) result *= b;
        b *= b;
        exponent >>= 1;
    }
    return static_cast<std::int64_t>(result);
}

// A whole-valued bound or exponent keeps an int series int, as pandas with Python ints.
bool whole(double v) noexcept {
    return std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 9.2e18;
}

}  // namespace

Series log1p(const Series& s) {
    return map_float(s, "log1p", [](double x) { return std::log1p(x); });
}
Series log(const Series& s) {
    return map_float(s, "log", [](double x) { return std::log(x); });
}
Series exp(const Series& s) {
    return map_float(s, "exp", [](double x) { return std::exp(x); });
}
Series sqrt(const Series& s) {
    return map_float(s, "sqrt", [](double x) { return std::sqrt(x); });
}

Series abs(const Series& s) {
    if (!detail::is_number(s.dtype())) {
        throw TypeError(std::string("bad operand type for abs(): '") +
                        detail::python_type_name(s.dtype()) + "'" + detail::where(s));
    }
    if (s.dtype() == DType::Bool) return s;
    if (integral_dtype(s.dtype())) {
        return map_int(s, [](std::int64_t x) {
            const auto u = static_cast<std::uint64_t>(x);
            return static_cast<std::int64_t>(x < 0 ? std::uint64_t{0} - u : u);
        });
    }
    return map_float(s, "absolute", [](double x) { return std::fabs(x); });
}

Series pow(const Series& s, double exponent) {
    require_numbers(s, "power");
    if (integral_dtype(s.dtype()) && whole(exponent)) {
        if (exponent < 0) throw ValueError("Integers to negative integer powers are not allowed.");
        if (exponent == 0.0) {
            return Series(column_from_scalar(Scalar(1), s.size()), s.name(), s.index());
        }
        const auto e = static_cast<std::int64_t>(exponent);
        return map_int(s, [e](std::int64_t x) { return int_power(x, e); });
    }
    // NumPy's fast_scalar_power for float arrays.
    if (exponent == 2.0) return map_float(s, "power", [](double x) { return x * x; });
    if (exponent == 0.5) return map_float(s, "power", [](double x) { return std::sqrt(x); });
    if (exponent == 1.0) return map_float(s, "power", [](double x) { return x; });
    if (exponent == -1.0) return map_float(s, "power", [](double x) { return 1.0 / x; });
    if (exponent == 0.0) {
        // x ** 0 is 1 for a null too, as pandas' NA ** 0.
        return Series(column_from_scalar(Scalar(1.0), s.size()), s.name(), s.index());
    }
    return map_float(s, "power", [exponent](double x) { return std::pow(x, exponent); });
}

Series round(const Series& s, int decimals) {
    require_numbers(s, "round");
    if (s.dtype() == DType::Bool || (integral_dtype(s.dtype()) && decimals >= 0)) {
        return s.dtype() == DType::Bool ? s : s.astype(DType::Int64);
    }
    const std::int64_t n = s.size();
    auto in = NDArray<double>::empty({n});
    double* x = in.data();
    detail::with_values(s.column(), [&](const auto* v) {
        for (std::int64_t i = 0; i < n; ++i) x[i] = static_cast<double>(v[i]);
    });
    const NDArray<double> rounded = tabula::round(in, decimals);
    auto values = detail::allocate_values<double>(n);
    if (n > 0) std::memcpy(values->data(), rounded.data(), static_cast<std::size_t>(n) * 8);
    const Series out = float_result(s, std::move(values));
    // np.round of an int array rounds through float64 and casts back.
    return integral_dtype(s.dtype()) ? out.astype(DType::Int64) : out;
}

Series clip(const Series& s, std::optional<double> lower, std::optional<double> upper) {
    require_numbers(s, "clip");
    // pandas ignores a NaN bound and swaps reversed bounds.
    const bool has_lower = lower.has_value() && !std::isnan(*lower);
    const bool has_upper = upper.has_value() && !std::isnan(*upper);
    double lo = has_lower ? *lower : -INFINITY;
    double hi = has_upper ? *upper : INFINITY;
    if (lo > hi) std::swap(lo, hi);
    const bool keep_int =
        integral_dtype(s.dtype()) && (std::isinf(lo) || whole(lo)) && (std::isinf(hi) || whole(hi));
    if (keep_int) {
        const std::int64_t ilo = std::isinf(lo) ? INT64_MIN : static_cast<std::int64_t>(lo);
        const std::int64_t ihi = std::isinf(hi) ? INT64_MAX : static_cast<std::int64_t>(hi);
        return map_int(s,
                       [ilo, ihi](std::int64_t x) { return x < ilo ? ilo : (x > ihi ? ihi : x); });
    }
    return map_float(s, "clip", [lo, hi](double x) {
        if (std::isnan(x)) return x;
        return x < lo ? lo : (x > hi ? hi : x);
    });
}

Series Series::abs() const {
    return tabula::abs(*this);
}
Series Series::round(int decimals) const {
    return tabula::round(*this, decimals);
}
Series Series::clip(std::optional<double> lower, std::optional<double> upper) const {
    return tabula::clip(*this, lower, upper);
}
Series Series::pow(double exponent) const {
    return tabula::pow(*this, exponent);
}

}  // namespace tabula
