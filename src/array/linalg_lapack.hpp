#pragma once
// The float64 LAPACK drivers NumPy's linalg uses (NumPy computes float32 input in float64 as
// well, then casts the results), as OpenBLAS exports them: Fortran symbols, LP64 ints, hidden
// string lengths last as gfortran passes them. With their workspace queries, and the shared
// plumbing of the linalg files: column-major copies, NumPy's argument checks, broadcasting of
// stacked operands. Private to src/array.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <climits>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "tabula/array/linalg.hpp"
#include "tabula/core/error.hpp"

extern "C" {
void dgesv_(const int* n, const int* nrhs, double* a, const int* lda, int* ipiv, double* b,
            const int* ldb, int* info);
void dgetrf_(const int* m, const int* n, double* a, const int* lda, int* ipiv, int* info);
void dgelsd_(const int* m, const int* n, const int* nrhs, double* a, const int* lda, double* b,
             const int* ldb, double* s, const double* rcond, int* rank, double* work,
             const int* lwork, int* iwork, int* info);
void dgesdd_(const char* jobz, const int* m, const int* n, double* a, const int* lda, double* s,
             double* u, const int* ldu, double* vt, const int* ldvt, double* work, const int* lwork,
             int* iwork, int* info, std::size_t jobz_len);
void dsyevd_(const char* jobz, const char* uplo, const int* n, double* a, const int* lda, double* w,
             double* work, const int* lwork, int* iwork, const int* liwork, int* info,
             std::size_t jobz_len, std::size_t uplo_len);
}

