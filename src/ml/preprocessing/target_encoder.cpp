#include "tabula/ml/preprocessing/target_encoder.hpp"

#include <cmath>
#include <unordered_set>

#include "../invalid_parameter.hpp"
#include "categories.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/labels.hpp"
#include "tabula/ml/model_selection/kfold.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {

namespace encoders {

// What fit learns on all of X and y, and what cross fitting reuses.
struct TargetFit {
    std::vector<FeatureCategories> features;
    // Each feature's row codes, -1 for a value outside given categories.
    std::vector<std::vector<std::int32_t>> codes;
    // y as the encodings average it: 0/1 class codes for a binary target.
    std::vector<double> y;
    std::string target_type;
    Series classes;
    double mean = 0.0;
    std::vector<std::vector<double>> encodings;
};

}  // namespace encoders

namespace {

using encoders::TargetFit;

void validate(const TargetEncoderParams& p) {
    detail::check_str_option(TargetEncoder::name, "target_type", p.target_type,
                             {"auto", "continuous", "binary"});
    if (const auto* s = std::get_if<std::string>(&p.smooth)) {
        if (*s != "auto") {
            detail::throw_invalid_parameter(TargetEncoder::name, "smooth",
                                            "a str among {'auto'} or a float in the range [0, "
                                            "inf)",
                                            "'" + *s + "'");
        }
    } else if (!(std::get<double>(p.smooth) >= 0.0)) {
        detail::throw_invalid_parameter(TargetEncoder::name, "smooth",
                                        "a str among {'auto'} or a float in the range [0, inf)",
                                        float_repr(std::get<double>(p.smooth)));
    }
    if (p.cv < 2) {
        detail::throw_invalid_parameter(TargetEncoder::name, "cv", "an int in the range [2, inf)",
                                        std::to_string(p.cv));
    }
}

bool is_text(DType dtype) {
    return dtype == DType::String || dtype == DType::Categorical;
}

// scikit-learn's type_of_target for a 1-d y: "continuous" for floats that are not all integral,
// "binary" for at most two distinct labels, "multiclass" otherwise.
std::string type_of_target(const Series& y) {
    const Column& c = y.column();
    if (!is_text(y.dtype()) && is_floating(y.dtype())) {
        bool integral = true;
        for (std::int64_t i = 0; i < y.size(); ++i) {
            const double v = y.value(i);
            if (c.is_null(i) || std::isnan(v)) throw ValueError("Input y contains NaN.");
            if (std::isinf(v)) {
                throw ValueError(
                    "Input y contains infinity or a value too large for dtype('float64').");
            }
            integral = integral && v == std::trunc(v);
        }
        if (!integral) return "continuous";
    }
    if (c.has_nulls()) throw ValueError("Input y contains NaN.");
    std::unordered_set<std::string> text;
    std::unordered_set<double> numbers;
    for (std::int64_t i = 0; i < y.size() && text.size() + numbers.size() <= 2; ++i) {
        if (is_text(y.dtype())) {
            text.emplace(y.text(i));
        } else {
            numbers.insert(y.value(i));
        }
    }
    return text.size() + numbers.size() > 2 ? "multiclass" : "binary";
}

NDArray<double> as_array(std::vector<double> values) {
    const Shape shape{static_cast<std::int64_t>(values.size())};
    return NDArray<double>(std::move(values), shape);
}

// _fit_encoding_fast / _fit_encoding_fast_auto_smooth over the rows `rows` (all rows when
// null), summing in row order as the Cython loops do. A code of -1 counts as category 0:
// scikit-learn 1.3's _transform puts unknown values there before the encodings are learnt.
std::vector<double> feature_encoding(const std::vector<std::int32_t>& codes,
                                     const std::vector<std::int64_t>* rows,
                                     const std::vector<double>& y, std::int64_t n_categories,
                                     const std::variant<std::string, double>& smooth, double y_mean,
                                     double y_variance) {
    const auto n_cats = static_cast<std::size_t>(n_categories);
    const std::size_t n = rows != nullptr ? rows->size() : y.size();
    const auto row = [&](std::size_t k) {
        return rows != nullptr ? static_cast<std::size_t>((*rows)[k]) : k;
    };
    const auto code = [&](std::size_t r) {
        return static_cast<std::size_t>(std::max<std::int32_t>(codes[r], 0));
    };
    std::vector<double> encoding(n_cats);
    if (const auto* fixed = std::get_if<double>(&smooth)) {
        std::vector<double> sums(n_cats, *fixed * y_mean);
        std::vector<double> counts(n_cats, *fixed);
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t r = row(k);
            sums[code(r)] += y[r];
            counts[code(r)] += 1.0;
        }
        for (std::size_t c = 0; c < n_cats; ++c) {
            encoding[c] = counts[c] == 0.0 ? y_mean : sums[c] / counts[c];
        }
        return encoding;
    }
    std::vector<double> means(n_cats, 0.0);
    std::vector<std::int64_t> counts(n_cats, 0);
    std::vector<double> squares(n_cats, 0.0);
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t r = row(k);
        ++counts[code(r)];
        means[code(r)] += y[r];
    }
    for (std::size_t c = 0; c < n_cats; ++c) means[c] /= static_cast<double>(counts[c]);
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t r = row(k);
        const double diff = y[r] - means[code(r)];
        squares[code(r)] += diff * diff;
    }
    for (std::size_t c = 0; c < n_cats; ++c) {
        const auto count = static_cast<double>(counts[c]);
        const double lambda = y_variance * count / (y_variance * count + squares[c] / count);
        // NaN when the category has no rows, or when neither y nor the category varies.
        encoding[c] = std::isnan(lambda) ? y_mean : lambda * means[c] + (1 - lambda) * y_mean;
    }
    return encoding;
}

