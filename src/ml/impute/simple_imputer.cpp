#include "tabula/ml/impute/simple_imputer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "../invalid_parameter.hpp"
#include "../text_table.hpp"
#include "exact_median.hpp"
#include "missing.hpp"
#include "row_major.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/frame/series.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();
// Rows of a text column counted per chunk, in parallel.
constexpr std::int64_t rows_per_count_chunk = std::int64_t{1} << 16;

bool by_value(const std::string& strategy) {
    return strategy == "most_frequent" || strategy == "constant";
}

// The numeric features of X as float64 (all of them for "mean" and "median", which refuse text
// with scikit-learn's "Cannot use mean strategy with non-numeric data:" message).
struct NumericPart {
    std::vector<std::int64_t> position;  // feature -> column of `columns`, -1 for text
    std::optional<NumericColumns> columns;
};

NumericPart numeric_part(const Features& X, const std::string& strategy,
                         const std::vector<std::uint8_t>& text) {
    check_not_empty(X, SimpleImputer::name);
    NumericPart part;
    std::vector<std::string> names;
    for (std::size_t j = 0; j < text.size(); ++j) {
        part.position.push_back(text[j] != 0 ? -1 : static_cast<std::int64_t>(names.size()));
        if (text[j] == 0) names.push_back(X.frame().columns()[j]);
    }
    if (names.empty()) return part;
    const Features numeric =
        names.size() == text.size() ? X : Features(X.frame()[names], X.has_feature_names());
    try {
        part.columns.emplace(numeric, SimpleImputer::name, MissingValues::AllowNan);
    } catch (const ValueError& e) {
        const std::string message = e.what();
        if (message.find("could not convert") == std::string::npos) throw;
        throw ValueError("Cannot use " + strategy + " strategy with non-numeric data:\n" + message);
    }
    return part;
}

std::vector<double> observed(std::span<const double> values) {
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values) {
        if (!std::isnan(v)) out.push_back(v);
    }
    return out;
}

// scipy.stats.mode: the most frequent value, the smallest of those tied.
double mode_of(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    double best = values.front();
    std::size_t best_count = 0;
    for (std::size_t i = 0; i < values.size();) {
        std::size_t end = i + 1;
        while (end < values.size() && values[end] == values[i]) ++end;
        if (end - i > best_count) {
            best_count = end - i;
            best = values[i];
        }
        i = end;
    }
    return best;
}

// Counter.most_common with scikit-learn's tie-break: the smallest of the most frequent texts.
std::optional<std::string> text_mode(const Column& column) {
    std::vector<std::string_view> texts;
    std::vector<std::int64_t> counts;
    if (column.dtype() == DType::Categorical) {
        const Column& dictionary = column.categories();
        counts.assign(static_cast<std::size_t>(dictionary.size()), 0);
        const std::int32_t* codes = column.codes();
        for (std::int64_t i = 0; i < column.size(); ++i) {
            if (column.is_valid(i) && codes[i] >= 0) ++counts[static_cast<std::size_t>(codes[i])];
        }
        for (std::int64_t c = 0; c < dictionary.size(); ++c)
            texts.push_back(dictionary.string_at(c));
    } else {
        auto all = detail::merge_text_counts(
            detail::count_text_chunks(column, rows_per_count_chunk, nullptr), nullptr);
        texts = all.table.keys();
        counts = std::move(all.counts);
    }
    std::optional<std::size_t> best;
    for (std::size_t k = 0; k < counts.size(); ++k) {
        if (counts[k] == 0) continue;
        if (!best || counts[k] > counts[*best] ||
            (counts[k] == counts[*best] && texts[k] < texts[*best])) {
            best = k;
        }
    }
    if (!best) return std::nullopt;
    return std::string(texts[*best]);
}

