#pragma once
// scikit-learn's nan_euclidean_distances from one row to every training row, in its order of
// operations: -2 x.y + |x|^2 + |y|^2, floored at 0, minus the squares of the coordinates either
// side lacks, floored at 0, then scaled by n_features / (features both have) and rooted.
#include <cstdint>
#include <span>

namespace tabula::impute {

// What one row's distances to the training rows are made of. The training rows' gaps come as
// patterns: the row's squares summed over each pattern's features in feature order, and the
// features a pair has in common (NaN when none, which makes the distance NaN).
struct NanEuclideanTerms {
    std::int64_t rows = 0;  // training rows
    // The row's non-zero values and the training columns of those features (gaps as 0), in
    // feature order: the dot product skips the row's zeros, which add nothing.
    std::span<const double> x;
    std::span<const double* const> columns;
    double x_norm = 0.0;
    const double* norms = nullptr;          // per training row, gaps as 0
    const std::int64_t* pattern = nullptr;  // per training row: its gap pattern
    // Per pattern: the squares to subtract, and the features in common (NaN for none).
    const double* pattern_terms = nullptr;
    // The training rows' squares (gaps as 0) of the features this row lacks, in feature order.
    std::span<const double* const> gap_squares;
    double scale = 0.0;  // n_features
};

// out[j] = the distance to training row j; `dots`, when given, holds the dot products x.y (else
// they are summed in feature order, each product rounded, as BLAS's bulk kernels sum them).
// Runs the widest kernel this CPU supports.
void nan_euclidean_row(const NanEuclideanTerms& terms, const double* dots, double* out);

// The instruction sets the distances are formed with: baseline x86-64 (SSE2), or AVX2 (without
// FMA) when the CPU has it. Each lane does the same IEEE operations in the same order in every
// kernel, so all give the same bits.
enum class Kernel { Baseline, Avx2 };

// Whether this CPU runs `kernel`.
bool supports(Kernel kernel);

// nan_euclidean_row with the given (supported) kernel, so that tests can compare them.
void nan_euclidean_row(const NanEuclideanTerms& terms, const double* dots, double* out,
                       Kernel kernel);

}  // namespace tabula::impute
