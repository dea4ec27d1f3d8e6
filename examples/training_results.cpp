// Seed section 07, "Visualization": the training and validation loss curves beside the
// annotated confusion matrix, laid out with tight_layout and saved at 150 dpi, as
//     fig, axes = plt.subplots(1, 2, figsize=(12, 4))
//     ...; sns.heatmap(confusion_matrix, annot=True, fmt='d', cmap='Blues', ax=axes[1])
// The losses are real: a LogisticRegression on data/users.csv stopped after 1, 2, ... lbfgs
// iterations ("epochs"), its log loss on the training and on the held-out rows.
// Writes the figure to the path given as the first argument (default training_results.png).
#include <cstdio>
#include <string>
#include <vector>

#include "tabula/io/csv.hpp"
#include "tabula/ml/compose/column_transformer.hpp"
#include "tabula/ml/compose/pipeline.hpp"
#include "tabula/ml/impute/simple_imputer.hpp"
#include "tabula/ml/linear_model/logistic_regression.hpp"
#include "tabula/ml/metrics/classification.hpp"
#include "tabula/ml/metrics/log_loss.hpp"
#include "tabula/ml/model_selection/train_test_split.hpp"
#include "tabula/ml/preprocessing/one_hot_encoder.hpp"
#include "tabula/ml/preprocessing/standard_scaler.hpp"
#include "tabula/plot/figure.hpp"
#include "tabula/plot/heatmap.hpp"

using namespace tabula;

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : "training_results.png";
    const DataFrame df = read_csv(std::string(TABULA_DATA_DIR) + "/users.csv");
    const DataFrame X = df[{"age", "income", "credit_score", "city", "employment_type"}];
    auto [X_train, X_val, y_train, y_val] =
        train_test_split(X, df["label"], {.test_size = 0.2, .random_state = 42});

    const ColumnTransformer preprocessor({
        {"num",
         Pipeline({{"impute", SimpleImputer({.strategy = "median"})}, {"scale", StandardScaler()}}),
         std::vector<std::string>{"age", "income", "credit_score"}},
        {"cat", OneHotEncoder({.handle_unknown = "ignore"}),
         std::vector<std::string>{"city", "employment_type"}},
    });
    std::vector<double> train_losses;
    std::vector<double> val_losses;
    std::optional<PipelineModel> model;
    for (std::int64_t epoch = 1; epoch <= 15; ++epoch) {
        const Pipeline pipeline({{"preprocessor", preprocessor},
                                 {"classifier", LogisticRegression({.max_iter = epoch})}});
        model = pipeline.fit(X_train, y_train);
        train_losses.push_back(log_loss(y_train, model->predict_proba(X_train)));
        val_losses.push_back(log_loss(y_val, model->predict_proba(X_val)));
    }
    std::printf("epoch 1: train loss %.4f, val loss %.4f\n", train_losses.front(),
                val_losses.front());
    std::printf("epoch 15: train loss %.4f, val loss %.4f\n", train_losses.back(),
                val_losses.back());

    auto [fig, axes] = subplots(1, 2, {.figsize = {12, 4}});
    axes[0].plot(train_losses, {.label = "Train Loss", .color = "#0d6efd"});
    axes[0].plot(val_losses, {.label = "Val Loss", .color = "#f97316", .linestyle = "--"});
    axes[0].set_title("Training Curve").set_xlabel("Epoch").set_ylabel("Loss");
    axes[0].legend();
    heatmap(axes[1], confusion_matrix(y_val, model->predict(X_val)),
            {.annot = true, .fmt = "d", .cmap = "Blues"});
    axes[1].set_title("Confusion Matrix");
    fig.tight_layout();
    fig.savefig(path, {.dpi = 150});
    std::printf("saved %s (1800 x 600 pixels)\n", path.c_str());
}
