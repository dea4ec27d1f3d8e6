#include "tabula/array/creation.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "tabula/core/error.hpp"

namespace tabula {

namespace {

// NumPy's _arange_safe_ceil_to_intp, with int64's upper bound kept exclusive so that the
// conversion below is always defined.
std::int64_t arange_length(double quotient) {
    const double length = std::ceil(quotient);
    if (std::isnan(length)) throw ValueError("arange: cannot compute length");
    constexpr double limit = 9223372036854775808.0;  // 2**63
    if (!(length >= -limit && length < limit)) throw ValueError("Maximum allowed size exceeded");
    return length > 0 ? static_cast<std::int64_t>(length) : 0;
}

// stop - start as a double, without overflowing int64 on the way.
double exact_difference(std::int64_t start, std::int64_t stop) {
    const auto a = static_cast<std::uint64_t>(start);
    const auto b = static_cast<std::uint64_t>(stop);
    return stop >= start ? static_cast<double>(b - a) : -static_cast<double>(a - b);
}

}  // namespace

namespace detail {

NDArray<std::int64_t> arange_integer(std::int64_t start, std::int64_t stop, std::int64_t step) {
    const std::int64_t n = arange_length(exact_difference(start, stop) / static_cast<double>(step));
    NDArray<std::int64_t> out = NDArray<std::int64_t>::empty(Shape{n});
    std::int64_t* y = out.data();
    // start + i * step in unsigned arithmetic: i * step may leave int64 while the sum does not.
    const auto base = static_cast<std::uint64_t>(start);
    const auto delta = static_cast<std::uint64_t>(step);
    for (std::int64_t i = 0; i < n; ++i) {
        y[i] = static_cast<std::int64_t>(base + static_cast<std::uint64_t>(i) * delta);
    }
    return out;
}

NDArray<double> arange_floating(double start, double stop, double step) {
    const std::int64_t n = arange_length((stop - start) / step);
    NDArray<double> out = NDArray<double>::empty(Shape{n});
    if (n == 0) return out;
    double* y = out.data();
    y[0] = start;
    if (n == 1) return out;
    // NumPy stores start + step, then fills from the difference of the first two elements,
    // which is not always `step` once rounded.
    y[1] = start + step;
    const double delta = y[1] - y[0];
    for (std::int64_t i = 2; i < n; ++i) y[i] = start + static_cast<double>(i) * delta;
    return out;
}

}  // namespace detail

NDArray<double> linspace(double start, double stop, std::int64_t num, bool endpoint) {
    if (num < 0) {
        throw ValueError(fmt::format("Number of samples, {}, must be non-negative.", num));
    }
    const std::int64_t div = endpoint ? num - 1 : num;
    const double delta = stop - start;
    NDArray<double> out = NDArray<double>::empty(Shape{num});
    double* y = out.data();
    // The branches and the order of operations are numpy.linspace's, for identical rounding.
    if (div > 0) {
        const double step = delta / static_cast<double>(div);
        if (step == 0) {
            for (std::int64_t i = 0; i < num; ++i) {
                y[i] = static_cast<double>(i) / static_cast<double>(div) * delta;
            }
        } else {
            for (std::int64_t i = 0; i < num; ++i) y[i] = static_cast<double>(i) * step;
        }
    } else {
        for (std::int64_t i = 0; i < num; ++i) y[i] = static_cast<double>(i) * delta;
    }
    for (std::int64_t i = 0; i < num; ++i) y[i] += start;
    if (endpoint && num > 1) y[num - 1] = stop;
    return out;
}

template <ArrayElement E>
NDArray<E> eye(std::int64_t n, std::optional<std::int64_t> m, std::int64_t k) {
    const std::int64_t cols = m.value_or(n);
    NDArray<E> out = NDArray<E>::zeros(Shape{n, cols});
    if (k >= cols || k <= -n) return out;
    E* y = out.data();
    for (std::int64_t row = std::max<std::int64_t>(0, -k); row < n; ++row) {
        const std::int64_t col = row + k;
        if (col >= cols) break;
        y[row * cols + col] = E{1};
    }
    return out;
}

template NDArray<bool> eye(std::int64_t, std::optional<std::int64_t>, std::int64_t);
template NDArray<std::int32_t> eye(std::int64_t, std::optional<std::int64_t>, std::int64_t);
template NDArray<std::int64_t> eye(std::int64_t, std::optional<std::int64_t>, std::int64_t);
template NDArray<float> eye(std::int64_t, std::optional<std::int64_t>, std::int64_t);
template NDArray<double> eye(std::int64_t, std::optional<std::int64_t>, std::int64_t);

}  // namespace tabula
