// Series::value_counts and the distinct-value counting behind nunique and describe.
#include <algorithm>
#include <bit>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "column_values.hpp"
#include "numpy_quicksort.hpp"
#include "tabula/frame/series.hpp"
#include "value_counting.hpp"

namespace tabula {

namespace detail {

namespace {

// Groups in first-seen order: the first row of each and how many rows it holds.
struct Groups {
    std::vector<std::int64_t> first_rows;
    std::vector<std::int64_t> counts;
    std::int64_t missing_group = -1;

    void add(std::int64_t& group, std::int64_t row) {
        if (group < 0) {
            group = static_cast<std::int64_t>(first_rows.size());
            first_rows.push_back(row);
            counts.push_back(0);
        }
        ++counts[static_cast<std::size_t>(group)];
    }
    void add_missing(std::int64_t row, bool dropna) {
        if (!dropna) add(missing_group, row);
    }
};

// Hash-map grouping on a key per row; `key(i)` is only called for present rows.
template <class Key, class Present, class KeyOf>
Groups group_rows(std::int64_t n, bool dropna, Present present, KeyOf key) {
    Groups groups;
    std::unordered_map<Key, std::int64_t> group_of;
    for (std::int64_t i = 0; i < n; ++i) {
        if (!present(i)) {
            groups.add_missing(i, dropna);
            continue;
        }
        auto [it, inserted] = group_of.try_emplace(key(i), -1);
        groups.add(it->second, i);
    }
    return groups;
}

Groups group_fixed(const Column& column, bool dropna) {
    return dispatch_fixed(column.dtype(), [&]<class T>(T) {
        const T* values = column.data<T>();
        auto present = [&](std::int64_t i) {
            return column.is_valid(i) && !is_nan_value(values[i]);
        };
        if constexpr (std::is_floating_point_v<T>) {
            // 0.0 and -0.0 hash and compare equal in pandas' float table.
            return group_rows<std::uint64_t>(column.size(), dropna, present, [&](std::int64_t i) {
                const double v = static_cast<double>(values[i]);
                return std::bit_cast<std::uint64_t>(v == 0.0 ? 0.0 : v);
            });
        } else {
            return group_rows<std::int64_t>(column.size(), dropna, present, [&](std::int64_t i) {
                return static_cast<std::int64_t>(values[i]);
            });
        }
    });
}

Groups group_strings(const Column& column, bool dropna) {
    return group_rows<std::string_view>(
        column.size(), dropna, [&](std::int64_t i) { return column.is_valid(i); },
        [&](std::int64_t i) { return column.string_at(i); });
}

DistinctValues count_categories(const Column& column, bool dropna) {
    const std::int64_t n = column.size();
    const auto categories = column.categories().size();
    std::vector<std::int64_t> counts(static_cast<std::size_t>(categories), 0);
    std::int64_t nulls = 0;
    const std::int32_t* codes = column.codes();
    for (std::int64_t i = 0; i < n; ++i) {
        if (column.is_valid(i)) {
            ++counts[static_cast<std::size_t>(codes[i])];
        } else {
            ++nulls;
        }
    }
    const bool null_group = !dropna && nulls > 0;
    const std::int64_t keys = categories + (null_group ? 1 : 0);
    auto key_codes = Buffer::allocate(static_cast<std::size_t>(keys) * sizeof(std::int32_t));
    std::iota(key_codes->as<std::int32_t>(), key_codes->as<std::int32_t>() + categories, 0);
    std::optional<Bitmap> validity;
    if (null_group) {
        key_codes->as<std::int32_t>()[categories] = -1;
        validity = Bitmap(keys, true);
        validity->set(categories, false);
        counts.push_back(nulls);
    }
    return {Column::categorical(std::move(key_codes), keys, column.categories(), validity),
            std::move(counts)};
}

}  // namespace

DistinctValues count_distinct(const Column& column, bool dropna) {
    if (column.dtype() == DType::Categorical) return count_categories(column, dropna);
    Groups groups = column.dtype() == DType::String ? group_strings(column, dropna)
                                                    : group_fixed(column, dropna);
    return {column.take(groups.first_rows), std::move(groups.counts)};
}

std::int64_t distinct_count(const Column& column, bool dropna) {
    const DistinctValues distinct = count_distinct(column, dropna);
    return std::count_if(distinct.counts.begin(), distinct.counts.end(),
                         [](std::int64_t c) { return c > 0; });
}

}  // namespace detail

Series Series::value_counts(const ValueCountsOptions& options) const {
    check_pending();
    detail::DistinctValues distinct = detail::count_distinct(column_, options.dropna);
    std::vector<std::int64_t> order(distinct.counts.size());
    if (options.sort) {
        order = detail::pandas_nargsort(distinct.counts, options.ascending);
    } else {
        std::iota(order.begin(), order.end(), std::int64_t{0});
    }
    Index labels(distinct.keys.take(order));
    if (!options.normalize) {
        std::vector<std::int64_t> counts;
        counts.reserve(order.size());
        for (std::int64_t k : order) counts.push_back(distinct.counts[static_cast<std::size_t>(k)]);
        return Series(Column::from_vector(counts), name_, std::move(labels));
    }
    const std::int64_t total =
        std::accumulate(distinct.counts.begin(), distinct.counts.end(), std::int64_t{0});
    std::vector<double> fractions;
    fractions.reserve(order.size());
    for (std::int64_t k : order) {
        fractions.push_back(static_cast<double>(distinct.counts[static_cast<std::size_t>(k)]) /
                            static_cast<double>(total));
    }
    return Series(Column::from_vector(fractions), name_, std::move(labels));
}

}  // namespace tabula
