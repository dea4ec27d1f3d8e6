#include "tabula/ml/preprocessing/polynomial_features.hpp"

#include <cmath>

#include "../invalid_parameter.hpp"
#include "column_scaling.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {
namespace {

struct DegreeRange {
    std::int64_t min = 0;
    std::int64_t max = 0;
};

// scikit-learn's parameter validation of degree and order, which precedes the check of X.
void check_params(const PolynomialFeaturesParams& params) {
    if (const auto* degree = std::get_if<std::int64_t>(&params.degree); degree && *degree < 0) {
        detail::throw_invalid_parameter(PolynomialFeatures::name, "degree",
                                        "an int in the range [0, inf) or an array-like",
                                        std::to_string(*degree));
    }
    if (params.order != "C" && params.order != "F") {
        // scikit-learn's own order of the options, which check_str_option would sort.
        detail::throw_invalid_parameter(PolynomialFeatures::name, "order", "a str among {'C', 'F'}",
                                        "'" + params.order + "'");
    }
}

DegreeRange degree_range(const PolynomialFeaturesParams& params) {
    if (const auto* degree = std::get_if<std::int64_t>(&params.degree)) {
        if (*degree == 0 && !params.include_bias) {
            throw ValueError(
                "Setting degree to zero and include_bias to False would result in an empty "
                "output array.");
        }
        return {0, *degree};
    }
    const auto& pair = std::get<std::vector<double>>(params.degree);
    if (pair.size() != 2) {
        throw ValueError(
            "degree must be a non-negative int or tuple (min_degree, max_degree), got " +
            detail::python_tuple(pair) + ".");
    }
    const auto integral = [](double v) { return std::isfinite(v) && v == std::trunc(v); };
    if (!integral(pair[0]) || !integral(pair[1]) || pair[0] < 0 || pair[0] > pair[1]) {
        throw ValueError(
            "degree=(min_degree, max_degree) must be non-negative integers that fulfil "
            "min_degree <= max_degree, got " +
            detail::python_tuple(pair) + ".");
    }
    const DegreeRange range{static_cast<std::int64_t>(pair[0]), static_cast<std::int64_t>(pair[1])};
    if (range.max == 0 && !params.include_bias) {
        throw ValueError(
            "Setting both min_degree and max_degree to zero and include_bias to False would "
            "result in an empty output array.");
    }
    return range;
}

// Python's itertools.combinations (interaction_only) or combinations_with_replacement of
// range(n_features) taken `size` at a time, in their lexicographic order, as exponent rows.
void add_combinations(std::int64_t n_features, std::int64_t size, bool distinct,
                      std::vector<std::vector<std::int64_t>>& rows) {
    if (distinct && size > n_features) return;
    std::vector<std::int64_t> pick(static_cast<std::size_t>(size));
    for (std::int64_t i = 0; i < size; ++i) pick[static_cast<std::size_t>(i)] = distinct ? i : 0;
    const auto last_value = [&](std::int64_t i) {
        return distinct ? n_features - size + i : n_features - 1;
    };
    while (true) {
        std::vector<std::int64_t> row(static_cast<std::size_t>(n_features), 0);
        for (std::int64_t f : pick) ++row[static_cast<std::size_t>(f)];
        rows.push_back(std::move(row));
        std::int64_t i = size - 1;
        while (i >= 0 && pick[static_cast<std::size_t>(i)] == last_value(i)) --i;
        if (i < 0) return;
        const std::int64_t next = pick[static_cast<std::size_t>(i)] + 1;
        for (std::int64_t k = i; k < size; ++k) {
            pick[static_cast<std::size_t>(k)] = distinct ? next + (k - i) : next;
        }
    }
}

// Rows per parallel chunk; every output column of a chunk's rows is computed in turn.
constexpr std::int64_t rows_per_chunk = 4096;

}  // namespace

PolynomialFeaturesModel PolynomialFeatures::fit(const Features& X) const {
    return PolynomialFeaturesModel(params_, X);
}

