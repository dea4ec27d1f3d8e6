// matmul, dot, inner, outer. Float products go to BLAS on the operands' own memory; integer and
// bool products (which BLAS lacks) use a cache-blocked loop with NumPy's wrap-around overflow.
#include <cblas.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstdint>
#include <numeric>
#include <string>
#include <type_traits>
#include <vector>

#include "linalg_lapack.hpp"
#include "strided_loop.hpp"
#include "tabula/array/linalg.hpp"
#include "tabula/array/operators.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

namespace {

constexpr const char* matmul_signature = "(n?,k),(k,m?)->(n?,m?)";

// How BLAS reads a rows x cols matrix in place: row-major with leading dimension `ld`, either
// as stored (NoTrans) or as the transpose of a row-major array (Trans).
struct Layout {
    bool trans;
    std::int64_t ld;
};

std::optional<Layout> blas_layout(std::int64_t rows, std::int64_t cols, std::int64_t row_stride,
                                  std::int64_t col_stride) {
    if ((col_stride == 1 || cols <= 1) &&
        (rows <= 1 || row_stride >= std::max<std::int64_t>(1, cols))) {
        return Layout{false, rows <= 1 ? std::max<std::int64_t>(1, cols) : row_stride};
    }
    if ((row_stride == 1 || rows <= 1) &&
        (cols <= 1 || col_stride >= std::max<std::int64_t>(1, rows))) {
        return Layout{true, cols <= 1 ? std::max<std::int64_t>(1, rows) : col_stride};
    }
    return std::nullopt;
}

bool fits_blas_int(std::initializer_list<std::int64_t> values) {
    return std::all_of(values.begin(), values.end(), [](std::int64_t v) { return v <= INT_MAX; });
}

// c + a * b with NumPy's semantics per type: integers wrap (computed unsigned, so no UB), bools
// are or-of-ands.
template <class E>
E multiply_add(E c, E a, E b) {
    if constexpr (std::is_same_v<E, bool>) {
        return c || (a && b);
    } else if constexpr (std::is_integral_v<E>) {
        using U = std::make_unsigned_t<E>;
        return static_cast<E>(static_cast<U>(c) + static_cast<U>(a) * static_cast<U>(b));
    } else {
        return c + a * b;
    }
}

// One (n x k) @ (k x m) product for the element types BLAS lacks (and for float matrices too
// large for BLAS's int dimensions). Columns of C are processed in blocks that stay in cache.
template <class E>
void loop_product(std::int64_t n, std::int64_t m, std::int64_t k, const E* a, std::int64_t a_rs,
                  std::int64_t a_cs, const E* b, std::int64_t b_rs, std::int64_t b_cs, E* c,
                  std::int64_t c_rs) {
    constexpr std::int64_t block = 256;
    for (std::int64_t i = 0; i < n; ++i) std::fill_n(c + i * c_rs, m, E{});
    for (std::int64_t jb = 0; jb < m; jb += block) {
        const std::int64_t width = std::min(block, m - jb);
        for (std::int64_t i = 0; i < n; ++i) {
            E* ci = c + i * c_rs + jb;
            for (std::int64_t p = 0; p < k; ++p) {
                const E av = a[i * a_rs + p * a_cs];
                const E* bp = b + p * b_rs + jb * b_cs;
                if (b_cs == 1) {
                    for (std::int64_t j = 0; j < width; ++j) ci[j] = multiply_add(ci[j], av, bp[j]);
                } else {
                    for (std::int64_t j = 0; j < width; ++j) {
                        ci[j] = multiply_add(ci[j], av, bp[j * b_cs]);
                    }
                }
            }
        }
    }
}

template <class F>
F blas_dot(int n, const F* x, int incx, const F* y, int incy) {
    if constexpr (std::is_same_v<F, double>) {
        return cblas_ddot(n, x, incx, y, incy);
    } else {
        return cblas_sdot(n, x, incx, y, incy);
    }
}

template <class F>
void blas_gemv(bool trans, int rows, int cols, const F* a, int lda, const F* x, int incx, F* y,
               int incy) {
    const CBLAS_TRANSPOSE t = trans ? CblasTrans : CblasNoTrans;
    if constexpr (std::is_same_v<F, double>) {
        cblas_dgemv(CblasRowMajor, t, rows, cols, 1.0, a, lda, x, incx, 0.0, y, incy);
    } else {
        cblas_sgemv(CblasRowMajor, t, rows, cols, 1.0F, a, lda, x, incx, 0.0F, y, incy);
    }
}

template <class F>
void blas_gemm(bool trans_a, bool trans_b, int n, int m, int k, const F* a, int lda, const F* b,
               int ldb, F* c, int ldc) {
    const CBLAS_TRANSPOSE ta = trans_a ? CblasTrans : CblasNoTrans;
    const CBLAS_TRANSPOSE tb = trans_b ? CblasTrans : CblasNoTrans;
    if constexpr (std::is_same_v<F, double>) {
        cblas_dgemm(CblasRowMajor, ta, tb, n, m, k, 1.0, a, lda, b, ldb, 0.0, c, ldc);
    } else {
        cblas_sgemm(CblasRowMajor, ta, tb, n, m, k, 1.0F, a, lda, b, ldb, 0.0F, c, ldc);
    }
}

// One product through BLAS: dot for 1x1 results, gemv when either side is a vector (as NumPy
// does), gemm otherwise. Element (i, j) of an operand is p[i * ld + j] (NoTrans) or
// p[j * ld + i] (Trans).
template <class F>
void blas_product(int n, int m, int k, const F* a, Layout la, const F* b, Layout lb, F* c,
                  int c_rs) {
    const int lda = static_cast<int>(la.ld);
    const int ldb = static_cast<int>(lb.ld);
    const int a_row_inc = la.trans ? lda : 1;
    const int b_col_inc = lb.trans ? 1 : ldb;
    if (n == 1 && m == 1) {
        c[0] = blas_dot(k, a, a_row_inc, b, b_col_inc);
    } else if (n == 1) {
        // c = B^T a: B as stored is k x m (NoTrans) or m x k (Trans).
        if (lb.trans) {
            blas_gemv(false, m, k, b, ldb, a, a_row_inc, c, 1);
        } else {
            blas_gemv(true, k, m, b, ldb, a, a_row_inc, c, 1);
        }
    } else if (m == 1) {
        if (la.trans) {
            blas_gemv(true, k, n, a, lda, b, b_col_inc, c, c_rs);
        } else {
            blas_gemv(false, n, k, a, lda, b, b_col_inc, c, c_rs);
        }
    } else {
        blas_gemm(la.trans, lb.trans, n, m, k, a, lda, b, ldb, c, c_rs);
    }
}

}  // namespace

