// make_grouping: rows to dense group ids for one or several keys, and pandas' group order.
#include "groupby_keys.hpp"

#include <algorithm>
#include <limits>
#include <numeric>
#include <string_view>
#include <unordered_map>

#include "column_dispatch.hpp"
#include "tabula/core/error.hpp"

namespace tabula::detail {

namespace {

std::vector<std::int64_t> iota_order(std::int64_t n) {
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), std::int64_t{0});
    return order;
}

// order[rank[id]] = id.
std::vector<std::int64_t> order_from_ranks(const std::vector<std::int64_t>& ranks) {
    std::vector<std::int64_t> order(ranks.size());
    for (std::size_t id = 0; id < ranks.size(); ++id) {
        order[static_cast<std::size_t>(ranks[id])] = static_cast<std::int64_t>(id);
    }
    return order;
}

// The groups of several keys: each key numbered on its own, then the tuples of ids numbered by
// first appearance, one key at a time.
Grouping combine_keys(const std::vector<Column>& keys, bool sort, bool dropna) {
    const std::int64_t n = keys.front().size();
    std::vector<DenseKeys> per_key;
    std::vector<std::vector<std::int64_t>> ranks;
    for (const Column& key : keys) {
        per_key.push_back(dense_keys(key, dropna));
        ranks.push_back(sort ? sorted_ranks(key, per_key.back()) : std::vector<std::int64_t>{});
    }
    std::vector<std::int32_t> ids = per_key.front().ids;
    std::int64_t groups = static_cast<std::int64_t>(per_key.front().first_rows.size());
    std::vector<std::int64_t> first_rows = per_key.front().first_rows;
    for (std::size_t k = 1; k < keys.size(); ++k) {
        const std::vector<std::int32_t>& next = per_key[k].ids;
        const auto levels = static_cast<std::int64_t>(per_key[k].first_rows.size());
        std::unordered_map<std::int64_t, std::int32_t> numbered;
        first_rows.clear();
        for (std::int64_t i = 0; i < n; ++i) {
            const auto row = static_cast<std::size_t>(i);
            if (ids[row] < 0 || next[row] < 0) {
                ids[row] = -1;
                continue;
            }
            const std::int64_t code = std::int64_t{ids[row]} * levels + next[row];
            auto [it, inserted] =
                numbered.try_emplace(code, static_cast<std::int32_t>(first_rows.size()));
            if (inserted) first_rows.push_back(i);
            ids[row] = it->second;
        }
        groups = static_cast<std::int64_t>(first_rows.size());
    }

    Grouping g;
    g.ngroups = groups;
    g.order = iota_order(groups);
    if (sort) {
        auto rank_of = [&](std::size_t k, std::int64_t group) {
            const std::int64_t row = first_rows[static_cast<std::size_t>(group)];
            return ranks[k]
                        [static_cast<std::size_t>(per_key[k].ids[static_cast<std::size_t>(row)])];
        };
        std::sort(g.order.begin(), g.order.end(), [&](std::int64_t a, std::int64_t b) {
            for (std::size_t k = 0; k < keys.size(); ++k) {
                const std::int64_t ra = rank_of(k, a);
                const std::int64_t rb = rank_of(k, b);
                if (ra != rb) return ra < rb;
            }
            return false;
        });
    }
    for (const Column& key : keys) g.labels.push_back(key.take(first_rows));
    g.ids = std::move(ids);
    return g;
}

// One key's levels for the product of levels that categorical keys give.
struct Levels {
    std::vector<std::int32_t> of_row;  // level of each row, -1 for a row left out
    std::vector<std::int64_t> order;   // position -> level
    Column labels;                     // per level
};

