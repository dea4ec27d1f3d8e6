// DataFrame::apply over rows (a RowView per row) against the same expression written on columns,
// on 1M rows: the seed's risk_score, row['age'] * 0.1 + row['income'] * 0.01.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

#include "tabula/frame/dataframe.hpp"

namespace {

using tabula::DataFrame;
using tabula::RowView;

DataFrame users(std::int64_t rows) {
    std::vector<std::int64_t> age(static_cast<std::size_t>(rows));
    std::vector<double> income(static_cast<std::size_t>(rows));
    std::uint64_t state = 42;
    for (std::size_t i = 0; i < age.size(); ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        age[i] = 18 + static_cast<std::int64_t>((state >> 33) % 62);
        income[i] = 20000.0 + static_cast<double>((state >> 20) % 100000);
    }
    return DataFrame({{"age", age}, {"income", income}});
}

void BM_ApplyRows(benchmark::State& state) {
    const DataFrame df = users(state.range(0));
    for (auto _ : state) {
        benchmark::DoNotOptimize(df.apply(
            [](const RowView& row) {
                return row.get<double>("age") * 0.1 + row.get<double>("income") * 0.01;
            },
            1));
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_ApplyRows)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

void BM_VectorisedColumns(benchmark::State& state) {
    const DataFrame df = users(state.range(0));
    for (auto _ : state) benchmark::DoNotOptimize(df["age"] * 0.1 + df["income"] * 0.01);
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_VectorisedColumns)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

}  // namespace
