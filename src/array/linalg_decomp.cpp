// svd and eigh on the LAPACK drivers NumPy uses (gesdd, syevd), over stacks of matrices.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <vector>

#include "linalg_lapack.hpp"
#include "tabula/array/linalg.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

namespace {

// jobz 'A' (full U and Vh), 'S' (reduced) or 'N' (singular values only).
SVDResult<double> svd_impl(const NDArray<double>& a, char jobz) {
    using F = double;
    const std::int64_t m = a.shape()[a.shape().size() - 2];
    const std::int64_t n = a.shape().back();
    const std::int64_t k = std::min(m, n);
    const std::int64_t u_cols = jobz == 'A' ? m : k;
    const std::int64_t vt_rows = jobz == 'A' ? n : k;
    const Shape batch(a.shape().begin(), a.shape().end() - 2);
    auto with_core = [&](std::initializer_list<std::int64_t> core) {
        Shape s = batch;
        s.insert(s.end(), core);
        return s;
    };
    SVDResult<F> r;
    r.S = NDArray<F>::empty(with_core({k}));
    if (jobz != 'N') {
        r.U = NDArray<F>::empty(with_core({m, u_cols}));
        r.Vh = NDArray<F>::empty(with_core({vt_rows, n}));
    }
    const std::int64_t count = shape_size(batch);
    if (k == 0) {
        // LAPACK returns at once on an empty matrix; NumPy's full U and Vh are then identities.
        if (jobz == 'A') {
            for (NDArray<F>* x : {&r.U, &r.Vh}) {
                x->fill(F{0});
                const std::int64_t d = x->shape().back();
                for (std::int64_t i = 0; i < count; ++i) {
                    for (std::int64_t j = 0; j < d; ++j) x->data()[(i * d + j) * d + j] = F{1};
                }
            }
        }
        return r;
    }
    const int mi = detail::lapack_int(m);
    const int ni = detail::lapack_int(n);
    std::vector<F> fa(static_cast<std::size_t>(m * n));
    std::vector<F> u(jobz == 'N' ? 1 : static_cast<std::size_t>(m * u_cols));
    std::vector<F> vt(jobz == 'N' ? 1 : static_cast<std::size_t>(vt_rows * n));
    for (std::int64_t i = 0; i < count; ++i) {
        detail::to_fortran(a.data() + i * m * n, m, n, n, 1, fa.data(), m);
        int info = 0;
        detail::gesdd(jobz, mi, ni, fa.data(), mi, r.S.data() + i * k, u.data(), mi, vt.data(),
                      std::max(1, detail::lapack_int(vt_rows)), info);
        if (info != 0) throw LinAlgError("SVD did not converge");
        if (jobz != 'N') {
            detail::from_fortran(u.data(), m, u_cols, m, r.U.data() + i * m * u_cols);
            detail::from_fortran(vt.data(), vt_rows, n, vt_rows, r.Vh.data() + i * vt_rows * n);
        }
    }
    return r;
}

EighResult<double> eigh_impl(const NDArray<double>& a, std::string_view UPLO, bool vectors) {
    using F = double;
    std::string uplo(UPLO);
    std::transform(uplo.begin(), uplo.end(), uplo.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    if (uplo != "L" && uplo != "U") throw ValueError("UPLO argument must be 'L' or 'U'");
    const std::int64_t n = a.shape().back();
    const Shape batch(a.shape().begin(), a.shape().end() - 2);
    Shape values_shape = batch;
    values_shape.push_back(n);
    EighResult<F> r{NDArray<F>::empty(values_shape), NDArray<F>()};
    if (vectors) r.eigenvectors = NDArray<F>::empty(a.shape());
    if (n == 0) return r;
    const int ni = detail::lapack_int(n);
    std::vector<F> fa(static_cast<std::size_t>(n * n));
    const std::int64_t count = shape_size(batch);
    for (std::int64_t i = 0; i < count; ++i) {
        detail::to_fortran(a.data() + i * n * n, n, n, n, 1, fa.data(), n);
        int info = 0;
        detail::syevd(vectors ? 'V' : 'N', uplo[0], ni, fa.data(), ni, r.eigenvalues.data() + i * n,
                      info);
        if (info != 0) throw LinAlgError("Eigenvalues did not converge");
        if (vectors) detail::from_fortran(fa.data(), n, n, n, r.eigenvectors.data() + i * n * n);
    }
    return r;
}

}  // namespace

template <ArrayElement E>
SVDResult<float_t<E>> svd(const NDArray<E>& a, bool full_matrices) {
    using F = float_t<E>;
    detail::assert_stacked_2d(a.shape());
    const SVDResult<double> r =
        svd_impl(detail::c_contiguous<double>(a), full_matrices ? 'A' : 'S');
    return SVDResult<F>{detail::result_as<F>(r.U), detail::result_as<F>(r.S),
                        detail::result_as<F>(r.Vh)};
}

template <ArrayElement E>
NDArray<float_t<E>> svdvals(const NDArray<E>& a) {
    detail::assert_stacked_2d(a.shape());
    return detail::result_as<float_t<E>>(svd_impl(detail::c_contiguous<double>(a), 'N').S);
}

template <ArrayElement E>
EighResult<float_t<E>> eigh(const NDArray<E>& a, std::string_view UPLO) {
    using F = float_t<E>;
    detail::assert_stacked_square(a.shape());
    const EighResult<double> r = eigh_impl(detail::c_contiguous<double>(a), UPLO, true);
    return EighResult<F>{detail::result_as<F>(r.eigenvalues), detail::result_as<F>(r.eigenvectors)};
}

template <ArrayElement E>
NDArray<float_t<E>> eigvalsh(const NDArray<E>& a, std::string_view UPLO) {
    detail::assert_stacked_square(a.shape());
    return detail::result_as<float_t<E>>(
        eigh_impl(detail::c_contiguous<double>(a), UPLO, false).eigenvalues);
}

#define TABULA_INSTANTIATE_DECOMP(E)                                           \
    template SVDResult<float_t<E>> svd(const NDArray<E>&, bool);               \
    template NDArray<float_t<E>> svdvals(const NDArray<E>&);                   \
    template EighResult<float_t<E>> eigh(const NDArray<E>&, std::string_view); \
    template NDArray<float_t<E>> eigvalsh(const NDArray<E>&, std::string_view);

TABULA_INSTANTIATE_DECOMP(bool)
TABULA_INSTANTIATE_DECOMP(std::int32_t)
TABULA_INSTANTIATE_DECOMP(std::int64_t)
TABULA_INSTANTIATE_DECOMP(float)
TABULA_INSTANTIATE_DECOMP(double)

}  // namespace tabula
