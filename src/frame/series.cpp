#include "tabula/frame/series.hpp"

#include <cmath>
#include <limits>
#include <string>

#include "column_dispatch.hpp"
#include "missing_values.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

Series::Series(Column column, std::string name, std::optional<Index> index)
    : column_(std::move(column)),
      name_(std::move(name)),
      index_(index ? std::move(*index) : Index::range(0, column_.size())) {
    if (index_.size() != column_.size()) {
        throw ValueError("Length of values (" + std::to_string(column_.size()) +
                         ") does not match length of index (" + std::to_string(index_.size()) +
                         ")");
    }
}

void Series::set_pending_key_error(std::string message) {
    pending_key_error_ = std::make_shared<const std::string>(std::move(message));
}

void Series::throw_pending_key_error() const {
    throw KeyError(*pending_key_error_);
}

Series Series::rename(std::string name) const {
    check_pending();
    Series out = *this;
    out.name_ = std::move(name);
    return out;
}

Series Series::slice(std::int64_t offset, std::int64_t length) const {
    check_pending();
    return Series(column_.slice(offset, length), name_, index_.slice(offset, length));
}

Series Series::head(std::int64_t n) const {
    return slice(0, detail::head_length(n, size()));
}

Series Series::tail(std::int64_t n) const {
    const std::int64_t rows = size();
    const std::int64_t keep = detail::head_length(n, rows);
    return slice(rows - keep, keep);
}

double Series::value(std::int64_t i) const {
    if (i < 0 || i >= size()) {
        throw IndexError("index " + std::to_string(i) + " is out of bounds for size " +
                         std::to_string(size()));
    }
    if (column_.is_null(i)) return std::numeric_limits<double>::quiet_NaN();
    if (dtype() == DType::String || dtype() == DType::Categorical) {
        throw TypeError("Series '" + name_ + "' holds strings, not numbers");
    }
    return detail::dispatch_fixed(
        dtype(), [&]<class T>(T) { return static_cast<double>(column_.data<T>()[i]); });
}

NDArray<double> Series::to_numpy() const {
    if (dtype() == DType::String || dtype() == DType::Categorical) {
        throw TypeError("could not convert string column '" + name_ + "' to float64");
    }
    auto out = NDArray<double>::empty({size()});
    double* values = out.data();
    detail::dispatch_fixed(dtype(), [&]<class T>(T) {
        const T* in = column_.data<T>();
        for (std::int64_t i = 0; i < size(); ++i) {
            values[i] = column_.is_valid(i) ? static_cast<double>(in[i])
                                            : std::numeric_limits<double>::quiet_NaN();
        }
    });
    return out;
}

namespace {

Series null_mask(const Series& s, bool want_null) {
    const std::int64_t n = s.size();
    auto values = Buffer::allocate(static_cast<std::size_t>(n));
    auto* out = values->as<bool>();
    // A NaN in a float column is missing too, as pandas' isna.
    const auto missing = detail::missing_rows(s.column());
    for (std::int64_t i = 0; i < n; ++i) out[i] = missing[static_cast<std::size_t>(i)] == want_null;
    return Series(Column::fixed(DType::Bool, std::move(values), n), s.name(), s.index());
}

}  // namespace

Series Series::isnull() const {
    return null_mask(*this, true);
}
Series Series::notnull() const {
    return null_mask(*this, false);
}

bool Series::equals(const Series& other) const {
    check_pending();
    other.check_pending();
    return column_.equals(other.column_) && index_.equals(other.index_);
}

}  // namespace tabula