PolynomialFeaturesModel::PolynomialFeaturesModel(const PolynomialFeaturesParams& params,
                                                 const Features& X)
    : ModelBase(std::string(PolynomialFeatures::name), X), include_bias_(params.include_bias) {
    check_params(params);
    const NumericColumns columns(X, PolynomialFeatures::name);
    const DegreeRange range = degree_range(params);
    max_degree_ = range.max;
    const std::int64_t n = columns.num_columns();
    if (include_bias_) powers_.emplace_back(static_cast<std::size_t>(n), 0);
    for (std::int64_t size = std::max<std::int64_t>(1, range.min); size <= range.max; ++size) {
        add_combinations(n, size, params.interaction_only, powers_);
    }
    n_output_features_ = static_cast<std::int64_t>(powers_.size());

    // scikit-learn's dense transform: the full output (min_degree 0) is built degree by degree,
    // each new column the product of a column of the previous degree and one feature; `index`
    // holds where each feature's run of previous-degree columns starts.
    std::int64_t current = include_bias_ ? 1 : 0;
    if (max_degree_ > 0) {
        std::vector<std::int64_t> index;
        for (std::int64_t f = 0; f < n; ++f) index.push_back(current + f);
        current += n;
        index.push_back(current);
        for (std::int64_t degree = 2; degree <= max_degree_; ++degree) {
            std::vector<std::int64_t> next_index;
            const std::int64_t end = index.back();
            for (std::int64_t f = 0; f < n; ++f) {
                const auto k = static_cast<std::size_t>(f);
                std::int64_t start = index[k];
                next_index.push_back(current);
                if (params.interaction_only) start += index[k + 1] - index[k];
                const std::int64_t next = current + end - start;
                if (next <= current) break;
                for (std::int64_t c = 0; c < next - current; ++c) {
                    products_.push_back({current + c, start + c, f});
                }
                current = next;
            }
            next_index.push_back(current);
            index = std::move(next_index);
        }
    }
    n_out_full_ = current;
}

NDArray<std::int64_t> PolynomialFeaturesModel::powers() const {
    std::vector<std::int64_t> flat;
    for (const auto& row : powers_) flat.insert(flat.end(), row.begin(), row.end());
    return NDArray<std::int64_t>(std::move(flat), {n_output_features_, n_features_in()});
}

std::vector<std::string> PolynomialFeaturesModel::get_feature_names_out() const {
    const std::vector<std::string> inputs = input_feature_names();
    std::vector<std::string> names;
    names.reserve(powers_.size());
    for (const auto& row : powers_) {
        std::string name;
        for (std::size_t f = 0; f < row.size(); ++f) {
            if (row[f] == 0) continue;
            if (!name.empty()) name += ' ';
            name += inputs[f];
            if (row[f] != 1) {
                name += '^';
                name += std::to_string(row[f]);
            }
        }
        names.push_back(name.empty() ? "1" : name);
    }
    return names;
}

Features PolynomialFeaturesModel::transform_features(const Features& X) const {
    check_features(X);
    const NumericColumns columns(X, PolynomialFeatures::name);
    const std::int64_t rows = columns.num_rows();
    const std::int64_t n = columns.num_columns();
    std::vector<FloatColumnBuilder> full;
    full.reserve(static_cast<std::size_t>(n_out_full_));
    for (std::int64_t c = 0; c < n_out_full_; ++c) full.emplace_back(rows);
    const std::int64_t first_feature = include_bias_ ? 1 : 0;
    parallel_chunks(rows, rows_per_chunk, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        if (include_bias_) std::fill(full[0].values + begin, full[0].values + end, 1.0);
        if (max_degree_ == 0) return;
        for (std::int64_t f = 0; f < n; ++f) {
            const double* x = columns.column(f).data();
            std::copy(x + begin, x + end,
                      full[static_cast<std::size_t>(first_feature + f)].values + begin);
        }
        for (const Product& p : products_) {
            const double* source = full[static_cast<std::size_t>(p.source)].values;
            const double* x = columns.column(p.feature).data();
            double* out = full[static_cast<std::size_t>(p.out)].values;
            for (std::int64_t i = begin; i < end; ++i) out[i] = source[i] * x[i];
        }
    });
    // With min_degree > 1, the bias and the last columns are kept, as scikit-learn cuts them.
    std::vector<Column> kept;
    kept.reserve(static_cast<std::size_t>(n_output_features_));
    if (include_bias_) kept.push_back(std::move(full[0]).finish());
    for (std::int64_t c = n_out_full_ - n_output_features_ + (include_bias_ ? 1 : 0);
         c < n_out_full_; ++c) {
        kept.push_back(std::move(full[static_cast<std::size_t>(c)]).finish());
    }
    return make_output(X, get_feature_names_out(), std::move(kept));
}

}  // namespace tabula
