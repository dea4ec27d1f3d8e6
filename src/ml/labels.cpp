#include "tabula/ml/labels.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "tabula/core/error.hpp"

namespace tabula {
namespace {

enum class LabelKind { Bool, Integer, Float, Text };

LabelKind kind_of(DType dtype) {
    switch (dtype) {
        case DType::Bool:
            return LabelKind::Bool;
        case DType::Int32:
        case DType::Int64:
        case DType::Datetime:
            return LabelKind::Integer;
        case DType::Float32:
        case DType::Float64:
            return LabelKind::Float;
        case DType::String:
        case DType::Categorical:
            return LabelKind::Text;
    }
    return LabelKind::Text;
}

void check_no_missing(const Series& y) {
    const Column& c = y.column();
    if (c.has_nulls()) throw ValueError("Input y contains NaN.");
    if (kind_of(c.dtype()) == LabelKind::Float) {
        for (std::int64_t i = 0; i < c.size(); ++i) {
            if (std::isnan(y.value(i))) throw ValueError("Input y contains NaN.");
        }
    }
}

// The labels of `s` as values of type T (int64, double, or string_view into s).
template <class T>
std::vector<T> values_of(const Series& s) {
    std::vector<T> out(static_cast<std::size_t>(s.size()));
    for (std::int64_t i = 0; i < s.size(); ++i) {
        if constexpr (std::is_same_v<T, std::string_view>) {
            out[static_cast<std::size_t>(i)] = s.text(i);
        } else {
            // +0.0 turns -0.0 into 0.0: np.unique treats them as one label.
            out[static_cast<std::size_t>(i)] = static_cast<T>(s.value(i)) + T{};
        }
    }
    return out;
}

template <class T>
EncodedLabels encode(const Series& y, LabelKind kind) {
    // Only the distinct labels are sorted: a hash gives each row its label's slot first.
    const auto values = values_of<T>(y);
    std::unordered_map<T, std::int32_t> slot;
    std::vector<T> distinct;
    std::vector<std::int32_t> first_codes(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto [it, added] =
            slot.emplace(values[i], static_cast<std::int32_t>(distinct.size()));
        if (added) distinct.push_back(values[i]);
        first_codes[i] = it->second;
    }
    std::vector<std::int32_t> order(distinct.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = static_cast<std::int32_t>(k);
    std::sort(order.begin(), order.end(),
              [&](std::int32_t a, std::int32_t b) { return distinct[a] < distinct[b]; });
    std::vector<std::int32_t> rank(distinct.size());
    for (std::size_t k = 0; k < order.size(); ++k) rank[order[k]] = static_cast<std::int32_t>(k);
    EncodedLabels out;
    out.codes.resize(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) out.codes[i] = rank[first_codes[i]];
    std::sort(distinct.begin(), distinct.end());
    if constexpr (std::is_same_v<T, std::string_view>) {
        out.classes = Series(std::vector<std::string>(distinct.begin(), distinct.end()), y.name());
    } else if (kind == LabelKind::Bool) {
        std::vector<bool> flags(distinct.begin(), distinct.end());
        out.classes = Series(Column::from_vector(flags), y.name());
    } else {
        out.classes = Series(distinct, y.name());
    }
    return out;
}

template <class T>
std::vector<std::int32_t> positions(const Series& classes, const Series& values) {
    const auto sorted = values_of<T>(classes);
    const auto wanted = values_of<T>(values);
    std::vector<std::int32_t> out(wanted.size(), -1);
    for (std::size_t i = 0; i < wanted.size(); ++i) {
        const auto it = std::lower_bound(sorted.begin(), sorted.end(), wanted[i]);
        if (it != sorted.end() && *it == wanted[i]) {
            out[i] = static_cast<std::int32_t>(it - sorted.begin());
        }
    }
    return out;
}

}  // namespace

EncodedLabels encode_labels(const Target& y) {
    const Series& s = y.series();
    if (s.size() == 0) {
        throw ValueError(
            "Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is "
            "required.");
    }
    check_no_missing(s);
    const LabelKind kind = kind_of(s.dtype());
    switch (kind) {
        case LabelKind::Text:
            return encode<std::string_view>(s, kind);
        case LabelKind::Float:
            return encode<double>(s, kind);
        case LabelKind::Bool:
        case LabelKind::Integer:
            return encode<std::int64_t>(s, kind);
    }
    return {};
}

Series decode_labels(const Series& classes, std::span<const std::int32_t> codes,
                     const Index& index) {
    const std::vector<std::int64_t> rows(codes.begin(), codes.end());
    return Series(classes.column().take(rows), classes.name(), index);
}

std::vector<std::int32_t> label_positions(const Series& classes, const Series& values) {
    const LabelKind a = kind_of(classes.dtype());
    const LabelKind b = kind_of(values.dtype());
    if ((a == LabelKind::Text) != (b == LabelKind::Text)) {
        throw TypeError("Mix of label input types (string and number)");
    }
    if (a == LabelKind::Text) return positions<std::string_view>(classes, values);
    return positions<double>(classes, values);
}

std::vector<double> regression_target(const Target& y) {
    const Series& s = y.series();
    if (kind_of(s.dtype()) == LabelKind::Text) {
        const std::string first = s.size() > 0 ? std::string(s.text(0)) : std::string();
        throw ValueError("could not convert string to float: '" + first + "'");
    }
    check_no_missing(s);
    std::vector<double> out(static_cast<std::size_t>(s.size()));
    for (std::int64_t i = 0; i < s.size(); ++i) out[static_cast<std::size_t>(i)] = s.value(i);
    return out;
}

void check_consistent_length(std::int64_t a, std::int64_t b) {
    if (a != b) {
        throw ValueError("Found input variables with inconsistent numbers of samples: [" +
                         std::to_string(a) + ", " + std::to_string(b) + "]");
    }
}

}  // namespace tabula
