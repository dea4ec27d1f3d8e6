// Seed section 08, "The Consistent ML API": preprocessing and a model chained in one Pipeline,
// fitted on the training rows only, cross-validated, and evaluated on held-out rows. The
// forest of the seed's code arrives with the tree issue; LogisticRegression stands in for it.
// The output equals scikit-learn's for the same steps (examples/pipeline_tour_expected.py).
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "tabula/array/print.hpp"
#include "tabula/io/csv.hpp"
#include "tabula/ml/compose/column_transformer.hpp"
#include "tabula/ml/compose/pipeline.hpp"
#include "tabula/ml/impute/simple_imputer.hpp"
#include "tabula/ml/linear_model/logistic_regression.hpp"
#include "tabula/ml/metrics/classification.hpp"
#include "tabula/ml/metrics/classification_report.hpp"
#include "tabula/ml/model_selection/cross_validate.hpp"
#include "tabula/ml/model_selection/train_test_split.hpp"
#include "tabula/ml/preprocessing/one_hot_encoder.hpp"
#include "tabula/ml/preprocessing/standard_scaler.hpp"

using namespace tabula;

int main() {
    const DataFrame df = read_csv(std::string(TABULA_DATA_DIR) + "/users.csv");
    const std::vector<std::string> numeric_features = {"age", "income", "credit_score"};
    const std::vector<std::string> categorical_features = {"city", "employment_type"};
    const DataFrame X = df[{"age", "income", "credit_score", "city", "employment_type"}];
    const Series y = df["label"];

    // Each column kind gets its own preprocessing; the imputer's median and the scaler's mean
    // are learnt from the training rows only, because the whole chain is one estimator.
    const ColumnTransformer preprocessor({
        {"num",
         Pipeline({{"impute", SimpleImputer({.strategy = "median"})}, {"scale", StandardScaler()}}),
         numeric_features},
        {"cat", OneHotEncoder({.handle_unknown = "ignore"}), categorical_features},
    });
    const Pipeline pipeline({{"preprocessor", preprocessor}, {"classifier", LogisticRegression()}});

    auto [X_train, X_test, y_train, y_test] =
        train_test_split(X, y, {.test_size = 0.2, .random_state = 42});
    std::printf(
        "X_train (%lld, %lld), X_test (%lld, %lld)\n", static_cast<long long>(X_train.num_rows()),
        static_cast<long long>(X_train.num_columns()), static_cast<long long>(X_test.num_rows()),
        static_cast<long long>(X_test.num_columns()));

    // fit returns an immutable model: the estimator itself never holds fitted state.
    const PipelineModel model = pipeline.fit(X_train, y_train);
    const auto names = model[std::size_t{0}].get_feature_names_out();
    std::printf("%zu features after the ColumnTransformer: %s, %s, %s, %s, %s, ...\n", names.size(),
                names[0].c_str(), names[1].c_str(), names[2].c_str(), names[3].c_str(),
                names[4].c_str());

    const NDArray<double> cv_scores =
        cross_val_score(pipeline, X_train, y_train, {.cv = 5, .scoring = "f1"});
    std::printf("CV F1: %.3f ± %.3f\n", cv_scores.mean(), cv_scores.std());

    const Series y_pred = model.predict(X_test);
    std::cout << classification_report(y_test, y_pred) << '\n';
    std::cout << "confusion_matrix:\n" << array_str(confusion_matrix(y_test, y_pred)) << '\n';
}
