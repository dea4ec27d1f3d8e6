#pragma once
// numpy.matmul/dot/inner/outer and numpy.linalg (norm, inv, solve, lstsq, det, svd, eigh) on
// NDArray. Products of float arrays run on BLAS straight over the operands' memory; the
// decompositions call the same LAPACK drivers as NumPy (gesv, getrf, gelsd, gesdd, syevd), so
// results match NumPy's on the same LAPACK. As in NumPy, the linalg functions compute in float64
// and return float32 for float32 input, float64 for everything else; matmul/dot/inner/outer keep
// the (promoted) element type, integers and bools included.
#include <concepts>
#include <cstdint>
#include <optional>
#include <string_view>
#include <type_traits>

#include "tabula/array/ndarray.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

// numpy.linalg.LinAlgError. NumPy derives it from Exception, not ValueError, and so does this.
class LinAlgError : public Error {
  public:
    using Error::Error;
    const char* python_name() const noexcept override { return "LinAlgError"; }
};

// np.matmul (Python's @): 2-d x 2-d, matrix x vector, vector x matrix, 1-d x 1-d (a 0-d result)
// and stacks of matrices whose batch axes broadcast. Float operands that are C-contiguous or a
// transposed C-contiguous array are handed to BLAS gemm/gemv without a copy.
template <ArrayElement E>
NDArray<E> matmul(const NDArray<E>& a, const NDArray<E>& b);

// np.dot: inner product of vectors, matrix product of 2-d arrays, a scalar multiply for 0-d
// operands, and for N-d a sum product over the last axis of a and the second-to-last of b.
template <ArrayElement E>
NDArray<E> dot(const NDArray<E>& a, const NDArray<E>& b);

// np.inner: sum product over the last axes; the result has shape a.shape[:-1] + b.shape[:-1].
template <ArrayElement E>
NDArray<E> inner(const NDArray<E>& a, const NDArray<E>& b);

// np.outer: out[i, j] = a.ravel()[i] * b.ravel()[j].
template <ArrayElement E>
NDArray<E> outer(const NDArray<E>& a, const NDArray<E>& b);

namespace detail {
template <ArrayElement R, ArrayElement E>
NDArray<R> as_type(const NDArray<E>& a) {
    if constexpr (std::is_same_v<R, E>) {
        return a;
    } else {
        return a.template astype<R>();
    }
}
}  // namespace detail

// Mixed element types promote first, as NumPy does (int32 @ float64 is float64).
template <ArrayElement A, ArrayElement B>
requires(!std::is_same_v<A, B>) NDArray<promote_t<A, B>> matmul(const NDArray<A>& a,
                                                                const NDArray<B>& b) {
    using R = promote_t<A, B>;
    return matmul(detail::as_type<R>(a), detail::as_type<R>(b));
}
template <ArrayElement A, ArrayElement B>
requires(!std::is_same_v<A, B>) NDArray<promote_t<A, B>> dot(const NDArray<A>& a,
                                                             const NDArray<B>& b) {
    using R = promote_t<A, B>;
    return dot(detail::as_type<R>(a), detail::as_type<R>(b));
}
template <ArrayElement A, ArrayElement B>
requires(!std::is_same_v<A, B>) NDArray<promote_t<A, B>> inner(const NDArray<A>& a,
                                                               const NDArray<B>& b) {
    using R = promote_t<A, B>;
    return inner(detail::as_type<R>(a), detail::as_type<R>(b));
}
template <ArrayElement A, ArrayElement B>
requires(!std::is_same_v<A, B>) NDArray<promote_t<A, B>> outer(const NDArray<A>& a,
                                                               const NDArray<B>& b) {
    using R = promote_t<A, B>;
    return outer(detail::as_type<R>(a), detail::as_type<R>(b));
}

// np.linalg.norm(a, ord) with axis=None: a scalar. ord unset is the 2-norm of the flattened
// array (Frobenius for matrices); vectors take ord = inf, -inf, 0, 1, 2 or any other p; matrices
// take 1, -1, 2, -2, inf, -inf. ValueError "Invalid norm order for matrices." otherwise, and
// "Improper number of dimensions to norm." for 3-d and up with an ord.
template <ArrayElement E>
float_t<E> norm(const NDArray<E>& a, std::optional<double> ord = std::nullopt);