// np.ma.mean(axis=0) sums each column with the gaps as 0: pairwise on a pandas frame's
// column-major values, row after row on a row-major array.
double column_mean(const NumericColumns& columns, std::int64_t j, bool row_major) {
    std::int64_t count = 0;
    double sum = 0.0;
    for (double v : columns.column(j)) {
        const bool present = !std::isnan(v);
        count += present ? 1 : 0;
        sum = sum + (present ? v : 0.0);
    }
    if (count == 0) return nan;
    if (!row_major) sum = nansum(columns.array(j));
    return sum / static_cast<double>(count);
}

double numeric_statistic(const std::string& strategy, const NumericColumns& columns, std::int64_t j,
                         double fill, bool row_major) {
    if (strategy == "constant") return fill;
    if (strategy == "mean") return column_mean(columns, j, row_major);
    const auto values = columns.column(j);
    if (strategy == "median") return impute::exact_median(values);
    auto present = observed(values);
    if (present.empty()) return nan;
    return mode_of(std::move(present));
}

// The float64 column with its gaps (NaN or null) set to `fill`, written to `target` unless null;
// true when a present value is infinite.
bool fill_float64(const Column& column, double fill, double* target) {
    const double* values = column.data<double>();
    const std::int64_t n = column.size();
    bool infinite = false;
    if (!column.has_nulls()) {
        for (std::int64_t i = 0; i < n; ++i) {
            const double v = values[i];
            infinite = infinite || std::isinf(v);
            if (target != nullptr) target[i] = std::isnan(v) ? fill : v;
        }
        return infinite;
    }
    for (std::int64_t i = 0; i < n; ++i) {
        const double v = values[i];
        const bool present = column.is_valid(i) && !std::isnan(v);
        infinite = infinite || (present && std::isinf(v));
        if (target != nullptr) target[i] = present ? v : fill;
    }
    return infinite;
}

void check_fill_value(const SimpleImputerParams& params, const std::vector<std::uint8_t>& text,
                      const std::vector<std::string>& names) {
    if (params.strategy != "constant" || !params.fill_value) return;
    const bool is_number = std::holds_alternative<double>(*params.fill_value);
    const std::string shown = is_number ? float_repr(std::get<double>(*params.fill_value))
                                        : std::get<std::string>(*params.fill_value);
    for (std::size_t j = 0; j < text.size(); ++j) {
        if (text[j] == 0 && !is_number) {
            throw ValueError("'fill_value'=" + shown +
                             " is invalid. Expected a numerical value when imputing numerical "
                             "data");
        }
        if (text[j] != 0 && is_number) {
            throw ValueError("'fill_value'=" + shown +
                             " is invalid. Expected a str value when imputing text data (column '" +
                             names[j] + "')");
        }
    }
}

}  // namespace

SimpleImputerModel SimpleImputer::fit(const Features& X) const {
    return SimpleImputerModel(params_, X);
}

std::pair<SimpleImputerModel, Features> SimpleImputer::fit_transform_model(const Features& X,
                                                                           const Target*) const {
    NDArray<double> output;
    const NDArray<double>* array = X.row_major();
    if (array != nullptr && params_.strategy == "mean" && !params_.add_indicator) {
        output = NDArray<double>::empty(array->shape());
    }
    SimpleImputerModel model(params_, X, output.size() > 0 ? &output : nullptr);
    Features Xt = model.transform_into(X, std::move(output));
    return {std::move(model), std::move(Xt)};
}

DataFrame SimpleImputer::fit_transform(const DataFrame& X) const {
    return fit_transform_model(X, nullptr).second.frame();
}

NDArray<double> SimpleImputer::fit_transform(const NDArray<double>& X) const {
    return fit_transform_model(X, nullptr).second.to_numpy();
}

SimpleImputerModel::SimpleImputerModel(const SimpleImputerParams& params, const Features& X)
    : SimpleImputerModel(params, X, nullptr) {}

