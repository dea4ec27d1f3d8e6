#include "tabula/array/linalg.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "../support/arrays.hpp"
#include "../support/fixtures.hpp"
#include "tabula/array/operators.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_error;

// tests/fixtures/array/linalg.txt, written by linalg.py with NumPy 1.24 on OpenBLAS.
struct FixtureEntry {
    std::string dtype;
    Shape shape;
    std::vector<std::string> values;
};

const std::map<std::string, FixtureEntry>& fixtures() {
    static const std::map<std::string, FixtureEntry> entries = [] {
        std::map<std::string, FixtureEntry> out;
        for (const std::string& line : testing::fixture_lines("array/linalg.txt")) {
            std::vector<std::string> fields = testing::words(line);
            FixtureEntry e;
            e.dtype = fields.at(1);
            if (fields.at(2) != "-") e.shape = testing::parse_shape(fields[2]);
            e.values.assign(fields.begin() + 3, fields.end());
            out[fields[0]] = std::move(e);
        }
        return out;
    }();
    return entries;
}

template <ArrayElement E>
NDArray<E> fixture(const std::string& name) {
    const auto it = fixtures().find(name);
    if (it == fixtures().end()) throw KeyError("no fixture " + name);
    return testing::to_array<E>(it->second.values, it->second.shape);
}

// Bit-for-bit equality (NaN equal to NaN): the float results below come from the same BLAS and
// LAPACK routines NumPy calls, on the same library, so they agree exactly. The report names
// the failing call.
#define EXPECT_SAME(actual, expected) testing::expect_same(actual, expected, #actual)

template <ArrayElement E>
void expect_close(const NDArray<E>& actual, const NDArray<E>& expected, double rtol, double atol) {
    ASSERT_EQ(actual.shape(), expected.shape());
    const std::vector<E> a = actual.to_vector();
    const std::vector<E> b = expected.to_vector();
    for (std::size_t i = 0; i < a.size(); ++i) {
        EXPECT_NEAR(a[i], b[i], atol + rtol * std::abs(b[i])) << "element " << i;
    }
}

using D = NDArray<double>;

D identity(std::int64_t n) {
    D e = D::zeros({n, n});
    for (std::int64_t i = 0; i < n; ++i) e(i, i) = 1;
    return e;
}

TEST(Linalg, MatmulMatchesNumPy) {
    const D A = fixture<double>("A");
    const D B = fixture<double>("B");
    const D C = fixture<double>("C");
    const D x = fixture<double>("x");
    const D y = fixture<double>("y");
    EXPECT_SAME(matmul(A, B), fixture<double>("matmul_AB"));
    EXPECT_SAME(matmul(A.T(), C), fixture<double>("matmul_AtC"));
    EXPECT_SAME(matmul(B.T(), A.T()), fixture<double>("matmul_BtAt"));
    EXPECT_SAME(matmul(A, x), fixture<double>("matmul_Ax"));
    EXPECT_SAME(matmul(y, A), fixture<double>("matmul_yA"));
    const D xx = matmul(x, x);
    EXPECT_EQ(xx.ndim(), 0);
    EXPECT_SAME(xx, fixture<double>("matmul_xx"));
    EXPECT_SAME(matmul(fixture<double>("P"), fixture<double>("Q")), fixture<double>("matmul_PQ"));
    EXPECT_SAME(matmul(fixture<double>("P"), y), fixture<double>("matmul_Py"));
    EXPECT_SAME(matmul(fixture<float>("A32"), fixture<float>("B32")),
                fixture<float>("matmul_AB32"));
}

