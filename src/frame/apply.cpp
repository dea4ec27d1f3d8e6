// RowView's lookups and errors: the parts of DataFrame::apply that are not per row.
#include <algorithm>
#include <string>

#include "column_dispatch.hpp"
#include "tabula/frame/row_view.hpp"

namespace tabula {

RowView::RowView(const DataFrame& frame) : frame_(&frame), names_(frame.columns()) {
    columns_.reserve(names_.size());
    for (std::size_t j = 0; j < names_.size(); ++j) {
        const Column& c = frame.column(j);
        const bool text = c.dtype() == DType::String || c.dtype() == DType::Categorical;
        const void* values = text ? nullptr : detail::dispatch_fixed(c.dtype(), [&]<class T>(T) {
            return static_cast<const void*>(c.data<T>());
        });
        columns_.push_back({c.dtype(), c.has_nulls(), values, &c});
    }
}

std::string RowView::label() const {
    return frame_->index().label_string(row_);
}

std::size_t RowView::lookup(std::string_view name) const {
    const auto it = std::find(names_.begin(), names_.end(), name);
    // The frame's own lookup words the KeyError, with the closest column.
    if (it == names_.end()) static_cast<void>(frame_->column(name));
    const auto column = static_cast<std::size_t>(it - names_.begin());
    cache_[next_slot_] = {name.data(), name.size(), column};
    next_slot_ = (next_slot_ + 1) % cache_.size();
    return column;
}

std::size_t RowView::checked(std::int64_t column) const {
    const auto width = static_cast<std::int64_t>(columns_.size());
    if (column < 0 || column >= width) {
        throw IndexError("column position " + std::to_string(column) + " is out of bounds for " +
                         std::to_string(width) + " columns");
    }
    return static_cast<std::size_t>(column);
}

void RowView::wrong_type(std::size_t column, const char* wanted) const {
    const DType dtype = columns_[column].dtype;
    const std::string held = dtype == DType::String || dtype == DType::Categorical
                                 ? std::string("strings")
                                 : std::string(dtype_name(dtype)) + " values";
    throw TypeError("column '" + names_[column] + "' holds " + held + ", not " + wanted);
}

void RowView::null_value(std::size_t column) const {
    throw ValueError("column '" + names_[column] + "' is null at row " + std::to_string(row_) +
                     " (label " + label() + "); read it as get<std::optional<T>> or test is_null");
}

}  // namespace tabula
