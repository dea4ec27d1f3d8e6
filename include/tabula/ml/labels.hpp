#pragma once
// Class labels as scikit-learn sees them: np.unique's sorted distinct values and their codes.
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "tabula/frame/index.hpp"
#include "tabula/frame/series.hpp"
#include "tabula/ml/data.hpp"

namespace tabula {

struct EncodedLabels {
    // Sorted distinct labels in y's dtype (int64, float64, bool or string; a categorical y gives
    // strings): numbers by value, strings by code point as Python sorts them.
    Series classes;
    // Position of each row's label in `classes`.
    std::vector<std::int32_t> codes;
};

// ValueError "Input y contains NaN." for a null or NaN label; "Found array with 0 sample(s)" for
// an empty y.
EncodedLabels encode_labels(const Target& y);

// classes[codes] as a Series with `index`.
Series decode_labels(const Series& classes, std::span<const std::int32_t> codes,
                     const Index& index);

// Position of each label of `values` in `classes` (-1 where absent). TypeError when one is text
// and the other numbers (scikit-learn: "Mix of label input types (string and number)").
std::vector<std::int32_t> label_positions(const Series& classes, const Series& values);

// y as float64 values for regression; ValueError for text ("could not convert string to float")
// and for NaN ("Input y contains NaN.").
std::vector<double> regression_target(const Target& y);

// ValueError "Found input variables with inconsistent numbers of samples: [100, 99]".
void check_consistent_length(std::int64_t a, std::int64_t b);

}  // namespace tabula