TEST(Linalg, MatmulOnStridedViews) {
    const D A = fixture<double>("A");
    const D B = fixture<double>("B");
    // Every other column of a wider array, and a reversed view: neither is BLAS-readable in
    // place, so they are copied first; the result must not change.
    const D wide = NDArray<double>::zeros({4, 6});
    D w = wide;
    for (int i = 0; i < 4; ++i) {
        for (int j = 0; j < 3; ++j) w(i, 2 * j) = A(i, j);
    }
    EXPECT_SAME(matmul(w(Slice{}, Slice{0, std::nullopt, 2}), B), fixture<double>("matmul_AB"));
    const D reversed = A(Slice{std::nullopt, std::nullopt, -1}).copy();
    const D back = matmul(reversed(Slice{std::nullopt, std::nullopt, -1}), B);
    EXPECT_SAME(back, fixture<double>("matmul_AB"));
    // A row block of a larger matrix is read in place with its leading dimension.
    EXPECT_SAME(matmul(w(Slice{1, 3}, Slice{0, std::nullopt, 2}), B),
                fixture<double>("matmul_AB")(Slice{1, 3}).copy());
}

TEST(Linalg, IntegerAndBoolMatmul) {
    EXPECT_SAME(matmul(fixture<std::int64_t>("I64"), fixture<std::int64_t>("J64")),
                fixture<std::int64_t>("matmul_IJ64"));
    EXPECT_SAME(matmul(fixture<std::int32_t>("I32"), fixture<std::int32_t>("J32")),
                fixture<std::int32_t>("matmul_IJ32"));
    EXPECT_SAME(matmul(fixture<bool>("Bo1"), fixture<bool>("Bo2")), fixture<bool>("matmul_Bo"));
    // Mixed types promote as NumPy does.
    const NDArray<std::int32_t> i{{1, 2}, {3, 4}};
    const NDArray<double> d{{0.5, 0}, {0, 0.25}};
    const NDArray<double> r = matmul(i, d);
    EXPECT_EQ(r.to_vector(), (std::vector<double>{0.5, 0.5, 1.5, 1.0}));
}

TEST(Linalg, MatmulEdgeShapes) {
    const D empty_inner = matmul(D::zeros({2, 0}), D::zeros({0, 3}));
    EXPECT_EQ(empty_inner.shape(), (Shape{2, 3}));
    EXPECT_EQ(empty_inner.to_vector(), std::vector<double>(6, 0.0));
    EXPECT_EQ(matmul(D::zeros({0, 3}), D::zeros({3, 0})).shape(), (Shape{0, 0}));
    EXPECT_EQ(matmul(D::ones({2, 4, 3}), D::ones({3, 3})).shape(), (Shape{2, 4, 3}));
    EXPECT_EQ(matmul(D::ones({2, 3}), D::ones({5, 3, 2})).shape(), (Shape{5, 2, 2}));
}

TEST(Linalg, MatmulErrorsUseNumPysText) {
    expect_error<Error>(
        [] {
            matmul(D::ones({2, 3}), D::ones({2, 3}));
        },
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with "
        "gufunc signature (n?,k),(k,m?)->(n?,m?) (size 2 is different from 3)");
    expect_error<Error>([] { matmul(D::scalar(1), D::ones({3})); },
                        "matmul: Input operand 0 does not have enough dimensions (has 0, gufunc "
                        "core with signature (n?,k),(k,m?)->(n?,m?) requires 1)");
    expect_error<Error>(
        [] {
            matmul(D::ones({2, 3, 2, 3}), D::ones({4, 3, 2}));
        },
        "operands could not be broadcast together with remapped shapes "
        "[original->remapped]: (2,3,2,3)->(2,3,newaxis,newaxis) "
        "(4,3,2)->(4,newaxis,newaxis)  and requested shape (2,2)");
    EXPECT_THROW(matmul(D::ones({3}), D::ones({2})), ValueError);
}

