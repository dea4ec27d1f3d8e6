#include "tabula/ml/preprocessing/one_hot_encoder.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "../invalid_parameter.hpp"
#include "categories.hpp"
#include "tabula/core/buffer.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {

namespace encoders {

// One feature's encoding: scikit-learn's _default_to_infrequent_mappings, drop_idx_ and the
// output columns, as a table from a row's category code to its output column.
struct OneHotFeature {
    FeatureCategories categories;
    std::vector<std::int32_t> infrequent;  // positions in `categories`, ascending
    std::vector<std::int32_t> mapping;     // category -> grouped category
    std::vector<std::int32_t> frequent;    // grouped category -> category (frequent ones)
    std::int32_t n_grouped = 0;            // frequent categories, then the infrequent group
    std::optional<std::int32_t> drop;      // grouped category left out
    std::vector<std::int32_t> slot;        // code + 1 -> output column, -1 for none
    std::vector<std::string> labels;       // output columns' category texts

    bool has_infrequent() const noexcept { return !infrequent.empty(); }
    std::int32_t n_out() const noexcept { return static_cast<std::int32_t>(labels.size()); }
    // The text of grouped category g.
    std::string grouped_label(std::int32_t g) const {
        if (has_infrequent() && g == n_grouped - 1) return "infrequent_sklearn";
        return categories.str(frequent[static_cast<std::size_t>(g)]);
    }
};

struct OneHotPlan {
    std::vector<OneHotFeature> features;
};

}  // namespace encoders

namespace {

using encoders::OneHotFeature;

constexpr std::int64_t kRowChunk = std::int64_t{1} << 14;

template <class T>
void set_ones_as(const std::int32_t* code, const std::int32_t* slot, std::byte* const* out,
                 std::int64_t begin, std::int64_t end) {
    for (std::int64_t i = begin; i < end; ++i) {
        const std::int32_t s = slot[code[i]];
        if (s >= 0) reinterpret_cast<T*>(out[s])[i] = T{1};
    }
}

// out[slot[code[i]]][i] = 1 in the output dtype for rows [begin, end) (slot -1: no column).
void set_ones(DType dtype, const std::int32_t* code, const std::int32_t* slot,
              std::byte* const* out, std::int64_t begin, std::int64_t end) {
    switch (dtype) {
        case DType::Float32:
            return set_ones_as<float>(code, slot, out, begin, end);
        case DType::Int64:
            return set_ones_as<std::int64_t>(code, slot, out, begin, end);
        case DType::Int32:
            return set_ones_as<std::int32_t>(code, slot, out, begin, end);
        case DType::Bool:
            return set_ones_as<bool>(code, slot, out, begin, end);
        default:
            return set_ones_as<double>(code, slot, out, begin, end);
    }
}

void validate(const OneHotEncoderParams& p) {
    detail::check_str_option(OneHotEncoder::name, "handle_unknown", p.handle_unknown,
                             {"error", "ignore", "infrequent_if_exist"});
    if (p.drop) {
        if (const auto* s = std::get_if<std::string>(&*p.drop)) {
            if (*s != "first" && *s != "if_binary") {
                detail::throw_invalid_parameter(OneHotEncoder::name, "drop",
                                                "a str among {'first', 'if_binary'}, an "
                                                "array-like or None",
                                                "'" + *s + "'");
            }
        }
    }
    if (p.max_categories && *p.max_categories < 1) {
        detail::throw_invalid_parameter(OneHotEncoder::name, "max_categories",
                                        "an int in the range [1, inf) or None",
                                        std::to_string(*p.max_categories));
    }
    if (p.min_frequency) {
        const auto* count = std::get_if<std::int64_t>(&*p.min_frequency);
        const auto* fraction = std::get_if<double>(&*p.min_frequency);
        const bool bad = count != nullptr ? *count < 1 : !(*fraction > 0.0 && *fraction < 1.0);
        if (bad) {
            detail::throw_invalid_parameter(
                OneHotEncoder::name, "min_frequency",
                "an int in the range [1, inf), a float in the range (0, 1) or None",
                count != nullptr ? std::to_string(*count) : float_repr(*fraction));
        }
    }
    (void)dtype_from_name(p.dtype);
}

// _identify_infrequent: below min_frequency, then the smallest counts beyond max_categories - 1
// (a stable sort, so ties keep category order).
std::vector<std::int32_t> infrequent_of(const std::vector<std::int64_t>& counts,
                                        std::int64_t n_samples, const OneHotEncoderParams& p) {
    const std::size_t n = counts.size();
    std::vector<bool> mask(n, false);
    if (p.min_frequency) {
        if (const auto* c = std::get_if<std::int64_t>(&*p.min_frequency)) {
            for (std::size_t k = 0; k < n; ++k) mask[k] = counts[k] < *c;
        } else {
            const double limit =
                static_cast<double>(n_samples) * std::get<double>(*p.min_frequency);
            for (std::size_t k = 0; k < n; ++k) mask[k] = static_cast<double>(counts[k]) < limit;
        }
    }
    const auto n_masked = static_cast<std::int64_t>(std::count(mask.begin(), mask.end(), true));
    const std::int64_t n_current = static_cast<std::int64_t>(n) - n_masked + 1;
    if (p.max_categories && *p.max_categories < n_current) {
        std::vector<std::size_t> order(n);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::size_t a, std::size_t b) { return counts[a] < counts[b]; });
        // argsort(...)[: -max_categories + 1]: nothing for max_categories == 1, as in Python.
        const std::int64_t take =
            *p.max_categories == 1
                ? 0
                : std::max<std::int64_t>(0, static_cast<std::int64_t>(n) - *p.max_categories + 1);
        for (std::int64_t k = 0; k < take; ++k) mask[order[static_cast<std::size_t>(k)]] = true;
    }
    std::vector<std::int32_t> out;
    for (std::size_t k = 0; k < n; ++k) {
        if (mask[k]) out.push_back(static_cast<std::int32_t>(k));
    }
    return out;
}

