#include "tabula/ml/impute/knn_imputer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <span>

#include "../invalid_parameter.hpp"
#include "argpartition.hpp"
#include "donors.hpp"
#include "nan_euclidean.hpp"
#include "tabula/array/linalg.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
// Receivers per parallel chunk: enough work to amortise the scratch rows; a multiple of
// dot_block.
constexpr std::int64_t receivers_per_chunk = 16;
// Receivers x training rows up to which the dot products come from one BLAS call (32 MB).
constexpr std::int64_t max_blas_products = std::int64_t{1} << 22;

void check_params(const KNNImputerParams& params) {
    if (params.n_neighbors < 1) {
        detail::throw_invalid_parameter(KNNImputer::name, "n_neighbors",
                                        "an int in the range [1, inf)",
                                        std::to_string(params.n_neighbors));
    }
    if (params.weights != "uniform" && params.weights != "distance") {
        detail::throw_invalid_parameter(KNNImputer::name, "weights",
                                        "a str among {'distance', 'uniform'} or a callable",
                                        "'" + params.weights + "'");
    }
    if (params.metric != "nan_euclidean") {
        detail::throw_invalid_parameter(KNNImputer::name, "metric",
                                        "a str among {'nan_euclidean'} or a callable",
                                        "'" + params.metric + "'");
    }
}

// np.einsum("ij,ij->i") on a row-major row, as NumPy's SSE kernel sums it: two lanes (even and
// odd positions), four vectors per step with the last one added first, then lane 0 + lane 1.
double einsum_row_norm(const double* x, std::int64_t n) {
    double lane0 = 0.0;
    double lane1 = 0.0;
    std::int64_t i = 0;
    for (; n - i >= 8; i += 8) {
        lane0 = x[i] * x[i] +
                (x[i + 2] * x[i + 2] + (x[i + 4] * x[i + 4] + (x[i + 6] * x[i + 6] + lane0)));
        lane1 = x[i + 1] * x[i + 1] +
                (x[i + 3] * x[i + 3] + (x[i + 5] * x[i + 5] + (x[i + 7] * x[i + 7] + lane1)));
    }
    for (; i < n; i += 2) {
        lane0 = x[i] * x[i] + lane0;
        if (i + 1 < n) lane1 = x[i + 1] * x[i + 1] + lane1;
    }
    return 0.0 + (lane0 + lane1);
}

// The given rows of the columns one after another, gaps as 0: scikit-learn's
// X[row_missing_idx] with its NaN filled.
void rows_with_gaps_as_zero(const std::vector<const double*>& columns,
                            std::span<const std::int64_t> rows, double* out) {
    const std::size_t d = columns.size();
    for (std::size_t r = 0; r < rows.size(); ++r) {
        for (std::size_t k = 0; k < d; ++k) {
            const double v = columns[k][rows[r]];
            out[r * d + k] = std::isnan(v) ? 0.0 : v;
        }
    }
}

}  // namespace

// A chunk of receivers' scratch: a block of their rows (gaps as 0) and their dot products with the
// training rows, then one receiver's terms and its distances to every training row.
struct KNNImputerModel::Receiver {
    explicit Receiver(std::int64_t rows, std::int64_t features, std::size_t patterns)
        : block(static_cast<std::size_t>(impute::dot_block * features)),
          dots(static_cast<std::size_t>(impute::dot_block * rows)),
          x(static_cast<std::size_t>(features)),
          squares(static_cast<std::size_t>(features)),
          gap(static_cast<std::size_t>(features)),
          pattern_terms(2 * patterns),
          distance(static_cast<std::size_t>(rows)),
          candidates(static_cast<std::size_t>(rows + impute::donor_slack)),
          order(static_cast<std::size_t>(rows + impute::donor_slack)) {}
    std::vector<double> block;
    CacheLineVector<double> dots;
    std::vector<double> x;
    std::vector<double> squares;
    std::vector<std::uint8_t> gap;
    std::vector<std::int64_t> missing;
    std::vector<double> pattern_terms;
    std::vector<const double*> gap_squares;
    CacheLineVector<double> distance;
    std::vector<double> candidates;
    std::vector<std::int64_t> order;
};

KNNImputerModel KNNImputer::fit(const Features& X) const {
    return KNNImputerModel(params_, X);
}

