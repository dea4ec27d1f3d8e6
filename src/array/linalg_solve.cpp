// inv, det, solve and lstsq on the LAPACK drivers NumPy uses (gesv, getrf, gelsd), fed the same
// column-major copies, so the results equal NumPy's on the same LAPACK.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "linalg_lapack.hpp"
#include "strided_loop.hpp"
#include "tabula/array/linalg.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

template <ArrayElement E>
NDArray<float_t<E>> inv(const NDArray<E>& a_in) {
    using F = double;
    detail::assert_stacked_square(a_in.shape());
    const NDArray<F> a = detail::c_contiguous<F>(a_in);
    const std::int64_t n = a.shape().back();
    NDArray<F> out = NDArray<F>::empty(a.shape());
    const std::int64_t count = detail::matrix_count(a.shape());
    const int ni = detail::lapack_int(n);
    const int ld = std::max(1, ni);
    std::vector<F> lu(static_cast<std::size_t>(n * n));
    std::vector<F> x(static_cast<std::size_t>(n * n));
    std::vector<int> pivots(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < count; ++i) {
        detail::to_fortran(a.data() + i * n * n, n, n, n, 1, lu.data(), n);
        std::fill(x.begin(), x.end(), F{0});
        for (std::int64_t d = 0; d < n; ++d) x[static_cast<std::size_t>(d * n + d)] = F{1};
        int info = 0;
        detail::gesv(ni, ni, lu.data(), ld, pivots.data(), x.data(), ld, info);
        if (info > 0) throw LinAlgError("Singular matrix");
        detail::from_fortran(x.data(), n, n, n, out.data() + i * n * n);
    }
    return detail::result_as<float_t<E>>(out);
}

template <ArrayElement E>
NDArray<float_t<E>> det(const NDArray<E>& a_in) {
    using F = double;
    detail::assert_stacked_square(a_in.shape());
    const NDArray<F> a = detail::c_contiguous<F>(a_in);
    const std::int64_t n = a.shape().back();
    NDArray<F> out = NDArray<F>::empty(Shape(a.shape().begin(), a.shape().end() - 2));
    const std::int64_t count = detail::matrix_count(a.shape());
    const int ni = detail::lapack_int(n);
    std::vector<F> lu(static_cast<std::size_t>(n * n));
    std::vector<int> pivots(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < count; ++i) {
        detail::to_fortran(a.data() + i * n * n, n, n, n, 1, lu.data(), n);
        int info = 0;
        detail::getrf(ni, ni, lu.data(), std::max(1, ni), pivots.data(), info);
        // NumPy's det goes through slogdet: the sign from the pivots and the diagonal, and the
        // log of the magnitude summed; a singular factor gives sign 0 and log -inf.
        F sign = 0;
        F logdet = -std::numeric_limits<F>::infinity();
        if (info == 0) {
            int swaps = 0;
            for (int d = 0; d < ni; ++d) swaps += pivots[static_cast<std::size_t>(d)] != d + 1;
            sign = swaps % 2 == 1 ? F{-1} : F{1};
            logdet = 0;
            for (std::int64_t d = 0; d < n; ++d) {
                F element = lu[static_cast<std::size_t>(d * n + d)];
                if (element < 0) {
                    sign = -sign;
                    element = -element;
                }
                logdet += std::log(element);
            }
        }
        out.data()[i] = sign * std::exp(logdet);
    }
    return detail::result_as<float_t<E>>(out);
}

