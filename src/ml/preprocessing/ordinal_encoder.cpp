#include "tabula/ml/preprocessing/ordinal_encoder.hpp"

#include <cmath>

#include "../invalid_parameter.hpp"
#include "categories.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/validation.hpp"

namespace tabula {
namespace {

constexpr std::int64_t kRowChunk = std::int64_t{1} << 16;

bool same(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}

// Python's f"{value}" of an int or float parameter.
std::string number_text(double v) {
    if (std::isfinite(v) && v == std::trunc(v) && std::fabs(v) < 1e18) {
        return std::to_string(static_cast<std::int64_t>(v));
    }
    return float_repr(v);
}

bool is_float_dtype(const std::string& dtype) {
    return is_floating(dtype_from_name(dtype));
}

// The fit-time checks of scikit-learn's OrdinalEncoder.fit that precede _fit.
void validate(const OrdinalEncoderParams& p) {
    detail::check_str_option(OrdinalEncoder::name, "handle_unknown", p.handle_unknown,
                             {"error", "use_encoded_value"});
    const double missing = p.encoded_missing_value;
    if (!std::isnan(missing) && missing != std::trunc(missing)) {
        detail::throw_invalid_parameter(OrdinalEncoder::name, "encoded_missing_value",
                                        "an instance of 'int' or an instance of 'float'",
                                        float_repr(missing));
    }
    (void)dtype_from_name(p.dtype);
    if (p.handle_unknown == "use_encoded_value") {
        const auto value = p.unknown_value.value_or(std::nan(""));
        if (!p.unknown_value.has_value() || (!std::isnan(value) && value != std::trunc(value))) {
            throw TypeError(
                "unknown_value should be an integer or np.nan when handle_unknown is "
                "'use_encoded_value', got " +
                (p.unknown_value ? number_text(value) : std::string("None")) + ".");
        }
        if (std::isnan(value) && !is_float_dtype(p.dtype)) {
            throw ValueError(
                "When unknown_value is np.nan, the dtype parameter should be a float dtype. "
                "Got " +
                p.dtype + ".");
        }
    } else if (p.unknown_value) {
        throw TypeError(
            "unknown_value should only be set when handle_unknown is 'use_encoded_value', got " +
            number_text(*p.unknown_value) + ".");
    }
}

std::string feature_list(const std::vector<std::size_t>& features,
                         const std::vector<std::string>& names) {
    std::string out = "[";
    for (std::size_t k = 0; k < features.size(); ++k) {
        if (names.empty()) {
            if (k > 0) out += ", ";
            out += std::to_string(features[k]);
        } else {
            // NumPy's repr of a str array: space separated.
            if (k > 0) out += " ";
            out += "'" + names[features[k]] + "'";
        }
    }
    return out + "]";
}

}  // namespace

bool OrdinalEncoderParams::operator==(const OrdinalEncoderParams& other) const {
    const bool unknown_same = unknown_value.has_value() == other.unknown_value.has_value() &&
                              (!unknown_value || same(*unknown_value, *other.unknown_value));
    return same_categories(categories, other.categories) && dtype == other.dtype &&
           handle_unknown == other.handle_unknown && unknown_same &&
           same(encoded_missing_value, other.encoded_missing_value);
}

OrdinalEncoderModel OrdinalEncoder::fit(const Features& X) const {
    return OrdinalEncoderModel(params_, X);
}

OrdinalEncoderModel::OrdinalEncoderModel(const OrdinalEncoderParams& params, const Features& X)
    : ModelBase(std::string(OrdinalEncoder::name), X), params_(params) {
    validate(params_);
    encoders::check_encoder_input(X, OrdinalEncoder::name);
    const auto fitted =
        encoders::fit_features(X, params_.categories, params_.handle_unknown == "error");
    auto features = std::make_shared<std::vector<encoders::FeatureCategories>>();
    for (const auto& f : fitted) features->push_back(f.categories);
    if (params_.handle_unknown == "use_encoded_value") {
        const double value = *params_.unknown_value;
        for (const auto& f : *features) {
            if (value >= 0 && value < static_cast<double>(f.size())) {
                throw ValueError("The used value for unknown_value " + number_text(value) +
                                 " is one of the values already used for encoding the seen "
                                 "categories.");
            }
        }
    }
    std::vector<std::size_t> with_missing;
    for (std::size_t j = 0; j < features->size(); ++j) {
        if ((*features)[j].has_missing) with_missing.push_back(j);
    }
    const double missing = params_.encoded_missing_value;
    if (!with_missing.empty()) {
        if (std::isnan(missing) && !is_float_dtype(params_.dtype)) {
            throw ValueError(
                "There are missing values in features " + feature_list(with_missing, {}) +
                ". For OrdinalEncoder to encode missing values with dtype: " + params_.dtype +
                ", set encoded_missing_value to a non-nan value, or set dtype to a "
                "float");
        }
        std::vector<std::size_t> clashing;
        for (std::size_t j : with_missing) {
            if (missing >= 0 && missing < static_cast<double>((*features)[j].size())) {
                clashing.push_back(j);
            }
        }
        if (!clashing.empty()) {
            throw ValueError("encoded_missing_value (" + number_text(missing) +
                             ") is already used to encode a known category in features: " +
                             feature_list(clashing, feature_names_in()));
        }
    }
    const auto& names = X.frame().columns();
    for (std::size_t j = 0; j < features->size(); ++j) {
        categories_.emplace_back((*features)[j].column(), names[j]);
    }
    features_ = std::move(features);
}

Features OrdinalEncoderModel::transform_features(const Features& X) const {
    check_features(X);
    encoders::check_encoder_input(X, OrdinalEncoder::name);
    const auto codes = encoders::encode_features(X, *features_, params_.handle_unknown == "error");
    const DType dtype = dtype_from_name(params_.dtype);
    const double unknown = params_.unknown_value.value_or(0.0);
    std::vector<Column> out;
    for (std::size_t j = 0; j < features_->size(); ++j) {
        const auto missing = static_cast<std::int32_t>((*features_)[j].missing_index());
        const std::int32_t* code = codes[j].data();
        FloatColumnBuilder column(X.num_rows());
        parallel_chunks(X.num_rows(), kRowChunk,
                        [&](std::int64_t, std::int64_t begin, std::int64_t end) {
                            for (std::int64_t i = begin; i < end; ++i) {
                                const std::int32_t c = code[i];
                                column.values[i] = c < 0          ? unknown
                                                   : c == missing ? params_.encoded_missing_value
                                                                  : static_cast<double>(c);
                            }
                        });
        Column c = std::move(column).finish();
        out.push_back(dtype == DType::Float64 ? std::move(c) : c.astype(dtype));
    }
    return make_output(X, X.frame().columns(), std::move(out));
}

DataFrame OrdinalEncoderModel::inverse_transform(const Features& Xt) const {
    const NumericColumns values(Xt, OrdinalEncoder::name, MissingValues::AllowNan);
    const auto d = static_cast<std::int64_t>(features_->size());
    if (values.num_columns() != d) {
        throw ValueError("Shape of the passed X data is not correct. Expected " +
                         std::to_string(d) + " columns, got " +
                         std::to_string(values.num_columns()) + ".");
    }
    const bool use_unknown = params_.handle_unknown == "use_encoded_value";
    std::vector<Column> out;
    for (std::int64_t j = 0; j < d; ++j) {
        const auto& f = (*features_)[static_cast<std::size_t>(j)];
        const auto column = values.column(j);
        std::vector<std::int32_t> codes(column.size());
        for (std::size_t i = 0; i < column.size(); ++i) {
            const double v = column[i];
            if (f.has_missing && same(v, params_.encoded_missing_value)) {
                codes[i] = static_cast<std::int32_t>(f.missing_index());
            } else if (use_unknown && same(v, *params_.unknown_value)) {
                codes[i] = -1;
            } else {
                const auto k = static_cast<std::int64_t>(v);
                if (std::isnan(v) || k < -f.size() || k >= f.size()) {
                    throw IndexError("index " + number_text(v) +
                                     " is out of bounds for axis 0 with size " +
                                     std::to_string(f.size()));
                }
                codes[i] = static_cast<std::int32_t>(k < 0 ? k + f.size() : k);
            }
        }
        out.push_back(f.take(codes));
    }
    return DataFrame(input_feature_names(), std::move(out), Xt.frame().index());
}

}  // namespace tabula