void group_infrequent(OneHotFeature& f) {
    const auto n = static_cast<std::int32_t>(f.categories.size());
    f.mapping.assign(static_cast<std::size_t>(n), 0);
    std::vector<bool> rare(static_cast<std::size_t>(n), false);
    for (std::int32_t k : f.infrequent) rare[static_cast<std::size_t>(k)] = true;
    for (std::int32_t k = 0; k < n; ++k) {
        if (rare[static_cast<std::size_t>(k)]) continue;
        f.mapping[static_cast<std::size_t>(k)] = static_cast<std::int32_t>(f.frequent.size());
        f.frequent.push_back(k);
    }
    const auto n_frequent = static_cast<std::int32_t>(f.frequent.size());
    for (std::int32_t k : f.infrequent) f.mapping[static_cast<std::size_t>(k)] = n_frequent;
    f.n_grouped = n_frequent + (f.has_infrequent() ? 1 : 0);
}

// The position of a given `drop` value among feature f's categories, -1 when absent.
std::int64_t find_drop(
    const encoders::FeatureCategories& cats,
    const std::variant<std::string, std::vector<std::string>, std::vector<double>>& drop,
    std::size_t f) {
    if (const auto* texts = std::get_if<std::vector<std::string>>(&drop)) {
        const std::string& want = (*texts)[f];
        for (std::int64_t k = 0; k < cats.size(); ++k) {
            if (k != cats.missing_index() && cats.str(k) == want) return k;
        }
        return -1;
    }
    const double want = std::get<std::vector<double>>(drop)[f];
    if (std::isnan(want)) return cats.missing_index();
    if (cats.kind == encoders::CategoryKind::Text) return -1;
    const auto& v = cats.numbers;
    const auto it = std::find(v.begin(), v.end(), want);
    return it == v.end() ? -1 : it - v.begin();
}

std::string drop_value_text(
    const std::variant<std::string, std::vector<std::string>, std::vector<double>>& drop,
    std::size_t f) {
    if (const auto* texts = std::get_if<std::vector<std::string>>(&drop)) return (*texts)[f];
    return float_repr(std::get<std::vector<double>>(drop)[f]);
}

