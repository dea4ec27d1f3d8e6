#pragma once
// Private to the metrics: scikit-learn's type_of_target, _check_targets and unique_labels for
// 1-d label vectors, and the label texts its messages print.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tabula/frame/scalar.hpp"
#include "tabula/frame/series.hpp"
#include "tabula/ml/data.hpp"

namespace tabula::metrics_detail {

enum class TargetType { Binary, Multiclass, Continuous };

std::string_view type_name(TargetType type);

// The sorted distinct labels of y with each sample's position among them (np.unique).
struct UniqueLabels {
    Series classes;
    std::vector<std::int32_t> codes;
};

// y's labels, or none when y is continuous (floats with a fraction). ValueError "Input <name>
// contains NaN." (or infinity) as type_of_target checks.
std::optional<UniqueLabels> discrete_labels(const Series& y, std::string_view name);

// type_of_target of a 1-d y.
TargetType type_of_target(const Series& y, std::string_view name);

// y_true and y_pred checked as _check_targets does, with their labels as unique_labels gives
// them and each sample's position among those labels.
struct CheckedTargets {
    TargetType type = TargetType::Binary;  // Binary or Multiclass
    Series classes;                        // the sorted union of both label sets
    std::vector<std::int32_t> true_codes;
    std::vector<std::int32_t> pred_codes;
};

CheckedTargets check_targets(const Target& y_true, const Target& y_pred);

// Position of `label` in `classes` as Python's == finds it (1 == 1.0 == True), -1 if absent.
std::int32_t label_index(const Series& classes, const Scalar& label);

// Positions of user-given labels in `classes` (-1 where absent); TypeError "Mix of label input
// types (string and number)" when they are strings and the classes numbers, or the reverse.
std::vector<std::int32_t> label_indices(const Series& classes, const std::vector<Scalar>& labels);

// `labels` as a Series of their common dtype (string, bool, int64 or float64).
Series labels_series(const std::vector<Scalar>& labels);

// str(label): 1, 2.0, True, a.
std::string label_str(const Scalar& label);
// Python's list repr of the labels: [0, 1], ['a', 'b'].
std::string python_list(const Series& labels);
// NumPy's str of the label array: [0 1 2], [0. 1.], ['a' 'b'].
std::string numpy_str(const Series& labels);

// Python's repr of a shape tuple: (3, 2), (3,).
std::string shape_repr(const std::vector<std::int64_t>& shape);

// ValueError "Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is required.".
void check_samples(std::int64_t n);

}  // namespace tabula::metrics_detail
