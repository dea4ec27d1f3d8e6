#include "nan_euclidean.hpp"

#include <cstring>

// The kernels are written once with GCC's vector extensions and compiled for each instruction set
// by being inlined into a function of that target. The helpers that take or return vectors are
// always inlined, so the ABI that -Wpsabi notes for them without AVX is never used.
#pragma GCC diagnostic ignored "-Wpsabi"

namespace tabula::impute {
namespace {

template <int lanes>
struct VectorOf {
    typedef double type __attribute__((vector_size(lanes * sizeof(double))));
};

template <class V>
constexpr std::int64_t lanes_of = sizeof(V) / sizeof(double);

template <class V>
[[gnu::always_inline]] inline V load(const double* p) {
    V v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

template <class V>
[[gnu::always_inline]] inline void store(double* p, V v) {
    std::memcpy(p, &v, sizeof v);
}

// nan_euclidean_dots for `receivers` receivers, two vectors of training rows at a time: the
// 2 x receivers sums are independent, which hides the adds' latency.
template <class V, int receivers>
[[gnu::always_inline]] inline void dots_of(std::span<const double* const> columns,
                                           std::int64_t rows, const double* x, double* dots) {
    constexpr std::int64_t w = lanes_of<V>;
    const std::size_t features = columns.size();
    std::int64_t j = 0;
    for (; j + 2 * w <= rows; j += 2 * w) {
        V sums[receivers][2] = {};
        for (std::size_t k = 0; k < features; ++k) {
            const V y0 = load<V>(columns[k] + j);
            const V y1 = load<V>(columns[k] + j + w);
            for (int r = 0; r < receivers; ++r) {
                const double xk = x[static_cast<std::size_t>(r) * features + k];
                sums[r][0] = sums[r][0] + xk * y0;
                sums[r][1] = sums[r][1] + xk * y1;
            }
        }
        for (int r = 0; r < receivers; ++r) {
            store(dots + r * rows + j, sums[r][0]);
            store(dots + r * rows + j + w, sums[r][1]);
        }
    }
    for (; j < rows; ++j) {
        for (int r = 0; r < receivers; ++r) {
            double sum = 0.0;
            for (std::size_t k = 0; k < features; ++k) {
                sum = sum + x[static_cast<std::size_t>(r) * features + k] * columns[k][j];
            }
            dots[r * rows + j] = sum;
        }
    }
}

template <class V>
[[gnu::always_inline]] inline void dots_for(std::span<const double* const> columns,
                                            std::int64_t rows, std::span<const double> x,
                                            double* dots) {
    switch (columns.empty() ? 0 : x.size() / columns.size()) {
        case 1:
            return dots_of<V, 1>(columns, rows, x.data(), dots);
        case 2:
            return dots_of<V, 2>(columns, rows, x.data(), dots);
        case 3:
            return dots_of<V, 3>(columns, rows, x.data(), dots);
        case 4:
            return dots_of<V, 4>(columns, rows, x.data(), dots);
        default:
            return;
    }
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
    return v / pattern[1] * t.scale;
}

// distance_at on a vector of training rows at a time, with the same operations lane by lane.
template <class V>
[[gnu::always_inline]] inline void distances(const NanEuclideanTerms& t, const double* dots,
                                             double* out) {
    constexpr std::int64_t w = lanes_of<V>;
    const V zero = {};
    std::int64_t j = 0;
    for (; j + w <= t.rows; j += w) {
        V v = (-2.0 * load<V>(dots + j) + t.x_norm) + load<V>(t.norms + j);
        v = v >= 0.0 ? v : zero;
        V squares;
        V present;
        for (int l = 0; l < w; ++l) {
            const double* terms = t.pattern_terms + 2 * t.pattern[j + l];
            squares[l] = terms[0];
            present[l] = terms[1];
        }
        v = v - squares;
        V gaps = zero;
        for (const double* row_squares : t.gap_squares) gaps = gaps + load<V>(row_squares + j);
        v = v - gaps;
        v = v > 0.0 ? v : zero;
        store(out + j, v / present * t.scale);
    }
    for (; j < t.rows; ++j) out[j] = distance_at(t, j, dots[j]);
}

void baseline_dots(std::span<const double* const> columns, std::int64_t rows,
                   std::span<const double> x, double* dots) {
    dots_for<VectorOf<2>::type>(columns, rows, x, dots);
}

void baseline_distances(const NanEuclideanTerms& t, const double* dots, double* out) {
    distances<VectorOf<2>::type>(t, dots, out);
}

#if defined(__x86_64__)
[[gnu::target("avx2")]] void avx2_dots(std::span<const double* const> columns, std::int64_t rows,
                                       std::span<const double> x, double* dots) {
    dots_for<VectorOf<4>::type>(columns, rows, x, dots);
}

[[gnu::target("avx2")]] void avx2_distances(const NanEuclideanTerms& t, const double* dots,
                                            double* out) {
    distances<VectorOf<4>::type>(t, dots, out);
}

[[gnu::target("avx512f")]] void avx512_dots(std::span<const double* const> columns,
                                            std::int64_t rows, std::span<const double> x,
                                            double* dots) {
    dots_for<VectorOf<8>::type>(columns, rows, x, dots);
}

[[gnu::target("avx512f")]] void avx512_distances(const NanEuclideanTerms& t, const double* dots,
                                                 double* out) {
    distances<VectorOf<8>::type>(t, dots, out);
}
#endif

Kernel widest() {
    static const Kernel kernel = supports(Kernel::Avx512) ? Kernel::Avx512
                                 : supports(Kernel::Avx2) ? Kernel::Avx2
                                                          : Kernel::Baseline;
    return kernel;
}

}  // namespace

bool supports(Kernel kernel) {
#if defined(__x86_64__)
    if (kernel == Kernel::Avx2) return __builtin_cpu_supports("avx2") != 0;
    if (kernel == Kernel::Avx512) return __builtin_cpu_supports("avx512f") != 0;
#endif
    return kernel == Kernel::Baseline;
}

void nan_euclidean_dots(std::span<const double* const> columns, std::int64_t rows,
                        std::span<const double> x, double* dots, Kernel kernel) {
#if defined(__x86_64__)
    if (kernel == Kernel::Avx512) return avx512_dots(columns, rows, x, dots);
    if (kernel == Kernel::Avx2) return avx2_dots(columns, rows, x, dots);
#endif
    baseline_dots(columns, rows, x, dots);
}

void nan_euclidean_row(const NanEuclideanTerms& t, const double* dots, double* out, Kernel kernel) {
#if defined(__x86_64__)
    if (kernel == Kernel::Avx512) return avx512_distances(t, dots, out);
    if (kernel == Kernel::Avx2) return avx2_distances(t, dots, out);
#endif
    baseline_distances(t, dots, out);
}

void nan_euclidean_dots(std::span<const double* const> columns, std::int64_t rows,
                        std::span<const double> x, double* dots) {
    nan_euclidean_dots(columns, rows, x, dots, widest());
}

void nan_euclidean_row(const NanEuclideanTerms& t, const double* dots, double* out) {
    nan_euclidean_row(t, dots, out, widest());
}

}  // namespace tabula::impute