TEST(Linalg, DotInnerOuter) {
    const D x = fixture<double>("x");
    EXPECT_SAME(dot(x, x), fixture<double>("matmul_xx"));
    EXPECT_SAME(dot(fixture<double>("A"), fixture<double>("B")), fixture<double>("matmul_AB"));
    EXPECT_SAME(dot(fixture<double>("D3"), fixture<double>("E3")), fixture<double>("dot_DE"));
    EXPECT_SAME(dot(fixture<double>("D3"), fixture<double>("y")), fixture<double>("dot_D3y"));
    EXPECT_SAME(inner(fixture<double>("F2"), fixture<double>("G2")), fixture<double>("inner_FG"));
    EXPECT_SAME(inner(fixture<double>("D3"), fixture<double>("y")), fixture<double>("inner_D3x"));
    EXPECT_SAME(outer(x, fixture<double>("y")), fixture<double>("outer_xy"));
    EXPECT_EQ(dot(D::scalar(2), D{1.0, 2.0}).to_vector(), (std::vector<double>{2, 4}));
    expect_error<Error>(
        [] {
            dot(D::ones({2, 3}), D::ones({2, 3}));
        },
        "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)");
    expect_error<Error>(
        [] {
            dot(D::ones({2, 3, 4}), D::ones({2, 5}));
        },
        "shapes (2,3,4) and (2,5) not aligned: 4 (dim 2) != 2 (dim 0)");
    expect_error<Error>(
        [] {
            inner(D::ones({2, 3}), D::ones({2}));
        },
        "shapes (2,3) and (2,) not aligned: 3 (dim 1) != 2 (dim 0)");
}

TEST(Linalg, NormMatchesNumPy) {
    const D v = fixture<double>("v");
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<std::pair<std::string, std::optional<double>>> vector_ords{
        {"none", std::nullopt},
        {"1", 1},
        {"2", 2},
        {"inf", inf},
        {"ninf", -inf},
        {"0", 0},
        {"3", 3},
        {"half", 0.5},
        {"m1", -1}};
    // A general p goes through pow, which NumPy 1.24 takes from SVML on AVX-512 machines and
    // this from glibc: both are within an ulp or two of the exact value, not always the same
    // one. Every other order is computed exactly as NumPy computes it and compared exactly.
    const std::set<std::string> through_pow{"3"};
    for (const auto& [name, ord] : vector_ords) {
        const double expected = fixture<double>("norm_v_" + name).item();
        if (through_pow.count(name)) {
            EXPECT_NEAR(norm(v, ord), expected, 1e-15 * expected) << name;
        } else {
            EXPECT_EQ(norm(v, ord), expected) << name;
        }
    }
    const D M = fixture<double>("M");
    const std::vector<std::pair<std::string, std::optional<double>>> matrix_ords{
        {"none", std::nullopt}, {"1", 1},      {"m1", -1}, {"2", 2}, {"m2", -2},
        {"inf", inf},           {"ninf", -inf}};
    for (const auto& [name, ord] : matrix_ords) {
        EXPECT_EQ(norm(M, ord), fixture<double>("norm_M_" + name).item()) << name;
    }
    for (int axis : {0, 1}) {
        for (const auto& [name, ord] : std::vector<std::pair<std::string, std::optional<double>>>{
                 {"none", std::nullopt}, {"1", 1}, {"3", 3}}) {
            const D expected = fixture<double>("norm_M_axis" + std::to_string(axis) + "_" + name);
            if (through_pow.count(name)) {
                expect_close(norm(M, NormOptions{.ord = ord, .axis = axis}), expected, 1e-15, 0);
            } else {
                EXPECT_SAME(norm(M, NormOptions{.ord = ord, .axis = axis}), expected);
            }
        }
    }
    const D longv = fixture<double>("long");
    EXPECT_EQ(norm(longv), fixture<double>("norm_long_none").item());
    EXPECT_EQ(norm(longv, 1), fixture<double>("norm_long_1").item());
    EXPECT_NEAR(norm(longv, 3), fixture<double>("norm_long_3").item(), 1e-15 * norm(longv, 3));
    EXPECT_EQ(norm(fixture<double>("D3")), fixture<double>("norm_D3").item());
    EXPECT_SAME(norm(fixture<double>("D3"), NormOptions{.axis = 2}),
                fixture<double>("norm_D3_axis2"));
    EXPECT_EQ(norm(fixture<double>("D3"), NormOptions{.axis = -1, .keepdims = true}).shape(),
              (Shape{2, 3, 1}));
    EXPECT_EQ(norm(fixture<float>("v32")), fixture<float>("norm_v32").item());
    EXPECT_EQ(norm(fixture<float>("v32"), 1), fixture<float>("norm_v32_1").item());
    EXPECT_EQ(norm(fixture<std::int64_t>("vi")), 13.0);
    expect_error<Error>([&] { norm(M, 3); }, "Invalid norm order for matrices.");
    expect_error<Error>(
        [] {
            norm(D::ones({2, 3, 4}), 1);
        },
        "Improper number of dimensions to norm.");
}

