// The workloads of ../shared/bench/README.md that tabula covers so far.
#include <cmath>

#include "tabula/array/linalg.hpp"
#include "tabula/array/operators.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/array/ufuncs.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/groupby.hpp"
#include "tabula/frame/merge.hpp"
#include "tabula/io/csv.hpp"
#include "workload.hpp"

namespace tabula::bench {

namespace {

// W1: read tabular_1m.csv with type inference; check the sum of revenue.
Result read_tabular(Context& ctx) {
    const DataFrame df = ctx.step("read_csv", [&] { return read_csv(ctx.path("tabular_1m.csv")); });
    return {df["revenue"].sum(),
            {{"rows", double(df.num_rows())}, {"cols", double(df.num_columns())}}};
}

// W2: groupby city on tabular_1m (rows without a city dropped): income mean, revenue sum, orders
// count; check the sum of the 50 income means.
Result groupby_city(Context& ctx) {
    const DataFrame df = ctx.load([&] { return read_csv(ctx.path("tabular_1m.csv")); });
    const DataFrame g = ctx.step("groupby_agg", [&] {
        return df.groupby("city").agg({{"income_mean", "income", "mean"},
                                       {"revenue_sum", "revenue", "sum"},
                                       {"orders_count", "orders", "count"}});
    });
    return {g["income_mean"].sum(),
            {{"groups", double(g.num_rows())},
             {"revenue_sum_total", std::round(g["revenue_sum"].sum() * 100) / 100},
             {"orders_count_total", g["orders_count"].sum()}}};
}

// W3: describe() of numeric_1m_20; check the sum of every statistic except count.
Result describe_numeric(Context& ctx) {
    const DataFrame df = ctx.load([&] { return read_csv(ctx.path("numeric_1m_20.csv")); });
    const DataFrame stats = ctx.step("describe", [&] { return df.describe(); });
    double total = 0;
    for (const std::string& name : stats.columns()) {
        const Series column = stats[name];
        for (std::int64_t i = 0; i < column.size(); ++i) {
            if (stats.index().label_string(i) != "count") total += column.value(i);
        }
    }
    return {total, {{"rows", double(df.num_rows())}, {"cols", double(df.num_columns())}}};
}

// W4: Z = (X - X.mean(0)) / X.std(0) on numeric_1m_20, std with ddof=0.
Result broadcast_standardize(Context& ctx) {
    const NDArray<double> X =
        ctx.load([&] { return read_csv(ctx.path("numeric_1m_20.csv")).to_numpy(); });
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

// W12: inner merge on id of tabular_1m[id, age, income] with tabular_1m[id, city, revenue] over
// the rows with id % 3 != 0 in reverse order (a fresh RangeIndex, as peers.py's reset_index);
// check the merged row count plus the sum of revenue.
Result merge_ids(Context& ctx) {
    auto [left, right] = ctx.load([&] {
        const DataFrame df = read_csv(ctx.path("tabular_1m.csv"));
        const std::int64_t* ids = df.column("id").data<std::int64_t>();
        std::vector<std::int64_t> rows;
        for (std::int64_t i = df.num_rows() - 1; i >= 0; --i) {
            if (ids[i] % 3 != 0) rows.push_back(i);
        }
        return std::pair{df[{"id", "age", "income"}],
                         df[{"id", "city", "revenue"}].take(rows).reset_index(true)};
    });
    const DataFrame m = ctx.step("merge", [&] { return left.merge(right, {.on = {"id"}}); });
    return {double(m.num_rows()) + m["revenue"].sum(),
            {{"rows", double(m.num_rows())},
             {"left", double(left.num_rows())},
             {"right", double(right.num_rows())}}};
}

}  // namespace

const std::vector<Workload>& workloads() {
    static const std::vector<Workload> all = {
        {"W1", "read_csv of tabular_1m (type inference); check sum(revenue)", read_tabular},
        {"W2", "groupby city: income mean, revenue sum, orders count; check sum of income means",
         groupby_city},
        {"W3", "describe() of numeric_1m_20; check the sum of all stats but count",
         describe_numeric},
        {"W4", "Z = (X - X.mean(0)) / X.std(0) on numeric_1m_20; check sum(|Z|)",
         broadcast_standardize},
        {"W5", "C = A @ B, 2000x2000 float64; check sum(|C|)", matmul_2000},
        {"W6",
         "fit_transform of W6's ColumnTransformer (median+scale 7 numeric, mode+one-hot city and "
         "employment_type) on tabular_1m; check sum(|Xt|)",
         column_transformer},
        {"W7a", "SimpleImputer(mean) on numeric_1m_20 with 10% NaN (row-major array); check sum",
         simple_imputer},
        {"W7b", "KNNImputer(n_neighbors=5) on impute_10k; check sum", knn_imputer},
        {"W11",
         "figure 12x5 in: training curve (2 lines, labels, title, legend) and annotated Blues "
         "confusion-matrix heatmap; tight_layout; PNG at 150 dpi; check width * height",
         training_figure},
        {"W12",
         "inner merge of tabular_1m[id, age, income] with the id % 3 != 0 rows of "
         "tabular_1m[id, city, revenue] reversed; check rows + sum(revenue)",
         merge_ids},
    };
    return all;
}

}  // namespace tabula::bench
