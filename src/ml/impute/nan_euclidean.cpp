#include "nan_euclidean.hpp"

#include <cmath>

#if defined(__SSE2__)
#include <emmintrin.h>
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

}  // namespace

void nan_euclidean_row(const NanEuclideanTerms& t, const double* dots, double* out) {
    std::int64_t j = 0;
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

}  // namespace tabula::impute
