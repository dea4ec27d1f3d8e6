// Series::between and Series::isin, as pandas 1.5.3 with nullable dtypes: between is two
// comparisons joined by & (a null row stays null); isin answers true or false for every row, a
// null row being "in" the values exactly when they hold a null (a NaN matches a NaN).
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "series_elementwise.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/series_ops.hpp"

namespace tabula {

Series Series::between(const Scalar& left, const Scalar& right, std::string_view inclusive) const {
    if (inclusive == "both") return (*this >= left) & (*this <= right);
    if (inclusive == "neither") return (*this > left) & (*this < right);
    if (inclusive == "left") return (*this >= left) & (*this < right);
    if (inclusive == "right") return (*this > left) & (*this <= right);
    throw ValueError("Inclusive has to be either string of 'both','left', 'right', or 'neither'.");
}

namespace {

// The values to look for, by kind: ints exactly, floats (NaN apart), texts.
struct Lookup {
    std::unordered_set<std::int64_t> ints;
    std::unordered_set<double> floats;
    std::unordered_set<std::string_view> texts;
    bool nan = false;
    bool null = false;

    explicit Lookup(const std::vector<Scalar>& values) {
        for (const Scalar& v : values) {
            if (v.is_null()) {
                null = true;
            } else if (v.is_string()) {
                texts.insert(v.as_string());
            } else if (v.is_float()) {
                if (std::isnan(v.as_double())) {
                    nan = true;
                } else {
                    floats.insert(v.as_double());
                }
            } else {
                ints.insert(v.is_bool() ? std::int64_t{std::get<bool>(v.value())}
                                        : std::get<std::int64_t>(v.value()));
            }
        }
    }

    bool has_int(std::int64_t x) const {
        return ints.contains(x) || floats.contains(static_cast<double>(x));
    }
    bool has_float(double x) const {
        if (std::isnan(x)) return nan;
        if (floats.contains(x)) return true;
        // A whole float matches an equal int (1.0 is in [1]).
        return x == std::trunc(x) && std::fabs(x) < 9.2e18 &&
               ints.contains(static_cast<std::int64_t>(x));
    }
};

}  // namespace

Series Series::isin(const std::vector<Scalar>& values) const {
    const Lookup lookup(values);
    const std::int64_t n = size();
    auto out_values = detail::allocate_values<bool>(n);
    bool* out = out_values->as<bool>();
    if (detail::is_text(dtype())) {
        if (dtype() == DType::Categorical) {
            const Column& categories = column_.categories();
            std::vector<char> hit(static_cast<std::size_t>(categories.size()));
            for (std::int64_t k = 0; k < categories.size(); ++k) {
                hit[static_cast<std::size_t>(k)] = lookup.texts.contains(categories.string_at(k));
            }
            const std::int32_t* codes = column_.codes();
            for (std::int64_t i = 0; i < n; ++i) {
                out[i] = codes[i] >= 0 && hit[static_cast<std::size_t>(codes[i])] != 0;
            }
        } else {
            for (std::int64_t i = 0; i < n; ++i) out[i] = lookup.texts.contains(text(i));
        }
    } else {
        detail::with_values(column_, [&]<class T>(const T* x) {
            for (std::int64_t i = 0; i < n; ++i) {
                if constexpr (std::is_floating_point_v<T>) {
                    out[i] = lookup.has_float(static_cast<double>(x[i]));
                } else {
                    out[i] = lookup.has_int(static_cast<std::int64_t>(x[i]));
                }
            }
        });
    }
    if (column_.has_nulls()) {
        for (std::int64_t i = 0; i < n; ++i) {
            if (column_.is_null(i)) out[i] = lookup.null;
        }
    }
    return Series(Column::fixed(DType::Bool, std::move(out_values), n), name_, index_);
}

}  // namespace tabula
