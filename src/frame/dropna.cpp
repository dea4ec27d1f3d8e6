// dropna: rows (or columns) with missing values removed; the kept rows keep their index labels.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "missing_values.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/series.hpp"

namespace tabula {

namespace {

// pandas lists the labels it did not find: KeyError(['zz', 'yy']).
std::string label_list(const std::vector<std::string>& labels, bool quoted) {
    std::string text = "[";
    for (std::size_t k = 0; k < labels.size(); ++k) {
        if (k > 0) text += ", ";
        text += quoted ? "'" + labels[k] + "'" : labels[k];
    }
    return text + "]";
}

void check_options(const DropnaOptions& options) {
    if (options.axis != 0 && options.axis != 1) {
        throw ValueError("No axis named " + std::to_string(options.axis) +
                         " for object type DataFrame");
    }
    if (options.how != "any" && options.how != "all") {
        throw ValueError("invalid how option: " + options.how);
    }
    // pandas 1.5 rejects any explicit how next to thresh; "any" is the default here and so
    // cannot be told apart from an unset how: only "all" conflicts.
    if (options.thresh && options.how == "all") {
        throw TypeError("You cannot set both the how and thresh arguments at the same time.");
    }
}

// Whether a line (row or column) with `present` values out of `total` counted ones stays.
bool keeps(const DropnaOptions& options, std::int32_t present, std::int64_t total) {
    if (options.thresh) return present >= *options.thresh;
    if (options.how == "all") return present > 0;
    return present == total;
}

// The positions of the columns in `subset` (all columns when it is empty); KeyError naming the
// absent ones, as pandas' KeyError(['zz']).
std::vector<std::size_t> subset_columns(const DataFrame& frame,
                                        const std::vector<std::string>& subset) {
    const auto& names = frame.columns();
    std::vector<std::size_t> positions;
    if (subset.empty()) {
        for (std::size_t j = 0; j < names.size(); ++j) positions.push_back(j);
        return positions;
    }
    std::vector<std::string> absent;
    for (const std::string& wanted : subset) {
        bool found = false;
        for (std::size_t j = 0; j < names.size(); ++j) {
            if (names[j] == wanted) {
                positions.push_back(j);
                found = true;
            }
        }
        if (!found) absent.push_back(wanted);
    }
    if (!absent.empty()) throw KeyError(label_list(absent, true));
    return positions;
}

// The row positions whose labels are in `subset` (all rows when it is empty), for axis=1.
std::vector<std::int64_t> subset_rows(const DataFrame& frame,
                                      const std::vector<std::string>& subset) {
    const Index& index = frame.index();
    std::vector<std::int64_t> positions;
    if (subset.empty()) {
        for (std::int64_t i = 0; i < index.size(); ++i) positions.push_back(i);
        return positions;
    }
    std::vector<std::string> labels(static_cast<std::size_t>(index.size()));
    for (std::int64_t i = 0; i < index.size(); ++i) {
        labels[static_cast<std::size_t>(i)] = index.label_string(i);
    }
    std::vector<std::string> absent;
    for (const std::string& wanted : subset) {
        bool found = false;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            if (labels[i] == wanted) {
                positions.push_back(static_cast<std::int64_t>(i));
                found = true;
            }
        }
        if (!found) absent.push_back(wanted);
    }
    if (!absent.empty()) {
        // Numbers print bare in pandas' message (KeyError([7])), text quoted.
        const bool numeric = index.is_range() || is_numeric(index.dtype());
        throw KeyError(label_list(absent, !numeric));
    }
    return positions;
}

DataFrame drop_rows(const DataFrame& frame, const DropnaOptions& options) {
    const std::int64_t rows = frame.num_rows();
    const auto counted = subset_columns(frame, options.subset);
    std::vector<std::int32_t> present(static_cast<std::size_t>(rows), 0);
    for (std::size_t j : counted) detail::count_present(frame.column(j), present.data());
    auto keep = std::make_unique<bool[]>(static_cast<std::size_t>(rows));
    bool drops = false;
    const auto total = static_cast<std::int64_t>(counted.size());
    for (std::int64_t i = 0; i < rows; ++i) {
        keep[static_cast<std::size_t>(i)] =
            keeps(options, present[static_cast<std::size_t>(i)], total);
        drops = drops || !keep[static_cast<std::size_t>(i)];
    }
    if (!drops) return frame;
    const std::span<const bool> mask(keep.get(), static_cast<std::size_t>(rows));
    std::vector<Column> columns;
    for (std::size_t j = 0; j < frame.columns().size(); ++j) {
        columns.push_back(frame.column(j).filter(mask));
    }
    return DataFrame(frame.columns(), std::move(columns), frame.index().filter(mask));
}

DataFrame drop_columns(const DataFrame& frame, const DropnaOptions& options) {
    const auto counted = subset_rows(frame, options.subset);
    const auto total = static_cast<std::int64_t>(counted.size());
    std::vector<std::string> names;
    std::vector<Column> columns;
    for (std::size_t j = 0; j < frame.columns().size(); ++j) {
        const auto missing = detail::missing_rows(frame.column(j));
        std::int32_t present = 0;
        for (std::int64_t i : counted) present += missing[static_cast<std::size_t>(i)] ? 0 : 1;
        if (!keeps(options, present, total)) continue;
        names.push_back(frame.columns()[j]);
        columns.push_back(frame.column(j));
    }
    if (names.size() == frame.columns().size()) return frame;
    return DataFrame(std::move(names), std::move(columns), frame.index());
}

}  // namespace

Series Series::dropna() const {
    check_pending();
    if (!detail::any_missing(column_)) return *this;
    const auto missing = detail::missing_rows(column_);
    const auto n = static_cast<std::size_t>(size());
    auto keep = std::make_unique<bool[]>(n);
    for (std::size_t i = 0; i < n; ++i) keep[i] = !missing[i];
    const std::span<const bool> mask(keep.get(), n);
    return Series(column_.filter(mask), name_, index_.filter(mask));
}

DataFrame DataFrame::dropna(const DropnaOptions& options) const {
    check_options(options);
    return options.axis == 0 ? drop_rows(*this, options) : drop_columns(*this, options);
}

}  // namespace tabula
