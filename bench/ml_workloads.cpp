// The learning workloads of ../shared/bench/README.md (W6, W7a, W7b).
#include <cmath>

#include "tabula/io/csv.hpp"
#include "tabula/ml/compose/column_transformer.hpp"
#include "tabula/ml/compose/pipeline.hpp"
#include "tabula/ml/impute/knn_imputer.hpp"
#include "tabula/ml/impute/simple_imputer.hpp"
#include "tabula/ml/preprocessing/one_hot_encoder.hpp"
#include "tabula/ml/preprocessing/standard_scaler.hpp"
#include "workload.hpp"

namespace tabula::bench {

namespace {

double sum_of_abs(const DataFrame& frame) {
    double total = 0;
    const std::int64_t rows = frame.num_rows();
    for (std::size_t j = 0; j < frame.columns().size(); ++j) {
        const double* values = frame.column(j).data<double>();
        for (std::int64_t i = 0; i < rows; ++i) total += std::abs(values[i]);
    }
    return total;
}

}  // namespace

// W6: impute + scale the 7 numeric columns, impute + one-hot city and employment_type, on all
// 1M rows of tabular_1m; check sum(|Xt|).
Result column_transformer(Context& ctx) {
    const DataFrame X = ctx.load([&] {
        return read_csv(
            ctx.path("tabular_1m.csv"))[{"age", "income", "credit_score", "orders", "revenue",
                                         "tenure_days", "score", "city", "employment_type"}];
    });
    const std::vector<std::string> numeric = {"age",     "income",      "credit_score", "orders",
                                              "revenue", "tenure_days", "score"};
    const std::vector<std::string> categorical = {"city", "employment_type"};
    const Pipeline pipe(
        {{"prep", ColumnTransformer({
                      {"num",
                       Pipeline({{"impute", SimpleImputer({.strategy = "median"})},
                                 {"scale", StandardScaler()}}),
                       numeric},
                      {"cat",
                       Pipeline({{"impute", SimpleImputer({.strategy = "most_frequent"})},
                                 {"onehot", OneHotEncoder({.handle_unknown = "ignore"})}}),
                       categorical},
                  })}});
    const DataFrame Xt = ctx.step("fit_transform", [&] { return pipe.fit_transform(X); });
    return {sum_of_abs(Xt), {{"rows", double(Xt.num_rows())}, {"cols", double(Xt.num_columns())}}};
}

// W7a: SimpleImputer(mean) on numeric_1m_20 as a row-major array, cell (i, j) missing iff
// (i + 3j) % 10 == 0; check the sum of the output.
Result simple_imputer(Context& ctx) {
    const NDArray<double> X = ctx.load([&] {
        NDArray<double> values = read_csv(ctx.path("numeric_1m_20.csv")).to_numpy();
        const std::int64_t rows = values.shape()[0];
        const std::int64_t cols = values.shape()[1];
        for (std::int64_t i = 0; i < rows; ++i) {
            for (std::int64_t j = 0; j < cols; ++j) {
                if ((i + 3 * j) % 10 == 0) values.data()[i * cols + j] = std::nan("");
            }
        }
        return values;
    });
    const NDArray<double> Xt = ctx.step(
        "fit_transform", [&] { return SimpleImputer({.strategy = "mean"}).fit_transform(X); });
    return {Xt.sum(), {{"rows", double(Xt.shape()[0])}, {"cols", double(Xt.shape()[1])}}};
}

// W7b: KNNImputer(n_neighbors=5) on impute_10k; check the sum of the output.
Result knn_imputer(Context& ctx) {
    const NDArray<double> X =
        ctx.load([&] { return read_csv(ctx.path("impute_10k.csv")).to_numpy(); });
    const NDArray<double> Xt =
        ctx.step("fit_transform", [&] { return KNNImputer({.n_neighbors = 5}).fit_transform(X); });
    double missing = 0;
    for (double v : X.to_vector()) missing += std::isnan(v) ? 1 : 0;
    return {Xt.sum(), {{"missing", missing}}};
}

}  // namespace tabula::bench