KNNImputerModel::KNNImputerModel(const KNNImputerParams& params, const Features& X)
    : ModelBase(std::string(KNNImputer::name), X), params_(params) {
    check_params(params);
    const NumericColumns columns(X, KNNImputer::name, MissingValues::AllowNan);
    rows_ = columns.num_rows();
    features_ = columns.num_columns();
    const auto d = static_cast<std::size_t>(features_);
    const auto n = static_cast<std::size_t>(rows_);
    values_.resize(d);
    zeroed_.resize(d);
    squared_.resize(d);
    donors_.resize(d);
    donor_bits_.resize(d);
    means_.assign(d, nan);
    valid_.assign(d, 0);
    parallel_chunks(features_, 1, [&](std::int64_t, std::int64_t j, std::int64_t) {
        const auto k = static_cast<std::size_t>(j);
        const auto in = columns.column(j);
        values_[k].assign(in.begin(), in.end());
        zeroed_[k].resize(n);
        squared_[k].resize(n);
        donor_bits_[k].assign((n + 7) / 8, 0);
        for (std::size_t i = 0; i < n; ++i) {
            const bool missing = std::isnan(in[i]);
            zeroed_[k][i] = missing ? 0.0 : in[i];
            squared_[k][i] = zeroed_[k][i] * zeroed_[k][i];
            if (missing) continue;
            donors_[k].push_back(static_cast<std::int64_t>(i));
            donor_bits_[k][i / 8] |= static_cast<std::uint8_t>(1U << (i % 8));
        }
        valid_[k] = donors_[k].empty() ? 0 : 1;
        // np.ma.mean of the column: NumPy's pairwise sum with the gaps as 0, over the count.
        if (!donors_[k].empty()) {
            means_[k] = nansum(columns.array(j)) / static_cast<double>(donors_[k].size());
        }
    });
    // The training rows' gap patterns (the features each lacks, in order), numbered as met.
    std::map<std::vector<std::int64_t>, std::int64_t> ids;
    std::vector<std::int64_t> gaps;
    row_pattern_.resize(n);
    pattern_starts_.assign(1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        gaps.clear();
        for (std::size_t k = 0; k < d; ++k) {
            if (std::isnan(values_[k][i])) gaps.push_back(static_cast<std::int64_t>(k));
        }
        const auto [it, added] = ids.try_emplace(gaps, static_cast<std::int64_t>(ids.size()));
        if (added) {
            pattern_features_.insert(pattern_features_.end(), gaps.begin(), gaps.end());
            pattern_starts_.push_back(static_cast<std::int64_t>(pattern_features_.size()));
        }
        row_pattern_[i] = it->second;
    }
    // row_norms (einsum) of the training rows with gaps as 0: a pandas frame's values are
    // column-major, so einsum adds each row's squares in order; an array is row-major and
    // takes the SIMD lanes.
    norms_.assign(n, 0.0);
    if (X.has_feature_names()) {
        for (std::size_t k = 0; k < d; ++k) {
            for (std::size_t i = 0; i < n; ++i) norms_[i] = norms_[i] + squared_[k][i];
        }
    } else {
        std::vector<double> row(d);
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t k = 0; k < d; ++k) row[k] = zeroed_[k][i];
            norms_[i] = einsum_row_norm(row.data(), features_);
        }
    }
    if (params.add_indicator) {
        indicator_.emplace(
            MissingIndicatorParams{.features = "missing-only", .error_on_new = false}, X);
    }
}

std::vector<std::string> KNNImputerModel::get_feature_names_out() const {
    const auto names = input_feature_names();
    std::vector<std::string> out;
    for (std::size_t j = 0; j < names.size(); ++j) {
        if (valid_[j] != 0 || params_.keep_empty_features) out.push_back(names[j]);
    }
    if (indicator_) {
        for (auto& name : indicator_->get_feature_names_out()) out.push_back(std::move(name));
    }
    return out;
}

