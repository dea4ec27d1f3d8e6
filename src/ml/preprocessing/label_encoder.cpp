#include "tabula/ml/preprocessing/label_encoder.hpp"

#include <algorithm>
#include <cmath>

#include "tabula/core/error.hpp"
#include "tabula/core/float_repr.hpp"
#include "tabula/ml/labels.hpp"

namespace tabula {
namespace {

bool is_text(DType dtype) {
    return dtype == DType::String || dtype == DType::Categorical;
}

std::string number_text(const Series& s, std::int64_t i) {
    if (s.dtype() == DType::Bool) return s.value(i) != 0.0 ? "True" : "False";
    if (is_floating(s.dtype())) return float_repr(s.value(i));
    return std::to_string(static_cast<std::int64_t>(s.value(i)));
}

[[noreturn]] void throw_unseen(const std::string& labels) {
    throw ValueError("y contains previously unseen labels: " + labels);
}

}  // namespace

LabelEncoderModel LabelEncoder::fit(const Target& y) const {
    return LabelEncoderModel(y);
}

Series LabelEncoder::fit_transform(const Target& y) const {
    return fit(y).transform(y);
}

LabelEncoderModel::LabelEncoderModel(const Target& y) : classes_(encode_labels(y).classes) {}

Series LabelEncoderModel::transform(const Target& y) const {
    const Series& s = y.series();
    const auto positions = label_positions(classes_, s);
    std::vector<std::int64_t> unseen;
    for (std::size_t i = 0; i < positions.size(); ++i) {
        if (positions[i] >= 0) continue;
        if (is_text(s.dtype())) {
            // scikit-learn's dictionary lookup stops at the first unseen text (a KeyError).
            std::string label = "'";
            label += s.column().is_null(static_cast<std::int64_t>(i))
                         ? std::string("nan")
                         : std::string(s.text(static_cast<std::int64_t>(i)));
            throw_unseen(label + "'");
        }
        unseen.push_back(static_cast<std::int64_t>(i));
    }
    if (!unseen.empty()) {
        // np.setdiff1d: the distinct unseen numbers, sorted.
        std::sort(unseen.begin(), unseen.end(),
                  [&](std::int64_t a, std::int64_t b) { return s.value(a) < s.value(b); });
        std::string labels = "[";
        double last = std::nan("");
        for (std::int64_t i : unseen) {
            if (s.value(i) == last) continue;
            if (labels.size() > 1) labels += ", ";
            labels += number_text(s, i);
            last = s.value(i);
        }
        throw_unseen(labels + "]");
    }
    const std::vector<std::int64_t> codes(positions.begin(), positions.end());
    return Series(Column::from_vector(codes), s.name(), s.index());
}

Series LabelEncoderModel::inverse_transform(const std::vector<std::int64_t>& codes) const {
    std::vector<std::int64_t> bad;
    for (std::int64_t c : codes) {
        if (c < 0 || c >= classes_.size()) bad.push_back(c);
    }
    if (!bad.empty()) {
        std::sort(bad.begin(), bad.end());
        bad.erase(std::unique(bad.begin(), bad.end()), bad.end());
        std::string labels = "[";
        for (std::size_t k = 0; k < bad.size(); ++k) {
            if (k > 0) labels += " ";
            labels += std::to_string(bad[k]);
        }
        throw_unseen(labels + "]");
    }
    return Series(classes_.column().take(codes), classes_.name());
}

Series LabelEncoderModel::inverse_transform(const Series& codes) const {
    std::vector<std::int64_t> values(static_cast<std::size_t>(codes.size()));
    for (std::int64_t i = 0; i < codes.size(); ++i) {
        values[static_cast<std::size_t>(i)] = static_cast<std::int64_t>(codes.value(i));
    }
    Series out = inverse_transform(values);
    return Series(out.column(), out.name(), codes.index());
}

}  // namespace tabula
