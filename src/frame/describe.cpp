// describe() of Series and DataFrame as pandas 1.5.3 builds it (pandas/core/describe.py):
// numbers get count, mean, std, min, the percentiles and max as float64; bool, string,
// categorical and datetime columns get count, unique, top and freq (datetimes also first and
// last) as text. A frame's rows are the union of its columns' rows, shortest list first.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "column_stats.hpp"
#include "column_values.hpp"
#include "format_cells.hpp"
#include "numpy_quicksort.hpp"
#include "percentiles.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/frame/dataframe.hpp"
#include "value_counting.hpp"

namespace tabula {

namespace {

// One column's description: its row labels and either numbers or texts (nullopt for NaN).
struct Description {
    std::vector<std::string> labels;
    bool numeric = false;
    std::vector<double> numbers;
    std::vector<std::optional<std::string>> texts;
};

bool described_as_number(DType dtype) {
    return detail::is_reducible(dtype) && dtype != DType::Bool;
}

Description describe_numbers(const Column& column, const std::vector<double>& percentiles,
                             const std::vector<std::string>& percentile_labels) {
    const detail::NumericSummary s = detail::summarize(column, percentiles);
    Description d;
    d.numeric = true;
    d.labels = {"count", "mean", "std", "min"};
    d.numbers = {static_cast<double>(s.count), s.mean, s.std, s.min};
    d.labels.insert(d.labels.end(), percentile_labels.begin(), percentile_labels.end());
    d.numbers.insert(d.numbers.end(), s.quantiles.begin(), s.quantiles.end());
    d.labels.emplace_back("max");
    d.numbers.push_back(s.max);
    return d;
}

// pandas' describe_categorical_1d (and, for datetimes, describe_timestamp_as_categorical_1d):
// top and freq are the first entry of value_counts(), so ties go as value_counts orders them.
Description describe_values(const Column& column) {
    const detail::DistinctValues distinct = detail::count_distinct(column, true);
    const std::int64_t unique = std::count_if(distinct.counts.begin(), distinct.counts.end(),
                                              [](std::int64_t c) { return c > 0; });
    Description d;
    d.labels = {"count", "unique", "top", "freq"};
    d.texts = {std::to_string(detail::valid_count(column)), std::to_string(unique), std::nullopt,
               std::nullopt};
    if (unique == 0) return d;
    const std::int64_t top = detail::pandas_nargsort(distinct.counts, false).front();
    d.texts[2] = display_detail::item_text(distinct.keys, top);
    d.texts[3] = std::to_string(distinct.counts[static_cast<std::size_t>(top)]);
    if (column.dtype() == DType::Datetime) {
        const std::int64_t* ns = column.data<std::int64_t>();
        std::optional<std::int64_t> first;
        std::optional<std::int64_t> last;
        for (std::int64_t i = 0; i < column.size(); ++i) {
            if (column.is_null(i)) continue;
            first = std::min(first.value_or(ns[i]), ns[i]);
            last = std::max(last.value_or(ns[i]), ns[i]);
        }
        d.labels.insert(d.labels.end(), {"first", "last"});
        d.texts.push_back(display_detail::timestamp_text(*first));
        d.texts.push_back(display_detail::timestamp_text(*last));
    }
    return d;
}

Description describe_column(const Column& column, const std::vector<double>& percentiles,
                            const std::vector<std::string>& percentile_labels) {
    return described_as_number(column.dtype())
               ? describe_numbers(column, percentiles, percentile_labels)
               : describe_values(column);
}

// The positions of the described columns for DescribeOptions::include.
std::vector<std::size_t> selected_columns(const std::vector<Column>& columns,
                                          const std::string& include) {
    auto select = [&](auto keep) {
        std::vector<std::size_t> out;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            if (keep(columns[c].dtype())) out.push_back(c);
        }
        return out;
    };
    auto any = [](DType) { return true; };
    if (include.empty()) {
        std::vector<std::size_t> numbers = select(described_as_number);
        return numbers.empty() ? select(any) : numbers;
    }
    if (include == "all") return select(any);
    if (include == "number") return select(described_as_number);
    if (include == "object") return select([](DType t) { return t == DType::String; });
    throw TypeError("data type '" + include + "' not understood");
}

// pandas' reorder_columns: the union of the row labels, taking the shortest lists first.
std::vector<std::string> union_of_rows(const std::vector<Description>& descriptions) {
    std::vector<const Description*> by_length;
    for (const Description& d : descriptions) by_length.push_back(&d);
    std::stable_sort(by_length.begin(), by_length.end(), [](const auto* a, const auto* b) {
        return a->labels.size() < b->labels.size();
    });
    std::vector<std::string> rows;
    for (const Description* d : by_length) {
        for (const std::string& label : d->labels) {
            if (std::find(rows.begin(), rows.end(), label) == rows.end()) rows.push_back(label);
        }
    }
    return rows;
}

// The description laid out on `rows`: float64 for numbers, strings otherwise, null where the
// column has no such row.
Column aligned(const Description& d, const std::vector<std::string>& rows) {
    auto position = [&](const std::string& row) -> std::optional<std::size_t> {
        const auto it = std::find(d.labels.begin(), d.labels.end(), row);
        if (it == d.labels.end()) return std::nullopt;
        return static_cast<std::size_t>(it - d.labels.begin());
    };
    if (d.numeric) {
        std::vector<std::optional<double>> values;
        for (const std::string& row : rows) {
            const auto at = position(row);
            values.push_back(at ? std::optional<double>(d.numbers[*at]) : std::nullopt);
        }
        return Column::from_optionals(values);
    }
    std::vector<std::optional<std::string>> texts;
    for (const std::string& row : rows) {
        const auto at = position(row);
        texts.push_back(at ? d.texts[*at] : std::nullopt);
    }
    return Column::from_optional_strings(texts);
}

}  // namespace

Series Series::describe() const {
    check_pending();
    const std::vector<double> percentiles = {0.25, 0.5, 0.75};
    const Description d =
        describe_column(column_, percentiles, detail::percentile_labels(percentiles));
    Index rows(d.labels);
    if (d.numeric) return Series(Column::from_vector(d.numbers), name_, std::move(rows));
    return Series(Column::from_optional_strings(d.texts), name_, std::move(rows));
}

DataFrame DataFrame::describe(const DescribeOptions& options) const {
    if (columns_.empty()) throw ValueError("Cannot describe a DataFrame without columns");
    const std::vector<double> percentiles = detail::refine_percentiles(options.percentiles);
    const std::vector<std::string> labels = detail::percentile_labels(percentiles);
    const std::vector<std::size_t> selected = selected_columns(columns_, options.include);
    if (selected.empty()) throw ValueError("No objects to concatenate");
    std::vector<Description> descriptions(selected.size());
    parallel_chunks(static_cast<std::int64_t>(selected.size()), 1,
                    [&](std::int64_t k, std::int64_t, std::int64_t) {
                        const auto s = static_cast<std::size_t>(k);
                        descriptions[s] =
                            describe_column(columns_[selected[s]], percentiles, labels);
                    });
    const std::vector<std::string> rows = union_of_rows(descriptions);
    std::vector<std::string> names;
    std::vector<Column> columns;
    for (std::size_t s = 0; s < selected.size(); ++s) {
        names.push_back(names_[selected[s]]);
        columns.push_back(aligned(descriptions[s], rows));
    }
    return DataFrame(std::move(names), std::move(columns), Index(rows));
}

}  // namespace tabula