// _compute_drop_idx, in the grouped categories.
void choose_drops(std::vector<OneHotFeature>& features, const OneHotEncoderParams& p) {
    if (!p.drop) return;
    if (const auto* s = std::get_if<std::string>(&*p.drop)) {
        for (auto& f : features) {
            if (*s == "first" || f.n_grouped == 2) f.drop = 0;
        }
        return;
    }
    const std::size_t given = std::visit(
        [](const auto& v) -> std::size_t {
            if constexpr (std::is_same_v<std::remove_cvref_t<decltype(v)>, std::string>) {
                return 0;
            } else {
                return v.size();
            }
        },
        *p.drop);
    if (given != features.size()) {
        throw ValueError("`drop` should have length equal to the number of features (" +
                         std::to_string(features.size()) + "), got " + std::to_string(given));
    }
    std::string missing;
    for (std::size_t j = 0; j < features.size(); ++j) {
        auto& f = features[j];
        const std::int64_t k = find_drop(f.categories, *p.drop, j);
        if (k < 0) {
            // scikit-learn's text swaps the two labels; kept so messages match.
            missing += "\nCategory: " + std::to_string(j) + ", Feature: ";
            missing += drop_value_text(*p.drop, j);
            continue;
        }
        const auto code = static_cast<std::int32_t>(k);
        if (std::find(f.infrequent.begin(), f.infrequent.end(), code) != f.infrequent.end()) {
            throw ValueError("Unable to drop category " + f.categories.repr(k) + " from feature " +
                             std::to_string(j) + " because it is infrequent");
        }
        f.drop = f.mapping[static_cast<std::size_t>(code)];
    }
    if (!missing.empty()) {
        throw ValueError(
            "The following categories were supposed to be dropped, but were not found in the "
            "training data." +
            missing);
    }
}

// The output column of each code (slot[code + 1]; code -1 is an unknown value).
void plan_slots(OneHotFeature& f, const std::string& handle_unknown) {
    const auto to_output = [&](std::int32_t g) -> std::int32_t {
        if (!f.drop) return g;
        if (g == *f.drop) return -1;
        return g > *f.drop ? g - 1 : g;
    };
    f.slot.assign(static_cast<std::size_t>(f.categories.size() + 1), -1);
    if (handle_unknown == "infrequent_if_exist" && f.has_infrequent()) {
        f.slot[0] = to_output(f.n_grouped - 1);
    }
    for (std::size_t k = 0; k < f.mapping.size(); ++k) f.slot[k + 1] = to_output(f.mapping[k]);
    for (std::int32_t g = 0; g < f.n_grouped; ++g) {
        if (!f.drop || g != *f.drop) f.labels.push_back(f.grouped_label(g));
    }
}

}  // namespace

bool OneHotEncoderParams::operator==(const OneHotEncoderParams& other) const {
    return same_categories(categories, other.categories) && drop == other.drop &&
           dtype == other.dtype && handle_unknown == other.handle_unknown &&
           min_frequency == other.min_frequency && max_categories == other.max_categories;
}

OneHotEncoderModel OneHotEncoder::fit(const Features& X) const {
    return OneHotEncoderModel(params_, X);
}

std::pair<OneHotEncoderModel, Features> OneHotEncoder::fit_transform_model(const Features& X,
                                                                           const Target*) const {
    auto fitted = OneHotEncoderModel::fit_features(params_, X, true);
    std::vector<std::vector<std::int32_t>> codes;
    codes.reserve(fitted.size());
    for (auto& f : fitted) codes.push_back(std::move(f.codes));
    OneHotEncoderModel model(params_, X, std::move(fitted));
    Features Xt = model.encode(X, codes);
    return {std::move(model), std::move(Xt)};
}

DataFrame OneHotEncoder::fit_transform(const DataFrame& X) const {
    return fit_transform_model(X, nullptr).second.frame();
}

NDArray<double> OneHotEncoder::fit_transform(const NDArray<double>& X) const {
    return fit_transform_model(X, nullptr).second.to_numpy();
}

