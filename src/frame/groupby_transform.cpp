// transform: each row gets its group's aggregate, or a user function's output for its group,
// aligned with the original rows.
#include <string>

#include "column_values.hpp"
#include "groupby_kernels.hpp"
#include "groupby_result.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/groupby.hpp"

namespace tabula {

namespace {

// The per-group value of each row (null where the row's key was dropped).
Column broadcast(const Column& by_id, const detail::Grouping& g) {
    std::vector<std::int64_t> positions(g.ids.begin(), g.ids.end());
    return by_id.take(positions);
}

// The pieces a user transform returned, each placed on its group's rows.
struct Pieces {
    std::vector<std::int64_t> source;  // per row: the position in the concatenated pieces, or -1
    std::vector<Column> parts;
};

// One column from the pieces: their dtype when they share one, float64 for mixed numbers.
Column assemble(const Pieces& pieces, std::int64_t rows) {
    DType dtype = pieces.parts.empty() ? DType::Float64 : pieces.parts.front().dtype();
    for (const Column& part : pieces.parts) {
        if (part.dtype() == dtype) continue;
        if (!detail::is_reducible(part.dtype()) || !detail::is_reducible(dtype)) {
            throw TypeError("transform: the function returned " + std::string(dtype_name(dtype)) +
                            " for one group and " + std::string(dtype_name(part.dtype())) +
                            " for another");
        }
        dtype = DType::Float64;
    }
    std::vector<std::pair<const Column*, std::int64_t>> at;
    for (const Column& part : pieces.parts) {
        for (std::int64_t i = 0; i < part.size(); ++i) at.emplace_back(&part, i);
    }
    if (dtype == DType::String) {
        std::vector<std::optional<std::string>> out(static_cast<std::size_t>(rows));
        for (std::int64_t r = 0; r < rows; ++r) {
            const std::int64_t s = pieces.source[static_cast<std::size_t>(r)];
            if (s < 0) continue;
            const auto [part, i] = at[static_cast<std::size_t>(s)];
            if (part->is_valid(i))
                out[static_cast<std::size_t>(r)] = std::string(part->string_at(i));
        }
        return Column::from_optional_strings(out);
    }
    if (!detail::is_reducible(dtype)) {
        throw TypeError("transform: a function returning " + std::string(dtype_name(dtype)) +
                        " values is not supported");
    }
    return detail::dispatch_fixed(dtype, [&]<class T>(T) {
        std::vector<std::optional<T>> out(static_cast<std::size_t>(rows));
        for (std::int64_t r = 0; r < rows; ++r) {
            const std::int64_t s = pieces.source[static_cast<std::size_t>(r)];
            if (s < 0) continue;
            const auto [part, i] = at[static_cast<std::size_t>(s)];
            if (part->is_null(i)) continue;
            out[static_cast<std::size_t>(r)] = detail::with_numbers(
                *part, [&]<class U>(const U* values) { return static_cast<T>(values[i]); });
        }
        return Column::from_optionals(out);
    });
}

}  // namespace

Series SeriesGroupBy::transform(std::string_view func) const {
    const auto kind = detail::agg_kind(func);
    if (!kind) {
        throw ValueError("'" + std::string(func) +
                         "' is not a valid function name for transform(name)");
    }
    const Column by_id = detail::aggregate(values_.column(), *grouping_, *kind, values_.name());
    return Series(broadcast(by_id, *grouping_), values_.name(), values_.index());
}

Series SeriesGroupBy::transform(const AggFunction& f) const {
    return transform(TransformFunction(
        [&f](const Series& part) { return Series(std::vector<double>{f(part)}); }));
}

Series SeriesGroupBy::transform(const TransformFunction& f) const {
    const detail::GroupRows rows = detail::rows_by_group(*grouping_);
    Pieces pieces;
    pieces.source.assign(static_cast<std::size_t>(values_.size()), -1);
    std::int64_t placed = 0;
    for (const std::int64_t group : grouping_->order) {
        const auto members = rows.of(group);
        const Series part(values_.column().take(members), values_.name(),
                          values_.index().take(members));
        Series out = f(part);
        const auto size = static_cast<std::int64_t>(members.size());
        if (out.size() != size && out.size() != 1) {
            throw ValueError("transform: the function returned " + std::to_string(out.size()) +
                             " values for a group of " + std::to_string(size) + " rows");
        }
        for (std::int64_t j = 0; j < size; ++j) {
            pieces.source[static_cast<std::size_t>(members[static_cast<std::size_t>(j)])] =
                placed + (out.size() == 1 ? 0 : j);
        }
        placed += out.size();
        pieces.parts.push_back(out.column());
    }
    return Series(assemble(pieces, values_.size()), values_.name(), values_.index());
}

DataFrame DataFrameGroupBy::transform(std::string_view func) const {
    std::vector<Column> columns;
    for (const std::string& name : selected_)
        columns.push_back(column(name).transform(func).column());
    return DataFrame(selected_, std::move(columns), frame_.index());
}

DataFrame DataFrameGroupBy::transform(const TransformFunction& f) const {
    std::vector<Column> columns;
    for (const std::string& name : selected_) columns.push_back(column(name).transform(f).column());
    return DataFrame(selected_, std::move(columns), frame_.index());
}

}  // namespace tabula
