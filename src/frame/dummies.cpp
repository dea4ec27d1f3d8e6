// pandas 1.5.3's get_dummies (reshape/encoding.py, _get_dummies_1d).
#include "tabula/frame/dummies.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "column_dispatch.hpp"
#include "sort_keys.hpp"
#include "tabula/core/buffer.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

namespace {

// The distinct values of a column in pandas' order and each row's value number (-1 for a
// missing row).
struct Levels {
    std::vector<std::string> names;
    std::vector<std::int64_t> codes;
};

std::string value_text(const Column& column, std::int64_t row) {
    if (column.dtype() == DType::String || column.dtype() == DType::Categorical) {
        return std::string(column.string_at(row));
    }
    return detail::dispatch_fixed(
        column.dtype(), [&]<class T>(T) { return detail::python_text(column.data<T>()[row]); });
}

Levels levels_of(const Column& column, const std::string& name) {
    const std::int64_t n = column.size();
    Levels levels;
    levels.codes.assign(static_cast<std::size_t>(n), -1);
    if (column.dtype() == DType::Datetime) {
        throw TypeError("get_dummies does not encode the datetime column '" + name + "'");
    }
    if (column.dtype() == DType::Categorical) {
        const Column& categories = column.categories();
        for (std::int64_t k = 0; k < categories.size(); ++k) {
            levels.names.emplace_back(categories.string_at(k));
        }
        const std::int32_t* codes = column.codes();
        for (std::int64_t i = 0; i < n; ++i) {
            if (column.is_valid(i)) levels.codes[static_cast<std::size_t>(i)] = codes[i];
        }
        return levels;
    }
    std::vector<std::int64_t> rows = detail::split_missing(column).present;
    detail::stable_sort_rows(column, true, rows);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (i == 0 || !detail::equal_rows(column, rows[i - 1], rows[i])) {
            levels.names.push_back(value_text(column, rows[i]));
        }
        levels.codes[static_cast<std::size_t>(rows[i])] =
            static_cast<std::int64_t>(levels.names.size()) - 1;
    }
    return levels;
}

Column indicator(const std::vector<std::int64_t>& codes, std::int64_t level, DType dtype) {
    const auto n = static_cast<std::int64_t>(codes.size());
    return detail::dispatch_fixed(dtype, [&]<class T>(T) {
        auto buffer = Buffer::allocate(static_cast<std::size_t>(n) * sizeof(T));
        T* out = buffer->template as<T>();
        for (std::int64_t i = 0; i < n; ++i) {
            out[i] = static_cast<T>(codes[static_cast<std::size_t>(i)] == level);
        }
        return Column::fixed(dtype, std::move(buffer), n);
    });
}

void check_dtype(DType dtype) {
    if (dtype == DType::String || dtype == DType::Categorical || dtype == DType::Datetime) {
        throw TypeError("get_dummies cannot hold 0/1 in dtype " + std::string(dtype_name(dtype)));
    }
}

// Appends the indicator columns of one column; `prefix` empty with `use_prefix` false names
// them by the value alone (the Series form).
void add_dummies(const Column& column, const std::string& name, bool use_prefix,
                 const std::string& prefix, const GetDummiesOptions& options,
                 std::vector<std::string>& names, std::vector<Column>& columns) {
    Levels levels = levels_of(column, name);
    // The null indicator is the level after the last, as pandas appends NaN to the levels.
    const auto null_level = static_cast<std::int64_t>(levels.names.size());
    if (options.dummy_na) {
        levels.names.emplace_back(use_prefix ? "nan" : "NaN");
        for (std::int64_t& c : levels.codes) {
            if (c < 0) c = null_level;
        }
    }
    for (std::size_t k = options.drop_first ? 1 : 0; k < levels.names.size(); ++k) {
        names.push_back(use_prefix ? prefix + options.prefix_sep + levels.names[k]
                                   : levels.names[k]);
        columns.push_back(indicator(levels.codes, static_cast<std::int64_t>(k), options.dtype));
    }
}

std::string index_repr(const std::vector<std::string>& names) {
    std::string out = "Index([";
    for (std::size_t i = 0; i < names.size(); ++i) out += (i ? ", '" : "'") + names[i] + "'";
    return out + "], dtype='object')";
}

}  // namespace

DataFrame get_dummies(const DataFrame& frame, const GetDummiesOptions& options) {
    check_dtype(options.dtype);
    std::vector<std::string> encode = options.columns;
    if (encode.empty()) {
        for (std::size_t j = 0; j < frame.columns().size(); ++j) {
            const DType dtype = frame.column(j).dtype();
            if (dtype == DType::String || dtype == DType::Categorical) {
                encode.push_back(frame.columns()[j]);
            }
        }
    } else {
        std::vector<std::string> absent;
        for (const std::string& name : encode) {
            if (!frame.contains(name)) absent.push_back(name);
        }
        if (absent.size() == encode.size()) {
            throw KeyError("None of [" + index_repr(absent) + "] are in the [columns]");
        }
        if (!absent.empty()) {
            std::string list = "[";
            for (std::size_t i = 0; i < absent.size(); ++i) {
                list += (i ? ", '" : "'") + absent[i] + "'";
            }
            throw KeyError(list + "] not in index");
        }
    }
    if (!options.prefix.empty() && options.prefix.size() != encode.size()) {
        throw ValueError("Length of 'prefix' (" + std::to_string(options.prefix.size()) +
                         ") did not match the length of the columns being encoded (" +
                         std::to_string(encode.size()) + ").");
    }
    std::vector<std::string> names;
    std::vector<Column> columns;
    for (std::size_t j = 0; j < frame.columns().size(); ++j) {
        const std::string& name = frame.columns()[j];
        if (std::find(encode.begin(), encode.end(), name) == encode.end()) {
            names.push_back(name);
            columns.push_back(frame.column(j));
        }
    }
    for (std::size_t k = 0; k < encode.size(); ++k) {
        const std::string& prefix = options.prefix.empty() ? encode[k] : options.prefix[k];
        add_dummies(frame.column(encode[k]), encode[k], true, prefix, options, names, columns);
    }
    return DataFrame(std::move(names), std::move(columns), frame.index());
}

DataFrame get_dummies(const Series& series, const GetDummiesOptions& options) {
    check_dtype(options.dtype);
    if (options.prefix.size() > 1) {
        throw ValueError("Length of 'prefix' (" + std::to_string(options.prefix.size()) +
                         ") did not match the length of the columns being encoded (1).");
    }
    std::vector<std::string> names;
    std::vector<Column> columns;
    const bool use_prefix = !options.prefix.empty();
    add_dummies(series.column(), series.name(), use_prefix,
                use_prefix ? options.prefix.front() : std::string(), options, names, columns);
    return DataFrame(std::move(names), std::move(columns), series.index());
}

}  // namespace tabula
