// Row labels as pandas prints them: Index.format() beside the values, Index._summary() in
// info(), and the item list of an empty frame.
#include <string>

#include "format_cells.hpp"

namespace tabula::display_detail {

namespace {

std::vector<std::string> range_labels(const Index& index, Rows rows) {
    std::vector<std::string> labels;
    labels.reserve(rows.size());
    for (const std::int64_t r : rows) {
        labels.push_back(std::to_string(index.start() + r * index.step()));
    }
    return labels;
}

bool dates_only(const Column& labels) {
    const std::int64_t* values = labels.data<std::int64_t>();
    for (std::int64_t i = 0; i < labels.size(); ++i) {
        if (labels.is_valid(i) && !is_midnight(values[i])) return false;
    }
    return true;
}

std::string class_name(const Index& index) {
    if (index.is_range()) return "RangeIndex";
    switch (index.dtype()) {
        case DType::Int32:
        case DType::Int64:
            return index.labels().has_nulls() ? "Index" : "Int64Index";
        case DType::Float32:
        case DType::Float64:
            return "Float64Index";
        case DType::Categorical:
            return "CategoricalIndex";
        case DType::Datetime:
            return "DatetimeIndex";
        case DType::Bool:
        case DType::String:
            return "Index";
    }
    return "Index";
}

}  // namespace

std::vector<std::string> format_index_labels(const Index& index, Rows rows, bool truncated,
                                             const DisplayOptions& options) {
    if (index.is_range() && !truncated) {
        // RangeIndex._format_with_header pads to the wider of its first and last labels.
        const std::int64_t n = index.size();
        const std::int64_t width =
            std::max(text_width(std::to_string(index.start())),
                     text_width(std::to_string(index.start() + (n - 1) * index.step())));
        std::vector<std::string> labels = range_labels(index, rows);
        for (std::string& label : labels) label = justify(label, width, Justify::Left);
        return labels;
    }
    std::vector<std::string> labels;
    if (index.is_range()) {
        for (std::string& label : range_labels(index, rows)) {
            if (label[0] != '-') label.insert(label.begin(), ' ');
            labels.push_back(std::move(label));
        }
        make_fixed_width(labels, Justify::Left, 0, options.max_colwidth);
        trim_front(labels);
        return labels;
    }
    const Column column = index.labels();
    switch (column.dtype()) {
        case DType::String:
        case DType::Categorical:
            for (const std::int64_t r : rows) {
                labels.push_back(column.is_null(r) ? "NaN" : escape_cell(column.string_at(r)));
            }
            return labels;
        case DType::Datetime:
            return datetime_cells(column, rows);
        default:
            labels = format_cells(column, rows, Justify::Left, options);
            trim_front(labels);
            return labels;
    }
}

std::string index_summary(const Index& index) {
    const std::int64_t n = index.size();
    std::string out = class_name(index) + ": " + std::to_string(n) + " entries";
    if (n == 0) return out;
    std::string head;
    std::string tail;
    if (index.is_range()) {
        head = std::to_string(index.start());
        tail = std::to_string(index.start() + (n - 1) * index.step());
    } else if (index.dtype() == DType::Datetime) {
        // DatetimeIndex._formatter_func: dates alone when every label is a midnight.
        const Column labels = index.labels();
        const bool dates = dates_only(labels);
        const auto text = [&](std::int64_t i) {
            if (labels.is_null(i)) return std::string("NaT");
            const std::int64_t ns = labels.data<std::int64_t>()[i];
            return dates ? date_text(ns) : timestamp_text(ns);
        };
        head = text(0);
        tail = text(n - 1);
    } else {
        const Column labels = index.labels();
        head = item_text(labels, 0);
        tail = item_text(labels, n - 1);
    }
    return out + ", " + head + " to " + tail;
}

std::string list_text(const std::vector<std::string>& items, std::int64_t max_seq_items) {
    const std::size_t shown = max_seq_items > 0
                                  ? std::min(items.size(), static_cast<std::size_t>(max_seq_items))
                                  : items.size();
    std::string out = "[";
    for (std::size_t i = 0; i < shown; ++i) {
        if (i > 0) out += ", ";
        out += items[i];
    }
    if (shown < items.size()) out += ", ...";
    return out + "]";
}

}  // namespace tabula::display_detail
