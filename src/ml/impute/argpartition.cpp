#include "argpartition.hpp"

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <utility>

#include "root_bounds.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#include <xmmintrin.h>
#endif
#if defined(__x86_64__)
#include <immintrin.h>
#define TABULA_HAS_AVX512_PARTITION 1
#endif

namespace tabula::impute {
namespace {

// NumPy's float ordering for sorts: NaN after every number.
inline bool less(double a, double b) {
    return a < b || (b != b && a == a);
}

// A partition's pivot as its scans compare with it: a value is below it when v < below, above it
// when v > above (or NaN, when the pivot is a number). The bounds are the pivot itself, or, for
// squares compared by their roots, the run of squares that share its root.
struct Pivot {
    double below;
    double above;
    bool nan;
    bool below_pivot(double v) const { return v < below || (nan && v == v); }
    bool above_pivot(double v) const { return v > above || (!nan && v != v); }
};

// Positions scanned per block by the partition's block phase.
constexpr int block = 64;

// For each byte: the positions (0-7) of its set bits packed low to high, their count, and the
// byte with its bits reversed.
struct ByteTables {
    std::uint64_t offsets[256];
    std::uint8_t count[256];
    std::uint8_t reversed[256];
};

constexpr ByteTables make_byte_tables() {
    ByteTables t{};
    for (unsigned m = 0; m < 256; ++m) {
        unsigned n = 0;
        for (unsigned b = 0; b < 8; ++b) {
            if ((m >> b) & 1U) t.offsets[m] |= std::uint64_t{b} << (8 * n++);
            if ((m >> b) & 1U) t.reversed[m] |= static_cast<std::uint8_t>(1U << (7 - b));
        }
        t.count[m] = static_cast<std::uint8_t>(n);
    }
    return t;
}

constexpr ByteTables byte_tables = make_byte_tables();

// Bit b: whether v[b] stops the left scan (!(v < below)), resp. the right one (v <= above), for
// a pivot that is a number (NaN stops the left scan only).
#if defined(__SSE2__)
// The sign bits of eight comparison results, two per register: one 32-bit half of each result
// is picked into four-lane registers, whose sign bits are taken four at a time.
inline unsigned mask8(__m128d c0, __m128d c1, __m128d c2, __m128d c3) {
    const __m128 low =
        _mm_shuffle_ps(_mm_castpd_ps(c0), _mm_castpd_ps(c1), _MM_SHUFFLE(2, 0, 2, 0));
    const __m128 high =
        _mm_shuffle_ps(_mm_castpd_ps(c2), _mm_castpd_ps(c3), _MM_SHUFFLE(2, 0, 2, 0));
    return static_cast<unsigned>(_mm_movemask_ps(low) | _mm_movemask_ps(high) << 4);
}
unsigned left_stops8(const double* v, double below) {
    const __m128d p = _mm_set1_pd(below);
    return mask8(_mm_cmpnlt_pd(_mm_loadu_pd(v), p), _mm_cmpnlt_pd(_mm_loadu_pd(v + 2), p),
                 _mm_cmpnlt_pd(_mm_loadu_pd(v + 4), p), _mm_cmpnlt_pd(_mm_loadu_pd(v + 6), p));
}
unsigned right_stops8(const double* v, double above) {
    const __m128d p = _mm_set1_pd(above);
    return mask8(_mm_cmple_pd(_mm_loadu_pd(v), p), _mm_cmple_pd(_mm_loadu_pd(v + 2), p),
                 _mm_cmple_pd(_mm_loadu_pd(v + 4), p), _mm_cmple_pd(_mm_loadu_pd(v + 6), p));
}
#else
unsigned left_stops8(const double* v, double below) {
    unsigned m = 0;
    for (unsigned b = 0; b < 8; ++b) m |= static_cast<unsigned>(!(v[b] < below)) << b;
    return m;
}
unsigned right_stops8(const double* v, double above) {
    unsigned m = 0;
    for (unsigned b = 0; b < 8; ++b) m |= static_cast<unsigned>(v[b] <= above) << b;
    return m;
}
#endif

// Appends the offsets `base` + (set bits of m) to `out` (which has 8 bytes of room) in order.
inline int append_offsets(std::uint8_t* out, int count, unsigned m, unsigned base) {
    const std::uint64_t offsets =
        byte_tables.offsets[m] + std::uint64_t{base} * 0x0101010101010101ULL;
    std::memcpy(out + count, &offsets, sizeof offsets);
    return count + byte_tables.count[m];
}

// NumPy's unguarded Hoare partition around a pivot that is a number, as the permutation it
// amounts to: the i-th position from the left that stops the left scan (a value not below the
// pivot) is swapped with the i-th position from the right that stops the right scan (a value not
// above it) while the two have not crossed. So long as the two scans stay in separate blocks of
// unswapped values, the stopping positions are collected a block at a time without branching on
// the values, and swapped in pairs; the last stretch, where the scans meet, is left to NumPy's own
// loop, which goes on from the state after the last pair (ll, hh) reading exactly what NumPy reads.
// A pair whose left position is at least `lazy_from` writes only its left side: the partition
// then ends at hh >= that position (the right scan stops at the last pair's left position at the
// latest), and a selection for kth <= hh reads nothing right of hh again.
// Kept out of line: inlined into the selection loop, its loop values spill to the stack.
[[gnu::noinline]] void block_pairs(double* v, std::int64_t* o, Pivot pivot, std::int64_t& ll,
                                   std::int64_t& hh, std::int64_t lazy_from) {
    std::uint8_t left[block];
    std::uint8_t right[block];
    int left_count = 0;
    int left_used = 0;
    int right_count = 0;
    int right_used = 0;
    std::int64_t left_base = 0;
    std::int64_t right_base = 0;
    std::int64_t lo = ll + 1;  // the unscanned positions are [lo, hi]
    std::int64_t hi = hh - 1;
    for (;;) {
        if (left_used == left_count) {
            if (hi - lo + 1 < block) break;
            left_base = lo;
            left_count = 0;
            left_used = 0;
            for (unsigned g = 0; g < block / 8; ++g) {
                left_count = append_offsets(left, left_count,
                                            left_stops8(v + lo + 8 * g, pivot.below), 8 * g);
            }
            lo += block;
        }
        if (right_used == right_count) {
            if (hi - lo + 1 < block) break;
            right_base = hi;
            right_count = 0;
            right_used = 0;
            // Offset i is position hi - i: each byte's bits are read from the top.
            for (unsigned g = 0; g < block / 8; ++g) {
                const unsigned m = right_stops8(v + hi - 8 * g - 7, pivot.above);
                right_count = append_offsets(right, right_count, byte_tables.reversed[m], 8 * g);
            }
            hi -= block;
        }
        const int pairs = std::min(left_count - left_used, right_count - right_used);
        {
            // Relative to the blocks' bases, which keeps the loop's values in registers.
            const std::uint8_t* a = left + left_used;
            const std::uint8_t* b = right + right_used;
            double* left_v = v + left_base;
            std::int64_t* left_o = o + left_base;
            double* right_v = v + right_base;
            std::int64_t* right_o = o + right_base;
            if (left_base >= lazy_from) {
                for (int p = 0; p < pairs; ++p) {
                    const std::ptrdiff_t i = a[p];
                    const std::ptrdiff_t j = -static_cast<std::ptrdiff_t>(b[p]);
                    left_v[i] = right_v[j];
                    left_o[i] = right_o[j];
                }
            } else {
                for (int p = 0; p < pairs; ++p) {
                    const std::ptrdiff_t i = a[p];
                    const std::ptrdiff_t j = -static_cast<std::ptrdiff_t>(b[p]);
                    const double x = left_v[i];
                    left_v[i] = right_v[j];
                    right_v[j] = x;
                    const std::int64_t y = left_o[i];
                    left_o[i] = right_o[j];
                    right_o[j] = y;
                }
            }
        }
        left_used += pairs;
        right_used += pairs;
        if (pairs > 0) {
            ll = left_base + left[left_used - 1];
            hh = right_base - right[right_used - 1];
        }
    }
}

#if defined(TABULA_HAS_AVX512_PARTITION)
#define TABULA_AVX512 gnu::target("avx512f,avx512vl,avx512bw,avx512dq")

// The right scan's stopping values and labels not yet paired, in the scan's (downward) order.
// Right chunks are appended until up to `batch` are queued, then left chunks filled from the
// queue while it has enough: two predictable loops, and the queue's entries are mostly read well
// after the stores that wrote them (a read that overlaps a store still in the store buffer waits
// for it, as stores of compressed lanes cannot forward). An append starts before batch + 8 and
// stores eight lanes.
constexpr int batch = 64;
struct StopQueue {
    double v[batch + 16];
    std::int64_t o[batch + 16];
};

// Appends the stopping positions (v <= above) of the right scan's chunk [hi - 7, hi] from `tail`
// on and returns how many there are; the labels only when they are kept.
template <bool labels>
[[TABULA_AVX512]] inline int append_right(StopQueue& q, int tail, const double* v,
                                          const std::int64_t* o, std::int64_t hi, __m512d above) {
    const __m512i reversed = _mm512_set_epi64(0, 1, 2, 3, 4, 5, 6, 7);
    // The masked permutes: g++ 12 takes the unmasked ones' undefined source for uninitialized.
    const __mmask8 all = 0xFF;
    const __m512d values = _mm512_maskz_permutexvar_pd(all, reversed, _mm512_loadu_pd(v + hi - 7));
    const __mmask8 stops = _mm512_cmp_pd_mask(values, above, _CMP_LE_OQ);
    _mm512_storeu_pd(q.v + tail, _mm512_maskz_compress_pd(stops, values));
    if constexpr (labels) {
        const __m512i reversed_labels =
            _mm512_maskz_permutexvar_epi64(all, reversed, _mm512_loadu_si512(o + hi - 7));
        _mm512_storeu_si512(q.o + tail, _mm512_maskz_compress_epi64(stops, reversed_labels));
    }
    return __builtin_popcount(stops);
}

// block_pairs's lazy pairs eight positions at a time: the left scan's stopping positions (holes)
// are filled, in order, with the right scan's stopping values, in order, taken from a queue; the
// right side is not written. The left and right chunks stay disjoint as block_pairs's blocks do,
// so every pair is NumPy's, and (ll, hh) is the last one. All pairs must be lazy (ll + 1 at least
// the caller's lazy_from). Without `labels`, `o` is not touched.
template <bool labels>
[[TABULA_AVX512, gnu::noinline]] void lazy_pairs_avx512(double* v, std::int64_t* o, Pivot pivot,
                                                        std::int64_t& ll, std::int64_t& hh) {
    StopQueue q;
    int head = 0;
    int tail = 0;
    const __m512d below = _mm512_set1_pd(pivot.below);
    const __m512d above = _mm512_set1_pd(pivot.above);
    std::int64_t lo = ll + 1;  // the unscanned positions are [lo, hi]
    std::int64_t hi = hh - 1;
    std::int64_t last_hole = -1;
    for (;;) {
        // The unused entries move to the front: fewer than eight, as filling stopped at a chunk
        // with more holes than that (or this is the start).
        const int queued = tail - head;
        const auto rest = static_cast<__mmask8>((1U << queued) - 1);
        _mm512_mask_storeu_pd(q.v, rest, _mm512_maskz_loadu_pd(rest, q.v + head));
        if constexpr (labels) {
            _mm512_mask_storeu_epi64(q.o, rest, _mm512_maskz_loadu_epi64(rest, q.o + head));
        }
        head = 0;
        tail = queued;
        // The stoppers still queued when the scans meet are scanned again by NumPy's loop: the
        // batches shrink with the unscanned stretch.
        const auto target = static_cast<int>(std::clamp<std::int64_t>((hi - lo + 1) / 8, 8, batch));
        while (tail < target && hi - lo + 1 >= 16) {
            tail += append_right<labels>(q, tail, v, o, hi, above);
            hi -= 8;
        }
        while (hi - lo + 1 >= 8) {
            const __m512d left = _mm512_loadu_pd(v + lo);
            const __mmask8 holes = _mm512_cmp_pd_mask(left, below, _CMP_NLT_UQ);
            const int count = __builtin_popcount(holes);
            if (tail - head < count) break;
            _mm512_storeu_pd(v + lo, _mm512_mask_expandloadu_pd(left, holes, q.v + head));
            if constexpr (labels) {
                _mm512_storeu_si512(o + lo, _mm512_mask_expandloadu_epi64(
                                                _mm512_loadu_si512(o + lo), holes, q.o + head));
            }
            last_hole = holes != 0 ? lo + 31 - __builtin_clz(holes) : last_hole;
            head += count;
            lo += 8;
        }
        if (hi - lo + 1 < 16 || tail - head >= 8) break;
    }
    if (last_hole < 0) return;
    ll = last_hole;
    // The last pair's right position: the stoppers still queued are the lowest of the scanned
    // ones [hi + 1, hh - 1] (a multiple of eight), which the right side's laziness left as they
    // were; it is the next one up.
    int skip = tail - head;
    for (std::int64_t i = hi + 1;; i += 8) {
        unsigned m = _mm512_cmp_pd_mask(_mm512_loadu_pd(v + i), above, _CMP_LE_OQ);
        const int count = __builtin_popcount(m);
        if (skip < count) {
            for (; skip > 0; --skip) m &= m - 1;
            hh = i + __builtin_ctz(m);
            return;
        }
        skip -= count;
    }
}
#undef TABULA_AVX512
#endif

// The function that pairs a partition's swaps lazily in blocks (nullptr: block_pairs does).
using LazyPairsFn = void (*)(double*, std::int64_t*, Pivot, std::int64_t&, std::int64_t&);

LazyPairsFn lazy_pairs_for(PartitionKernel kernel, Labels labels) {
#if defined(TABULA_HAS_AVX512_PARTITION)
    if (kernel == PartitionKernel::Avx512) {
        return labels == Labels::Moved ? lazy_pairs_avx512<true> : lazy_pairs_avx512<false>;
    }
#endif
    (void)kernel;
    (void)labels;
    return nullptr;
}

// The arg-variant of NumPy's selection.cpp. NumPy compares v[tosort[i]] and swaps tosort; this
// swaps the values along with tosort, which takes the same decisions (they depend only on the
// values at each position) while reading the values in order. Ranges are offset exactly where
// NumPy offsets them, so the swaps, and so the ties' order, are NumPy's.
class Select {
  public:
    // A lazy kernel is used when at most this many positions are left of lazy_from.
    static constexpr std::int64_t lazy_steps = 16;