namespace {

NDArray<double> solve_impl(const NDArray<double>& a_in, const NDArray<double>& b_in) {
    using F = double;
    detail::assert_stacked_square(a_in.shape());
    const bool vector_rhs = b_in.ndim() == a_in.ndim() - 1;
    const char* name = vector_rhs ? "solve1" : "solve";
    const char* signature = vector_rhs ? "(m,m),(m)->(m)" : "(m,m),(m,n)->(m,n)";
    const std::size_t b_core = vector_rhs ? 1 : 2;
    if (static_cast<std::size_t>(b_in.ndim()) < b_core) {
        throw ValueError(fmt::format(
            "{}: Input operand 1 does not have enough dimensions (has {}, gufunc core with "
            "signature {} requires {})",
            name, b_in.ndim(), signature, b_core));
    }
    const NDArray<F> a = detail::c_contiguous<F>(a_in);
    const NDArray<F> b = detail::c_contiguous<F>(b_in);
    const std::int64_t n = a.shape().back();
    const std::int64_t bn = b.shape()[b.shape().size() - b_core];
    if (bn != n) {
        throw ValueError(fmt::format(
            "{}: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {} "
            "(size {} is different from {})",
            name, signature, bn, n));
    }
    const std::int64_t nrhs = vector_rhs ? 1 : b.shape().back();
    const Shape a_batch(a.shape().begin(), a.shape().end() - 2);
    const Shape b_batch(b.shape().begin(), b.shape().end() - static_cast<std::ptrdiff_t>(b_core));
    Shape core_out{n};
    if (!vector_rhs) core_out.push_back(nrhs);
    const Shape batch = detail::broadcast_batch(a.shape(), 2, b.shape(), b_core, core_out);
    Shape out_shape = batch;
    out_shape.insert(out_shape.end(), core_out.begin(), core_out.end());
    NDArray<F> out = NDArray<F>::empty(out_shape);
    if (out.size() == 0) return out;

    const int ni = detail::lapack_int(n);
    const int nrhs_i = detail::lapack_int(nrhs);
    std::vector<F> lu(static_cast<std::size_t>(n * n));
    std::vector<F> x(static_cast<std::size_t>(n * nrhs));
    std::vector<int> pivots(static_cast<std::size_t>(n));
    Shape loop_shape = batch;
    std::array<Strides, 3> strides{
        Strides(out.strides().begin(), out.strides().begin() + batch.size()),
        broadcast_strides(a_batch, c_strides(a_batch), batch),
        broadcast_strides(b_batch, c_strides(b_batch), batch)};
    // Batch strides count whole matrices; scale them to elements.
    for (std::int64_t& v : strides[1]) v *= n * n;
    for (std::int64_t& v : strides[2]) v *= n * nrhs;
    detail::coalesce(loop_shape, strides);
    detail::for_each_run<3>(loop_shape, strides, 0, detail::outer_count(loop_shape),
                            [&](std::int64_t run, const auto& offset, const auto& inner) {
                                for (std::int64_t i = 0; i < run; ++i) {
                                    F* o = out.data() + offset[0] + i * inner[0];
                                    detail::to_fortran(a.data() + offset[1] + i * inner[1], n, n, n,
                                                       1, lu.data(), n);
                                    detail::to_fortran(b.data() + offset[2] + i * inner[2], n, nrhs,
                                                       nrhs, 1, x.data(), n);
                                    int info = 0;
                                    detail::gesv(ni, nrhs_i, lu.data(), std::max(1, ni),
                                                 pivots.data(), x.data(), std::max(1, ni), info);
                                    if (info > 0) throw LinAlgError("Singular matrix");
                                    detail::from_fortran(x.data(), n, nrhs, n, o);
                                }
                            });
    return out;
}

LstsqResult<double> lstsq_impl(const NDArray<double>& a_in, const NDArray<double>& b_in,
                               std::optional<double> rcond) {
    using F = double;
    const bool vector_rhs = b_in.ndim() == 1;
    for (int nd : {a_in.ndim(), vector_rhs ? 2 : b_in.ndim()}) {
        if (nd != 2) {
            throw LinAlgError(
                fmt::format("{}-dimensional array given. Array must be two-dimensional", nd));
        }
    }
    const NDArray<F> a = detail::c_contiguous<F>(a_in);
    const NDArray<F> b = detail::c_contiguous<F>(b_in);
    const std::int64_t m = a.shape()[0];
    const std::int64_t n = a.shape()[1];
    const std::int64_t nrhs = vector_rhs ? 1 : b.shape()[1];
    if (b.shape()[0] != m) throw LinAlgError("Incompatible dimensions");
    const F cutoff =
        rcond ? *rcond : std::numeric_limits<F>::epsilon() * static_cast<F>(std::max(m, n));

    // LAPACK cannot take zero right-hand sides; NumPy pads one zero column in that case.
    const std::int64_t cols = std::max<std::int64_t>(1, nrhs);
    const std::int64_t ldb = std::max<std::int64_t>({1, m, n});
    std::vector<F> fa(static_cast<std::size_t>(std::max<std::int64_t>(1, m * n)));
    std::vector<F> fb(static_cast<std::size_t>(ldb * cols), F{0});
    detail::to_fortran(a.data(), m, n, n, 1, fa.data(), std::max<std::int64_t>(1, m));
    detail::to_fortran(b.data(), m, nrhs, nrhs, 1, fb.data(), ldb);
    const std::int64_t k = std::min(m, n);
    LstsqResult<F> result{NDArray<F>::empty({n, nrhs}), NDArray<F>(), 0, NDArray<F>::empty({k})};
    int rank = 0;
    int info = 0;
    detail::gelsd(detail::lapack_int(m), detail::lapack_int(n), detail::lapack_int(cols), fa.data(),
                  detail::lapack_int(std::max<std::int64_t>(1, m)), fb.data(),
                  detail::lapack_int(ldb), result.singular_values.data(), cutoff, rank, info);
    if (info > 0) throw LinAlgError("SVD did not converge in Linear Least Squares");
    result.rank = rank;
    detail::from_fortran(fb.data(), n, nrhs, ldb, result.x.data());
    if (m == 0) result.x.fill(F{0});
    if (rank == n && m > n) {
        // Squared norms of the rows past N of each solved column, summed in order as NumPy does.
        result.residuals = NDArray<F>::empty({nrhs});
        for (std::int64_t j = 0; j < nrhs; ++j) {
            F sum = 0;
            for (std::int64_t i = n; i < m; ++i) {
                const F v = fb[static_cast<std::size_t>(j * ldb + i)];
                sum += v * v;
            }
            result.residuals.data()[j] = sum;
        }
    } else {
        result.residuals = NDArray<F>::empty({0});
    }
    if (vector_rhs) result.x = result.x.reshape({n});
    return result;
}

}  // namespace