template <ArrayElement E>
NDArray<E> matmul(const NDArray<E>& a_in, const NDArray<E>& b_in) {
    for (int op = 0; op < 2; ++op) {
        const int nd = op == 0 ? a_in.ndim() : b_in.ndim();
        if (nd == 0) {
            throw ValueError(fmt::format(
                "matmul: Input operand {} does not have enough dimensions (has 0, gufunc core "
                "with signature {} requires 1)",
                op, matmul_signature));
        }
    }
    NDArray<E> a = a_in;
    NDArray<E> b = b_in;
    const bool a_vec = a.ndim() == 1;
    const bool b_vec = b.ndim() == 1;
    const std::int64_t n = a_vec ? 1 : a.shape()[a.ndim() - 2];
    const std::int64_t k = a.shape().back();
    const std::int64_t kb = b_vec ? b.shape()[0] : b.shape()[b.ndim() - 2];
    const std::int64_t m = b_vec ? 1 : b.shape().back();
    if (kb != k) {
        throw ValueError(fmt::format(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc "
            "signature {} (size {} is different from {})",
            matmul_signature, kb, k));
    }
    const std::size_t a_core = a_vec ? 1 : 2;
    const std::size_t b_core = b_vec ? 1 : 2;
    const Shape a_batch(a.shape().begin(), a.shape().end() - a_core);
    const Shape b_batch(b.shape().begin(), b.shape().end() - b_core);
    Shape core_out;
    if (!a_vec) core_out.push_back(n);
    if (!b_vec) core_out.push_back(m);
    const Shape batch = detail::broadcast_batch(a.shape(), a_core, b.shape(), b_core, core_out);
    Shape out_shape = batch;
    out_shape.insert(out_shape.end(), core_out.begin(), core_out.end());
    NDArray<E> out = NDArray<E>::empty(out_shape);
    if (out.size() == 0) return out;
    if (k == 0) {
        out.fill(E{});
        return out;
    }

    // Strides of each operand's core matrix; a vector operand is a 1 x k row or a k x 1 column.
    auto core_strides = [](const NDArray<E>& x, bool vec, bool is_left) {
        const std::int64_t last = x.strides().back();
        if (vec)
            return is_left ? std::array<std::int64_t, 2>{0, last}
                           : std::array<std::int64_t, 2>{last, 0};
        return std::array<std::int64_t, 2>{x.strides()[x.ndim() - 2], last};
    };
    constexpr bool use_blas = std::is_floating_point_v<E>;
    std::optional<Layout> la;
    std::optional<Layout> lb;
    if constexpr (use_blas) {
        // An operand whose strides BLAS cannot take is copied to C order once.
        auto layout_of = [&](NDArray<E>& x, bool vec, bool is_left, std::int64_t rows,
                             std::int64_t cols) {
            auto layout = [&] {
                const auto st = core_strides(x, vec, is_left);
                return blas_layout(rows, cols, st[0], st[1]);
            };
            if (auto found = layout()) return found;
            x = x.copy();
            return layout();
        };
        la = layout_of(a, a_vec, true, n, k);
        lb = layout_of(b, b_vec, false, k, m);
    }
    const auto [a_rs, a_cs] = core_strides(a, a_vec, true);
    const auto [b_rs, b_cs] = core_strides(b, b_vec, false);
    // Output rows are m apart; with a vector right operand the output's last axis is n.
    const std::int64_t c_rs = b_vec ? 1 : m;
    const bool blas_ok =
        use_blas && fits_blas_int({n, m, k, la ? la->ld : 0, lb ? lb->ld : 0, c_rs});

    Shape loop_shape = batch;
    const Strides a_bstrides =
        broadcast_strides(a_batch, Strides(a.strides().begin(), a.strides().end() - a_core), batch);
    const Strides b_bstrides =
        broadcast_strides(b_batch, Strides(b.strides().begin(), b.strides().end() - b_core), batch);
    std::array<Strides, 3> strides{
        Strides(out.strides().begin(), out.strides().begin() + batch.size()), a_bstrides,
        b_bstrides};
    detail::coalesce(loop_shape, strides);
    const E* a_base = a.data();
    const E* b_base = b.data();
    E* c_base = out.data();
    detail::for_each_run<3>(loop_shape, strides, 0, detail::outer_count(loop_shape),
                            [&](std::int64_t run, const auto& offset, const auto& inner) {
                                for (std::int64_t i = 0; i < run; ++i) {
                                    E* c = c_base + offset[0] + i * inner[0];
                                    const E* pa = a_base + offset[1] + i * inner[1];
                                    const E* pb = b_base + offset[2] + i * inner[2];
                                    if constexpr (use_blas) {
                                        if (blas_ok) {
                                            blas_product(static_cast<int>(n), static_cast<int>(m),
                                                         static_cast<int>(k), pa, *la, pb, *lb, c,
                                                         static_cast<int>(c_rs));
                                            continue;
                                        }
                                    }
                                    loop_product(n, m, k, pa, a_rs, a_cs, pb, b_rs, b_cs, c, c_rs);
                                }
                            });
    return out;
}

