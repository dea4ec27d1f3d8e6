// The groupby aggregations that pick a value (min, max, first, last) and nunique. Picking the
// row and then taking it keeps the column's dtype, strings and datetimes included.
#include <algorithm>
#include <string>

#include "column_values.hpp"
#include "groupby_kernels.hpp"
#include "tabula/core/error.hpp"

namespace tabula::detail {

namespace {

// Calls f(group, row) for every row that has a group and a value, in row order.
template <class F>
void for_each_present_row(const Column& values, const std::vector<std::int32_t>& ids, F&& f) {
    const auto n = static_cast<std::int64_t>(ids.size());
    auto visit = [&](auto present) {
        for (std::int64_t i = 0; i < n; ++i) {
            const std::int32_t g = ids[static_cast<std::size_t>(i)];
            if (g >= 0 && present(i)) f(g, i);
        }
    };
    if (values.dtype() == DType::String || values.dtype() == DType::Categorical) {
        visit([&](std::int64_t i) { return values.is_valid(i); });
        return;
    }
    dispatch_fixed(values.dtype(), [&]<class T>(T) {
        const T* data = values.data<T>();
        visit([&](std::int64_t i) { return values.is_valid(i) && !is_nan_value(data[i]); });
    });
}

// Rows holding the smallest (largest) value of each group; the first of equal values, as
// pandas' `val < min` update keeps it.
template <class Less>
std::vector<std::int64_t> extreme_rows(const Column& values, const Grouping& g, Less less) {
    std::vector<std::int64_t> rows(static_cast<std::size_t>(g.ngroups), -1);
    for_each_present_row(values, g.ids, [&](std::int32_t group, std::int64_t i) {
        std::int64_t& best = rows[static_cast<std::size_t>(group)];
        if (best < 0 || less(i, best)) best = i;
    });
    return rows;
}

template <bool largest>
std::vector<std::int64_t> min_or_max_rows(const Column& values, const Grouping& g) {
    if (values.dtype() == DType::Categorical) {
        throw TypeError(
            std::string("Categorical is not ordered for operation ") + (largest ? "max" : "min") +
            "\nyou can use .as_ordered() to change the Categorical to an ordered one\n");
    }
    if (values.dtype() == DType::String) {
        return extreme_rows(values, g, [&](std::int64_t a, std::int64_t b) {
            return largest ? values.string_at(b) < values.string_at(a)
                           : values.string_at(a) < values.string_at(b);
        });
    }
    return dispatch_fixed(values.dtype(), [&]<class T>(T) {
        const T* data = values.data<T>();
        return extreme_rows(values, g, [&](std::int64_t a, std::int64_t b) {
            return largest ? data[b] < data[a] : data[a] < data[b];
        });
    });
}

}  // namespace

std::vector<std::int64_t> selected_rows(const Column& values, const Grouping& g, AggKind kind) {
    if (kind == AggKind::Min) return min_or_max_rows<false>(values, g);
    if (kind == AggKind::Max) return min_or_max_rows<true>(values, g);
    std::vector<std::int64_t> rows(static_cast<std::size_t>(g.ngroups), -1);
    const bool first = kind == AggKind::First;
    for_each_present_row(values, g.ids, [&](std::int32_t group, std::int64_t i) {
        std::int64_t& row = rows[static_cast<std::size_t>(group)];
        if (!first || row < 0) row = i;
    });
    return rows;
}

Column distinct_per_group(const Column& values, const Grouping& g, bool dropna) {
    const DenseKeys distinct = dense_keys(values, dropna);
    const auto levels = static_cast<std::uint64_t>(distinct.first_rows.size());
    std::vector<std::uint64_t> pairs;
    pairs.reserve(g.ids.size());
    for (std::size_t i = 0; i < g.ids.size(); ++i) {
        if (g.ids[i] < 0 || distinct.ids[i] < 0) continue;
        pairs.push_back(static_cast<std::uint64_t>(g.ids[i]) * levels +
                        static_cast<std::uint64_t>(distinct.ids[i]));
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    std::vector<std::int64_t> counts(static_cast<std::size_t>(g.ngroups), 0);
    for (const std::uint64_t pair : pairs) ++counts[static_cast<std::size_t>(pair / levels)];
    return Column::from_vector(counts);
}

}  // namespace tabula::detail
