#pragma once
// numpy.argpartition on float64 (NumPy 1.24's introselect), so that neighbours tied at the k-th
// distance are chosen, and the first k listed, in the order NumPy gives them: the imputed mean
// adds them in that order.
#include <cstdint>
#include <span>

namespace tabula::impute {

// Reorders `values` so that values[kth] is the kth smallest, smaller ones before it and larger
// ones after (NaN sorts last), as np.argpartition orders positions; `order` holds a label per
// value (the positions 0..n-1 give np.argpartition's result) and is reordered along with it.
// With Tail::Unspecified only positions 0..kth are NumPy's, which is all a k-nearest search
// reads: past kth a partition's swaps write only the side that is read again.
enum class Tail { Kept, Unspecified };
void argpartition(std::span<double> values, std::span<std::int64_t> order, std::int64_t kth,
                  Tail tail = Tail::Kept);

}  // namespace tabula::impute
