#pragma once
// scikit-learn's input checks (check_array, check_X_y) for estimators that compute on numbers:
// the columns of X as float64 (nulls as NaN), with scikit-learn's messages for what they reject.
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/core/buffer.hpp"
#include "tabula/frame/column.hpp"
#include "tabula/ml/data.hpp"

namespace tabula {

// force_all_finite: Reject refuses NaN (and nulls) and infinities, AllowNan refuses only
// infinities ("allow-nan"), as scikit-learn's imputers and scalers do.
enum class MissingValues { Reject, AllowNan };

// ValueError "Found array with 0 sample(s) (shape=(0, 3)) while a minimum of 1 is required by
// StandardScaler." (or "0 feature(s)").
void check_not_empty(const Features& X, std::string_view estimator, std::int64_t min_samples = 1);

// X's columns as contiguous float64 arrays: a float64 column without nulls is shared, others
// are converted (int64, bool; nulls become NaN). ValueError "could not convert string to float:
// 'Oslo' (column 'city')" for text; "Input X contains NaN (column 'age', row 3). LinearRegression
// does not accept missing values encoded as NaN natively; ..." and "Input X contains infinity or
// a value too large for dtype('float64') (column 'x', row 0)." as `missing` says.
class NumericColumns {
  public:
    NumericColumns(const Features& X, std::string_view estimator,
                   MissingValues missing = MissingValues::Reject);
    std::int64_t num_rows() const noexcept { return rows_; }
    std::int64_t num_columns() const noexcept { return static_cast<std::int64_t>(data_.size()); }
    std::span<const double> column(std::int64_t j) const {
        return {data_[static_cast<std::size_t>(j)], static_cast<std::size_t>(rows_)};
    }
    // Column j as a 1-d array sharing the values: NumPy's reductions on it (nansum, ...) sum in
    // NumPy's order, as scikit-learn's do on a DataFrame's (column-major) values.
    NDArray<double> array(std::int64_t j) const;
    // Row-major (n_samples, n_features) copy, for row-wise algorithms (distances, gradients).
    std::vector<double> row_major() const;

  private:
    // Column j as float64: shared when it is float64 without nulls, else converted.
    void convert_column(const Column& column, const std::string& name, std::size_t j);

    std::int64_t rows_ = 0;
    std::vector<std::shared_ptr<Buffer>> buffers_;
    std::vector<std::int64_t> offsets_;
    std::vector<const double*> data_;
};

// A float64 column of `length` values that the caller fills (uninitialised).
struct FloatColumnBuilder {
    explicit FloatColumnBuilder(std::int64_t length);
    double* data() noexcept { return values; }
    // NaN values stay NaN (not null), as NumPy's arrays keep them.
    Column finish() &&;

    std::shared_ptr<Buffer> buffer;
    double* values = nullptr;
    std::int64_t length = 0;
};

// A transformer's output: `columns` named `names`, indexed as the input, features named or
// positional as the input's were.
Features make_output(const Features& input, std::vector<std::string> names,
                     std::vector<Column> columns);

}  // namespace tabula
