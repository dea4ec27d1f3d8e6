// The workloads of ../shared/bench/README.md that tabula covers so far.
#include <cmath>

#include "numeric_csv.hpp"
#include "tabula/array/linalg.hpp"
#include "tabula/array/operators.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/array/ufuncs.hpp"
#include "workload.hpp"

namespace tabula::bench {

namespace {

// W4: Z = (X - X.mean(0)) / X.std(0) on numeric_1m_20, std with ddof=0.
Result broadcast_standardize(Context& ctx) {
    const NDArray<double> X =
        ctx.load([&] { return load_numeric_csv(ctx.path("numeric_1m_20.csv")); });
    const NDArray<double> Z = ctx.step("standardize", [&] { return (X - mean(X, 0)) / std(X, 0); });
    return {sum(abs(Z)), {{"rows", double(Z.shape()[0])}, {"cols", double(Z.shape()[1])}}};
}

// W5: C = A @ B, 2000 x 2000, A[i,j] = ((7i+13j) mod 17 - 8)/8, B[i,j] = ((11i+5j) mod 19 - 9)/9.
Result matmul_2000(Context& ctx) {
    constexpr std::int64_t n = 2000;
    auto [A, B] = ctx.load([&] {
        NDArray<double> a = NDArray<double>::empty({n, n});
        NDArray<double> b = NDArray<double>::empty({n, n});
        for (std::int64_t i = 0; i < n; ++i) {
            for (std::int64_t j = 0; j < n; ++j) {
                a.data()[i * n + j] = double((7 * i + 13 * j) % 17 - 8) / 8.0;
                b.data()[i * n + j] = double((11 * i + 5 * j) % 19 - 9) / 9.0;
            }
        }
        return std::pair{a, b};
    });
    const NDArray<double> C = ctx.step("matmul", [&] { return matmul(A, B); });
    const double seconds = ctx.steps.back().second;
    return {sum(abs(C)), {{"sum", sum(C)}, {"gflops", 2.0 * n * n * n / seconds / 1e9}}};
}

}  // namespace

const std::vector<Workload>& workloads() {
    static const std::vector<Workload> all = {
        {"W4", "Z = (X - X.mean(0)) / X.std(0) on numeric_1m_20; check sum(|Z|)",
         broadcast_standardize},
        {"W5", "C = A @ B, 2000x2000 float64; check sum(|C|)", matmul_2000},
    };
    return all;
}

}  // namespace tabula::bench
