#include "tabula/ml/impute/iterative_imputer.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

#include "../invalid_parameter.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/core/random.hpp"
#include "tabula/ml/linear_model/bayesian_ridge.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {
namespace {

using Matrix = std::vector<std::vector<double>>;  // by feature
using Mask = std::vector<std::vector<std::uint8_t>>;

void check_params(const IterativeImputerParams& params) {
    constexpr std::string_view name = IterativeImputer::name;
    if (params.max_iter < 0) {
        detail::throw_invalid_parameter(name, "max_iter", "an int in the range [0, inf)",
                                        std::to_string(params.max_iter));
    }
    if (params.tol < 0) {
        detail::throw_invalid_parameter(name, "tol", "a float in the range [0, inf)",
                                        float_repr(params.tol));
    }
    if (params.n_nearest_features && *params.n_nearest_features < 1) {
        detail::throw_invalid_parameter(name, "n_nearest_features",
                                        "None or an int in the range [1, inf)",
                                        std::to_string(*params.n_nearest_features));
    }
    detail::check_str_option(name, "initial_strategy", params.initial_strategy,
                             {"mean", "median", "most_frequent", "constant"});
    detail::check_str_option(name, "imputation_order", params.imputation_order,
                             {"ascending", "descending", "roman", "arabic", "random"});
    if (params.sample_posterior) {
        throw ValueError(
            "IterativeImputer(sample_posterior=True) is not supported: scikit-learn draws the "
            "imputations from scipy's truncated normal, which tabula does not reproduce.");
    }
    if (!(params.max_value > params.min_value)) {
        throw ValueError("One (or more) features have min_value >= max_value.");
    }
}

// The kept features after the first fill, and which of their values were missing.
struct Start {
    std::vector<std::int64_t> kept;  // positions in X
    Matrix values;
    Mask missing;
};

Start start(const SimpleImputerModel& initial, const Features& X) {
    const NumericColumns columns(X, IterativeImputer::name, MissingValues::AllowNan);
    const Features filled = initial.transform_features(X);
    Start s;
    for (std::size_t j = 0; j < initial.statistics().size(); ++j) {
        if (!std::isnan(initial.statistics()[j])) s.kept.push_back(static_cast<std::int64_t>(j));
    }
    const auto n = static_cast<std::size_t>(X.num_rows());
    for (std::size_t k = 0; k < s.kept.size(); ++k) {
        const double* v = filled.frame().column(k).data<double>();
        s.values.emplace_back(v, v + n);
        const auto observed = columns.column(s.kept[k]);
        std::vector<std::uint8_t> gaps(n);
        for (std::size_t i = 0; i < n; ++i) gaps[i] = std::isnan(observed[i]) ? 1 : 0;
        s.missing.push_back(std::move(gaps));
    }
    return s;
}

NDArray<double> design(const Matrix& values, const std::vector<std::uint8_t>& rows, bool take,
                       const std::vector<std::int64_t>& neighbours) {
    std::vector<std::size_t> chosen;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if ((rows[i] != 0) == take) chosen.push_back(i);
    }
    const auto width = neighbours.size();
    std::vector<double> out(chosen.size() * width);
    for (std::size_t r = 0; r < chosen.size(); ++r) {
        for (std::size_t c = 0; c < width; ++c) {
            out[r * width + c] = values[static_cast<std::size_t>(neighbours[c])][chosen[r]];
        }
    }
    return NDArray<double>(std::move(out), {static_cast<std::int64_t>(chosen.size()),
                                            static_cast<std::int64_t>(width)});
}

// _impute_one_feature's prediction half: the feature's gaps from the fitted regression, clipped.
void impute(const IterativeImputerModel::Step& step, Matrix& values, const Mask& missing,
            double low, double high) {
    const auto& gaps = missing[static_cast<std::size_t>(step.feature)];
    if (std::none_of(gaps.begin(), gaps.end(), [](std::uint8_t g) { return g != 0; })) return;
    const Series predicted = step.model.predict(design(values, gaps, true, step.neighbours));
    auto& column = values[static_cast<std::size_t>(step.feature)];
    std::int64_t r = 0;
    for (std::size_t i = 0; i < gaps.size(); ++i) {
        if (gaps[i] == 0) continue;
        column[i] = std::clamp(predicted.value(r++), low, high);
    }
}