std::vector<encoders::FittedFeature> OneHotEncoderModel::fit_features(
    const OneHotEncoderParams& params, const Features& X, bool with_codes) {
    validate(params);
    encoders::check_encoder_input(X, OneHotEncoder::name);
    return encoders::fit_features(X, params.categories, params.handle_unknown == "error",
                                  with_codes);
}

OneHotEncoderModel::OneHotEncoderModel(const OneHotEncoderParams& params, const Features& X)
    : OneHotEncoderModel(params, X, fit_features(params, X, false)) {}

OneHotEncoderModel::OneHotEncoderModel(const OneHotEncoderParams& params, const Features& X,
                                       std::vector<encoders::FittedFeature> fitted)
    : ModelBase(std::string(OneHotEncoder::name), X), params_(params) {
    const bool infrequent_enabled = params_.min_frequency || params_.max_categories;
    auto plan = std::make_shared<encoders::OneHotPlan>();
    plan->features.resize(fitted.size());
    for (std::size_t j = 0; j < fitted.size(); ++j) {
        auto& f = plan->features[j];
        f.categories = std::move(fitted[j].categories);
        if (infrequent_enabled)
            f.infrequent = infrequent_of(fitted[j].counts, X.num_rows(), params_);
        group_infrequent(f);
    }
    choose_drops(plan->features, params_);
    const auto& names = X.frame().columns();
    for (std::size_t j = 0; j < fitted.size(); ++j) {
        auto& f = plan->features[j];
        plan_slots(f, params_.handle_unknown);
        categories_.emplace_back(f.categories.column(), names[j]);
        if (params_.drop) {
            drop_idx_.push_back(f.drop ? std::optional<std::int64_t>(*f.drop) : std::nullopt);
        }
    }
    plan_ = std::move(plan);
}

std::vector<std::optional<Series>> OneHotEncoderModel::infrequent_categories() const {
    std::vector<std::optional<Series>> out;
    for (std::size_t j = 0; j < plan_->features.size(); ++j) {
        const auto& f = plan_->features[j];
        if (!f.has_infrequent()) {
            out.emplace_back(std::nullopt);
            continue;
        }
        out.emplace_back(Series(f.categories.take(f.infrequent), categories_[j].name()));
    }
    return out;
}

std::vector<std::string> OneHotEncoderModel::get_feature_names_out() const {
    const auto inputs = input_feature_names();
    std::vector<std::string> out;
    for (std::size_t j = 0; j < plan_->features.size(); ++j) {
        for (const auto& label : plan_->features[j].labels) out.push_back(inputs[j] + "_" + label);
    }
    return out;
}

Features OneHotEncoderModel::transform_features(const Features& X) const {
    check_features(X);
    encoders::check_encoder_input(X, OneHotEncoder::name);
    const auto& features = plan_->features;
    std::vector<encoders::FeatureCategories> cats;
    cats.reserve(features.size());
    for (const auto& f : features) cats.push_back(f.categories);
    return encode(X, encoders::encode_features(X, cats, params_.handle_unknown == "error"));
}

