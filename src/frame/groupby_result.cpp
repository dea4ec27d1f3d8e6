// Index and ordering of groupby results.
#include "groupby_result.hpp"

#include <exception>

#include "column_dispatch.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula::detail {

namespace {

// An element of a tuple label as Python's str() of a tuple shows it inside pandas' repr.
std::string element_text(const Column& column, std::int64_t i) {
    if (column.is_null(i)) return "nan";
    if (column.dtype() == DType::String || column.dtype() == DType::Categorical) {
        return std::string(column.string_at(i));
    }
    return dispatch_fixed(column.dtype(),
                          [&]<class T>(T) { return python_text(column.data<T>()[i]); });
}

}  // namespace

std::vector<Column> ordered_keys(const Grouping& g) {
    std::vector<Column> keys;
    for (const Column& labels : g.labels) keys.push_back(labels.take(g.order));
    return keys;
}

Column in_group_order(const Column& by_id, const Grouping& g) {
    return by_id.take(g.order);
}

Column tuple_labels(const std::vector<Column>& columns) {
    const std::int64_t n = columns.empty() ? 0 : columns.front().size();
    std::vector<std::string> labels(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
        std::string text = "(";
        for (std::size_t k = 0; k < columns.size(); ++k) {
            if (k > 0) text += ", ";
            text += element_text(columns[k], i);
        }
        labels[static_cast<std::size_t>(i)] = text + ")";
    }
    return Column::from_strings(labels);
}

Index group_index(const Grouping& g) {
    std::vector<Column> keys = ordered_keys(g);
    if (keys.size() == 1) return Index(keys.front(), g.names.front());
    return Index(tuple_labels(keys));
}

std::vector<Column> run_tasks(const std::vector<std::function<Column()>>& tasks, bool parallel) {
    std::vector<Column> out(tasks.size());
    std::vector<std::exception_ptr> errors(tasks.size());
    auto run = [&](std::int64_t k, std::int64_t, std::int64_t) {
        const auto t = static_cast<std::size_t>(k);
        try {
            out[t] = tasks[t]();
        } catch (...) {
            errors[t] = std::current_exception();
        }
    };
    const auto count = static_cast<std::int64_t>(tasks.size());
    if (parallel) {
        parallel_chunks(count, 1, run);
    } else {
        for (std::int64_t k = 0; k < count; ++k) run(k, k, k + 1);
    }
    for (const std::exception_ptr& error : errors) {
        if (error) std::rethrow_exception(error);
    }
    return out;
}

void throw_series_without_index(std::string_view what) {
    throw ValueError(std::string(what) +
                     " with as_index=false gives a DataFrame: select the column with a list, "
                     "groupby(...)[{\"column\"}]");
}

}  // namespace tabula::detail
