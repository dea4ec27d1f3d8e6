#pragma once
// Private to the metrics: sums and means in NumPy's pairwise order (through NDArray's
// reductions), so that averages of scores are bit-identical to scikit-learn's.
#include <cstdint>
#include <vector>

#include "tabula/array/ndarray.hpp"

namespace tabula::metrics_detail {

inline NDArray<double> as_array(std::vector<double> values) {
    const auto n = static_cast<std::int64_t>(values.size());
    return NDArray<double>(std::move(values), {n});
}

// np.sum and np.mean (np.average without weights) of a 1-d float64 array.
inline double numpy_sum(std::vector<double> values) {
    return as_array(std::move(values)).sum();
}
inline double numpy_mean(std::vector<double> values) {
    return as_array(std::move(values)).mean();
}

// np.average(values, weights=weights): sum(values * weights) / sum(weights).
inline double numpy_weighted_mean(const std::vector<double>& values,
                                  const std::vector<double>& weights) {
    std::vector<double> products(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) products[i] = values[i] * weights[i];
    return numpy_sum(std::move(products)) / numpy_sum(weights);
}

}  // namespace tabula::metrics_detail
