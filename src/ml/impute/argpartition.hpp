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
// With Key::Root the values are squares ordered as their square roots are (the roots' ties, which
// distinct squares can share, included), so that squared distances partition as the distances do
// without taking every root.
// With Labels::Ignored only the values are partitioned (as they would be with the labels):
// `order` is scratch of the same size whose contents mean nothing afterwards.
enum class Tail { Kept, Unspecified };
enum class Key { Value, Root };
enum class Labels { Moved, Ignored };
void argpartition(std::span<double> values, std::span<std::int64_t> order, std::int64_t kth,
                  Tail tail = Tail::Kept, Key key = Key::Value, Labels labels = Labels::Moved);

// The instruction sets the partition collects its swaps with: baseline x86-64 (SSE2), or AVX-512
// (F, VL, BW, DQ) when the CPU has it. All make the same swaps, so all give the same permutation.
enum class PartitionKernel { Baseline, Avx512 };

// Whether this CPU runs `kernel`.
bool supports(PartitionKernel kernel);

// argpartition with the given (supported) kernel, so that tests can compare them; the one above
// runs the widest this CPU supports.
void argpartition(std::span<double> values, std::span<std::int64_t> order, std::int64_t kth,
                  Tail tail, Key key, Labels labels, PartitionKernel kernel);

}  // namespace tabula::impute
