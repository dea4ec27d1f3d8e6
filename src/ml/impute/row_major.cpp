#include "row_major.hpp"

#include <sys/mman.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "tabula/core/parallel.hpp"

namespace tabula::impute {
namespace {

// Two adjacent columns of a row. The loops below work on pairs through GCC's vector extensions:
// with floating-point traps honoured (the default), g++ neither vectorises nor if-converts a
// scalar NaN test, and the branch on every value cost more than the memory traffic.
using Pair = double __attribute__((vector_size(16)));
using PairMask = std::int64_t __attribute__((vector_size(16)));

constexpr double infinity = std::numeric_limits<double>::infinity();
constexpr Pair infinite_pair = {infinity, infinity};
constexpr PairMask magnitude_bits = {0x7fffffffffffffff, 0x7fffffffffffffff};
// Rows per parallel chunk of the fill: a few MB of a 20-column array.
constexpr std::int64_t rows_per_chunk = 16384;
// Bytes of the output faulted in per parallel chunk while the means are summed.
constexpr std::int64_t fault_bytes_per_chunk = std::int64_t{8} << 20;
constexpr std::int64_t page_bytes = 4096;
constexpr std::int64_t cache_line_bytes = 64;
// How far ahead the row loops ask for memory.
constexpr std::int64_t prefetch_bytes = 4096;
// Outputs larger than any last-level cache are written around the cache: an ordinary store first
// reads the line it fills, a third of the fill's memory traffic.
constexpr std::int64_t streaming_bytes = std::int64_t{32} << 20;

Pair load(const double* p) {
    Pair v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

void store(double* p, Pair v) {
    std::memcpy(p, &v, sizeof v);
}

// p is 16-byte aligned.
void store_streaming(double* p, Pair v) {
#if defined(__SSE2__)
    _mm_stream_pd(p, v);
#else
    store(p, v);
#endif
}

void fence_streaming_stores() {
#if defined(__SSE2__)
    _mm_sfence();
#endif
}

// Asks for the cache lines of the row `ahead` rows on, [first, first + bytes) of it: a thread
// streaming rows alone kept too few lines in flight to use the memory's bandwidth (the sum of a
// 1M x 20 array took 15 ms with this, 26-33 ms without).
void prefetch_row(const double* row, std::int64_t d, std::int64_t ahead, std::int64_t first,
                  std::int64_t bytes) {
    const auto* start = reinterpret_cast<const char*>(row + ahead * d + first);
    for (std::int64_t offset = 0; offset < bytes; offset += cache_line_bytes) {
        __builtin_prefetch(start + offset);
    }
}

// Maps (and so zeroes) the pages of [begin, end) of `bytes` now rather than at the fill's first
// stores: in one call where the kernel can (Linux 5.14's MADV_POPULATE_WRITE, a fifth faster than
// faulting 2 MiB pages one by one), else by writing one byte of every page.
void fault_in(std::byte* bytes, std::int64_t begin, std::int64_t end) {
#if defined(MADV_POPULATE_WRITE)
    if (::madvise(bytes + begin, static_cast<std::size_t>(end - begin), MADV_POPULATE_WRITE) == 0) {
        return;
    }
#endif
    for (std::int64_t offset = begin; offset < end; offset += page_bytes) {
        *static_cast<volatile std::byte*>(bytes + offset) = std::byte{0};
    }
}

// Each lane: v where it is a number, else `other`.
Pair present_or(Pair v, Pair other) {
    const PairMask present = v == v;
    return std::bit_cast<Pair>((present & std::bit_cast<PairMask>(v)) |
                               (~present & std::bit_cast<PairMask>(other)));
}

// All ones in the lanes holding an infinity.
PairMask infinite(Pair v) {
    return std::bit_cast<Pair>(std::bit_cast<PairMask>(v) & magnitude_bits) == infinite_pair;
}

bool any(PairMask m) {
    return (m[0] | m[1]) != 0;
}

// Per column of [begin, end): the row-order sum of the present values and their count; true when
// a value is infinite.
bool column_sums(const double* values, std::int64_t rows, std::int64_t d, std::int64_t begin,
                 std::int64_t end, double* sum, double* count) {
    const std::int64_t pairs = (end - begin) / 2;
    std::vector<Pair> pair_sum(static_cast<std::size_t>(pairs), Pair{0.0, 0.0});
    std::vector<PairMask> pair_count(static_cast<std::size_t>(pairs), PairMask{0, 0});
    const std::int64_t last = begin + 2 * pairs;  // an odd column left over, when there is one
    double last_sum = 0.0;
    std::int64_t last_count = 0;
    PairMask seen_infinite = {0, 0};
    bool last_infinite = false;
    const double* row = values;
    const std::int64_t ahead = std::max<std::int64_t>(1, prefetch_bytes / (8 * d));
    const std::int64_t row_bytes = 8 * (end - begin);
    for (std::int64_t i = 0; i < rows; ++i, row += d) {
        if (i + ahead < rows) prefetch_row(row, d, ahead, begin, row_bytes);
        for (std::int64_t p = 0; p < pairs; ++p) {
            const Pair v = load(row + begin + 2 * p);
            pair_sum[static_cast<std::size_t>(p)] += present_or(v, Pair{0.0, 0.0});
            pair_count[static_cast<std::size_t>(p)] -= v == v;  // a true lane is -1
            seen_infinite |= infinite(v);
        }
        if (last < end) {
            const double v = row[last];
            const bool present = !std::isnan(v);
            last_sum = last_sum + (present ? v : 0.0);
            last_count += present ? 1 : 0;
            last_infinite = last_infinite || std::isinf(v);
        }
    }
    for (std::int64_t p = 0; p < pairs; ++p) {
        for (int lane = 0; lane < 2; ++lane) {
            const std::int64_t j = begin + 2 * p + lane;
            sum[j] = pair_sum[static_cast<std::size_t>(p)][lane];
            count[j] = static_cast<double>(pair_count[static_cast<std::size_t>(p)][lane]);
        }
    }
    if (last < end) {
        sum[last] = last_sum;
        count[last] = static_cast<double>(last_count);
    }
    return any(seen_infinite) || last_infinite;
}

}  // namespace

std::optional<std::vector<double>> row_major_means(const NDArray<double>& X,
                                                   NDArray<double>* output) {
    const std::int64_t rows = X.shape()[0];
    const std::int64_t d = X.shape()[1];
    const auto n = static_cast<std::size_t>(d);
    std::vector<double> sum(n, 0.0);
    std::vector<double> count(n, 0.0);
    std::vector<std::uint8_t> seen_infinite;
    if (output != nullptr) {
        // Chunk 0 sums every column in one pass; the other chunks fault in the output's pages
        // meanwhile (the thread that finishes first takes the pages left).
        auto* bytes = reinterpret_cast<std::byte*>(output->data());
        const auto size = static_cast<std::int64_t>(output->size() * sizeof(double));
        seen_infinite.assign(1, 0);
        parallel_chunks(1 + chunk_count(size, fault_bytes_per_chunk), 1,
                        [&](std::int64_t k, std::int64_t, std::int64_t) {
                            if (k == 0) {
                                seen_infinite[0] =
                                    column_sums(X.data(), rows, d, 0, d, sum.data(), count.data());
                                return;
                            }
                            const std::int64_t begin = (k - 1) * fault_bytes_per_chunk;
                            fault_in(bytes, begin, std::min(size, begin + fault_bytes_per_chunk));
                        });
    } else {
        // Each column's sum is its own chain, so columns split between threads without changing
        // it.
        const std::int64_t columns_per_chunk = std::max<std::int64_t>(2, (d + 3) / 4 * 2);
        seen_infinite.assign(static_cast<std::size_t>(chunk_count(d, columns_per_chunk)), 0);
        parallel_chunks(
            d, columns_per_chunk, [&](std::int64_t k, std::int64_t begin, std::int64_t end) {
                seen_infinite[static_cast<std::size_t>(k)] =
                    column_sums(X.data(), rows, d, begin, end, sum.data(), count.data()) ? 1 : 0;
            });
    }
    if (std::any_of(seen_infinite.begin(), seen_infinite.end(),
                    [](std::uint8_t f) { return f != 0; })) {
        return std::nullopt;
    }
    std::vector<double> mean(n, std::numeric_limits<double>::quiet_NaN());
    for (std::size_t j = 0; j < n; ++j) {
        if (count[j] > 0) mean[j] = sum[j] / count[j];
    }
    return mean;
}

std::optional<NDArray<double>> row_major_fill(const NDArray<double>& X,
                                              const std::vector<double>& fill,
                                              const std::vector<std::int64_t>& kept,
                                              NDArray<double> out) {
    const std::int64_t rows = X.shape()[0];
    const std::int64_t d = X.shape()[1];
    const auto width = static_cast<std::int64_t>(kept.size());
    // Every row's pairs start 16-byte aligned when the width is even.
    const bool streaming =
        width % 2 == 0 &&
        rows * width * static_cast<std::int64_t>(sizeof(double)) >= streaming_bytes;
    std::vector<std::uint8_t> seen_infinite(
        static_cast<std::size_t>(chunk_count(rows, rows_per_chunk)), 0);
    // The kept columns' values and fills gathered once, so that every row is pairs of lanes.
    const std::int64_t pairs = width / 2;
    std::vector<Pair> fills(static_cast<std::size_t>(pairs));
    for (std::int64_t p = 0; p < pairs; ++p) {
        fills[static_cast<std::size_t>(p)] = Pair{fill[static_cast<std::size_t>(kept[2 * p])],
                                                  fill[static_cast<std::size_t>(kept[2 * p + 1])]};
    }
    const bool contiguous = width == d;
    const std::int64_t ahead = std::max<std::int64_t>(1, prefetch_bytes / (8 * d));
    parallel_chunks(
        rows, rows_per_chunk, [&](std::int64_t k, std::int64_t begin, std::int64_t end) {
            PairMask found = {0, 0};
            bool scalar_found = false;
            for (std::int64_t i = begin; i < end; ++i) {
                const double* in = X.data() + i * d;
                if (i + ahead < end) prefetch_row(in, d, ahead, 0, 8 * d);
                double* target = out.data() + i * width;
                std::int64_t j = 0;
                for (; j + 1 < d; j += 2) found |= infinite(load(in + j));
                if (j < d) scalar_found = scalar_found || std::isinf(in[j]);
                for (std::int64_t p = 0; p < pairs; ++p) {
                    const Pair v =
                        contiguous ? load(in + 2 * p) : Pair{in[kept[2 * p]], in[kept[2 * p + 1]]};
                    const Pair filled = present_or(v, fills[static_cast<std::size_t>(p)]);
                    if (streaming) {
                        store_streaming(target + 2 * p, filled);
                    } else {
                        store(target + 2 * p, filled);
                    }
                }
                if (2 * pairs < width) {
                    const auto c = static_cast<std::size_t>(kept[2 * pairs]);
                    target[2 * pairs] = std::isnan(in[c]) ? fill[c] : in[c];
                }
            }
            if (streaming) fence_streaming_stores();
            seen_infinite[static_cast<std::size_t>(k)] = any(found) || scalar_found ? 1 : 0;
        });
    if (std::any_of(seen_infinite.begin(), seen_infinite.end(),
                    [](std::uint8_t f) { return f != 0; })) {
        return std::nullopt;
    }
    return out;
}

}  // namespace tabula::impute