    // `values` holds the values in the order of `base` on entry.
    Select(double* values, const std::int64_t* base, LazyPairsFn lazy_pairs, Key key)
        : values_(values), base_(base), lazy_pairs_(lazy_pairs), roots_(key == Key::Root) {}

    // Pairs whose left position is at least `lazy_from` swap lazily (see block_pairs).
    void introselect(std::int64_t* tosort, std::int64_t num, std::int64_t kth,
                     std::int64_t lazy_from) const {
        std::int64_t low = 0;
        std::int64_t high = num - 1;
        if (kth - low < 3) {
            dumb_select(tosort + low, high - low + 1, kth - low);
            return;
        }
        if (kth == num - 1) {
            std::int64_t maxidx = low;
            double maxval = at(tosort, low);
            for (std::int64_t k = low + 1; k < num; ++k) {
                if (!less_(at(tosort, k), maxval)) {
                    maxidx = k;
                    maxval = at(tosort, k);
                }
            }
            swap(tosort, kth, maxidx);
            return;
        }
        int depth_limit = 0;
        for (auto n = static_cast<std::uint64_t>(num); n >>= 1;) ++depth_limit;
        depth_limit *= 2;
        for (; low + 1 < high;) {
            std::int64_t ll = low + 1;
            std::int64_t hh = high;
            if (depth_limit > 0 || hh - ll < 5) {
                const std::int64_t mid = low + (high - low) / 2;
                median3_swap(tosort, low, mid, high);
            } else {
                const std::int64_t mid = ll + median_of_median5(tosort + ll, hh - ll);
                swap(tosort, mid, low);
                --ll;
                ++hh;
            }
            --depth_limit;
            unguarded_partition(tosort, pivot_of(at(tosort, low)), ll, hh, lazy_from);
            swap(tosort, low, hh);
            if (hh >= kth) high = hh - 1;
            if (hh <= kth) low = ll;
        }
        if (high == low + 1 && less_(at(tosort, high), at(tosort, low))) {
            swap(tosort, high, low);
        }
    }