// _get_ordered_idx: features by count of gaps (stable), or as written, or shuffled.
std::vector<std::int64_t> ordered_features(const IterativeImputerParams& params,
                                           const Mask& missing, random::RandomState& rs) {
    std::vector<std::int64_t> counts;
    for (const auto& gaps : missing) counts.push_back(std::count(gaps.begin(), gaps.end(), 1));
    std::vector<std::int64_t> idx;
    for (std::size_t j = 0; j < counts.size(); ++j) {
        if (!params.skip_complete || counts[j] > 0) idx.push_back(static_cast<std::int64_t>(j));
    }
    const std::string& order = params.imputation_order;
    if (order == "arabic") std::reverse(idx.begin(), idx.end());
    if (order == "random") rs.shuffle(idx);
    if (order == "ascending" || order == "descending") {
        std::stable_sort(idx.begin(), idx.end(), [&](std::int64_t a, std::int64_t b) {
            return counts[static_cast<std::size_t>(a)] < counts[static_cast<std::size_t>(b)];
        });
        if (order == "descending") std::reverse(idx.begin(), idx.end());
    }
    return idx;
}

// _get_abs_corr_mat: |np.corrcoef| with NaN and values below 1e-6 raised to 1e-6, a zero
// diagonal, each column scaled to sum 1 (column j: the chances of drawing each neighbour of j).
Matrix neighbour_chances(const Matrix& values) {
    constexpr double tolerance = 1e-6;
    const std::size_t d = values.size();
    const std::size_t n = values.front().size();
    Matrix centred = values;
    for (auto& column : centred) {
        const double mean =
            std::accumulate(column.begin(), column.end(), 0.0) / static_cast<double>(n);
        for (double& v : column) v -= mean;
    }
    Matrix chances(d, std::vector<double>(d, 0.0));
    std::vector<double> scale(d);
    for (std::size_t a = 0; a < d; ++a) {
        for (std::size_t b = 0; b < d; ++b) {
            double acc = 0.0;
            for (std::size_t i = 0; i < n; ++i) acc += centred[a][i] * centred[b][i];
            chances[a][b] = acc / static_cast<double>(n - 1);
        }
    }
    for (std::size_t a = 0; a < d; ++a) scale[a] = std::sqrt(chances[a][a]);
    for (std::size_t a = 0; a < d; ++a) {
        for (std::size_t b = 0; b < d; ++b) {
            double c = std::clamp(chances[a][b] / scale[a] / scale[b], -1.0, 1.0);
            c = std::abs(c);
            if (std::isnan(c) || c < tolerance) c = tolerance;
            chances[a][b] = a == b ? 0.0 : c;
        }
    }
    for (std::size_t b = 0; b < d; ++b) {
        double total = 0.0;
        for (std::size_t a = 0; a < d; ++a) total += chances[a][b];
        for (std::size_t a = 0; a < d; ++a) chances[a][b] /= total;
    }
    return chances;
}

// RandomState.choice(n, size, replace=False, p=p), NumPy's legacy algorithm: draw uniforms
// against the cumulative p, keep the new distinct picks in draw order, zero their p, repeat.
std::vector<std::int64_t> choose(random::RandomState& rs, std::vector<double> p,
                                 std::int64_t size) {
    std::vector<std::int64_t> found;
    while (static_cast<std::int64_t>(found.size()) < size) {
        const std::vector<double> x =
            rs.random_sample(size - static_cast<std::int64_t>(found.size()));
        for (const auto f : found) p[static_cast<std::size_t>(f)] = 0.0;
        std::vector<double> cdf(p.size());
        std::partial_sum(p.begin(), p.end(), cdf.begin());
        const double last = cdf.back();
        for (double& c : cdf) c /= last;
        std::vector<std::int64_t> batch;
        for (const double u : x) {
            const auto pick = std::upper_bound(cdf.begin(), cdf.end(), u) - cdf.begin();
            if (std::find(batch.begin(), batch.end(), pick) == batch.end()) batch.push_back(pick);
        }
        found.insert(found.end(), batch.begin(), batch.end());
    }
    return found;
}

std::vector<std::int64_t> neighbours_of(const IterativeImputerParams& params, std::int64_t feature,
                                        std::int64_t d, const Matrix& chances,
                                        random::RandomState& rs) {
    if (!chances.empty()) {
        std::vector<double> p;
        for (std::int64_t a = 0; a < d; ++a) {
            p.push_back(chances[static_cast<std::size_t>(a)][static_cast<std::size_t>(feature)]);
        }
        return choose(rs, std::move(p), *params.n_nearest_features);
    }
    std::vector<std::int64_t> out;
    for (std::int64_t j = 0; j < d; ++j) {
        if (j != feature) out.push_back(j);
    }
    return out;
}

