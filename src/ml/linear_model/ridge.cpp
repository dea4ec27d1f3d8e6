#include "tabula/ml/linear_model/ridge.hpp"

#include <cstdint>
#include <limits>
#include <utility>

#include "../invalid_parameter.hpp"
#include "linear_scores.hpp"
#include "param_checks.hpp"
#include "tabula/array/linalg.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"
#include "tabula/ml/labels.hpp"
#include "tabula/ml/validation.hpp"

extern "C" {
// LAPACK's Cholesky solve (scipy.linalg.solve's assume_a="pos"), as OpenBLAS exports it.
void dposv_(const char* uplo, const int* n, const int* nrhs, double* a, const int* lda, double* b,
            const int* ldb, int* info, std::size_t uplo_len);
}

namespace tabula {
namespace {

// Solves A x = b for symmetric positive definite A (n x n, overwritten); false when A is not
// positive definite (scipy's LinAlgError).
bool cholesky_solve(NDArray<double>& A, NDArray<double>& b) {
    const auto n = static_cast<int>(A.shape()[0]);
    const int nrhs = 1;
    int info = 0;
    const char uplo = 'L';
    dposv_(&uplo, &n, &nrhs, A.data(), &n, b.data(), &n, &info, 1);
    if (info < 0) throw ValueError("dposv: invalid argument");
    return info == 0;
}

double dot(const double* a, const double* b, std::int64_t n) {
    double s = 0.0;
    for (std::int64_t i = 0; i < n; ++i) s += a[i] * b[i];
    return s;
}

// Xt @ Xt.T and Xt @ y for Xt (n_features, n_samples), one dot product per entry over
// contiguous rows: OpenBLAS's gemm is slow for a tiny result over a long inner dimension
// (seconds for 10 x 10 over a million samples).
std::pair<NDArray<double>, NDArray<double>> normal_equations(const NDArray<double>& Xt,
                                                             const NDArray<double>& y) {
    const std::int64_t d = Xt.shape()[0];
    const std::int64_t n = Xt.shape()[1];
    auto A = NDArray<double>::empty({d, d});
    auto b = NDArray<double>::empty({d});
    const double* x = Xt.data();
    parallel_chunks(d, 1, [&](std::int64_t, std::int64_t i, std::int64_t) {
        for (std::int64_t j = 0; j <= i; ++j) {
            const double v = dot(x + i * n, x + j * n, n);
            A.data()[i * d + j] = v;
            A.data()[j * d + i] = v;
        }
        b.data()[i] = dot(x + i * n, y.data(), n);
    });
    return {std::move(A), std::move(b)};
}

void add_to_diagonal(NDArray<double>& A, double alpha) {
    const std::int64_t n = A.shape()[0];
    for (std::int64_t i = 0; i < n; ++i) A.data()[i * n + i] += alpha;
}

// scikit-learn's _solve_svd: w = V diag(s / (s^2 + alpha)) U.T y over singular values > 1e-15.
std::vector<double> solve_svd(const NDArray<double>& Xt, const NDArray<double>& y, double alpha) {
    const auto usv = svd(Xt.T(), false);
    const NDArray<double> Uty = matmul(usv.U.T(), y);
    const std::int64_t k = usv.S.size();
    NDArray<double> scaled = NDArray<double>::zeros({k});
    for (std::int64_t i = 0; i < k; ++i) {
        const double s = usv.S.data()[i];
        if (s > 1e-15) scaled.data()[i] = s / (s * s + alpha) * Uty.data()[i];
    }
    return matmul(usv.Vh.T(), scaled).to_vector();
}

// scikit-learn's _solve_cholesky (primal) and _solve_cholesky_kernel (dual, more features
// than samples, with its least-squares fallback); empty when the primal matrix is singular.
std::vector<double> solve_cholesky(const NDArray<double>& Xt, const NDArray<double>& y,
                                   double alpha) {
    const std::int64_t d = Xt.shape()[0];
    const std::int64_t n = Xt.shape()[1];
    if (d > n) {
        NDArray<double> K = matmul(Xt.T(), Xt).copy();
        add_to_diagonal(K, alpha);
        NDArray<double> dual = y.copy();
        NDArray<double> A = K.copy();
        if (!cholesky_solve(A, dual)) {
            dual = lstsq(K, y, std::numeric_limits<double>::epsilon()).x;
        }
        return matmul(Xt, dual).to_vector();
    }
    auto [A, coef] = normal_equations(Xt, y);
    add_to_diagonal(A, alpha);
    if (!cholesky_solve(A, coef)) return {};
    return coef.to_vector();
}

void check_params(const RidgeParams& params) {
    detail::check_lower_bound(Ridge::name, "alpha", params.alpha, 0.0, true, false,
                              " or an instance of 'numpy.ndarray'");
    detail::check_str_option(
        Ridge::name, "solver", params.solver,
        {"auto", "svd", "cholesky", "lsqr", "sparse_cg", "sag", "saga", "lbfgs"});
    if (params.solver == "lbfgs") {
        throw ValueError(
            "'lbfgs' solver can be used only when positive=True. Please use another solver.");
    }
    if (params.solver != "auto" && params.solver != "cholesky" && params.solver != "svd") {
        throw ValueError("solver='" + params.solver +
                         "' is not implemented by tabula's Ridge; use 'auto', 'cholesky' or "
                         "'svd', which give the same solution");
    }
}

}  // namespace

RidgeModel Ridge::fit(const Features& X, const Target& y) const {
    return RidgeModel(params_, X, y);
}

RidgeModel::RidgeModel(const RidgeParams& params, const Features& X, const Target& y)
    : ModelBase(std::string(Ridge::name), X) {
    check_params(params);
    const NumericColumns columns(X, Ridge::name);
    const std::vector<double> target = regression_target(y);
    check_consistent_length(columns.num_rows(), static_cast<std::int64_t>(target.size()));
    const auto design = detail::center_design(columns, target, params.fit_intercept);
    if (params.solver != "svd") {
        coef_ = solve_cholesky(design.Xt, design.y, params.alpha);
        solver_ = "cholesky";
    }
    if (coef_.empty()) {
        coef_ = solve_svd(design.Xt, design.y, params.alpha);
        solver_ = "svd";
    }
    if (params.fit_intercept) {
        intercept_ = design.y_offset;
        for (std::size_t j = 0; j < coef_.size(); ++j) {
            intercept_ -= design.X_offset[j] * coef_[j];
        }
    }
}

Series RidgeModel::predict_features(const Features& X) const {
    check_features(X);
    return detail::linear_prediction(X, Ridge::name, coef_, intercept_);
}

}  // namespace tabula