  private:
    bool less_(double a, double b) const { return roots_ ? root_less(a, b) : less(a, b); }

    Pivot pivot_of(double value) const {
        if (value != value) return {value, value, true};
        if (!roots_) return {value, value, false};
        const auto [below, above] = root_bounds(value);
        return {below, above, false};
    }

    // The value at position i of the range that starts at `tosort`.
    double at(const std::int64_t* tosort, std::int64_t i) const {
        return values_[(tosort - base_) + i];
    }
    void swap(std::int64_t* tosort, std::int64_t i, std::int64_t j) const {
        std::swap(tosort[i], tosort[j]);
        const auto offset = tosort - base_;
        std::swap(values_[offset + i], values_[offset + j]);
    }

    void median3_swap(std::int64_t* t, std::int64_t low, std::int64_t mid,
                      std::int64_t high) const {
        if (less_(at(t, high), at(t, mid))) swap(t, high, mid);
        if (less_(at(t, high), at(t, low))) swap(t, high, low);
        if (less_(at(t, low), at(t, mid))) swap(t, low, mid);
        swap(t, mid, low + 1);
    }

    std::int64_t median5(std::int64_t* t) const {
        if (less_(at(t, 1), at(t, 0))) swap(t, 1, 0);
        if (less_(at(t, 4), at(t, 3))) swap(t, 4, 3);
        if (less_(at(t, 3), at(t, 0))) swap(t, 3, 0);
        if (less_(at(t, 4), at(t, 1))) swap(t, 4, 1);
        if (less_(at(t, 2), at(t, 1))) swap(t, 2, 1);
        if (less_(at(t, 3), at(t, 2))) return less_(at(t, 3), at(t, 1)) ? 1 : 3;
        return 2;
    }

