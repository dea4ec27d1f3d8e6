// Micro-benchmarks of the array kernels the workloads lean on.
#include <benchmark/benchmark.h>

#include "tabula/array/creation.hpp"
#include "tabula/array/linalg.hpp"
#include "tabula/array/operators.hpp"
#include "tabula/array/random.hpp"
#include "tabula/array/reductions.hpp"

namespace {

using tabula::NDArray;

NDArray<double> random_matrix(std::int64_t rows, std::int64_t cols) {
    auto rng = tabula::random::default_rng(0);
    return tabula::random::standard_normal(rng, {rows, cols});
}

void BM_ScaleContiguous(benchmark::State& state) {
    const NDArray<double> x = tabula::arange(0.0, double(state.range(0)));
    for (auto _ : state) benchmark::DoNotOptimize(x * 2.0);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ScaleContiguous)->Arg(1 << 10)->Arg(10'000'000)->Unit(benchmark::kMillisecond);

void BM_BroadcastRowVector(benchmark::State& state) {
    const NDArray<double> X = random_matrix(state.range(0), 20);
    const NDArray<double> mu = tabula::mean(X, 0);
    for (auto _ : state) benchmark::DoNotOptimize(X - mu);
    state.SetItemsProcessed(state.iterations() * X.size());
}
BENCHMARK(BM_BroadcastRowVector)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

void BM_SumAxis(benchmark::State& state) {
    const NDArray<double> X = random_matrix(1'000'000, 20);
    const int axis = static_cast<int>(state.range(0));
    for (auto _ : state) benchmark::DoNotOptimize(tabula::sum(X, axis));
    state.SetItemsProcessed(state.iterations() * X.size());
}
BENCHMARK(BM_SumAxis)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_MeanAxis(benchmark::State& state) {
    const NDArray<double> X = random_matrix(1'000'000, 20);
    const int axis = static_cast<int>(state.range(0));
    for (auto _ : state) benchmark::DoNotOptimize(tabula::mean(X, axis));
    state.SetItemsProcessed(state.iterations() * X.size());
}
BENCHMARK(BM_MeanAxis)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_StdAxis0(benchmark::State& state) {
    const NDArray<double> X = random_matrix(1'000'000, 20);
    for (auto _ : state) benchmark::DoNotOptimize(tabula::std(X, 0));
    state.SetItemsProcessed(state.iterations() * X.size());
}
BENCHMARK(BM_StdAxis0)->Unit(benchmark::kMillisecond);

void BM_Matmul(benchmark::State& state) {
    const NDArray<double> A = random_matrix(state.range(0), state.range(0));
    const NDArray<double> B = random_matrix(state.range(0), state.range(0));
    for (auto _ : state) benchmark::DoNotOptimize(tabula::matmul(A, B));
    state.SetItemsProcessed(state.iterations() * 2 * state.range(0) * state.range(0) *
                            state.range(0));
}
BENCHMARK(BM_Matmul)->Arg(256)->Arg(1000)->Unit(benchmark::kMillisecond);

}  // namespace
