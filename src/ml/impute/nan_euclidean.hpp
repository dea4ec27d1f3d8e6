#pragma once
// scikit-learn's nan_euclidean_distances from one row to every training row, in its order of
// operations: -2 x.y + |x|^2 + |y|^2, floored at 0, minus the squares of the coordinates either
// side lacks, floored at 0, then scaled by n_features / (features both have), and rooted, which
// is left to the caller: the neighbour search compares the squares by their roots and takes the
// roots of the few it chooses.
#include <cstdint>
#include <span>

namespace tabula::impute {

// What one row's distances to the training rows are made of, besides the dot products. The
// training rows' gaps come as patterns: the row's squares summed over each pattern's features in
// feature order, and the features a pair has in common (NaN when none, which makes the distance
// NaN).
struct NanEuclideanTerms {
    std::int64_t rows = 0;  // training rows
    double x_norm = 0.0;
    const double* norms = nullptr;          // per training row, gaps as 0
    const std::int64_t* pattern = nullptr;  // per training row: its gap pattern
    // Per pattern: the squares to subtract, and the features in common (NaN for none).
    const double* pattern_terms = nullptr;
    // The training rows' squares (gaps as 0) of the features this row lacks, in feature order.
    std::span<const double* const> gap_squares;
    double scale = 0.0;  // n_features
};

// The receivers whose dot products one pass over the training rows forms: each training value
// loaded serves them all.
constexpr std::int64_t dot_block = 4;

// The instruction sets the distances are formed with: baseline x86-64 (SSE2), AVX2 or AVX-512F
// when the CPU has it. Each lane does the same IEEE operations in the same order in every kernel
// (no FMA), so all give the same bits.
enum class Kernel { Baseline, Avx2, Avx512 };

// Whether this CPU runs `kernel`.
bool supports(Kernel kernel);

// dots[r * rows + j] = x_r . y_j for up to dot_block receivers, whose values (gaps as 0) follow
// one another in `x`, `columns.size()` each: summed in feature order, each product rounded, as
// BLAS's bulk kernels sum them. A receiver's zeros add nothing: a sum that starts at +0 never
// becomes -0. Runs the widest kernel this CPU supports.
void nan_euclidean_dots(std::span<const double* const> columns, std::int64_t rows,
                        std::span<const double> x, double* dots);

// out[j] = the square of the distance to training row j, from the dot product dots[j].
void nan_euclidean_row(const NanEuclideanTerms& terms, const double* dots, double* out);

// The two with the given (supported) kernel, so that tests can compare them.
void nan_euclidean_dots(std::span<const double* const> columns, std::int64_t rows,
                        std::span<const double> x, double* dots, Kernel kernel);
void nan_euclidean_row(const NanEuclideanTerms& terms, const double* dots, double* out,
                       Kernel kernel);

}  // namespace tabula::impute
