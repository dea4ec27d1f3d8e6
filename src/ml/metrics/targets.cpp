#include "targets.hpp"

#include <algorithm>
#include <cmath>
#include <span>

#include "tabula/array/print.hpp"
#include "tabula/core/error.hpp"
#include "tabula/ml/labels.hpp"

namespace tabula::metrics_detail {
namespace {

bool is_text(DType dtype) {
    return dtype == DType::String || dtype == DType::Categorical;
}
bool is_float(DType dtype) {
    return dtype == DType::Float32 || dtype == DType::Float64;
}

// type_of_target's _assert_all_finite: only float labels are checked, and a null is a NaN.
void check_finite(const Series& y, std::string_view name) {
    // type_of_target(y) without input_name says "Input contains NaN.".
    const std::string input = name.empty() ? "Input" : "Input " + std::string(name);
    if (y.column().has_nulls()) throw ValueError(input + " contains NaN.");
    if (!is_float(y.dtype())) return;
    const NDArray<double> values = y.to_numpy();
    for (const double v : std::span(values.data(), static_cast<std::size_t>(values.size()))) {
        if (std::isnan(v)) throw ValueError(input + " contains NaN.");
        if (std::isinf(v)) {
            throw ValueError(input +
                             " contains infinity or a value too large for dtype('float64').");
        }
    }
}

bool has_fraction(const Series& y) {
    if (!is_float(y.dtype())) return false;
    const NDArray<double> values = y.to_numpy();
    const std::span<const double> all(values.data(), static_cast<std::size_t>(values.size()));
    return std::any_of(all.begin(), all.end(), [](double v) { return v != std::trunc(v); });
}

// The dtype np.union1d gives two numeric label arrays.
DType union_dtype(DType a, DType b) {
    if (a == DType::Bool && b == DType::Bool) return DType::Bool;
    if (is_float(a) || is_float(b)) return DType::Float64;
    return DType::Int64;
}

Series numeric_series(const std::vector<double>& values, DType dtype) {
    if (dtype == DType::Float64) return Series(values);
    if (dtype == DType::Bool) {
        const std::vector<bool> flags(values.begin(), values.end());
        return Series(Column::from_vector(flags));
    }
    return Series(std::vector<std::int64_t>(values.begin(), values.end()));
}

Series union_of(const Series& a, const Series& b) {
    if (is_text(a.dtype())) {
        std::vector<std::string> all;
        all.reserve(static_cast<std::size_t>(a.size() + b.size()));
        for (std::int64_t i = 0; i < a.size(); ++i) all.emplace_back(a.text(i));
        for (std::int64_t i = 0; i < b.size(); ++i) all.emplace_back(b.text(i));
        std::sort(all.begin(), all.end());
        all.erase(std::unique(all.begin(), all.end()), all.end());
        return Series(all);
    }
    std::vector<double> all;
    all.reserve(static_cast<std::size_t>(a.size() + b.size()));
    for (std::int64_t i = 0; i < a.size(); ++i) all.push_back(a.value(i));
    for (std::int64_t i = 0; i < b.size(); ++i) all.push_back(b.value(i));
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return numeric_series(all, union_dtype(a.dtype(), b.dtype()));
}

// Codes among `from` re-expressed among `to` (which holds every label of `from`).
std::vector<std::int32_t> recode(const std::vector<std::int32_t>& codes, const Series& from,
                                 const Series& to) {
    const std::vector<std::int32_t> map = label_positions(to, from);
    std::vector<std::int32_t> out(codes.size());
    for (std::size_t i = 0; i < codes.size(); ++i) {
        out[i] = map[static_cast<std::size_t>(codes[i])];
    }
    return out;
}

TargetType count_type(std::int64_t n_classes) {
    return n_classes > 2 ? TargetType::Multiclass : TargetType::Binary;
}

}  // namespace

std::string_view type_name(TargetType type) {
    switch (type) {
        case TargetType::Binary:
            return "binary";
        case TargetType::Multiclass:
            return "multiclass";
        case TargetType::Continuous:
            return "continuous";
    }
    return "unknown";
}

std::string shape_repr(const std::vector<std::int64_t>& shape) {
    std::string out = "(";
    for (std::size_t i = 0; i < shape.size(); ++i) {
        if (i > 0) out += ", ";
        out += std::to_string(shape[i]);
    }
    if (shape.size() == 1) out += ",";
    return out + ")";
}

void check_samples(std::int64_t n) {
    if (n == 0) {
        throw ValueError(
            "Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is required.");
    }
}

std::optional<UniqueLabels> discrete_labels(const Series& y, std::string_view name) {
    check_finite(y, name);
    if (has_fraction(y)) return std::nullopt;
    EncodedLabels encoded = encode_labels(Target(y));
    return UniqueLabels{std::move(encoded.classes), std::move(encoded.codes)};
}

TargetType type_of_target(const Series& y, std::string_view name) {
    check_samples(y.size());
    const auto labels = discrete_labels(y, name);
    return labels ? count_type(labels->classes.size()) : TargetType::Continuous;
}

CheckedTargets check_targets(const Target& y_true, const Target& y_pred) {
    check_consistent_length(y_true.size(), y_pred.size());
    check_samples(y_true.size());
    const Series& t = y_true.series();
    const Series& p = y_pred.series();
    if (is_text(t.dtype()) != is_text(p.dtype())) {
        throw TypeError("Mix of label input types (string and number)");
    }
    const auto true_labels = discrete_labels(t, "y_true");
    const auto pred_labels = discrete_labels(p, "y_pred");
    if (!true_labels || !pred_labels) {
        if (!true_labels && !pred_labels) throw ValueError("continuous is not supported");
        const auto kind = [](const std::optional<UniqueLabels>& labels) {
            return labels ? type_name(count_type(labels->classes.size())) : "continuous";
        };
        throw ValueError("Classification metrics can't handle a mix of " +
                         std::string(kind(true_labels)) + " and " + std::string(kind(pred_labels)) +
                         " targets");
    }
    CheckedTargets out;
    out.classes = union_of(true_labels->classes, pred_labels->classes);
    out.type = count_type(out.classes.size());
    out.true_codes = recode(true_labels->codes, true_labels->classes, out.classes);
    out.pred_codes = recode(pred_labels->codes, pred_labels->classes, out.classes);
    return out;
}

std::int32_t label_index(const Series& classes, const Scalar& label) {
    // A string never equals a number in Python: absent rather than a TypeError.
    const bool usable = is_text(classes.dtype()) ? label.is_string() : label.is_number();
    if (!usable) return -1;
    return label_positions(classes, labels_series({label})).front();
}

Series labels_series(const std::vector<Scalar>& labels) {
    bool text = false;
    bool number = false;
    bool all_bool = true;
    bool any_float = false;
    for (const Scalar& label : labels) {
        text = text || label.is_string();
        number = number || label.is_number();
        all_bool = all_bool && label.is_bool();
        any_float = any_float || label.is_float() || label.is_null();
    }
    if (text && number) throw TypeError("Mix of label input types (string and number)");
    if (text) {
        std::vector<std::string> values;
        values.reserve(labels.size());
        for (const Scalar& label : labels) values.push_back(label.as_string());
        return Series(values);
    }
    std::vector<double> values;
    values.reserve(labels.size());
    for (const Scalar& label : labels) values.push_back(label.is_null() ? NAN : label.as_double());
    if (labels.empty() || any_float) return Series(values);
    return numeric_series(values, all_bool ? DType::Bool : DType::Int64);
}

std::vector<std::int32_t> label_indices(const Series& classes, const std::vector<Scalar>& labels) {
    return label_positions(classes, labels_series(labels));
}

std::string label_str(const Scalar& label) {
    return label.is_string() ? label.as_string() : label.repr();
}

std::string python_list(const Series& labels) {
    std::string out = "[";
    for (std::int64_t i = 0; i < labels.size(); ++i) {
        if (i > 0) out += ", ";
        out += scalar_at(labels.column(), i).repr();
    }
    return out + "]";
}

std::string numpy_str(const Series& labels) {
    if (is_text(labels.dtype())) {
        std::string out = "[";
        for (std::int64_t i = 0; i < labels.size(); ++i) {
            if (i > 0) out += " ";
            out += scalar_at(labels.column(), i).repr();
        }
        return out + "]";
    }
    const std::vector<double> values = labels.to_numpy().to_vector();
    if (is_float(labels.dtype())) return array_str(NDArray<double>(values, {labels.size()}));
    if (labels.dtype() == DType::Bool) {
        const std::vector<bool> flags(values.begin(), values.end());
        NDArray<bool> array = NDArray<bool>::empty({labels.size()});
        for (std::size_t i = 0; i < flags.size(); ++i) array.data()[i] = flags[i];
        return array_str(array);
    }
    return array_str(NDArray<std::int64_t>(std::vector<std::int64_t>(values.begin(), values.end()),
                                           {labels.size()}));
}

}  // namespace tabula::metrics_detail