    void unguarded_partition(std::int64_t* t, Pivot pivot, std::int64_t& ll, std::int64_t& hh,
                             std::int64_t lazy_from) const {
        double* v = values_ + (t - base_);
        if (!pivot.nan) {
            if (lazy_pairs_ != nullptr && lazy_from - ll <= lazy_steps) {
                // The pairs left of lazy_from swap in full, one at a time.
                while (ll + 1 < lazy_from) {
                    if (!partition_step(v, t, pivot, ll, hh)) return;
                }
                lazy_pairs_(v, t, pivot, ll, hh);
            } else {
                block_pairs(v, t, pivot, ll, hh, lazy_from);
            }
        }
        while (partition_step(v, t, pivot, ll, hh)) {
        }
    }

    // One step of NumPy's partition loop: false when the scans have crossed.
    static bool partition_step(double* v, std::int64_t* t, Pivot pivot, std::int64_t& ll,
                               std::int64_t& hh) {
        do {
            ++ll;
        } while (pivot.below_pivot(v[ll]));
        do {
            --hh;
        } while (pivot.above_pivot(v[hh]));
        if (hh < ll) return false;
        std::swap(v[ll], v[hh]);
        std::swap(t[ll], t[hh]);
        return true;
    }

    std::int64_t median_of_median5(std::int64_t* t, std::int64_t num) const {
        const std::int64_t nmed = num / 5;
        for (std::int64_t i = 0, subleft = 0; i < nmed; ++i, subleft += 5) {
            const std::int64_t m = median5(t + subleft);
            swap(t, subleft + m, i);
        }
        // The caller partitions these positions next: every swap is written in full.
        if (nmed > 2) introselect(t, nmed, nmed / 2, nmed);
        return nmed / 2;
    }