// Every feature's encoding from the rows `rows` of y (all when null), whose mean is `y_mean`;
// np.var of those rows is `rows_y`'s, the gathered values.
std::vector<std::vector<double>> all_encodings(const TargetFit& fit,
                                               const std::vector<std::int64_t>* rows,
                                               const std::vector<double>& rows_y,
                                               const TargetEncoderParams& params, double mean) {
    const bool auto_smooth = std::holds_alternative<std::string>(params.smooth);
    const double variance = auto_smooth ? var(as_array(rows_y)) : 0.0;
    std::vector<std::vector<double>> out(fit.features.size());
    parallel_chunks(static_cast<std::int64_t>(out.size()), 1,
                    [&](std::int64_t, std::int64_t j, std::int64_t) {
                        const auto f = static_cast<std::size_t>(j);
                        out[f] = feature_encoding(fit.codes[f], rows, fit.y, fit.features[f].size(),
                                                  params.smooth, mean, variance);
                    });
    return out;
}

TargetFit fit_all(const TargetEncoderParams& params, const Features& X, const Target& y) {
    validate(params);
    check_consistent_length(X.num_rows(), y.size());
    encoders::check_encoder_input(X, TargetEncoder::name);
    TargetFit fit;
    for (auto& f : encoders::fit_features(X, params.categories, false)) {
        fit.features.push_back(std::move(f.categories));
    }
    fit.target_type = params.target_type;
    if (fit.target_type == "auto") {
        const std::string inferred = type_of_target(y.series());
        if (inferred == "multiclass") {
            throw ValueError(
                "Unknown label type: Target type was inferred to be 'multiclass'. Only "
                "('binary', 'continuous') are supported.");
        }
        fit.target_type = inferred;
    }
    if (fit.target_type == "binary") {
        auto labels = encode_labels(y);
        fit.classes = std::move(labels.classes);
        fit.y.assign(labels.codes.begin(), labels.codes.end());
    } else {
        fit.y = regression_target(y);
    }
    fit.mean = mean(as_array(fit.y));
    fit.codes = encoders::encode_features(X, fit.features, false);
    fit.encodings = all_encodings(fit, nullptr, fit.y, params, fit.mean);
    return fit;
}

// Each row's encoding, the fallback for a value outside the categories.
void encode_rows(const std::vector<std::int32_t>& codes, const std::vector<double>& encoding,
                 double fallback, const std::vector<std::int64_t>* rows, double* out) {
    const std::size_t n = rows != nullptr ? rows->size() : codes.size();
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t r = rows != nullptr ? static_cast<std::size_t>((*rows)[k]) : k;
        const std::int32_t c = codes[r];
        out[r] = c >= 0 ? encoding[static_cast<std::size_t>(c)] : fallback;
    }
}

}  // namespace

