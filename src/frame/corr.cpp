// DataFrame::corr(): pandas 1.5.3's pearson correlation (pandas/_libs/algos.pyx nancorr): every
// pair of numeric (and bool) columns over the rows where both are finite, with Welford's
// updates in row order, so the results match pandas' bits.
#include <cmath>
#include <limits>
#include <vector>

#include "column_values.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/frame/dataframe.hpp"

namespace tabula {

namespace {

// The column as float64, a null as NaN.
std::vector<double> as_doubles(const Column& column) {
    std::vector<double> out(static_cast<std::size_t>(column.size()));
    detail::with_numbers(column, [&]<class T>(const T* values) {
        for (std::int64_t i = 0; i < column.size(); ++i) {
            out[static_cast<std::size_t>(i)] = column.is_valid(i)
                                                   ? static_cast<double>(values[i])
                                                   : std::numeric_limits<double>::quiet_NaN();
        }
    });
    return out;
}

double pearson(const std::vector<double>& x, const std::vector<double>& y) {
    std::int64_t nobs = 0;
    double mean_x = 0;
    double mean_y = 0;
    double ssqd_x = 0;
    double ssqd_y = 0;
    double cov_xy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double vx = x[i];
        const double vy = y[i];
        if (!std::isfinite(vx) || !std::isfinite(vy)) continue;
        nobs += 1;
        const double dx = vx - mean_x;
        const double dy = vy - mean_y;
        mean_x += 1.0 / static_cast<double>(nobs) * dx;
        mean_y += 1.0 / static_cast<double>(nobs) * dy;
        ssqd_x += (vx - mean_x) * dx;
        ssqd_y += (vy - mean_y) * dy;
        cov_xy += (vx - mean_x) * dy;
    }
    if (nobs < 1) return std::numeric_limits<double>::quiet_NaN();
    const double divisor = std::sqrt(ssqd_x * ssqd_y);
    return divisor != 0 ? cov_xy / divisor : std::numeric_limits<double>::quiet_NaN();
}

}  // namespace

DataFrame DataFrame::corr() const {
    std::vector<std::string> names;
    std::vector<std::vector<double>> values;
    for (std::size_t c = 0; c < columns_.size(); ++c) {
        if (!detail::is_reducible(columns_[c].dtype())) continue;
        names.push_back(names_[c]);
        values.push_back(as_doubles(columns_[c]));
    }
    const auto k = static_cast<std::int64_t>(names.size());
    std::vector<double> matrix(static_cast<std::size_t>(k * k));
    parallel_chunks(k * k, 1, [&](std::int64_t cell, std::int64_t, std::int64_t) {
        const std::int64_t xi = cell / k;
        const std::int64_t yi = cell % k;
        if (yi > xi) return;
        const double r =
            pearson(values[static_cast<std::size_t>(xi)], values[static_cast<std::size_t>(yi)]);
        matrix[static_cast<std::size_t>(xi * k + yi)] = r;
        matrix[static_cast<std::size_t>(yi * k + xi)] = r;
    });
    std::vector<Column> columns;
    for (std::int64_t c = 0; c < k; ++c) {
        std::vector<double> column(static_cast<std::size_t>(k));
        for (std::int64_t r = 0; r < k; ++r) {
            column[static_cast<std::size_t>(r)] = matrix[static_cast<std::size_t>(r * k + c)];
        }
        columns.push_back(Column::from_vector(column));
    }
    return DataFrame(names, std::move(columns), Index(names));
}

}  // namespace tabula