template <std::floating_point F>
NDArray<F> solve(const NDArray<F>& a, const NDArray<F>& b) {
    return detail::result_as<F>(
        solve_impl(detail::c_contiguous<double>(a), detail::c_contiguous<double>(b)));
}

template <std::floating_point F>
LstsqResult<F> lstsq(const NDArray<F>& a, const NDArray<F>& b, std::optional<double> rcond) {
    LstsqResult<double> r =
        lstsq_impl(detail::c_contiguous<double>(a), detail::c_contiguous<double>(b), rcond);
    return LstsqResult<F>{detail::result_as<F>(r.x), detail::result_as<F>(r.residuals), r.rank,
                          detail::result_as<F>(r.singular_values)};
}

#define TABULA_INSTANTIATE_SOLVE(E)                      \
    template NDArray<float_t<E>> inv(const NDArray<E>&); \
    template NDArray<float_t<E>> det(const NDArray<E>&);

TABULA_INSTANTIATE_SOLVE(bool)
TABULA_INSTANTIATE_SOLVE(std::int32_t)
TABULA_INSTANTIATE_SOLVE(std::int64_t)
TABULA_INSTANTIATE_SOLVE(float)
TABULA_INSTANTIATE_SOLVE(double)

template NDArray<float> solve(const NDArray<float>&, const NDArray<float>&);
template NDArray<double> solve(const NDArray<double>&, const NDArray<double>&);
template LstsqResult<float> lstsq(const NDArray<float>&, const NDArray<float>&,
                                  std::optional<double>);
template LstsqResult<double> lstsq(const NDArray<double>&, const NDArray<double>&,
                                   std::optional<double>);

}  // namespace tabula