bool TargetEncoderParams::operator==(const TargetEncoderParams& other) const {
    return same_categories(categories, other.categories) && target_type == other.target_type &&
           smooth == other.smooth && cv == other.cv && shuffle == other.shuffle &&
           random_state == other.random_state;
}

TargetEncoderModel TargetEncoder::fit(const Features& X, const Target& y) const {
    return TargetEncoderModel(params_, X, y);
}

std::pair<TargetEncoderModel, Features> TargetEncoder::fit_transform_model(const Features& X,
                                                                           const Target& y) const {
    const TargetFit fit = fit_all(params_, X, y);
    TargetEncoderModel model(X, fit);
    const KFoldParams folds{
        .n_splits = params_.cv, .shuffle = params_.shuffle, .random_state = params_.random_state};
    const std::vector<Split> splits = fit.target_type == "continuous"
                                          ? KFold(folds).split(X.num_rows())
                                          : StratifiedKFold(folds).split(y);
    std::vector<FloatColumnBuilder> columns;
    for (std::size_t f = 0; f < fit.features.size(); ++f) columns.emplace_back(X.num_rows());
    double last_mean = fit.mean;
    for (const Split& split : splits) {
        std::vector<double> y_train(split.train.size());
        for (std::size_t k = 0; k < y_train.size(); ++k) {
            y_train[k] = fit.y[static_cast<std::size_t>(split.train[k])];
        }
        last_mean = mean(as_array(y_train));
        // The fold's sums run over its training rows in ascending order, as scikit-learn's
        // gathered X_ordinal[train_idx] does.
        const auto encodings = all_encodings(fit, &split.train, y_train, params_, last_mean);
        for (std::size_t f = 0; f < fit.codes.size(); ++f) {
            // Rows outside the categories take category 0's encoding here and the last fold's
            // mean below, as scikit-learn's _transform_X_ordinal leaves them.
            encode_rows(fit.codes[f], encodings[f],
                        encodings[f].empty() ? last_mean : encodings[f][0], &split.test,
                        columns[f].values);
        }
    }
    std::vector<Column> out;
    for (std::size_t f = 0; f < columns.size(); ++f) {
        for (std::size_t i = 0; i < fit.codes[f].size(); ++i) {
            if (fit.codes[f][i] < 0) columns[f].values[i] = last_mean;
        }
        out.push_back(std::move(columns[f]).finish());
    }
    Features Xt = make_output(X, X.frame().columns(), std::move(out));
    return {std::move(model), std::move(Xt)};
}

DataFrame TargetEncoder::fit_transform(const DataFrame& X, const Target& y) const {
    return fit_transform_model(X, y).second.frame();
}

NDArray<double> TargetEncoder::fit_transform(const NDArray<double>& X, const Target& y) const {
    return fit_transform_model(X, y).second.to_numpy();
}

TargetEncoderModel::TargetEncoderModel(const TargetEncoderParams& params, const Features& X,
                                       const Target& y)
    : TargetEncoderModel(X, fit_all(params, X, y)) {}

TargetEncoderModel::TargetEncoderModel(const Features& X, const encoders::TargetFit& fit)
    : ModelBase(std::string(TargetEncoder::name), X),
      features_(std::make_shared<const std::vector<encoders::FeatureCategories>>(fit.features)),
      encodings_(fit.encodings),
      target_type_(fit.target_type),
      target_mean_(fit.mean),
      classes_(fit.classes) {
    const auto& names = X.frame().columns();
    for (std::size_t j = 0; j < fit.features.size(); ++j) {
        categories_.emplace_back(fit.features[j].column(), names[j]);
    }
}

Features TargetEncoderModel::transform_features(const Features& X) const {
    check_features(X);
    encoders::check_encoder_input(X, TargetEncoder::name);
    const auto codes = encoders::encode_features(X, *features_, false);
    std::vector<Column> out;
    for (std::size_t f = 0; f < codes.size(); ++f) {
        FloatColumnBuilder column(X.num_rows());
        encode_rows(codes[f], encodings_[f], target_mean_, nullptr, column.values);
        out.push_back(std::move(column).finish());
    }
    return make_output(X, X.frame().columns(), std::move(out));
}

}  // namespace tabula