double largest_row_change(const Matrix& now, const Matrix& before) {
    const std::size_t n = now.front().size();
    double largest = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        double row = 0.0;
        for (std::size_t j = 0; j < now.size(); ++j) row += std::abs(now[j][i] - before[j][i]);
        largest = std::max(largest, row);
    }
    return largest;
}

std::int64_t seed_of(const std::optional<std::int64_t>& random_state) {
    if (random_state) return *random_state;
    std::random_device device;
    return static_cast<std::int64_t>(device() >> 1);
}

SimpleImputerModel initial_fit(const IterativeImputerParams& params, const Features& X) {
    check_params(params);
    SimpleImputerParams initial;
    initial.strategy = params.initial_strategy;
    return SimpleImputer(initial).fit(X);
}

}  // namespace

IterativeImputerModel IterativeImputer::fit(const Features& X) const {
    return IterativeImputerModel(params_, X);
}

IterativeImputerModel::IterativeImputerModel(const IterativeImputerParams& params,
                                             const Features& X)
    : ModelBase(std::string(IterativeImputer::name), X),
      params_(params),
      initial_(initial_fit(params, X)) {
    if (params.add_indicator) {
        indicator_.emplace(
            MissingIndicatorParams{.features = "missing-only", .error_on_new = false}, X);
    }
    Start s = start(initial_, X);
    const auto d = static_cast<std::int64_t>(s.kept.size());
    bool all_missing = true;
    double largest_observed = 0.0;
    for (std::size_t k = 0; k < s.missing.size(); ++k) {
        for (std::size_t i = 0; i < s.missing[k].size(); ++i) {
            if (s.missing[k][i] != 0) continue;
            all_missing = false;
            largest_observed = std::max(largest_observed, std::abs(s.values[k][i]));
        }
    }
    if (params.max_iter == 0 || all_missing || d == 1) return;

    random::RandomState rs(seed_of(params.random_state));
    std::vector<std::int64_t> order = ordered_features(params, s.missing, rs);
    n_features_with_missing_ = static_cast<std::int64_t>(order.size());
    const Matrix chances = params.n_nearest_features && *params.n_nearest_features < d
                               ? neighbour_chances(s.values)
                               : Matrix{};
    const Estimator estimator =
        params.estimator.empty() ? Estimator(BayesianRidge()) : params.estimator;
    const double tolerance = params.tol * largest_observed;
    Matrix previous = s.values;
    for (std::int64_t round = 1; round <= params.max_iter; ++round) {
        n_iter_ = round;
        if (params.imputation_order == "random") order = ordered_features(params, s.missing, rs);
        for (const auto feature : order) {
            auto neighbours = neighbours_of(params, feature, d, chances, rs);
            const auto& gaps = s.missing[static_cast<std::size_t>(feature)];
            const auto& column = s.values[static_cast<std::size_t>(feature)];
            std::vector<double> y;
            for (std::size_t i = 0; i < gaps.size(); ++i) {
                if (gaps[i] == 0) y.push_back(column[i]);
            }
            Model model = estimator.fit(design(s.values, gaps, false, neighbours), Target(y));
            Step step{feature, std::move(neighbours), std::move(model)};
            impute(step, s.values, s.missing, params.min_value, params.max_value);
            steps_.push_back(std::move(step));
        }
        if (largest_row_change(s.values, previous) < tolerance) break;
        previous = s.values;
    }
}

std::vector<std::string> IterativeImputerModel::get_feature_names_out() const {
    std::vector<std::string> out = initial_.get_feature_names_out();
    if (indicator_) {
        for (auto& name : indicator_->get_feature_names_out()) out.push_back(std::move(name));
    }
    return out;
}

Features IterativeImputerModel::transform_features(const Features& X) const {
    check_features(X);
    Start s = start(initial_, X);
    for (const auto& step : steps_) {
        impute(step, s.values, s.missing, params_.min_value, params_.max_value);
    }
    std::vector<std::string> names = initial_.get_feature_names_out();
    std::vector<Column> columns;
    for (auto& values : s.values) {
        FloatColumnBuilder column(static_cast<std::int64_t>(values.size()));
        std::copy(values.begin(), values.end(), column.data());
        columns.push_back(std::move(column).finish());
    }
    if (indicator_) {
        const Features mask = indicator_->transform_features(X);
        for (std::size_t k = 0; k < mask.frame().columns().size(); ++k) {
            names.push_back(mask.frame().columns()[k]);
            columns.push_back(mask.frame().column(k).astype(DType::Float64));
        }
    }
    return make_output(X, std::move(names), std::move(columns));
}

}  // namespace tabula
