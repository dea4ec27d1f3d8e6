#include "linear_scores.hpp"

#include <algorithm>

#include "tabula/core/parallel.hpp"

namespace tabula::detail {
namespace {

// Rows per parallel chunk: large enough that a chunk's work dwarfs scheduling.
constexpr std::int64_t rows_per_chunk = 8192;

// float64 values indexed as X's rows.
Series float_series(std::span<const double> values, const Index& index) {
    FloatColumnBuilder column(static_cast<std::int64_t>(values.size()));
    std::copy(values.begin(), values.end(), column.data());
    return Series(std::move(column).finish(), {}, index);
}

}  // namespace

CenteredDesign center_design(const NumericColumns& X, const std::vector<double>& y,
                             bool fit_intercept) {
    const std::int64_t n = X.num_rows();
    const std::int64_t d = X.num_columns();
    CenteredDesign out;
    out.Xt = NDArray<double>::empty({d, n});
    out.X_offset.assign(static_cast<std::size_t>(d), 0.0);
    double* xt = out.Xt.data();
    parallel_chunks(d, 1, [&](std::int64_t, std::int64_t j, std::int64_t) {
        const auto column = X.column(j);
        const double offset = fit_intercept ? X.array(j).mean() : 0.0;
        out.X_offset[static_cast<std::size_t>(j)] = offset;
        double* row = xt + j * n;
        for (std::int64_t i = 0; i < n; ++i) row[i] = column[static_cast<std::size_t>(i)] - offset;
    });
    NDArray<double> target(y, {n});
    out.y_offset = fit_intercept ? target.mean() : 0.0;
    out.y = NDArray<double>::empty({n});
    for (std::int64_t i = 0; i < n; ++i) {
        out.y.data()[i] = y[static_cast<std::size_t>(i)] - out.y_offset;
    }
    return out;
}

std::vector<double> linear_scores(const NumericColumns& X, std::span<const double> coef,
                                  std::span<const double> intercept) {
    const std::int64_t n = X.num_rows();
    const std::int64_t d = X.num_columns();
    const auto outputs = static_cast<std::int64_t>(intercept.size());
    std::vector<double> scores(static_cast<std::size_t>(n * outputs));
    parallel_chunks(n, rows_per_chunk, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        for (std::int64_t k = 0; k < outputs; ++k) {
            std::vector<double> sum(static_cast<std::size_t>(end - begin),
                                    intercept[static_cast<std::size_t>(k)]);
            for (std::int64_t j = 0; j < d; ++j) {
                const double w = coef[static_cast<std::size_t>(k * d + j)];
                const double* column = X.column(j).data() + begin;
                for (std::size_t i = 0; i < sum.size(); ++i) sum[i] += column[i] * w;
            }
            for (std::size_t i = 0; i < sum.size(); ++i) {
                scores[static_cast<std::size_t>((begin + static_cast<std::int64_t>(i)) * outputs +
                                                k)] = sum[i];
            }
        }
    });
    return scores;
}

Series linear_prediction(const Features& X, std::string_view estimator,
                         std::span<const double> coef, double intercept) {
    const NumericColumns columns(X, estimator);
    const double intercepts[] = {intercept};
    const auto scores = linear_scores(columns, coef, intercepts);
    return float_series(scores, X.frame().index());
}

}  // namespace tabula::detail