TEST(Linalg, InvDetSolveMatchNumPy) {
    const D S = fixture<double>("S");
    EXPECT_SAME(inv(S), fixture<double>("inv_S"));
    EXPECT_SAME(det(S), fixture<double>("det_S"));
    EXPECT_SAME(solve(S, fixture<double>("bs")), fixture<double>("solve_S_bs"));
    EXPECT_SAME(solve(S, fixture<double>("Bs")), fixture<double>("solve_S_Bs"));
    const D T = fixture<double>("T");
    EXPECT_SAME(inv(T), fixture<double>("inv_T"));
    EXPECT_SAME(det(T), fixture<double>("det_T"));
    EXPECT_SAME(solve(T, fixture<double>("tb")), fixture<double>("solve_T_tb"));
    const NDArray<std::int64_t> ints{{1, 2}, {3, 4}};
    EXPECT_EQ(det(ints).item(), -2.0000000000000004);  // NumPy's famous result, via slogdet
    EXPECT_SAME(inv(fixture<float>("S32")), fixture<float>("inv_S32"));
    EXPECT_SAME(det(fixture<float>("S32")), fixture<float>("det_S32"));
    EXPECT_EQ(det(D::zeros({0, 0})).item(), 1.0);
    EXPECT_EQ(inv(D::zeros({0, 0})).shape(), (Shape{0, 0}));
    EXPECT_EQ(det(D{{1, 2}, {2, 4}}).item(), 0.0);
    // A x = b really holds.
    const D x = solve(S, fixture<double>("bs"));
    expect_close(matmul(S, x), fixture<double>("bs"), 1e-12, 1e-12);
}

TEST(Linalg, SolverErrorsUseNumPysText) {
    expect_error<Error>([] { inv(D::ones({2, 2})); }, "Singular matrix");
    expect_error<Error>([] { solve(D::ones({2, 2}), D::ones({2})); }, "Singular matrix");
    expect_error<Error>(
        [] {
            inv(D::ones({2, 3}));
        },
        "Last 2 dimensions of the array must be square");
    expect_error<Error>([] { det(D::ones({3})); },
                        "1-dimensional array given. Array must be at least two-dimensional");
    expect_error<Error>(
        [] {
            solve(D::ones({3, 3}), D::ones({2}));
        },
        "solve1: Input operand 1 has a mismatch in its core dimension 0, with "
        "gufunc signature (m,m),(m)->(m) (size 2 is different from 3)");
    expect_error<Error>(
        [] {
            solve(D::ones({3, 3}), D::ones({2, 2}));
        },
        "solve: Input operand 1 has a mismatch in its core dimension 0, with "
        "gufunc signature (m,m),(m,n)->(m,n) (size 2 is different from 3)");
    expect_error<Error>(
        [] {
            solve(D::ones({2, 3, 3}), D::ones({4, 3}));
        },
        "operands could not be broadcast together with remapped shapes "
        "[original->remapped]: (2,3,3)->(2,newaxis) (4,3)->(4,newaxis)  and "
        "requested shape (3)");
    expect_error<Error>([] { lstsq(D::ones({3, 2}), D::ones({2})); }, "Incompatible dimensions");
    expect_error<Error>([] { lstsq(D::ones({3}), D::ones({3})); },
                        "1-dimensional array given. Array must be two-dimensional");
    try {
        inv(D::ones({2, 2}));
    } catch (const Error& e) {
        EXPECT_STREQ(e.python_name(), "LinAlgError");
        EXPECT_EQ(dynamic_cast<const ValueError*>(&e), nullptr);  // as NumPy: not a ValueError
    }
}

