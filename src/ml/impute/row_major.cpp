#include "row_major.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "tabula/core/parallel.hpp"

namespace tabula::impute {
namespace {

constexpr double infinity = std::numeric_limits<double>::infinity();
// Rows per parallel chunk of the fill: a few MB of a 20-column array.
constexpr std::int64_t rows_per_chunk = 16384;

// The loops below are written for the vectoriser: no branches, no aliasing (restrict), and the
// infinity check as a running maximum of |present value| instead of a flag.

// Columns [begin, end) of every row: per column, the row-order sum of the present values, their
// count and their largest magnitude.
void column_sums(const double* values, std::int64_t rows, std::int64_t d, std::int64_t begin,
                 std::int64_t end, double* __restrict sum, double* __restrict count,
                 double* __restrict largest) {
    const std::int64_t width = end - begin;
    const double* row = values + begin;
    for (std::int64_t i = 0; i < rows; ++i, row += d) {
        const double* __restrict in = row;
        for (std::int64_t j = 0; j < width; ++j) {
            const double v = in[j];
            const bool present = v == v;
            const double x = present ? v : 0.0;
            sum[j] = sum[j] + x;
            count[j] = count[j] + (present ? 1.0 : 0.0);
            largest[j] = std::max(largest[j], std::fabs(x));
        }
    }
}

}  // namespace

std::optional<std::vector<double>> row_major_means(const NDArray<double>& X) {
    const std::int64_t rows = X.shape()[0];
    const std::int64_t d = X.shape()[1];
    const auto n = static_cast<std::size_t>(d);
    std::vector<double> sum(n, 0.0);
    std::vector<double> count(n, 0.0);
    std::vector<double> largest(n, 0.0);
    // Each column's sum is its own chain, so columns split between threads without changing it.
    const std::int64_t columns_per_chunk = (d + 1) / 2;
    parallel_chunks(d, columns_per_chunk, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        column_sums(X.data(), rows, d, begin, end, sum.data() + begin, count.data() + begin,
                    largest.data() + begin);
    });
    if (std::any_of(largest.begin(), largest.end(), [](double v) { return v == infinity; })) {
        return std::nullopt;
    }
    std::vector<double> mean(n, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t j = 0; j < n; ++j) {
        if (count[j] > 0) mean[j] = sum[j] / count[j];
    }
    return mean;
}

std::optional<NDArray<double>> row_major_fill(const NDArray<double>& X,
                                              const std::vector<double>& fill,
                                              const std::vector<std::int64_t>& kept) {
    const std::int64_t rows = X.shape()[0];
    const std::int64_t d = X.shape()[1];
    const auto width = static_cast<std::int64_t>(kept.size());
    NDArray<double> out = NDArray<double>::empty({rows, width});
    const bool all_kept = width == d;
    std::vector<double> largest(static_cast<std::size_t>(chunk_count(rows, rows_per_chunk)), 0.0);
    const double* values = X.data();
    const double* fills = fill.data();
    const std::int64_t* columns = kept.data();
    double* result = out.data();
    parallel_chunks(rows, rows_per_chunk,
                    [&](std::int64_t k, std::int64_t begin, std::int64_t end) {
                        double magnitude = 0.0;
                        for (std::int64_t i = begin; i < end; ++i) {
                            const double* __restrict in = values + i * d;
                            double* __restrict target = result + i * width;
                            for (std::int64_t j = 0; j < d; ++j) {
                                const double v = in[j];
                                magnitude = std::max(magnitude, v == v ? std::fabs(v) : 0.0);
                            }
                            if (all_kept) {
                                for (std::int64_t j = 0; j < d; ++j)
                                    target[j] = in[j] == in[j] ? in[j] : fills[j];
                            } else {
                                for (std::int64_t c = 0; c < width; ++c) {
                                    const double v = in[columns[c]];
                                    target[c] = v == v ? v : fills[columns[c]];
                                }
                            }
                        }
                        largest[static_cast<std::size_t>(k)] = magnitude;
                    });
    if (std::any_of(largest.begin(), largest.end(), [](double v) { return v == infinity; })) {
        return std::nullopt;
    }
    return out;
}

}  // namespace tabula::impute
