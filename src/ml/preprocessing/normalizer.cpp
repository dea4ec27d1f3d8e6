#include "tabula/ml/preprocessing/normalizer.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "../invalid_parameter.hpp"
#include "column_scaling.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {
namespace {

enum class Norm { L1, L2, Max };

Norm parse_norm(const std::string& norm) {
    if (norm == "l1") return Norm::L1;
    if (norm == "l2") return Norm::L2;
    if (norm == "max") return Norm::Max;
    // scikit-learn's own order of the options, which check_str_option would sort.
    detail::throw_invalid_parameter(Normalizer::name, "norm", "a str among {'l2', 'l1', 'max'}",
                                    "'" + norm + "'");
}

// Rows per parallel chunk: the norms of a chunk's rows are summed column after column.
constexpr std::int64_t rows_per_chunk = 4096;

}  // namespace

NormalizerModel Normalizer::fit(const Features& X) const {
    return NormalizerModel(params_, X);
}

NormalizerModel::NormalizerModel(const NormalizerParams& params, const Features& X)
    : ModelBase(std::string(Normalizer::name), X), params_(params) {
    parse_norm(params.norm);
    const NumericColumns columns(X, Normalizer::name);
}

Features NormalizerModel::transform_features(const Features& X) const {
    check_features(X);
    const NumericColumns columns(X, Normalizer::name);
    const Norm norm = parse_norm(params_.norm);
    const std::int64_t d = columns.num_columns();
    std::vector<FloatColumnBuilder> out;
    out.reserve(static_cast<std::size_t>(d));
    for (std::int64_t j = 0; j < d; ++j) out.emplace_back(columns.num_rows());
    // Norms accumulate feature by feature, the order of NumPy's row sums for fewer than 8
    // features (sum(axis=1) over a frame's column-major values, or a short row).
    parallel_chunks(columns.num_rows(), rows_per_chunk,
                    [&](std::int64_t, std::int64_t begin, std::int64_t end) {
                        const auto n = static_cast<std::size_t>(end - begin);
                        std::vector<double> norms(n, 0.0);
                        for (std::int64_t j = 0; j < d; ++j) {
                            const double* x = columns.column(j).data() + begin;
                            if (norm == Norm::L1) {
                                for (std::size_t i = 0; i < n; ++i) norms[i] += std::fabs(x[i]);
                            } else if (norm == Norm::L2) {
                                for (std::size_t i = 0; i < n; ++i) norms[i] += x[i] * x[i];
                            } else {
                                for (std::size_t i = 0; i < n; ++i) {
                                    norms[i] = std::max(norms[i], std::fabs(x[i]));
                                }
                            }
                        }
                        for (double& v : norms) {
                            if (norm == Norm::L2) v = std::sqrt(v);
                            v = detail::handle_zeros_in_scale(v);
                        }
                        for (std::int64_t j = 0; j < d; ++j) {
                            const double* x = columns.column(j).data() + begin;
                            double* y = out[static_cast<std::size_t>(j)].values + begin;
                            for (std::size_t i = 0; i < n; ++i) y[i] = x[i] / norms[i];
                        }
                    });
    std::vector<Column> result;
    result.reserve(out.size());
    for (auto& builder : out) result.push_back(std::move(builder).finish());
    return make_output(X, X.frame().columns(), std::move(result));
}

}  // namespace tabula