// Every category is a level (pandas' observed=False), in category order when sorting, else
// observed ones by first appearance and then the unobserved; missing rows form the last level
// when dropna is false.
Levels category_levels(const Column& key, bool sort, bool dropna) {
    const std::int64_t n = key.size();
    const std::int64_t categories = key.categories().size();
    const bool null_level = !dropna && key.has_nulls();
    const std::int64_t levels = categories + (null_level ? 1 : 0);
    Levels out;
    out.of_row.resize(static_cast<std::size_t>(n));
    const std::int32_t* codes = key.codes();
    std::vector<std::int64_t> first_seen(static_cast<std::size_t>(levels),
                                         std::numeric_limits<std::int64_t>::max());
    for (std::int64_t i = 0; i < n; ++i) {
        std::int32_t level = codes[i];
        if (key.is_null(i)) level = null_level ? static_cast<std::int32_t>(categories) : -1;
        out.of_row[static_cast<std::size_t>(i)] = level;
        if (level >= 0) {
            auto& seen = first_seen[static_cast<std::size_t>(level)];
            seen = std::min(seen, i);
        }
    }
    out.order = iota_order(levels);
    if (!sort) {
        std::stable_sort(out.order.begin(), out.order.end(), [&](std::int64_t a, std::int64_t b) {
            return first_seen[static_cast<std::size_t>(a)] <
                   first_seen[static_cast<std::size_t>(b)];
        });
    }
    auto label_codes = Buffer::allocate(static_cast<std::size_t>(levels) * sizeof(std::int32_t));
    std::iota(label_codes->as<std::int32_t>(), label_codes->as<std::int32_t>() + categories, 0);
    std::optional<Bitmap> validity;
    if (null_level) {
        label_codes->as<std::int32_t>()[categories] = -1;
        validity = Bitmap(levels, true);
        validity->set(categories, false);
    }
    out.labels = Column::categorical(std::move(label_codes), levels, key.categories(), validity);
    return out;
}

Levels observed_levels(const Column& key, bool sort, bool dropna) {
    DenseKeys dense = dense_keys(key, dropna);
    Levels out;
    out.order = sort ? order_from_ranks(sorted_ranks(key, dense))
                     : iota_order(static_cast<std::int64_t>(dense.first_rows.size()));
    out.labels = key.take(dense.first_rows);
    out.of_row = std::move(dense.ids);
    return out;
}

// pandas' observed=False: with a categorical key, every combination of the keys' levels is a
// group, empty or not, in lexicographic order of the levels.
Grouping product_of_levels(const std::vector<Column>& keys, bool sort, bool dropna) {
    const std::int64_t n = keys.front().size();
    std::vector<Levels> levels;
    std::int64_t groups = 1;
    for (const Column& key : keys) {
        levels.push_back(key.dtype() == DType::Categorical ? category_levels(key, sort, dropna)
                                                           : observed_levels(key, sort, dropna));
        groups *= static_cast<std::int64_t>(levels.back().order.size());
        if (groups > std::numeric_limits<std::int32_t>::max()) {
            throw ValueError("groupby: the categories of the keys make more than 2**31 groups");
        }
    }
    // Group id = the levels' positions read as a mixed-radix number, first key first.
    std::vector<std::vector<std::int64_t>> position(keys.size());
    std::vector<std::int64_t> stride(keys.size());
    std::int64_t step = 1;
    for (std::size_t k = keys.size(); k-- > 0;) {
        stride[k] = step;
        step *= static_cast<std::int64_t>(levels[k].order.size());
        position[k].resize(levels[k].order.size());
        for (std::size_t p = 0; p < levels[k].order.size(); ++p) {
            position[k][static_cast<std::size_t>(levels[k].order[p])] =
                static_cast<std::int64_t>(p);
        }
    }
    Grouping g;
    g.ngroups = groups;
    g.order = iota_order(groups);
    g.ids.assign(static_cast<std::size_t>(n), 0);
    for (std::size_t k = 0; k < keys.size(); ++k) {
        for (std::int64_t i = 0; i < n; ++i) {
            const auto row = static_cast<std::size_t>(i);
            const std::int32_t level = levels[k].of_row[row];
            if (g.ids[row] < 0) continue;
            g.ids[row] =
                level < 0
                    ? -1
                    : static_cast<std::int32_t>(
                          g.ids[row] + position[k][static_cast<std::size_t>(level)] * stride[k]);
        }
        std::vector<std::int64_t> label_rows(static_cast<std::size_t>(groups));
        const auto count = static_cast<std::int64_t>(levels[k].order.size());
        for (std::int64_t id = 0; id < groups; ++id) {
            label_rows[static_cast<std::size_t>(id)] =
                levels[k].order[static_cast<std::size_t>((id / stride[k]) % count)];
        }
        g.labels.push_back(levels[k].labels.take(label_rows));
    }
    return g;
}

