#pragma once
// scikit-learn's sklearn.utils.random.sample_without_replacement(method="auto"), draw for draw.
#include <cstdint>
#include <vector>

#include "tabula/core/random.hpp"

namespace tabula::detail {

// n_samples distinct integers from range(n_population), drawn from `rng` exactly as
// scikit-learn's Cython code does: a permutation prefix when 0.01 < n_samples / n_population <
// 0.99, else tracking selection (ratio < 0.2) or reservoir sampling.
std::vector<std::int64_t> sample_without_replacement(std::int64_t n_population,
                                                     std::int64_t n_samples,
                                                     random::RandomState& rng);

}  // namespace tabula::detail
