#include "nan_euclidean.hpp"

#include <cmath>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if defined(__x86_64__)
#include <immintrin.h>
#define TABULA_HAS_AVX2_KERNEL 1
#endif

namespace tabula::impute {
namespace {

double dot_at(const NanEuclideanTerms& t, std::int64_t j) {
    double sum = 0.0;
    for (std::size_t k = 0; k < t.x.size(); ++k) sum = sum + t.x[k] * t.columns[k][j];
    return sum;
}

double distance_at(const NanEuclideanTerms& t, std::int64_t j, double dot) {
    double v = (-2.0 * dot + t.x_norm) + t.norms[j];
    v = v >= 0.0 ? v : 0.0;
    const double* pattern = t.pattern_terms + 2 * t.pattern[j];
    v = v - pattern[0];
    double gaps = 0.0;
    for (const double* squares : t.gap_squares) gaps = gaps + squares[j];
    v = v - gaps;
    v = v > 0.0 ? v : 0.0;
    return std::sqrt(v / pattern[1] * t.scale);
}

#if defined(__SSE2__)
// distance_at on training rows j and j + 1 at once, with the same operations lane by lane.
inline __m128d distance_pair(const NanEuclideanTerms& t, std::int64_t j, __m128d dot) {
    const __m128d zero = _mm_setzero_pd();
    __m128d v = _mm_add_pd(_mm_add_pd(_mm_mul_pd(_mm_set1_pd(-2.0), dot), _mm_set1_pd(t.x_norm)),
                           _mm_loadu_pd(t.norms + j));
    v = _mm_and_pd(v, _mm_cmpge_pd(v, zero));
    const __m128d first = _mm_loadu_pd(t.pattern_terms + 2 * t.pattern[j]);
    const __m128d second = _mm_loadu_pd(t.pattern_terms + 2 * t.pattern[j + 1]);
    v = _mm_sub_pd(v, _mm_unpacklo_pd(first, second));
    __m128d gaps = zero;
    for (const double* squares : t.gap_squares) gaps = _mm_add_pd(gaps, _mm_loadu_pd(squares + j));
    v = _mm_sub_pd(v, gaps);
    v = _mm_and_pd(v, _mm_cmpgt_pd(v, zero));
    return _mm_sqrt_pd(
        _mm_mul_pd(_mm_div_pd(v, _mm_unpackhi_pd(first, second)), _mm_set1_pd(t.scale)));
}
#endif

#if defined(TABULA_HAS_AVX2_KERNEL)
// distance_pair on training rows j to j + 3.
[[gnu::target("avx2")]] inline __m256d distance_quad(const NanEuclideanTerms& t, std::int64_t j,
                                                     __m256d dot) {
    const __m256d zero = _mm256_setzero_pd();
    __m256d v = _mm256_add_pd(
        _mm256_add_pd(_mm256_mul_pd(_mm256_set1_pd(-2.0), dot), _mm256_set1_pd(t.x_norm)),
        _mm256_loadu_pd(t.norms + j));
    v = _mm256_and_pd(v, _mm256_cmp_pd(v, zero, _CMP_GE_OQ));
    // Rows j and j + 2 in one register, j + 1 and j + 3 in the other: unpacking them gives the
    // four rows' squares, resp. features in common, in row order.
    const __m256d even = _mm256_insertf128_pd(
        _mm256_castpd128_pd256(_mm_loadu_pd(t.pattern_terms + 2 * t.pattern[j])),
        _mm_loadu_pd(t.pattern_terms + 2 * t.pattern[j + 2]), 1);
    const __m256d odd = _mm256_insertf128_pd(
        _mm256_castpd128_pd256(_mm_loadu_pd(t.pattern_terms + 2 * t.pattern[j + 1])),
        _mm_loadu_pd(t.pattern_terms + 2 * t.pattern[j + 3]), 1);
    v = _mm256_sub_pd(v, _mm256_unpacklo_pd(even, odd));
    __m256d gaps = zero;
    for (const double* squares : t.gap_squares) {
        gaps = _mm256_add_pd(gaps, _mm256_loadu_pd(squares + j));
    }
    v = _mm256_sub_pd(v, gaps);
    v = _mm256_and_pd(v, _mm256_cmp_pd(v, zero, _CMP_GT_OQ));
    return _mm256_sqrt_pd(
        _mm256_mul_pd(_mm256_div_pd(v, _mm256_unpackhi_pd(even, odd)), _mm256_set1_pd(t.scale)));
}

// The rows the AVX2 kernel forms, from row 0 on, sixteen at a time; returns the next row.
[[gnu::target("avx2")]] std::int64_t avx2_rows(const NanEuclideanTerms& t, const double* dots,
                                               double* out) {
    std::int64_t j = 0;
    if (dots != nullptr) {
        for (; j + 4 <= t.rows; j += 4) {
            _mm256_storeu_pd(out + j, distance_quad(t, j, _mm256_loadu_pd(dots + j)));
        }
        return j;
    }
    const std::size_t features = t.x.size();
    for (; j + 16 <= t.rows; j += 16) {
        __m256d s0 = _mm256_setzero_pd();
        __m256d s1 = _mm256_setzero_pd();
        __m256d s2 = _mm256_setzero_pd();
        __m256d s3 = _mm256_setzero_pd();
        for (std::size_t k = 0; k < features; ++k) {
            const __m256d xk = _mm256_set1_pd(t.x[k]);
            const double* y = t.columns[k] + j;
            s0 = _mm256_add_pd(s0, _mm256_mul_pd(xk, _mm256_loadu_pd(y)));
            s1 = _mm256_add_pd(s1, _mm256_mul_pd(xk, _mm256_loadu_pd(y + 4)));
            s2 = _mm256_add_pd(s2, _mm256_mul_pd(xk, _mm256_loadu_pd(y + 8)));
            s3 = _mm256_add_pd(s3, _mm256_mul_pd(xk, _mm256_loadu_pd(y + 12)));
        }
        _mm256_storeu_pd(out + j, distance_quad(t, j, s0));
        _mm256_storeu_pd(out + j + 4, distance_quad(t, j + 4, s1));
        _mm256_storeu_pd(out + j + 8, distance_quad(t, j + 8, s2));
        _mm256_storeu_pd(out + j + 12, distance_quad(t, j + 12, s3));
    }
    return j;
}
#endif

// The rows from `j` on with the baseline kernel.
void baseline_rows(const NanEuclideanTerms& t, const double* dots, double* out, std::int64_t j) {
#if defined(__SSE2__)
    if (dots != nullptr) {
        for (; j + 2 <= t.rows; j += 2) {
            _mm_storeu_pd(out + j, distance_pair(t, j, _mm_loadu_pd(dots + j)));
        }
    } else {
        // Eight training rows at a time: four independent sums hide the adds' latency.
        const std::size_t features = t.x.size();
        for (; j + 8 <= t.rows; j += 8) {
            __m128d s0 = _mm_setzero_pd();
            __m128d s1 = _mm_setzero_pd();
            __m128d s2 = _mm_setzero_pd();
            __m128d s3 = _mm_setzero_pd();
            for (std::size_t k = 0; k < features; ++k) {
                const __m128d xk = _mm_set1_pd(t.x[k]);
                const double* y = t.columns[k] + j;
                s0 = _mm_add_pd(s0, _mm_mul_pd(xk, _mm_loadu_pd(y)));
                s1 = _mm_add_pd(s1, _mm_mul_pd(xk, _mm_loadu_pd(y + 2)));
                s2 = _mm_add_pd(s2, _mm_mul_pd(xk, _mm_loadu_pd(y + 4)));
                s3 = _mm_add_pd(s3, _mm_mul_pd(xk, _mm_loadu_pd(y + 6)));
            }
            _mm_storeu_pd(out + j, distance_pair(t, j, s0));
            _mm_storeu_pd(out + j + 2, distance_pair(t, j + 2, s1));
            _mm_storeu_pd(out + j + 4, distance_pair(t, j + 4, s2));
            _mm_storeu_pd(out + j + 6, distance_pair(t, j + 6, s3));
        }
    }
#endif
    for (; j < t.rows; ++j) out[j] = distance_at(t, j, dots != nullptr ? dots[j] : dot_at(t, j));
}

}  // namespace

bool supports(Kernel kernel) {
#if defined(TABULA_HAS_AVX2_KERNEL)
    if (kernel == Kernel::Avx2) return __builtin_cpu_supports("avx2") != 0;
#endif
    return kernel == Kernel::Baseline;
}

void nan_euclidean_row(const NanEuclideanTerms& t, const double* dots, double* out, Kernel kernel) {
    std::int64_t j = 0;
#if defined(TABULA_HAS_AVX2_KERNEL)
    if (kernel == Kernel::Avx2) j = avx2_rows(t, dots, out);
#endif
    baseline_rows(t, dots, out, j);
}

void nan_euclidean_row(const NanEuclideanTerms& t, const double* dots, double* out) {
    static const Kernel widest = supports(Kernel::Avx2) ? Kernel::Avx2 : Kernel::Baseline;
    nan_euclidean_row(t, dots, out, widest);
}

}  // namespace tabula::impute
