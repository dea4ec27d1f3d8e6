// Column::astype: pandas' conversions between numbers, bool, strings and categories.
#include <fast_float/fast_float.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <unordered_map>

#include "column_dispatch.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/frame/column.hpp"

namespace tabula {

namespace {

std::optional<Bitmap> validity_of(const Column& column) {
    if (!column.has_nulls()) return std::nullopt;
    return column.validity();
}

// A value of type From as To, refusing what NumPy/pandas refuse instead of wrapping.
template <class To, class From>
To convert(From value) {
    if constexpr (std::is_same_v<To, bool>) {
        return value != From{};
    } else if constexpr (std::is_floating_point_v<From> && std::is_integral_v<To>) {
        if (!std::isfinite(value)) {
            throw ValueError("Cannot convert non-finite values (NA or inf) to integer");
        }
        const auto limit = static_cast<double>(std::numeric_limits<To>::max());
        if (static_cast<double>(value) >= limit + 1.0 ||
            static_cast<double>(value) < -limit - 1.0) {
            throw ValueError("value " + float_repr(static_cast<double>(value)) +
                             " does not fit in " + std::string(dtype_name(dtype_of_v<To>)));
        }
        return static_cast<To>(value);
    } else if constexpr (std::is_integral_v<From> && std::is_integral_v<To> &&
                         sizeof(To) < sizeof(From)) {
        if (value < std::numeric_limits<To>::min() || value > std::numeric_limits<To>::max()) {
            throw ValueError("value " + std::to_string(value) + " does not fit in " +
                             std::string(dtype_name(dtype_of_v<To>)));
        }
        return static_cast<To>(value);
    } else {
        return static_cast<To>(value);
    }
}

template <class To>
To parse_text(std::string_view text) {
    To value{};
    const char* end = text.data() + text.size();
    if constexpr (std::is_same_v<To, bool>) {
        if (text == "True" || text == "true" || text == "TRUE") return true;
        if (text == "False" || text == "false" || text == "FALSE") return false;
        throw ValueError("could not convert string to bool: '" + std::string(text) + "'");
    } else if constexpr (std::is_floating_point_v<To>) {
        const auto r = fast_float::from_chars(text.data(), end, value);
        if (r.ec != std::errc() || r.ptr != end) {
            throw ValueError("could not convert string to float: '" + std::string(text) + "'");
        }
    } else {
        const auto r = std::from_chars(text.data(), end, value);
        if (r.ec != std::errc() || r.ptr != end) {
            throw ValueError("invalid literal for int() with base 10: '" + std::string(text) + "'");
        }
    }
    return value;
}

Column to_strings(const Column& column) {
    const std::int64_t n = column.size();
    std::vector<std::string> texts(static_cast<std::size_t>(n));
    if (column.dtype() == DType::Categorical) {
        for (std::int64_t i = 0; i < n; ++i) {
            texts[static_cast<std::size_t>(i)] = std::string(column.string_at(i));
        }
    } else {
        detail::dispatch_fixed(column.dtype(), [&]<class T>(T) {
            const T* values = column.data<T>();
            for (std::int64_t i = 0; i < n; ++i) {
                if (column.is_valid(i))
                    texts[static_cast<std::size_t>(i)] = detail::python_text(values[i]);
            }
        });
    }
    return Column::from_strings(texts, validity_of(column));
}

// Categories sorted as pandas sorts them; codes follow.
Column to_categorical(const Column& column) {
    const Column text = column.dtype() == DType::String ? column : to_strings(column);
    const std::int64_t n = text.size();
    std::vector<std::string> distinct;
    std::unordered_map<std::string_view, std::int32_t> seen;
    for (std::int64_t i = 0; i < n; ++i) {
        if (text.is_valid(i) && seen.emplace(text.string_at(i), 0).second) {
            distinct.emplace_back(text.string_at(i));
        }
    }
    std::sort(distinct.begin(), distinct.end());
    std::unordered_map<std::string_view, std::int32_t> code_of;
    for (std::size_t k = 0; k < distinct.size(); ++k) {
        code_of.emplace(distinct[k], static_cast<std::int32_t>(k));
    }
    auto codes = Buffer::allocate(static_cast<std::size_t>(n) * sizeof(std::int32_t));
    auto* out = codes->as<std::int32_t>();
    for (std::int64_t i = 0; i < n; ++i) {
        out[i] = text.is_valid(i) ? code_of.at(text.string_at(i)) : -1;
    }
    return Column::categorical(std::move(codes), n, Column::from_strings(distinct),
                               validity_of(text));
}

template <class To>
Column numbers_from_text(const Column& column) {
    const std::int64_t n = column.size();
    auto values = Buffer::allocate(static_cast<std::size_t>(n) * sizeof(To));
    auto* out = values->template as<To>();
    for (std::int64_t i = 0; i < n; ++i) {
        out[i] = column.is_valid(i) ? parse_text<To>(column.string_at(i)) : To{};
    }
    return Column::fixed(dtype_of_v<To>, std::move(values), n, validity_of(column));
}

}  // namespace

Column Column::astype(DType target) const {
    if (target == dtype()) return *this;
    if (target == DType::String) return to_strings(*this);
    if (target == DType::Categorical) return to_categorical(*this);
    if (dtype() == DType::String || dtype() == DType::Categorical) {
        const Column text = dtype() == DType::String ? *this : to_strings(*this);
        if (target == DType::Datetime) {
            throw TypeError("astype: parse dates with read_csv's parse_dates");
        }
        return detail::dispatch_fixed(target,
                                      [&]<class T>(T) { return numbers_from_text<T>(text); });
    }
    const bool reinterpret = (dtype() == DType::Datetime && target == DType::Int64) ||
                             (dtype() == DType::Int64 && target == DType::Datetime);
    if (reinterpret) {
        auto storage = std::make_shared<Storage>(*data_);
        storage->dtype = target;
        return Column(std::move(storage), offset_, length_);
    }
    return detail::dispatch_fixed(dtype(), [&]<class From>(From) {
        return detail::dispatch_fixed(target, [&]<class To>(To) {
            auto values = Buffer::allocate(static_cast<std::size_t>(length_) * sizeof(To));
            auto* out = values->template as<To>();
            const From* in = data<From>();
            for (std::int64_t i = 0; i < length_; ++i) {
                out[i] = is_valid(i) ? convert<To>(in[i]) : To{};
            }
            return fixed(target, std::move(values), length_, validity_of(*this));
        });
    });
}

bool Column::equals(const Column& other) const {
    if (dtype() != other.dtype() || size() != other.size() || null_count() != other.null_count()) {
        return false;
    }
    for (std::int64_t i = 0; i < length_; ++i) {
        if (is_valid(i) != other.is_valid(i)) return false;
    }
    if (dtype() == DType::String || dtype() == DType::Categorical) {
        for (std::int64_t i = 0; i < length_; ++i) {
            if (is_valid(i) && string_at(i) != other.string_at(i)) return false;
        }
        return true;
    }
    return detail::dispatch_fixed(dtype(), [&]<class T>(T) {
        const T* a = data<T>();
        const T* b = other.data<T>();
        for (std::int64_t i = 0; i < length_; ++i) {
            if (!is_valid(i)) continue;
            if constexpr (std::is_floating_point_v<T>) {
                if (std::isnan(a[i]) && std::isnan(b[i])) continue;
                if (a[i] != b[i]) return false;
            } else {
                if (a[i] != b[i]) return false;
            }
        }
        return true;
    });
}

}  // namespace tabula