    void dumb_select(std::int64_t* t, std::int64_t num, std::int64_t kth) const {
        for (std::int64_t i = 0; i <= kth; ++i) {
            std::int64_t minidx = i;
            double minval = at(t, i);
            for (std::int64_t k = i + 1; k < num; ++k) {
                if (less_(at(t, k), minval)) {
                    minidx = k;
                    minval = at(t, k);
                }
            }
            swap(t, i, minidx);
        }
    }

    double* values_;
    const std::int64_t* base_;
    LazyPairsFn lazy_pairs_;
    bool roots_;
};

}  // namespace

bool supports(PartitionKernel kernel) {
#if defined(TABULA_HAS_AVX512_PARTITION)
    if (kernel == PartitionKernel::Avx512) {
        return __builtin_cpu_supports("avx512f") != 0 && __builtin_cpu_supports("avx512vl") != 0 &&
               __builtin_cpu_supports("avx512bw") != 0 && __builtin_cpu_supports("avx512dq") != 0;
    }
#endif
    return kernel == PartitionKernel::Baseline;
}

void argpartition(std::span<double> values, std::span<std::int64_t> order, std::int64_t kth,
                  Tail tail, Key key, Labels labels, PartitionKernel kernel) {
    const auto num = static_cast<std::int64_t>(order.size());
    Select(values.data(), order.data(), lazy_pairs_for(kernel, labels), key)
        .introselect(order.data(), num, kth, tail == Tail::Unspecified ? kth : num);
}

void argpartition(std::span<double> values, std::span<std::int64_t> order, std::int64_t kth,
                  Tail tail, Key key, Labels labels) {
    static const PartitionKernel widest =
        supports(PartitionKernel::Avx512) ? PartitionKernel::Avx512 : PartitionKernel::Baseline;
    argpartition(values, order, kth, tail, key, labels, widest);
}

}  // namespace tabula::impute
