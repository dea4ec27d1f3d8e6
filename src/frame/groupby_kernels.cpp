// The numeric groupby kernels: sum, mean, var/std, median, count and size, each one pass over
// the rows in their order, as pandas' Cython kernels (pandas/_libs/groupby.pyx) make it, so
// every group folds its values in row order and the rounding is pandas'.
#include "groupby_kernels.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <type_traits>

#include "column_values.hpp"
#include "tabula/core/error.hpp"

namespace tabula::detail {

namespace {

template <class T>
Column column_of(DType dtype, const std::vector<T>& values) {
    auto buffer = Buffer::allocate(values.size() * sizeof(T));
    std::copy(values.begin(), values.end(), buffer->template as<T>());
    return Column::fixed(dtype, std::move(buffer), static_cast<std::int64_t>(values.size()));
}

// Calls f(group, value) for every row that has a group and a value (not null, not NaN), in
// row order.
template <class T, class F>
void for_each_grouped(const Column& column, const std::vector<std::int32_t>& ids, F&& f) {
    const T* values = column.data<T>();
    const auto n = static_cast<std::int64_t>(ids.size());
    if (!column.has_nulls()) {
        for (std::int64_t i = 0; i < n; ++i) {
            const std::int32_t g = ids[static_cast<std::size_t>(i)];
            if (g < 0 || is_nan_value(values[i])) continue;
            f(g, values[i]);
        }
        return;
    }
    for (std::int64_t i = 0; i < n; ++i) {
        const std::int32_t g = ids[static_cast<std::size_t>(i)];
        if (g < 0 || column.is_null(i) || is_nan_value(values[i])) continue;
        f(g, values[i]);
    }
}

// Calls f(slot, value) for every row, in row order: slot is the row's group, or `spare` (one past
// the last group) for a row without a group or a value. The spare slot's accumulator absorbs
// what the groups must not see, so the loop has no data-dependent branch to mispredict.
template <class T, class F>
void for_each_slot(const Column& column, const std::vector<std::int32_t>& ids, std::int64_t spare,
                   F&& f) {
    const T* values = column.data<T>();
    const auto n = static_cast<std::int64_t>(ids.size());
    const auto last = static_cast<std::int32_t>(spare);
    auto run = [&](auto valid) {
        for (std::int64_t i = 0; i < n; ++i) {
            const std::int32_t g = ids[static_cast<std::size_t>(i)];
            const bool skip = (g < 0) | is_nan_value(values[i]) | !valid(i);
            f(skip ? last : g, values[i]);
        }
    };
    if (column.has_nulls()) {
        run([&](std::int64_t i) { return column.is_valid(i); });
    } else {
        run([](std::int64_t) { return true; });
    }
}

// pandas' group_sum/group_mean accumulator: Kahan summation, including its quirk that a sum
// that has met +inf or -inf turns NaN at the next finite value (the compensation is NaN).
template <class A>
struct Kahan {
    std::vector<A> sum;
    std::vector<A> compensation;
    std::vector<std::int64_t> count;

