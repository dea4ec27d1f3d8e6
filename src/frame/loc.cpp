// DataFrame::loc: rows by label (one, a list, an inclusive slice, a bool mask), columns by name.
#include <algorithm>
#include <string>

#include "label_lookup.hpp"
#include "row_pick.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula {

namespace {

detail::RowPick label_slice_pick(const Index& index, const LabelSlice& slice) {
    const detail::SliceBounds bounds = detail::label_slice_bounds(index, slice);
    return detail::range_pick(bounds.first, bounds.stop, slice.step);
}

// pandas aligns a bool mask on the frame's labels; a label the mask lacks cannot be decided.
detail::RowPick mask_pick(const Index& index, const Series& mask) {
    const Column& values = mask.column();
    std::vector<std::int64_t> source;
    if (!mask.index().equals(index)) {
        source = detail::reindex_positions(mask.index(), index);
        for (const std::int64_t p : source) {
            if (p < 0) {
                throw ValueError(
                    "Unalignable boolean Series provided as indexer (index of the boolean Series "
                    "and of the indexed object do not match).");
            }
        }
    }
    const bool* flags = values.data<bool>();
    std::vector<std::int64_t> positions;
    for (std::int64_t i = 0; i < index.size(); ++i) {
        const std::int64_t p = source.empty() ? i : source[static_cast<std::size_t>(i)];
        // A null counts as false, as df[mask] and pandas' nullable boolean indexing.
        if (values.is_valid(p) && flags[p]) positions.push_back(i);
    }
    return detail::list_pick(index.size(), std::move(positions));
}

detail::RowPick rows_pick(const Index& index, const LabelRows& rows) {
    if (const auto* labels = std::get_if<std::vector<Scalar>>(&rows.value)) {
        return detail::list_pick(index.size(), detail::list_positions(index, *labels));
    }
    if (const auto* slice = std::get_if<LabelSlice>(&rows.value)) {
        return label_slice_pick(index, *slice);
    }
    const Series& series = std::get<Series>(rows.value);
    if (series.dtype() == DType::Bool) return mask_pick(index, series);
    // A Series of other values holds labels, as pandas' df.loc[series].
    std::vector<Scalar> labels;
    labels.reserve(static_cast<std::size_t>(series.size()));
    for (std::int64_t i = 0; i < series.size(); ++i)
        labels.push_back(scalar_at(series.column(), i));
    return detail::list_pick(index.size(), detail::list_positions(index, labels));
}

// The row holding a label; a label held by several rows would make pandas return a frame.
std::int64_t label_row(const Index& index, const Scalar& label) {
    const std::vector<std::int64_t> found = detail::label_positions(index, label);
    if (found.empty()) throw KeyError(label.repr());
    if (found.size() > 1) {
        throw ValueError("label " + label.repr() + " is held by " + std::to_string(found.size()) +
                         " rows; loc({label}) selects them as a DataFrame");
    }
    return found.front();
}

// The positions of columns named in a list (KeyError naming the closest for a missing one) or
// by a label slice over the names.
std::vector<std::int64_t> column_positions(const DataFrame& frame, const LabelColumns& columns) {
    const std::vector<std::string>& names = frame.columns();
    if (const auto* slice = std::get_if<LabelSlice>(&columns.value)) {
        return label_slice_pick(Index(names), *slice).all_positions();
    }
    std::vector<std::int64_t> positions;
    for (const std::string& name : std::get<std::vector<std::string>>(columns.value)) {
        const auto it = std::find(names.begin(), names.end(), name);
        if (it == names.end()) static_cast<void>(frame.column(name));
        positions.push_back(it - names.begin());
    }
    return positions;
}

}  // namespace

Series DataFrame::loc_row(const Scalar& row) const {
    return row_series(label_row(index_, row), all_column_positions());
}

Series DataFrame::loc_row(const Scalar& row, const LabelColumns& columns) const {
    const std::int64_t position = label_row(index_, row);
    return row_series(position, column_positions(*this, columns));
}

Scalar DataFrame::loc_cell(const Scalar& row, std::string_view column) const {
    const std::int64_t position = label_row(index_, row);
    return scalar_at(this->column(column), position);
}

Series DataFrame::loc_column(const LabelRows& rows, std::string_view column) const {
    const Column& values = this->column(column);
    const detail::RowPick pick = rows_pick(index_, rows);
    return Series(detail::pick_column(values, pick), std::string(column),
                  detail::pick_index(index_, pick));
}

DataFrame DataFrame::loc(const LabelRows& rows) const {
    return detail::pick_rows(*this, rows_pick(index_, rows));
}

DataFrame DataFrame::loc(const LabelRows& rows, const LabelColumns& columns) const {
    const std::vector<std::int64_t> positions = column_positions(*this, columns);
    return detail::pick_rows(columns_at(positions), rows_pick(index_, rows));
}

}  // namespace tabula