TEST(Linalg, LstsqMatchesNumPy) {
    for (const std::string b : {"lb", "Lb"}) {
        const auto [x, residuals, rank, s] = lstsq(fixture<double>("L"), fixture<double>(b));
        EXPECT_SAME(x, fixture<double>("lstsq_" + b + "_x"));
        EXPECT_SAME(residuals, fixture<double>("lstsq_" + b + "_res"));
        EXPECT_EQ(rank, fixture<std::int64_t>("lstsq_" + b + "_rank").item());
        EXPECT_SAME(s, fixture<double>("lstsq_" + b + "_s"));
    }
    for (const std::string a : {"Ld", "W"}) {
        const std::string b = a == "Ld" ? "lb" : "wb";
        const auto [x, residuals, rank, s] = lstsq(fixture<double>(a), fixture<double>(b));
        EXPECT_SAME(x, fixture<double>("lstsq_" + a + "_x"));
        EXPECT_EQ(residuals.shape(), (Shape{0}));
        EXPECT_EQ(rank, fixture<std::int64_t>("lstsq_" + a + "_rank").item());
        EXPECT_SAME(s, fixture<double>("lstsq_" + a + "_s"));
    }
    const auto empty = lstsq(D::zeros({0, 3}), D::zeros({0}));
    EXPECT_EQ(empty.x.to_vector(), std::vector<double>(3, 0.0));
    EXPECT_EQ(empty.rank, 0);
}

TEST(Linalg, SvdMatchesNumPyAndReconstructs) {
    for (const std::string name : {"tall", "wide"}) {
        const D X = fixture<double>("svd_" + name);
        const auto [U, S, Vh] = svd(X);
        // Singular values come from the same gesdd call as NumPy's.
        EXPECT_SAME(S, fixture<double>("svd_" + name + "_S"));
        EXPECT_SAME(svdvals(X), fixture<double>("svdvals_" + name));
        // Vector signs are LAPACK's choice; check U diag(S) Vh == X rather than the signs.
        const std::int64_t k = S.size();
        const D Uk = U(Slice{}, Slice{0, k}).copy();
        const D Vk = Vh(Slice{0, k}).copy();
        expect_close(matmul(Uk * S.reshape({1, k}), Vk), X, 1e-12, 1e-12);
        expect_close(matmul(U.T(), U), identity(U.shape()[0]), 0, 1e-12);
        const auto reduced = svd(X, false);
        EXPECT_EQ(reduced.U.shape(), fixture<double>("svd_" + name + "_Ur").shape());
        EXPECT_EQ(reduced.Vh.shape(), fixture<double>("svd_" + name + "_Vhr").shape());
    }
    const auto empty = svd(D::zeros({0, 3}));
    EXPECT_EQ(empty.U.shape(), (Shape{0, 0}));
    EXPECT_EQ(empty.Vh.to_vector(), (std::vector<double>{1, 0, 0, 0, 1, 0, 0, 0, 1}));
}

TEST(Linalg, EighMatchesNumPy) {
    const D H = fixture<double>("H");
    const auto [w, V] = eigh(H);
    EXPECT_SAME(w, fixture<double>("eigh_H_w"));
    EXPECT_SAME(eigh(H, "U").eigenvalues, fixture<double>("eigh_H_wU"));
    EXPECT_SAME(eigvalsh(H), fixture<double>("eigvalsh_H"));
    // A v = lambda v for each column.
    expect_close(matmul(H, V), V * w.reshape({1, w.size()}), 1e-12, 1e-12);
    expect_error<Error>([&] { eigh(H, "X"); }, "UPLO argument must be 'L' or 'U'");
    expect_error<Error>(
        [] {
            eigh(D::ones({2, 3}));
        },
        "Last 2 dimensions of the array must be square");
}

}  // namespace
}  // namespace tabula