void KNNImputerModel::impute_row(std::int64_t row, const double* dots,
                                 const std::vector<const double*>& columns,
                                 std::vector<double*>& out, Receiver& r) const {
    const auto d = static_cast<std::size_t>(features_);
    r.missing.clear();
    bool imputes = false;
    for (std::size_t k = 0; k < d; ++k) {
        const double v = columns[k][row];
        const bool missing = std::isnan(v);
        r.x[k] = missing ? 0.0 : v;
        r.squares[k] = r.x[k] * r.x[k];
        r.gap[k] = missing ? 1 : 0;
        if (missing) {
            r.missing.push_back(static_cast<std::int64_t>(k));
            imputes = imputes || valid_[k] != 0;
        }
    }
    if (!imputes) return;

    // dot(XX, missing_Y.T) (this row's squares where the training row has a gap, added in
    // feature order) and the features both have, once per gap pattern.
    const auto own_gaps = static_cast<std::int64_t>(r.missing.size());
    for (std::size_t p = 0; p + 1 < pattern_starts_.size(); ++p) {
        double squares = 0.0;
        std::int64_t shared = 0;
        for (auto f = pattern_starts_[p]; f < pattern_starts_[p + 1]; ++f) {
            const auto k = static_cast<std::size_t>(pattern_features_[static_cast<std::size_t>(f)]);
            squares = squares + r.squares[k];
            shared += r.gap[k];
        }
        const std::int64_t present =
            features_ - own_gaps - (pattern_starts_[p + 1] - pattern_starts_[p]) + shared;
        r.pattern_terms[2 * p] = squares;
        r.pattern_terms[2 * p + 1] = present == 0 ? nan : static_cast<double>(present);
    }
    r.gap_squares.clear();
    for (const auto k : r.missing)
        r.gap_squares.push_back(squared_[static_cast<std::size_t>(k)].data());
    impute::NanEuclideanTerms terms;
    terms.rows = rows_;
    terms.x_norm = einsum_row_norm(r.x.data(), features_);
    terms.norms = norms_.data();
    terms.pattern = row_pattern_.data();
    terms.pattern_terms = r.pattern_terms.data();
    terms.gap_squares = r.gap_squares;
    terms.scale = static_cast<double>(features_);
    impute::nan_euclidean_row(terms, dots, r.distance.data());
    const double* dist = r.distance.data();

    for (const auto kk : r.missing) {
        const auto k = static_cast<std::size_t>(kk);
        if (valid_[k] == 0) continue;
        const auto& donors = donors_[k];
        const std::size_t n = donors.size();
        const impute::Donors from{donors, donor_bits_[k].data(), rows_};
        if (!impute::gather_donors(dist, from, r.candidates.data())) {
            out[k][row] = means_[k];
            continue;
        }
        const auto count =
            std::min<std::int64_t>(params_.n_neighbors, static_cast<std::int64_t>(n));
        // The squared distances are ordered as their roots. The chosen ones' donors are found
        // by their distances when no other donor has them; ties are told apart by partitioning
        // again with the donors' rows travelling with their distances.
        const std::span<double> values(r.candidates.data(), n);
        const std::span<std::int64_t> rows(r.order.data(), n);
        impute::argpartition(values, rows, count - 1, impute::Tail::Unspecified, impute::Key::Root,
                             impute::Labels::Ignored);
        if (!impute::unique_donors(dist, from, values.first(static_cast<std::size_t>(count)),
                                   rows.data())) {
            impute::gather_donors(dist, from, values.data());
            std::copy(donors.begin(), donors.end(), rows.begin());
            impute::argpartition(values, rows, count - 1, impute::Tail::Unspecified,
                                 impute::Key::Root);
        }
        const double* fit = values_[k].data();
        const auto value_of = [&](std::int64_t t) {
            return fit[r.order[static_cast<std::size_t>(t)]];
        };
        if (params_.weights == "uniform") {
            double sum = 0.0;
            for (std::int64_t t = 0; t < count; ++t) sum = sum + value_of(t);
            out[k][row] = sum / static_cast<double>(count);
            continue;
        }
        // _get_weights: 1 / distance; a row with a zero distance weighs those neighbours 1 and
        // the others 0; NaN distances weigh 0. Then np.ma.average: sum(w * v) / sum(w).
        const auto weight_of = [&](std::int64_t t) {
            return 1.0 / std::sqrt(r.candidates[static_cast<std::size_t>(t)]);
        };
        bool exact = false;
        for (std::int64_t t = 0; t < count; ++t) exact = exact || std::isinf(weight_of(t));
        double weighted = 0.0;
        double total = 0.0;
        for (std::int64_t t = 0; t < count; ++t) {
            double w = weight_of(t);
            if (exact) w = std::isinf(w) ? 1.0 : 0.0;
            if (std::isnan(w)) w = 0.0;
            weighted = weighted + value_of(t) * w;
            total = total + w;
        }
        out[k][row] = weighted / total;
    }
}

