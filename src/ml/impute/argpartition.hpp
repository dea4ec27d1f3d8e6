#pragma once
// numpy.argpartition on float64 (NumPy 1.24's introselect), so that neighbours tied at the k-th
// distance are chosen, and the first k listed, in the order NumPy gives them: the imputed mean
// adds them in that order.
#include <cstdint>
#include <span>

namespace tabula::impute {

// Reorders `order` (positions into `values`, 0..n-1 on entry) so that order[kth] is the position
// of the kth smallest value, smaller ones before it and larger ones after; NaN sorts last.
void argpartition(std::span<const double> values, std::span<std::int64_t> order, std::int64_t kth);

}  // namespace tabula::impute