namespace {

[[noreturn]] void throw_not_aligned(const Shape& a, const Shape& b, int a_dim, int b_dim) {
    throw ValueError(fmt::format("shapes {} and {} not aligned: {} (dim {}) != {} (dim {})",
                                 shape_to_string(a), shape_to_string(b), a[a_dim], a_dim, b[b_dim],
                                 b_dim));
}

// Element offsets of the start of every row (every position of all axes but the last), in C
// order.
template <ArrayElement E>
std::vector<std::int64_t> row_offsets(const NDArray<E>& x) {
    Shape shape(x.shape().begin(), x.shape().end() - 1);
    std::array<Strides, 1> strides{Strides(x.strides().begin(), x.strides().end() - 1)};
    if (shape.empty()) return {0};
    std::vector<std::int64_t> out;
    out.reserve(static_cast<std::size_t>(shape_size(shape)));
    detail::for_each_run<1>(shape, strides, 0, detail::outer_count(shape),
                            [&](std::int64_t run, const auto& offset, const auto& inner) {
                                for (std::int64_t i = 0; i < run; ++i) {
                                    out.push_back(offset[0] + i * inner[0]);
                                }
                            });
    return out;
}

// NumPy's per-type dot function: BLAS dot in 2**30-element chunks for floats with positive
// strides, a plain loop otherwise.
template <class E>
E vector_dot(std::int64_t n, const E* x, std::int64_t incx, const E* y, std::int64_t incy) {
    if constexpr (std::is_floating_point_v<E>) {
        if (incx > 0 && incy > 0 && fits_blas_int({incx, incy})) {
            constexpr std::int64_t chunk = std::int64_t{1} << 30;
            E sum = 0;
            for (std::int64_t i = 0; i < n; i += chunk) {
                sum += blas_dot(static_cast<int>(std::min(chunk, n - i)), x + i * incx,
                                static_cast<int>(incx), y + i * incy, static_cast<int>(incy));
            }
            return sum;
        }
    }
    E sum{};
    for (std::int64_t i = 0; i < n; ++i) sum = multiply_add(sum, x[i * incx], y[i * incy]);
    return sum;
}

}  // namespace

