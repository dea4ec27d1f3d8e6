#include "sort_keys.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <string>

#include "numpy_quicksort.hpp"
#include "tabula/core/error.hpp"

namespace tabula::detail {

namespace {

// Below this many rows a comparison sort beats the radix sort's fixed passes.
constexpr std::size_t radix_threshold = 512;
// NumPy sorts a range of at most this many values by insertion, which is stable.
constexpr std::size_t numpy_insertion_size = 16;

bool is_text(DType dtype) {
    return dtype == DType::String;
}

bool is_float(DType dtype) {
    return dtype == DType::Float32 || dtype == DType::Float64;
}

// The value of a row as the integer NumPy compares (bool 0/1, datetime nanoseconds, the code
// of a categorical, which pandas sorts by category order).
std::int64_t integer_at(const Column& column, std::int64_t row) {
    switch (column.dtype()) {
        case DType::Bool:
            return column.data<bool>()[row] ? 1 : 0;
        case DType::Int32:
            return column.data<std::int32_t>()[row];
        case DType::Categorical:
            return column.codes()[row];
        default:
            return column.data<std::int64_t>()[row];
    }
}

double float_at(const Column& column, std::int64_t row) {
    if (column.dtype() == DType::Float32) return column.data<float>()[row];
    return column.data<double>()[row];
}

// An unsigned key whose order is the values' order: the sign bit flipped for integers; for
// doubles the bits of a negative number inverted (and -0.0 read as 0.0, its equal), so equal
// keys are exactly equal values.
std::uint64_t ordered_bits(double v) {
    constexpr std::uint64_t sign = std::uint64_t{1} << 63;
    if (v == 0.0) v = 0.0;
    const auto bits = std::bit_cast<std::uint64_t>(v);
    return (bits & sign) != 0 ? ~bits : bits | sign;
}

std::uint64_t ordered_bits(std::int64_t v) {
    return static_cast<std::uint64_t>(v) ^ (std::uint64_t{1} << 63);
}

struct KeyedRow {
    std::uint64_t key;
    std::int64_t row;
};

// The rows with their keys (inverted for a descending sort), read through the typed storage
// once rather than per row.
std::vector<KeyedRow> keyed_rows(const Column& column, const std::vector<std::int64_t>& rows,
                                 bool ascending) {
    std::vector<KeyedRow> items(rows.size());
    const std::uint64_t flip = ascending ? 0 : ~std::uint64_t{0};
    auto fill = [&](auto read) {
        for (std::size_t i = 0; i < rows.size(); ++i) {
            items[i] = {ordered_bits(read(rows[i])) ^ flip, rows[i]};
        }
    };
    switch (column.dtype()) {
        case DType::Float64: {
            const double* v = column.data<double>();
            fill([v](std::int64_t r) { return v[r]; });
            break;
        }
        case DType::Float32: {
            const float* v = column.data<float>();
            fill([v](std::int64_t r) { return static_cast<double>(v[r]); });
            break;
        }
        case DType::Bool: {
            const bool* v = column.data<bool>();
            fill([v](std::int64_t r) { return std::int64_t{v[r] ? 1 : 0}; });
            break;
        }
        case DType::Int32: {
            const std::int32_t* v = column.data<std::int32_t>();
            fill([v](std::int64_t r) { return std::int64_t{v[r]}; });
            break;
        }
        case DType::Categorical: {
            const std::int32_t* v = column.codes();
            fill([v](std::int64_t r) { return std::int64_t{v[r]}; });
            break;
        }
        default: {
            const std::int64_t* v = column.data<std::int64_t>();
            fill([v](std::int64_t r) { return v[r]; });
            break;
        }
    }
    return items;
}

// LSD radix sort on 11-bit digits: stable, six passes at most, and a pass whose digit is the
// same for every key (the high bits of small integers, say) is skipped.
void radix_sort(std::vector<KeyedRow>& items) {
    constexpr int digit_bits = 11;
    constexpr int passes = (64 + digit_bits - 1) / digit_bits;
    constexpr std::size_t buckets = std::size_t{1} << digit_bits;
    std::vector<std::array<std::size_t, buckets>> counts(passes);
    for (auto& c : counts) c.fill(0);
    for (const KeyedRow& item : items) {
        for (int p = 0; p < passes; ++p)
            ++counts[p][(item.key >> (p * digit_bits)) & (buckets - 1)];
    }
    std::vector<KeyedRow> buffer(items.size());
    for (int p = 0; p < passes; ++p) {
        auto& count = counts[p];
        const std::uint64_t first_digit = (items.front().key >> (p * digit_bits)) & (buckets - 1);
        if (count[first_digit] == items.size()) continue;
        std::size_t offset = 0;
        for (std::size_t& c : count) {
            const std::size_t here = c;
            c = offset;
            offset += here;
        }
        for (const KeyedRow& item : items) {
            buffer[count[(item.key >> (p * digit_bits)) & (buckets - 1)]++] = item;
        }
        items.swap(buffer);
    }
}

// Sorts the rows stably as stable_sort_rows does; true when two of them hold equal values.
bool sort_rows_finding_ties(const Column& column, bool ascending, std::vector<std::int64_t>& rows) {
    if (rows.size() < 2) return false;
    if (is_text(column.dtype())) {
        std::stable_sort(rows.begin(), rows.end(), [&](std::int64_t a, std::int64_t b) {
            return ascending ? column.string_at(a) < column.string_at(b)
                             : column.string_at(b) < column.string_at(a);
        });
        for (std::size_t i = 1; i < rows.size(); ++i) {
            if (column.string_at(rows[i - 1]) == column.string_at(rows[i])) return true;
        }
        return false;
    }
    std::vector<KeyedRow> items = keyed_rows(column, rows, ascending);
    if (items.size() < radix_threshold) {
        std::stable_sort(items.begin(), items.end(),
                         [](const KeyedRow& a, const KeyedRow& b) { return a.key < b.key; });
    } else {
        radix_sort(items);
    }
    bool ties = false;
    rows[0] = items[0].row;
    for (std::size_t i = 1; i < items.size(); ++i) {
        rows[i] = items[i].row;
        ties = ties || items[i].key == items[i - 1].key;
    }
    return ties;
}

// numpy.argsort of the present rows' values, as pandas' nargsort calls it.
std::vector<std::int64_t> numpy_order(const Column& column, const std::vector<std::int64_t>& rows,
                                      bool ascending, NumpySort kind) {
    std::vector<std::int64_t> order;
    if (is_text(column.dtype())) {
        std::vector<std::string_view> values;
        values.reserve(rows.size());
        for (std::int64_t r : rows) values.push_back(column.string_at(r));
        order = pandas_nargsort(std::span<const std::string_view>(values), ascending, kind);
    } else if (is_float(column.dtype())) {
        std::vector<double> values;
        values.reserve(rows.size());
        for (std::int64_t r : rows) values.push_back(float_at(column, r));
        order = pandas_nargsort(std::span<const double>(values), ascending, kind);
    } else {
        std::vector<std::int64_t> values;
        values.reserve(rows.size());
        for (std::int64_t r : rows) values.push_back(integer_at(column, r));
        order = pandas_nargsort(std::span<const std::int64_t>(values), ascending, kind);
    }
    for (std::int64_t& o : order) o = rows[static_cast<std::size_t>(o)];
    return order;
}

std::vector<std::int64_t> place_missing(std::vector<std::int64_t> sorted,
                                        const std::vector<std::int64_t>& missing, bool na_first) {
    if (missing.empty()) return sorted;
    if (na_first) {
        sorted.insert(sorted.begin(), missing.begin(), missing.end());
    } else {
        sorted.insert(sorted.end(), missing.begin(), missing.end());
    }
    return sorted;
}

}  // namespace

SortKind parse_sort_kind(std::string_view kind) {
    if (!kind.empty()) {
        switch (kind.front()) {
            case 'q':
            case 'Q':
                return SortKind::Quicksort;
            case 'h':
            case 'H':
                return SortKind::Heapsort;
            case 'm':
            case 'M':
            case 's':
            case 'S':
                return SortKind::Stable;
            default:
                break;
        }
    }
    throw ValueError("sort kind must be one of 'quick', 'heap', or 'stable' (got '" +
                     std::string(kind) + "')");
}

bool parse_na_first(std::string_view na_position) {
    if (na_position == "first") return true;
    if (na_position == "last") return false;
    throw ValueError("invalid na_position: " + std::string(na_position));
}

bool is_missing(const Column& column, std::int64_t row) {
    if (column.is_null(row)) return true;
    return is_float(column.dtype()) && std::isnan(float_at(column, row));
}

RowSplit split_missing(const Column& column) {
    RowSplit split;
    const std::int64_t n = column.size();
    split.present.reserve(static_cast<std::size_t>(n));
    if (!column.has_nulls() && !is_float(column.dtype())) {
        split.present.resize(static_cast<std::size_t>(n));
        for (std::int64_t r = 0; r < n; ++r) split.present[static_cast<std::size_t>(r)] = r;
        return split;
    }
    if (column.dtype() == DType::Float64 && !column.has_nulls()) {
        const double* v = column.data<double>();
        for (std::int64_t r = 0; r < n; ++r)
            (std::isnan(v[r]) ? split.missing : split.present).push_back(r);
        return split;
    }
    for (std::int64_t r = 0; r < n; ++r) {
        (is_missing(column, r) ? split.missing : split.present).push_back(r);
    }
    return split;
}

void stable_sort_rows(const Column& column, bool ascending, std::vector<std::int64_t>& rows) {
    sort_rows_finding_ties(column, ascending, rows);
}

bool equal_rows(const Column& column, std::int64_t a, std::int64_t b) {
    if (is_text(column.dtype())) return column.string_at(a) == column.string_at(b);
    if (is_float(column.dtype())) return float_at(column, a) == float_at(column, b);
    return integer_at(column, a) == integer_at(column, b);
}

bool is_monotonic(const Column& column, bool increasing) {
    const std::int64_t n = column.size();
    for (std::int64_t r = 0; r < n; ++r) {
        if (is_missing(column, r)) return false;
    }
    for (std::int64_t r = 1; r < n; ++r) {
        const std::int64_t before = increasing ? r - 1 : r;
        const std::int64_t after = increasing ? r : r - 1;
        bool in_order = false;
        if (is_text(column.dtype())) {
            in_order = column.string_at(before) <= column.string_at(after);
        } else if (is_float(column.dtype())) {
            in_order = float_at(column, before) <= float_at(column, after);
        } else {
            in_order = integer_at(column, before) <= integer_at(column, after);
        }
        if (!in_order) return false;
    }
    return true;
}

std::vector<std::int64_t> nargsort(const Column& column, bool ascending, bool na_first,
                                   SortKind kind) {
    RowSplit split = split_missing(column);
    std::vector<std::int64_t> sorted = split.present;
    const bool ties = sort_rows_finding_ties(column, ascending, sorted);
    // Without ties every correct sort gives the same order, and NumPy's insertion sort of a
    // short range is stable; only ties elsewhere need NumPy's own steps.
    const bool numpy_steps =
        ties && (kind == SortKind::Heapsort ||
                 (kind == SortKind::Quicksort && sorted.size() > numpy_insertion_size));
    if (numpy_steps) {
        sorted =
            numpy_order(column, split.present, ascending,
                        kind == SortKind::Heapsort ? NumpySort::Heapsort : NumpySort::Quicksort);
    }
    return place_missing(std::move(sorted), split.missing, na_first);
}

std::vector<std::int64_t> lexsort(std::span<const Column> keys, const std::vector<bool>& ascending,
                                  bool na_first) {
    const std::int64_t n = keys.empty() ? 0 : keys.front().size();
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) order[static_cast<std::size_t>(i)] = i;
    // Least significant key first: each stable pass keeps the order the later keys gave ties.
    for (std::size_t k = keys.size(); k-- > 0;) {
        const Column& key = keys[k];
        std::vector<std::int64_t> present;
        std::vector<std::int64_t> missing;
        present.reserve(order.size());
        for (std::int64_t r : order) (is_missing(key, r) ? missing : present).push_back(r);
        stable_sort_rows(key, ascending[k], present);
        order = place_missing(std::move(present), missing, na_first);
    }
    return order;
}

}  // namespace tabula::detail