// scikit-learn's X[row_missing_idx] @ fit_X.T (gaps as 0) in one gemm call of the same shape,
// whose rounding then matches NumPy's (OpenBLAS rounds the rows at the edges of its thread
// partition differently from the rest). Above max_blas_products entries the products are
// formed a block of receivers at a time instead (see transform_features), to bound the memory.
NDArray<double> KNNImputerModel::blas_products(const std::vector<std::int64_t>& receivers,
                                               const std::vector<const double*>& columns) const {
    const auto m = static_cast<std::int64_t>(receivers.size());
    if (m == 0 || m * rows_ > max_blas_products) return {};
    std::vector<double> a(static_cast<std::size_t>(m * features_));
    rows_with_gaps_as_zero(columns, receivers, a.data());
    std::vector<double> b;
    b.reserve(static_cast<std::size_t>(features_ * rows_));
    for (const auto& column : zeroed_) b.insert(b.end(), column.begin(), column.end());
    return matmul(NDArray<double>(std::move(a), {m, features_}),
                  NDArray<double>(std::move(b), {features_, rows_}));
}

Features KNNImputerModel::transform_features(const Features& X) const {
    check_features(X);
    const NumericColumns columns(X, KNNImputer::name, MissingValues::AllowNan);
    const auto d = static_cast<std::size_t>(features_);
    const std::int64_t n = columns.num_rows();
    std::vector<const double*> in(d);
    std::vector<FloatColumnBuilder> built;
    std::vector<double*> out(d, nullptr);
    built.reserve(d);
    for (std::size_t k = 0; k < d; ++k) {
        in[k] = columns.column(static_cast<std::int64_t>(k)).data();
        if (valid_[k] == 0 && !params_.keep_empty_features) continue;
        built.emplace_back(n);
        out[k] = built.back().data();
        if (valid_[k] == 0) {
            std::fill(out[k], out[k] + n, 0.0);
        } else {
            std::copy(in[k], in[k] + n, out[k]);
        }
    }
    // Only rows with a gap need distances (scikit-learn's row_missing_idx: a gap in any feature).
    std::vector<std::int64_t> receivers;
    for (std::int64_t i = 0; i < n; ++i) {
        for (std::size_t k = 0; k < d; ++k) {
            if (std::isnan(in[k][i])) {
                receivers.push_back(i);
                break;
            }
        }
    }
    const auto m = static_cast<std::int64_t>(receivers.size());
    const NDArray<double> products = blas_products(receivers, in);
    const double* product_rows = products.size() > 0 ? products.data() : nullptr;
    std::vector<const double*> columns_zeroed;
    for (const auto& column : zeroed_) columns_zeroed.push_back(column.data());
    std::vector<double*> targets = out;
    for (std::size_t k = 0; k < d; ++k) {
        if (valid_[k] == 0) targets[k] = nullptr;
    }
    parallel_chunks(m, receivers_per_chunk,
                    [&](std::int64_t, std::int64_t begin, std::int64_t end) {
                        Receiver scratch(rows_, features_, pattern_starts_.size() - 1);
                        std::vector<double*> rows_out = targets;
                        for (std::int64_t first = begin; first < end; first += impute::dot_block) {
                            const std::int64_t count = std::min(impute::dot_block, end - first);
                            if (product_rows == nullptr) {
                                rows_with_gaps_as_zero(
                                    in, {receivers.data() + first, static_cast<std::size_t>(count)},
                                    scratch.block.data());
                                impute::nan_euclidean_dots(columns_zeroed, rows_,
                                                           {scratch.block.data(), count * d},
                                                           scratch.dots.data());
                            }
                            for (std::int64_t r = 0; r < count; ++r) {
                                const double* dots = product_rows != nullptr
                                                         ? product_rows + (first + r) * rows_
                                                         : scratch.dots.data() + r * rows_;
                                impute_row(receivers[static_cast<std::size_t>(first + r)], dots, in,
                                           rows_out, scratch);
                            }
                        }
                    });
    std::vector<std::string> names;
    std::vector<Column> result;
    const auto& input_names = X.frame().columns();
    std::size_t b = 0;
    for (std::size_t k = 0; k < d; ++k) {
        if (out[k] == nullptr) continue;
        names.push_back(input_names[k]);
        result.push_back(std::move(built[b++]).finish());
    }
    if (indicator_) {
        const Features mask = indicator_->transform_features(X);
        for (std::size_t k = 0; k < mask.frame().columns().size(); ++k) {
            names.push_back(mask.frame().columns()[k]);
            result.push_back(mask.frame().column(k).astype(DType::Float64));
        }
    }
    return make_output(X, std::move(names), std::move(result));
}

}  // namespace tabula