    explicit Kahan(std::int64_t groups)
        : sum(static_cast<std::size_t>(groups), A(0)),
          compensation(static_cast<std::size_t>(groups), A(0)),
          count(static_cast<std::size_t>(groups), 0) {}
    void add(std::int32_t group, A value) noexcept {
        const auto g = static_cast<std::size_t>(group);
        const A y = value - compensation[g];
        const A t = sum[g] + y;
        compensation[g] = t - sum[g] - y;
        sum[g] = t;
        ++count[g];
    }
};

// float32 columns accumulate in float32, as pandas' fused kernels do; the rest in float64.
template <class T>
using AccumulatorOf = std::conditional_t<std::is_same_v<T, float>, float, double>;

// Per group (and the spare slot last).
template <class T>
Kahan<AccumulatorOf<T>> kahan_sums(const Column& column, const Grouping& g) {
    using A = AccumulatorOf<T>;
    Kahan<A> k(g.ngroups + 1);
    for_each_slot<T>(column, g.ids, g.ngroups, [&](std::int32_t slot, T v) { k.add(slot, A(v)); });
    k.sum.pop_back();
    k.count.pop_back();
    return k;
}

// The first group's strings, in row order (pandas' messages quote what it tried to convert).
std::string first_group_text(const Column& values, const Grouping& g, bool concatenate) {
    if (g.order.empty()) return {};
    const std::int64_t first = g.order.front();
    std::string text;
    for (std::int64_t i = 0; i < values.size(); ++i) {
        if (g.ids[static_cast<std::size_t>(i)] != first || values.is_null(i)) continue;
        text += values.string_at(i);
        if (!concatenate) break;
    }
    return text;
}

const char* kind_name(AggKind kind) {
    switch (kind) {
        case AggKind::Sum:
            return "sum";
        case AggKind::Mean:
            return "mean";
        case AggKind::Std:
            return "std";
        case AggKind::Var:
            return "var";
        default:
            return "median";
    }
}

// TypeError unless the column holds numbers or bools, with pandas 1.5.3's messages for
// strings: mean quotes the first group's values joined, median/var/std the first value (std
// raises ValueError there).
void require_numeric(const Column& values, const Grouping& g, AggKind kind, std::string_view name) {
    const DType dtype = values.dtype();
    if (is_reducible(dtype)) return;
    if (dtype != DType::String) {
        throw TypeError(std::string(dtype == DType::Datetime ? "datetime64" : "category") +
                        " type does not support " + kind_name(kind) + " operations (column '" +
                        std::string(name) + "')");
    }
    if (kind == AggKind::Mean) {
        throw TypeError("Could not convert " + first_group_text(values, g, true) + " to numeric");
    }
    const std::string message =
        "could not convert string to float: '" + first_group_text(values, g, false) + "'";
    if (kind == AggKind::Std) throw ValueError(message);
    throw TypeError(message);
}

Column sum_of(const Column& values, const Grouping& g, std::string_view name) {
    if (values.dtype() == DType::String) {
        std::vector<std::string> text(static_cast<std::size_t>(g.ngroups));
        for (std::int64_t i = 0; i < values.size(); ++i) {
            const std::int32_t group = g.ids[static_cast<std::size_t>(i)];
            if (group >= 0 && values.is_valid(i)) {
                text[static_cast<std::size_t>(group)] += values.string_at(i);
            }
        }
        return Column::from_strings(text);
    }
    require_numeric(values, g, AggKind::Sum, name);
    return dispatch_fixed(values.dtype(), [&]<class T>(T) -> Column {
        if constexpr (std::is_floating_point_v<T>) {
            const auto k = kahan_sums<T>(values, g);
            return column_of(dtype_of_v<T>, k.sum);
        } else {
            // Integers add exactly and wrap on overflow, as NumPy's int64.
            std::vector<std::uint64_t> sums(static_cast<std::size_t>(g.ngroups) + 1, 0);
            for_each_slot<T>(values, g.ids, g.ngroups, [&](std::int32_t slot, T v) {
                sums[static_cast<std::size_t>(slot)] +=
                    static_cast<std::uint64_t>(static_cast<std::int64_t>(v));
            });
            sums.pop_back();
            std::vector<std::int64_t> out(sums.size());
            std::transform(sums.begin(), sums.end(), out.begin(),
                           [](std::uint64_t s) { return static_cast<std::int64_t>(s); });
            return column_of(DType::Int64, out);
        }
    });
}

Column mean_of(const Column& values, const Grouping& g, std::string_view name) {
    require_numeric(values, g, AggKind::Mean, name);
    return dispatch_fixed(values.dtype(), [&]<class T>(T) -> Column {
        using A = AccumulatorOf<T>;
        const auto k = kahan_sums<T>(values, g);
        std::vector<A> out(k.sum.size());
        for (std::size_t i = 0; i < out.size(); ++i) {
            out[i] = k.count[i] == 0 ? std::numeric_limits<A>::quiet_NaN()
                                     : k.sum[i] / static_cast<A>(k.count[i]);
        }
        return column_of(dtype_of_v<A>, out);
    });
}

// pandas' group_var: Welford's update in row order, then M2 / (n - ddof).
Column var_of(const Column& values, const Grouping& g, std::string_view name, std::int64_t ddof,
              bool root) {
    require_numeric(values, g, root ? AggKind::Std : AggKind::Var, name);
    const auto groups = static_cast<std::size_t>(g.ngroups);
    std::vector<double> mean(groups + 1, 0.0);
    std::vector<double> m2(groups + 1, 0.0);
    std::vector<std::int64_t> count(groups + 1, 0);
    dispatch_fixed(values.dtype(), [&]<class T>(T) {
        for_each_slot<T>(values, g.ids, g.ngroups, [&](std::int32_t slot, T v) {
            const auto k = static_cast<std::size_t>(slot);
            const auto val = static_cast<double>(v);
            ++count[k];
            const double old_mean = mean[k];
            mean[k] += (val - old_mean) / static_cast<double>(count[k]);
            m2[k] += (val - mean[k]) * (val - old_mean);
        });
    });
    std::vector<double> out(groups);
    for (std::size_t k = 0; k < groups; ++k) {
        const double var = count[k] > ddof ? m2[k] / static_cast<double>(count[k] - ddof)
                                           : std::numeric_limits<double>::quiet_NaN();
        out[k] = root ? std::sqrt(var) : var;
    }
    return column_of(DType::Float64, out);
}

// pandas' group_median_float64: per group, the middle value (or the mean of the two middle
// values) of the non-missing values as float64.
Column median_of(const Column& values, const Grouping& g, std::string_view name) {
    require_numeric(values, g, AggKind::Median, name);
    const auto groups = static_cast<std::size_t>(g.ngroups);
    std::vector<std::int64_t> start(groups + 1, 0);
    dispatch_fixed(values.dtype(), [&]<class T>(T) {
        for_each_grouped<T>(values, g.ids, [&](std::int32_t group, T) {
            ++start[static_cast<std::size_t>(group) + 1];
        });
    });
    for (std::size_t k = 0; k < groups; ++k) start[k + 1] += start[k];
    std::vector<double> sorted(static_cast<std::size_t>(start[groups]));
    std::vector<std::int64_t> fill(start.begin(), start.end() - 1);
    dispatch_fixed(values.dtype(), [&]<class T>(T) {
        for_each_grouped<T>(values, g.ids, [&](std::int32_t group, T v) {
            sorted[static_cast<std::size_t>(fill[static_cast<std::size_t>(group)]++)] =
                static_cast<double>(v);
        });
    });
    std::vector<double> out(groups, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t k = 0; k < groups; ++k) {
        const auto first = sorted.begin() + start[k];
        const std::int64_t count = start[k + 1] - start[k];
        if (count == 0) continue;
        const auto middle = first + count / 2;
        std::nth_element(first, middle, sorted.begin() + start[k + 1]);
        if (count % 2 == 1) {
            out[k] = *middle;
        } else {
            const double below = *std::max_element(first, middle);
            out[k] = (*middle + below) / 2;
        }
    }
    return column_of(DType::Float64, out);
}

Column count_of(const Column& values, const Grouping& g) {
    std::vector<std::int64_t> counts(static_cast<std::size_t>(g.ngroups), 0);
    if (values.dtype() == DType::String || values.dtype() == DType::Categorical) {
        for (std::int64_t i = 0; i < values.size(); ++i) {
            const std::int32_t group = g.ids[static_cast<std::size_t>(i)];
            if (group >= 0 && values.is_valid(i)) ++counts[static_cast<std::size_t>(group)];
        }
    } else {
        counts.push_back(0);
        dispatch_fixed(values.dtype(), [&]<class T>(T) {
            for_each_slot<T>(values, g.ids, g.ngroups, [&](std::int32_t slot, T) {
                ++counts[static_cast<std::size_t>(slot)];
            });
        });
        counts.pop_back();
    }
    return column_of(DType::Int64, counts);
}

Column size_of(const Grouping& g) {
    std::vector<std::int64_t> counts(static_cast<std::size_t>(g.ngroups), 0);
    for (const std::int32_t group : g.ids) {
        if (group >= 0) ++counts[static_cast<std::size_t>(group)];
    }
    return column_of(DType::Int64, counts);
}

}  // namespace

std::optional<AggKind> agg_kind(std::string_view name) {
    static constexpr std::pair<std::string_view, AggKind> names[] = {
        {"sum", AggKind::Sum},     {"mean", AggKind::Mean}, {"count", AggKind::Count},
        {"size", AggKind::Size},   {"min", AggKind::Min},   {"max", AggKind::Max},
        {"std", AggKind::Std},     {"var", AggKind::Var},   {"median", AggKind::Median},
        {"first", AggKind::First}, {"last", AggKind::Last}, {"nunique", AggKind::Nunique},
    };
    for (const auto& [text, kind] : names) {
        if (text == name) return kind;
    }
    return std::nullopt;
}

Column aggregate(const Column& values, const Grouping& g, AggKind kind, std::string_view name,
                 const AggArgs& args) {
    switch (kind) {
        case AggKind::Sum:
            return sum_of(values, g, name);
        case AggKind::Mean:
            return mean_of(values, g, name);
        case AggKind::Count:
            return count_of(values, g);
        case AggKind::Size:
            return size_of(g);
        case AggKind::Std:
            return var_of(values, g, name, args.ddof, true);
        case AggKind::Var:
            return var_of(values, g, name, args.ddof, false);
        case AggKind::Median:
            return median_of(values, g, name);
        case AggKind::Nunique:
            return distinct_per_group(values, g, args.dropna);
        case AggKind::Min:
        case AggKind::Max:
        case AggKind::First:
        case AggKind::Last:
            break;
    }
    return values.take(selected_rows(values, g, kind));
}

}  // namespace tabula::detail
