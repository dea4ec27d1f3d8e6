#include "tabula/ml/validation.hpp"

#include <bit>
#include <cmath>
#include <cstdint>
#include <exception>

#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"

namespace tabula {
namespace {

std::string shape_text(std::int64_t rows, std::int64_t cols) {
    return "(shape=(" + std::to_string(rows) + ", " + std::to_string(cols) + "))";
}

template <class T>
void convert(const Column& column, double* out) {
    const T* in = column.data<T>();
    const std::int64_t n = column.size();
    for (std::int64_t i = 0; i < n; ++i) out[i] = static_cast<double>(in[i]);
    if (column.has_nulls()) {
        for (std::int64_t i = 0; i < n; ++i) {
            if (column.is_null(i)) out[i] = std::nan("");
        }
    }
}

// True when a value is infinite, or NaN where NaN is rejected. Branch-free on the bits: a
// branch per value mispredicted on every gap of a column with missing values.
bool any_rejected(const double* values, std::int64_t n, MissingValues missing) {
    constexpr std::uint64_t magnitude = 0x7fffffffffffffff;
    constexpr std::uint64_t infinity = 0x7ff0000000000000;
    bool found = false;
    if (missing == MissingValues::Reject) {
        for (std::int64_t i = 0; i < n; ++i) {
            found |= (std::bit_cast<std::uint64_t>(values[i]) & magnitude) >= infinity;
        }
    } else {
        for (std::int64_t i = 0; i < n; ++i) {
            found |= (std::bit_cast<std::uint64_t>(values[i]) & magnitude) == infinity;
        }
    }
    return found;
}

void check_finite(const double* values, std::int64_t n, const std::string& name,
                  std::string_view estimator, MissingValues missing) {
    if (!any_rejected(values, n, missing)) return;
    for (std::int64_t i = 0; i < n; ++i) {
        const double v = values[i];
        if (std::isfinite(v)) continue;
        const std::string where = " (column '" + name + "', row " + std::to_string(i) + ")";
        if (std::isinf(v)) {
            throw ValueError(
                "Input X contains infinity or a value too large for "
                "dtype('float64')" +
                where + ".");
        }
        if (missing == MissingValues::Reject) {
            throw ValueError("Input X contains NaN" + where + ". " + std::string(estimator) +
                             " does not accept missing values encoded as NaN natively; impute "
                             "them first (SimpleImputer) or drop the rows with missing values.");
        }
    }
}

}  // namespace

void check_not_empty(const Features& X, std::string_view estimator, std::int64_t min_samples) {
    const auto rows = X.num_rows();
    const auto cols = X.num_features();
    if (rows < min_samples) {
        throw ValueError("Found array with " + std::to_string(rows) + " sample(s) " +
                         shape_text(rows, cols) + " while a minimum of " +
                         std::to_string(min_samples) + " is required by " + std::string(estimator) +
                         ".");
    }
    if (cols < 1) {
        throw ValueError("Found array with 0 feature(s) " + shape_text(rows, cols) +
                         " while a minimum of 1 is required by " + std::string(estimator) + ".");
    }
}

NumericColumns::NumericColumns(const Features& X, std::string_view estimator, MissingValues missing)
    : rows_(X.num_rows()) {
    check_not_empty(X, estimator);
    const auto& frame = X.frame();
    const auto d = frame.columns().size();
    buffers_.resize(d);
    offsets_.assign(d, 0);
    data_.resize(d);
    // Columns convert in parallel; the first column's error in column order is the one thrown,
    // as a serial pass would.
    std::vector<std::exception_ptr> errors(d);
    parallel_chunks(static_cast<std::int64_t>(d), 1,
                    [&](std::int64_t, std::int64_t c, std::int64_t) {
                        const auto j = static_cast<std::size_t>(c);
                        try {
                            convert_column(frame.column(j), frame.columns()[j], j);
                            check_finite(data_[j], rows_, frame.columns()[j], estimator, missing);
                        } catch (...) {
                            errors[j] = std::current_exception();
                        }
                    });
    for (const auto& error : errors) {
        if (error) std::rethrow_exception(error);
    }
}

void NumericColumns::convert_column(const Column& column, const std::string& name, std::size_t j) {
    const DType dtype = column.dtype();
    if (dtype == DType::Float64 && !column.has_nulls()) {
        buffers_[j] = column.values_buffer();
        offsets_[j] = column.values_offset();
        data_[j] = column.data<double>();
        return;
    }
    auto buffer = Buffer::allocate(static_cast<std::size_t>(rows_) * sizeof(double));
    double* out = buffer->as<double>();
    switch (dtype) {
        case DType::Float64:
            convert<double>(column, out);
            break;
        case DType::Float32:
            convert<float>(column, out);
            break;
        case DType::Int64:
        case DType::Datetime:
            convert<std::int64_t>(column, out);
            break;
        case DType::Int32:
            convert<std::int32_t>(column, out);
            break;
        case DType::Bool:
            convert<bool>(column, out);
            break;
        case DType::String:
        case DType::Categorical: {
            for (std::int64_t i = 0; i < rows_; ++i) {
                if (column.is_valid(i)) {
                    throw ValueError("could not convert string to float: '" +
                                     std::string(column.string_at(i)) + "' (column '" + name +
                                     "')");
                }
            }
            for (std::int64_t i = 0; i < rows_; ++i) out[i] = std::nan("");
            break;
        }
    }
    buffers_[j] = std::move(buffer);
    data_[j] = out;
}

NDArray<double> NumericColumns::array(std::int64_t j) const {
    const auto k = static_cast<std::size_t>(j);
    return NDArray<double>(buffers_[k], offsets_[k], {rows_}, {1});
}

std::vector<double> NumericColumns::row_major() const {
    const auto cols = num_columns();
    std::vector<double> out(static_cast<std::size_t>(rows_ * cols));
    for (std::int64_t j = 0; j < cols; ++j) {
        const double* in = data_[static_cast<std::size_t>(j)];
        for (std::int64_t i = 0; i < rows_; ++i)
            out[static_cast<std::size_t>(i * cols + j)] = in[i];
    }
    return out;
}

FloatColumnBuilder::FloatColumnBuilder(std::int64_t n)
    : buffer(Buffer::allocate(static_cast<std::size_t>(n) * sizeof(double))),
      values(buffer->as<double>()),
      length(n) {}

Column FloatColumnBuilder::finish() && {
    return Column::fixed(DType::Float64, std::move(buffer), length);
}

Features make_output(const Features& input, std::vector<std::string> names,
                     std::vector<Column> columns) {
    return Features(DataFrame(std::move(names), std::move(columns), input.frame().index()),
                    input.has_feature_names());
}

}  // namespace tabula