template <ArrayElement E>
NDArray<E> dot(const NDArray<E>& a, const NDArray<E>& b) {
    if (a.ndim() == 0 || b.ndim() == 0) return a * b;
    const int b_axis = b.ndim() == 1 ? 0 : b.ndim() - 2;
    if (a.shape().back() != b.shape()[b_axis]) {
        throw_not_aligned(a.shape(), b.shape(), a.ndim() - 1, b_axis);
    }
    if (a.ndim() <= 2 && b.ndim() <= 2) return matmul(a, b);
    // NumPy computes an N-d dot one output element at a time with the type's dot function
    // (BLAS dot for floats) on the operands as they lie in memory; so does this, to give the same
    // sums. b's contracted axis goes last in a view; out = a.shape[:-1] + b.shape[:-2] + (m,).
    std::vector<int> axes;
    for (int i = 0; i < b.ndim(); ++i) {
        if (i != b_axis) axes.push_back(i);
    }
    axes.push_back(b_axis);
    const NDArray<E> bt = b.transpose(axes);
    const std::vector<std::int64_t> a_rows = row_offsets(a);
    const std::vector<std::int64_t> b_rows = row_offsets(bt);
    Shape out_shape(a.shape().begin(), a.shape().end() - 1);
    out_shape.insert(out_shape.end(), bt.shape().begin(), bt.shape().end() - 1);
    NDArray<E> out = NDArray<E>::empty(out_shape);
    const std::int64_t k = a.shape().back();
    E* o = out.data();
    for (const std::int64_t ra : a_rows) {
        for (const std::int64_t rb : b_rows) {
            *o++ = vector_dot(k, a.data() + ra, a.strides().back(), bt.data() + rb,
                              bt.strides().back());
        }
    }
    return out;
}

template <ArrayElement E>
NDArray<E> inner(const NDArray<E>& a, const NDArray<E>& b) {
    if (a.ndim() == 0 || b.ndim() == 0) return a * b;
    if (a.shape().back() != b.shape().back()) {
        throw_not_aligned(a.shape(), b.shape(), a.ndim() - 1, b.ndim() - 1);
    }
    if (b.ndim() == 1) return dot(a, b);
    // NumPy's inner is dot with b's last two axes swapped.
    std::vector<int> axes(static_cast<std::size_t>(b.ndim()));
    std::iota(axes.begin(), axes.end(), 0);
    std::swap(axes[axes.size() - 1], axes[axes.size() - 2]);
    return dot(a, b.transpose(axes));
}

template <ArrayElement E>
NDArray<E> outer(const NDArray<E>& a, const NDArray<E>& b) {
    return a.ravel().reshape({a.size(), 1}) * b.ravel().reshape({1, b.size()});
}

#define TABULA_INSTANTIATE_PRODUCTS(E)                                \
    template NDArray<E> matmul(const NDArray<E>&, const NDArray<E>&); \
    template NDArray<E> dot(const NDArray<E>&, const NDArray<E>&);    \
    template NDArray<E> inner(const NDArray<E>&, const NDArray<E>&);  \
    template NDArray<E> outer(const NDArray<E>&, const NDArray<E>&);

TABULA_INSTANTIATE_PRODUCTS(bool)
TABULA_INSTANTIATE_PRODUCTS(std::int32_t)
TABULA_INSTANTIATE_PRODUCTS(std::int64_t)
TABULA_INSTANTIATE_PRODUCTS(float)
TABULA_INSTANTIATE_PRODUCTS(double)

}  // namespace tabula