// Sorts the ids by their keys' values, gathered once into a typed array (a comparison does
// not dispatch on the dtype); equal values cannot occur, the ids being distinct keys.
template <class Value>
void sort_by(std::vector<std::int64_t>& ids, const std::vector<Value>& values) {
    std::sort(ids.begin(), ids.end(), [&](std::int64_t a, std::int64_t b) {
        return values[static_cast<std::size_t>(a)] < values[static_cast<std::size_t>(b)];
    });
}

}  // namespace

std::vector<std::int64_t> sorted_ranks(const Column& column, const DenseKeys& keys) {
    const auto count = keys.first_rows.size();
    std::vector<std::int64_t> ids;
    for (std::size_t id = 0; id < count; ++id) {
        if (static_cast<std::int32_t>(id) != keys.null_id)
            ids.push_back(static_cast<std::int64_t>(id));
    }
    if (column.dtype() == DType::String) {
        std::vector<std::string_view> values(count);
        for (const std::int64_t id : ids) {
            values[static_cast<std::size_t>(id)] =
                column.string_at(keys.first_rows[static_cast<std::size_t>(id)]);
        }
        sort_by(ids, values);
    } else if (column.dtype() == DType::Categorical) {
        std::vector<std::int32_t> values(count);
        for (const std::int64_t id : ids) {
            values[static_cast<std::size_t>(id)] =
                column.codes()[keys.first_rows[static_cast<std::size_t>(id)]];
        }
        sort_by(ids, values);
    } else {
        dispatch_fixed(column.dtype(), [&]<class T>(T) {
            const T* data = column.data<T>();
            std::vector<T> values(count);
            for (const std::int64_t id : ids) {
                values[static_cast<std::size_t>(id)] =
                    data[keys.first_rows[static_cast<std::size_t>(id)]];
            }
            sort_by(ids, values);
        });
    }
    if (keys.null_id >= 0) ids.push_back(keys.null_id);  // the missing value sorts last
    std::vector<std::int64_t> ranks(count);
    for (std::size_t r = 0; r < ids.size(); ++r) {
        ranks[static_cast<std::size_t>(ids[r])] = static_cast<std::int64_t>(r);
    }
    return ranks;
}

GroupRows rows_by_group(const Grouping& g) {
    GroupRows out;
    out.start.assign(static_cast<std::size_t>(g.ngroups) + 1, 0);
    for (const std::int32_t group : g.ids) {
        if (group >= 0) ++out.start[static_cast<std::size_t>(group) + 1];
    }
    for (std::size_t k = 0; k + 1 < out.start.size(); ++k) out.start[k + 1] += out.start[k];
    out.rows.resize(static_cast<std::size_t>(out.start.back()));
    std::vector<std::int64_t> next(out.start.begin(), out.start.end() - 1);
    for (std::size_t i = 0; i < g.ids.size(); ++i) {
        const std::int32_t group = g.ids[i];
        if (group >= 0) {
            out.rows[static_cast<std::size_t>(next[static_cast<std::size_t>(group)]++)] =
                static_cast<std::int64_t>(i);
        }
    }
    return out;
}

Grouping make_grouping(const std::vector<Column>& keys, std::vector<std::string> names, bool sort,
                       bool dropna) {
    const bool categorical = std::any_of(keys.begin(), keys.end(), [](const Column& key) {
        return key.dtype() == DType::Categorical;
    });
    Grouping g;
    if (categorical) {
        g = product_of_levels(keys, sort, dropna);
    } else if (keys.size() > 1) {
        g = combine_keys(keys, sort, dropna);
    } else {
        DenseKeys dense = dense_keys(keys.front(), dropna);
        g.ngroups = static_cast<std::int64_t>(dense.first_rows.size());
        g.order =
            sort ? order_from_ranks(sorted_ranks(keys.front(), dense)) : iota_order(g.ngroups);
        g.labels.push_back(keys.front().take(dense.first_rows));
        g.ids = std::move(dense.ids);
    }
    g.names = std::move(names);
    return g;
}

}  // namespace tabula::detail