namespace tabula::detail {

// A dimension as LAPACK's 32-bit integer; larger matrices are refused rather than truncated.
inline int lapack_int(std::int64_t value) {
    if (value > INT_MAX) {
        throw ValueError(fmt::format("array dimension {} is too large for LAPACK", value));
    }
    return static_cast<int>(value);
}

// LAPACK's optimal workspace size, returned as a float by a query call with lwork = -1.
inline int workspace_size(double query) {
    return std::max(1, static_cast<int>(query));
}

inline void gesv(int n, int nrhs, double* a, int lda, int* ipiv, double* b, int ldb, int& info) {
    dgesv_(&n, &nrhs, a, &lda, ipiv, b, &ldb, &info);
}
inline void getrf(int m, int n, double* a, int lda, int* ipiv, int& info) {
    dgetrf_(&m, &n, a, &lda, ipiv, &info);
}

inline void gelsd(int m, int n, int nrhs, double* a, int lda, double* b, int ldb, double* s,
                  double rcond, int& rank, int& info) {
    double work_query = 0;
    int iwork_query = 0;
    int lwork = -1;
    dgelsd_(&m, &n, &nrhs, a, &lda, b, &ldb, s, &rcond, &rank, &work_query, &lwork, &iwork_query,
            &info);
    std::vector<double> work(static_cast<std::size_t>(workspace_size(work_query)));
    std::vector<int> iwork(static_cast<std::size_t>(std::max(1, iwork_query)));
    lwork = static_cast<int>(work.size());
    dgelsd_(&m, &n, &nrhs, a, &lda, b, &ldb, s, &rcond, &rank, work.data(), &lwork, iwork.data(),
            &info);
}

inline void gesdd(char jobz, int m, int n, double* a, int lda, double* s, double* u, int ldu,
                  double* vt, int ldvt, int& info) {
    std::vector<int> iwork(static_cast<std::size_t>(std::max(1, 8 * std::min(m, n))));
    double work_query = 0;
    int lwork = -1;
    dgesdd_(&jobz, &m, &n, a, &lda, s, u, &ldu, vt, &ldvt, &work_query, &lwork, iwork.data(), &info,
            1);
    std::vector<double> work(static_cast<std::size_t>(workspace_size(work_query)));
    lwork = static_cast<int>(work.size());
    dgesdd_(&jobz, &m, &n, a, &lda, s, u, &ldu, vt, &ldvt, work.data(), &lwork, iwork.data(), &info,
            1);
}

inline void syevd(char jobz, char uplo, int n, double* a, int lda, double* w, int& info) {
    double work_query = 0;
    int iwork_query = 0;
    int lwork = -1;
    int liwork = -1;
    dsyevd_(&jobz, &uplo, &n, a, &lda, w, &work_query, &lwork, &iwork_query, &liwork, &info, 1, 1);
    std::vector<double> work(static_cast<std::size_t>(workspace_size(work_query)));
    std::vector<int> iwork(static_cast<std::size_t>(std::max(1, iwork_query)));
    lwork = static_cast<int>(work.size());
    liwork = static_cast<int>(iwork.size());
    dsyevd_(&jobz, &uplo, &n, a, &lda, w, work.data(), &lwork, iwork.data(), &liwork, &info, 1, 1);
}

// NumPy's _assert_stacked_2d and _assert_stacked_square.
inline void assert_stacked_2d(const Shape& shape) {
    if (shape.size() < 2) {
        throw LinAlgError(fmt::format(
            "{}-dimensional array given. Array must be at least two-dimensional", shape.size()));
    }
}
inline void assert_stacked_square(const Shape& shape) {
    assert_stacked_2d(shape);
    if (shape[shape.size() - 1] != shape[shape.size() - 2]) {
        throw LinAlgError("Last 2 dimensions of the array must be square");
    }
}

// The array converted to F in C order, without a copy when it already is.
template <class F, ArrayElement E>
NDArray<F> c_contiguous(const NDArray<E>& a) {
    if constexpr (std::is_same_v<F, E>) {
        if (a.is_contiguous()) return a;
    }
    return a.template astype<F>();
}

// A float64 result in the element type NumPy returns (float32 for float32 input).
template <class F>
NDArray<F> result_as(const NDArray<double>& r) {
    if constexpr (std::is_same_v<F, double>) {
        return r;
    } else {
        return r.template astype<F>();
    }
}

// Matrices in a stack: the product of all axes but the last two.
inline std::int64_t matrix_count(const Shape& shape) {
    return shape_size(Shape(shape.begin(), shape.end() - 2));
}

// dst (column-major, leading dimension ld) = the rows x cols matrix at src with the given
// element strides.
template <class F>
void to_fortran(const F* src, std::int64_t rows, std::int64_t cols, std::int64_t row_stride,
                std::int64_t col_stride, F* dst, std::int64_t ld) {
    for (std::int64_t j = 0; j < cols; ++j) {
        for (std::int64_t i = 0; i < rows; ++i)
            dst[j * ld + i] = src[i * row_stride + j * col_stride];
    }
}

// dst (C order, rows x cols) = the column-major matrix at src with leading dimension ld.
template <class F>
void from_fortran(const F* src, std::int64_t rows, std::int64_t cols, std::int64_t ld, F* dst) {
    for (std::int64_t i = 0; i < rows; ++i) {
        for (std::int64_t j = 0; j < cols; ++j) dst[i * cols + j] = src[j * ld + i];
    }
}

// NumPy's gufunc message when the loop (batch) axes do not broadcast: each operand is shown as
// its batch axes followed by one newaxis per core axis of the output.
inline std::string remapped_shapes_message(const Shape& a, std::size_t a_core, const Shape& b,
                                           std::size_t b_core, const Shape& core_out) {
    auto remapped = [&](const Shape& s, std::size_t core) {
        std::vector<std::string> parts;
        for (std::size_t i = 0; i + core < s.size(); ++i) parts.push_back(std::to_string(s[i]));
        parts.insert(parts.end(), core_out.size(), "newaxis");
        return fmt::format("{}->({})", shape_to_string(s), fmt::join(parts, ","));
    };
    return fmt::format(
        "operands could not be broadcast together with remapped shapes [original->remapped]: {} "
        "{}  and requested shape ({})",
        remapped(a, a_core), remapped(b, b_core), fmt::join(core_out, ","));
}

// The broadcast of two operands' batch axes (all but their `core` last axes).
inline Shape broadcast_batch(const Shape& a, std::size_t a_core, const Shape& b, std::size_t b_core,
                             const Shape& core_out) {
    const std::size_t na = a.size() - a_core;
    const std::size_t nb = b.size() - b_core;
    Shape batch(std::max(na, nb));
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const std::int64_t da = i < na ? a[na - 1 - i] : std::int64_t{1};
        const std::int64_t db = i < nb ? b[nb - 1 - i] : std::int64_t{1};
        if (da != db && da != 1 && db != 1) {
            throw ValueError(remapped_shapes_message(a, a_core, b, b_core, core_out));
        }
        batch[batch.size() - 1 - i] = da == 1 ? db : da;
    }
    return batch;
}

}  // namespace tabula::detail
