#include "tabula/frame/index.hpp"

#include <string>

#include "column_dispatch.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

namespace {

// Ceil-division length of a range, as Python's len(range(start, stop, step)).
std::int64_t range_length(std::int64_t start, std::int64_t stop, std::int64_t step) {
    if (step > 0 && stop > start) return (stop - start + step - 1) / step;
    if (step < 0 && stop < start) return (start - stop - step - 1) / -step;
    return 0;
}

}  // namespace

Index::Index(Column labels, std::string name)
    : labels_(std::make_shared<const Column>(std::move(labels))), name_(std::move(name)) {}

Index::Index(const std::vector<std::string>& labels, std::string name)
    : Index(Column::from_strings(labels), std::move(name)) {}

Index Index::range(std::int64_t start, std::int64_t stop, std::int64_t step) {
    if (step == 0) throw ValueError("Step must not be zero");
    Index index;
    index.start_ = start;
    index.stop_ = stop;
    index.step_ = step;
    return index;
}

std::int64_t Index::size() const noexcept {
    return labels_ ? labels_->size() : range_length(start_, stop_, step_);
}

Index Index::rename(std::string name) const {
    Index out = *this;
    out.name_ = std::move(name);
    return out;
}

Column Index::labels() const {
    if (labels_) return *labels_;
    std::vector<std::int64_t> values(static_cast<std::size_t>(size()));
    for (std::size_t i = 0; i < values.size(); ++i) {
        values[i] = start_ + static_cast<std::int64_t>(i) * step_;
    }
    return Column::from_vector(values);
}

DType Index::dtype() const noexcept {
    return labels_ ? labels_->dtype() : DType::Int64;
}

std::string Index::label_string(std::int64_t i) const {
    if (!labels_) return std::to_string(start_ + i * step_);
    const Column& c = *labels_;
    if (c.is_null(i)) return "NaN";
    if (c.dtype() == DType::String || c.dtype() == DType::Categorical) {
        return std::string(c.string_at(i));
    }
    return detail::dispatch_fixed(c.dtype(),
                                  [&]<class T>(T) { return detail::python_text(c.data<T>()[i]); });
}

std::int64_t Index::position(std::string_view label) const {
    const std::int64_t n = size();
    for (std::int64_t i = 0; i < n; ++i) {
        if (label_string(i) == label) return i;
    }
    throw KeyError("'" + std::string(label) + "'");
}

Index Index::slice(std::int64_t offset, std::int64_t length) const {
    if (offset < 0 || length < 0 || offset > size() || length > size() - offset) {
        throw IndexError("slice [" + std::to_string(offset) + ", " +
                         std::to_string(offset + length) + ") is out of bounds for an index of " +
                         std::to_string(size()) + " labels");
    }
    if (labels_) return Index(labels_->slice(offset, length), name_);
    Index out = range(start_ + offset * step_, start_ + (offset + length) * step_, step_);
    out.name_ = name_;
    return out;
}

Index Index::take(std::span<const std::int64_t> positions) const {
    return Index(labels().take(positions), name_);
}

Index Index::filter(std::span<const bool> keep) const {
    return Index(labels().filter(keep), name_);
}

bool Index::equals(const Index& other) const {
    if (is_range() && other.is_range()) {
        return size() == other.size() &&
               (size() == 0 || (start_ == other.start_ && (size() == 1 || step_ == other.step_)));
    }
    return labels().equals(other.labels());
}

}  // namespace tabula