SimpleImputerModel::SimpleImputerModel(const SimpleImputerParams& params, const Features& X,
                                       NDArray<double>* output)
    : ModelBase(std::string(SimpleImputer::name), X), params_(params) {
    detail::check_str_option(SimpleImputer::name, "strategy", params.strategy,
                             {"mean", "median", "most_frequent", "constant"});
    const auto d = static_cast<std::size_t>(X.num_features());
    text_.assign(d, 0);
    statistics_.assign(d, nan);
    text_statistics_.assign(d, std::nullopt);
    kept_.assign(d, 1);
    // An array holds no text, so the mean needs no frame.
    const NDArray<double>* array = X.row_major();
    if (array != nullptr && params.strategy == "mean" && !params.add_indicator &&
        X.num_rows() > 0 && d > 0) {
        if (auto means = impute::row_major_means(*array, output)) {
            keep_statistics(std::move(*means));
            return;
        }
    }
    const auto& frame = X.frame();
    if (by_value(params.strategy)) {
        for (std::size_t j = 0; j < d; ++j) text_[j] = impute::is_text(frame.column(j)) ? 1 : 0;
    }
    check_fill_value(params, text_, frame.columns());
    const NumericPart numeric = numeric_part(X, params.strategy, text_);
    double fill = 0.0;
    std::string text_fill = "missing_value";
    if (params.fill_value && std::holds_alternative<double>(*params.fill_value)) {
        fill = std::get<double>(*params.fill_value);
    } else if (params.fill_value) {
        text_fill = std::get<std::string>(*params.fill_value);
    }
    parallel_chunks(
        static_cast<std::int64_t>(d), 1, [&](std::int64_t, std::int64_t j, std::int64_t) {
            const auto k = static_cast<std::size_t>(j);
            const bool keep_empty = params_.keep_empty_features;
            if (text_[k] != 0) {
                auto value = params_.strategy == "constant" ? std::optional(text_fill)
                                                            : text_mode(frame.column(k));
                // scikit-learn's 0 for an empty feature, as text.
                if (!value && keep_empty) value = "0";
                kept_[k] = value ? 1 : 0;
                text_statistics_[k] = std::move(value);
                return;
            }
            statistics_[k] = numeric_statistic(params_.strategy, *numeric.columns,
                                               numeric.position[k], fill, !X.has_feature_names());
        });
    keep_statistics(std::move(statistics_));
    if (params.add_indicator) {
        indicator_.emplace(
            MissingIndicatorParams{.features = "missing-only", .error_on_new = false}, X);
    }
}

void SimpleImputerModel::keep_statistics(std::vector<double> statistics) {
    statistics_ = std::move(statistics);
    for (std::size_t j = 0; j < statistics_.size(); ++j) {
        if (text_[j] != 0) continue;
        if (std::isnan(statistics_[j]) && params_.keep_empty_features) statistics_[j] = 0.0;
        kept_[j] = std::isnan(statistics_[j]) ? 0 : 1;
    }
}

std::vector<std::string> SimpleImputerModel::get_feature_names_out() const {
    const auto names = input_feature_names();
    std::vector<std::string> out;
    for (std::size_t j = 0; j < names.size(); ++j) {
        if (kept_[j] != 0) out.push_back(names[j]);
    }
    if (indicator_) {
        for (auto& name : indicator_->get_feature_names_out()) out.push_back(std::move(name));
    }
    return out;
}

Features SimpleImputerModel::transform_features(const Features& X) const {
    return transform_into(X, NDArray<double>());
}

