#include "donors.hpp"

#include <cmath>

#if defined(__x86_64__)
#include <immintrin.h>
#define TABULA_HAS_AVX512_DONORS 1
#endif

namespace tabula::impute {
namespace {

#if defined(TABULA_HAS_AVX512_DONORS)
// Eight training rows per step: the donors among them are compressed to the front of a vector,
// which is stored whole (the outputs' slack takes the lanes past the donors). The values and the
// labels go in separate passes: interleaved, the two streams of unaligned stores take three times
// as long.
[[gnu::target("avx512f,popcnt")]] bool compress_donors(const double* distance, const Donors& d,
                                                       double* values, std::int64_t* labels) {
    const std::int64_t steps = d.training_rows / 8;
    __mmask8 numbers = 0;
    std::int64_t count = 0;
    for (std::int64_t s = 0; s < steps; ++s) {
        const __mmask8 has = d.bits[s];
        const __m512d v = _mm512_loadu_pd(distance + 8 * s);
        numbers |= _mm512_mask_cmp_pd_mask(has, v, v, _CMP_ORD_Q);
        _mm512_storeu_pd(values + count, _mm512_maskz_compress_pd(has, v));
        count += _mm_popcnt_u32(has);
    }
    __m512i row = _mm512_setr_epi64(0, 1, 2, 3, 4, 5, 6, 7);
    const __m512i eight = _mm512_set1_epi64(8);
    count = 0;
    for (std::int64_t s = 0; s < steps; ++s) {
        const __mmask8 has = d.bits[s];
        _mm512_storeu_si512(labels + count, _mm512_maskz_compress_epi64(has, row));
        count += _mm_popcnt_u32(has);
        row = _mm512_add_epi64(row, eight);
    }
    bool any = numbers != 0;
    for (std::int64_t j = 8 * steps; j < d.training_rows; ++j) {
        if (((d.bits[j / 8] >> (j % 8)) & 1U) == 0) continue;
        values[count] = distance[j];
        labels[count++] = j;
        any = any || !std::isnan(distance[j]);
    }
    return any;
}
#endif

bool baseline_donors(const double* distance, const Donors& d, double* values,
                     std::int64_t* labels) {
    bool any = false;
    for (std::size_t t = 0; t < d.rows.size(); ++t) {
        const double v = distance[d.rows[t]];
        values[t] = v;
        labels[t] = d.rows[t];
        any = any || !std::isnan(v);
    }
    return any;
}

}  // namespace

bool gather_donors(const double* distance, const Donors& donors, double* values,
                   std::int64_t* labels) {
#if defined(TABULA_HAS_AVX512_DONORS)
    static const bool compresses = __builtin_cpu_supports("avx512f") != 0;
    if (compresses) return compress_donors(distance, donors, values, labels);
#endif
    return baseline_donors(distance, donors, values, labels);
}

}  // namespace tabula::impute