// np.linalg.norm(a, ord, axis, keepdims): vector norms along one axis.
struct NormOptions {
    std::optional<double> ord = std::nullopt;
    int axis = -1;
    bool keepdims = false;
};
template <ArrayElement E>
NDArray<float_t<E>> norm(const NDArray<E>& a, const NormOptions& options);

// np.linalg.inv over the last two axes; LinAlgError "Singular matrix" when a pivot is zero.
template <ArrayElement E>
NDArray<float_t<E>> inv(const NDArray<E>& a);

// np.linalg.det over the last two axes: shape a.shape[:-2], so a 0-d array for one matrix
// (item() gives the value). Computed as NumPy does, sign * exp(sum log|u_ii|) from an LU.
template <ArrayElement E>
NDArray<float_t<E>> det(const NDArray<E>& a);

// np.linalg.solve(a, b): b is a (stack of) vector(s) when b.ndim == a.ndim - 1, else a (stack
// of) matrices; batch axes broadcast.
template <std::floating_point F>
NDArray<F> solve(const NDArray<F>& a, const NDArray<F>& b);
template <ArrayElement A, ArrayElement B>
requires(!(std::is_same_v<A, B> && std::is_floating_point_v<A>))
    NDArray<float_t<promote_t<A, B>>> solve(const NDArray<A>& a, const NDArray<B>& b) {
    using R = float_t<promote_t<A, B>>;
    return solve(detail::as_type<R>(a), detail::as_type<R>(b));
}

// np.linalg.lstsq's result: residuals are empty unless rank == N and M > N.
template <std::floating_point F>
struct LstsqResult {
    NDArray<F> x;
    NDArray<F> residuals;
    std::int64_t rank;
    NDArray<F> singular_values;
};

// np.linalg.lstsq(a, b, rcond) for 2-d a (M, N) and b (M,) or (M, K). rcond unset is NumPy's
// rcond=None: machine epsilon times max(M, N).
template <std::floating_point F>
LstsqResult<F> lstsq(const NDArray<F>& a, const NDArray<F>& b,
                     std::optional<double> rcond = std::nullopt);
template <ArrayElement A, ArrayElement B>
requires(!(std::is_same_v<A, B> && std::is_floating_point_v<A>))
    LstsqResult<float_t<promote_t<A, B>>> lstsq(const NDArray<A>& a, const NDArray<B>& b,
                                                std::optional<double> rcond = std::nullopt) {
    using R = float_t<promote_t<A, B>>;
    return lstsq(detail::as_type<R>(a), detail::as_type<R>(b), rcond);
}

// np.linalg.svd's result, a = U @ diag(S) @ Vh; S descending. The signs of singular vectors are
// LAPACK's (gesdd), as in NumPy.
template <std::floating_point F>
struct SVDResult {
    NDArray<F> U;
    NDArray<F> S;
    NDArray<F> Vh;
};

// np.linalg.svd(a, full_matrices) over the last two axes.
template <ArrayElement E>
SVDResult<float_t<E>> svd(const NDArray<E>& a, bool full_matrices = true);

// np.linalg.svd(a, compute_uv=False) (NumPy 2's np.linalg.svdvals).
template <ArrayElement E>
NDArray<float_t<E>> svdvals(const NDArray<E>& a);

// np.linalg.eigh's result: eigenvalues ascending, eigenvectors in the columns.
template <std::floating_point F>
struct EighResult {
    NDArray<F> eigenvalues;
    NDArray<F> eigenvectors;
};

// np.linalg.eigh(a, UPLO) for symmetric matrices: only the UPLO ("L" or "U") triangle is read.
template <ArrayElement E>
EighResult<float_t<E>> eigh(const NDArray<E>& a, std::string_view UPLO = "L");

// np.linalg.eigvalsh(a, UPLO).
template <ArrayElement E>
NDArray<float_t<E>> eigvalsh(const NDArray<E>& a, std::string_view UPLO = "L");

}  // namespace tabula