Features OneHotEncoderModel::encode(const Features& X,
                                    const std::vector<std::vector<std::int32_t>>& codes) const {
    const auto& features = plan_->features;
    const std::int64_t n = X.num_rows();
    const DType wanted = dtype_from_name(params_.dtype);
    // Numbers and bools are written as such; another dtype is converted from float64.
    const bool direct = wanted == DType::Float32 || wanted == DType::Int64 ||
                        wanted == DType::Int32 || wanted == DType::Bool;
    const DType dtype = direct ? wanted : DType::Float64;
    const std::size_t width = itemsize(dtype);
    std::vector<std::int64_t> first_column(features.size() + 1, 0);
    for (std::size_t j = 0; j < features.size(); ++j) {
        first_column[j + 1] = first_column[j] + features[j].n_out();
    }
    // Zeroed columns, then a 1 written at each row's column: one write per row and feature
    // instead of one per row and output column.
    std::vector<std::shared_ptr<Buffer>> buffers(static_cast<std::size_t>(first_column.back()));
    parallel_chunks(first_column.back(), 1, [&](std::int64_t, std::int64_t c, std::int64_t) {
        buffers[static_cast<std::size_t>(c)] = Buffer::zeroed(static_cast<std::size_t>(n) * width);
    });
    std::vector<std::byte*> outputs;
    outputs.reserve(buffers.size());
    for (const auto& b : buffers) outputs.push_back(b->data());
    parallel_chunks(n, kRowChunk, [&](std::int64_t, std::int64_t begin, std::int64_t end) {
        for (std::size_t j = 0; j < features.size(); ++j) {
            const std::int32_t* code = codes[j].data();
            const std::int32_t* slot = features[j].slot.data() + 1;
            std::byte* const* out = outputs.data() + first_column[j];
            set_ones(dtype, code, slot, out, begin, end);
        }
    });
    std::vector<Column> columns;
    columns.reserve(buffers.size());
    for (auto& b : buffers) {
        Column c = Column::fixed(dtype, std::move(b), n);
        columns.push_back(dtype == wanted ? std::move(c) : c.astype(wanted));
    }
    return make_output(X, get_feature_names_out(), std::move(columns));
}

DataFrame OneHotEncoderModel::inverse_transform(const Features& Xt) const {
    const NumericColumns values(Xt, OneHotEncoder::name);
    std::int64_t expected = 0;
    for (const auto& f : plan_->features) expected += f.n_out();
    if (values.num_columns() != expected) {
        throw ValueError("Shape of the passed X data is not correct. Expected " +
                         std::to_string(expected) + " columns, got " +
                         std::to_string(values.num_columns()) + ".");
    }
    const std::int64_t n = values.num_rows();
    std::vector<Column> out;
    std::int64_t offset = 0;
    for (const auto& f : plan_->features) {
        // Each row's grouped category, -1 for none (an unknown value).
        std::vector<std::int32_t> grouped(static_cast<std::size_t>(n), -1);
        const auto dropped = f.drop.value_or(-1);
        std::vector<std::int64_t> all_zero;
        for (std::int64_t i = 0; i < n; ++i) {
            std::int32_t best = -1;
            double best_value = 0.0;
            double sum = 0.0;
            for (std::int32_t s = 0; s < f.n_out(); ++s) {
                const double v = values.column(offset + s)[static_cast<std::size_t>(i)];
                sum += v;
                if (best < 0 || v > best_value) {
                    best = s;
                    best_value = v;
                }
            }
            auto& g = grouped[static_cast<std::size_t>(i)];
            if (f.n_out() == 0 || sum == 0.0) {
                if (f.drop) {
                    g = dropped;
                } else if (params_.handle_unknown == "error" ||
                           (params_.handle_unknown == "infrequent_if_exist" &&
                            f.has_infrequent())) {
                    all_zero.push_back(i);
                }
                continue;
            }
            g = f.drop && best >= dropped ? best + 1 : best;
        }
        if (!all_zero.empty()) {
            std::string rows = "[";
            for (std::size_t k = 0; k < all_zero.size(); ++k) {
                if (k > 0) rows += " ";
                rows += std::to_string(all_zero[k]);
            }
            throw ValueError("Samples " + rows +
                             "] can not be inverted when drop=None and "
                             "handle_unknown='error' because they contain all zeros");
        }
        if (f.has_infrequent()) {
            // The infrequent group has no value of the feature's type: the column is text.
            std::vector<std::optional<std::string>> text(static_cast<std::size_t>(n));
            for (std::size_t i = 0; i < text.size(); ++i) {
                const std::int32_t g = grouped[i];
                if (g < 0) continue;
                const bool missing =
                    g < f.n_grouped - 1 &&
                    f.frequent[static_cast<std::size_t>(g)] == f.categories.missing_index();
                if (!missing) text[i] = f.grouped_label(g);
            }
            out.push_back(Column::from_optional_strings(text));
        } else {
            out.push_back(f.categories.take(grouped));
        }
        offset += f.n_out();
    }
    return DataFrame(input_feature_names(), std::move(out), Xt.frame().index());
}

}  // namespace tabula