Features SimpleImputerModel::transform_into(const Features& X, NDArray<double> output) const {
    check_features(X);
    const auto d = text_.size();
    std::vector<std::int64_t> kept;
    for (std::size_t j = 0; j < d; ++j) {
        if (kept_[j] != 0) kept.push_back(static_cast<std::int64_t>(j));
    }
    const NDArray<double>* array = X.row_major();
    if (array != nullptr && !indicator_ && X.num_rows() > 0 && d > 0 &&
        std::none_of(text_.begin(), text_.end(), [](std::uint8_t t) { return t != 0; })) {
        const std::vector<std::int64_t> shape{X.num_rows(), static_cast<std::int64_t>(kept.size())};
        if (output.shape() != shape) output = NDArray<double>::empty(shape);
        if (auto filled = impute::row_major_fill(*array, statistics_, kept, std::move(output))) {
            return *filled;
        }
    }
    const auto& frame = X.frame();
    for (std::size_t j = 0; j < d; ++j) {
        if (text_[j] != 0 && !impute::is_text(frame.column(j))) {
            throw ValueError("Column '" + frame.columns()[j] +
                             "' held text at fit but is numeric now; SimpleImputer imputes it by "
                             "the text values it was fitted on.");
        }
    }
    std::vector<std::uint8_t> text(d, 0);
    for (std::size_t j = 0; j < d; ++j) text[j] = impute::is_text(frame.column(j)) ? 1 : 0;
    if (!by_value(params_.strategy)) text.assign(d, 0);
    // float64 columns are read in place (nulls through their validity) and checked for infinity
    // while imputed, one pass instead of two; other numeric dtypes are converted first.
    std::vector<std::uint8_t> converted(d, 0);
    std::vector<std::uint8_t> skipped(d, 0);
    for (std::size_t j = 0; j < d; ++j) {
        converted[j] = text[j] == 0 && frame.column(j).dtype() != DType::Float64 ? 1 : 0;
        skipped[j] = converted[j] != 0 ? 0 : 1;
    }
    const bool any_converted =
        std::any_of(converted.begin(), converted.end(), [](std::uint8_t f) { return f != 0; });
    NumericPart numeric;
    if (any_converted) {
        numeric = numeric_part(X, params_.strategy, skipped);
    } else {
        check_not_empty(X, SimpleImputer::name);
    }
    std::vector<std::uint8_t> infinite(d, 0);
    std::vector<Column> out(kept.size());
    const std::int64_t rows = X.num_rows();
    parallel_chunks(
        static_cast<std::int64_t>(kept.size()), 1, [&](std::int64_t, std::int64_t c, std::int64_t) {
            const auto j = static_cast<std::size_t>(kept[static_cast<std::size_t>(c)]);
            const Column& column = frame.column(j);
            if (text[j] != 0) {
                // pandas' fillna: the characters copied in bulk, the column shared when whole.
                const Column strings =
                    column.dtype() == DType::String ? column : column.astype(DType::String);
                out[static_cast<std::size_t>(c)] =
                    Series(strings).fillna(Scalar(*text_statistics_[j])).column();
                return;
            }
            FloatColumnBuilder result(rows);
            if (converted[j] != 0) {
                const auto values = numeric.columns->column(numeric.position[j]);
                std::transform(
                    values.begin(), values.end(), result.data(),
                    [fill = statistics_[j]](double v) { return std::isnan(v) ? fill : v; });
            } else {
                infinite[j] = fill_float64(column, statistics_[j], result.data()) ? 1 : 0;
            }
            out[static_cast<std::size_t>(c)] = std::move(result).finish();
        });
    for (std::size_t j = 0; j < d; ++j) {
        if (kept_[j] == 0 && skipped[j] != 0 && text[j] == 0) {
            infinite[j] = fill_float64(frame.column(j), 0.0, nullptr) ? 1 : 0;
        }
    }
    // NumericColumns throws scikit-learn's message, naming the column and row.
    if (std::any_of(infinite.begin(), infinite.end(), [](std::uint8_t f) { return f != 0; })) {
        (void)numeric_part(X, params_.strategy, text);
    }
    std::vector<std::string> names;
    for (const auto j : kept) names.push_back(frame.columns()[static_cast<std::size_t>(j)]);
    if (indicator_) {
        const Features mask = indicator_->transform_features(X);
        for (std::size_t k = 0; k < mask.frame().columns().size(); ++k) {
            names.push_back(mask.frame().columns()[k]);
            out.push_back(mask.frame().column(k).astype(DType::Float64));
        }
    }
    return make_output(X, std::move(names), std::move(out));
}

}  // namespace tabula
