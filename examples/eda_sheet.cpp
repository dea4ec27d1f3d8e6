// Seed section 02, "Explore", as a picture: an EDA sheet of data/users.csv as a seaborn user
// draws it,
//     fig, axes = plt.subplots(2, 3, figsize=(16, 9))
//     sns.histplot(df, x="age", kde=True, ax=axes[0, 0]); ...
//     sns.heatmap(df[numeric].corr(), annot=True, fmt=".2f", cmap="coolwarm", center=0, ...)
//     sns.countplot(df, y="city", color="C0", ax=...); sns.barplot(df, x="label", y="income", ...)
// Writes the sheet to the path given as the first argument (default eda_sheet.png).
#include <cstdio>
#include <string>
#include <vector>

#include "tabula/io/csv.hpp"
#include "tabula/plot/categorical.hpp"
#include "tabula/plot/distributions.hpp"
#include "tabula/plot/figure.hpp"
#include "tabula/plot/heatmap.hpp"

using namespace tabula;

int main(int argc, char** argv) {
    const std::string path = argc > 1 ? argv[1] : "eda_sheet.png";
    const DataFrame df = read_csv(std::string(TABULA_DATA_DIR) + "/users.csv");
    const std::vector<std::string> numeric = {"age",          "income",        "credit_score",
                                              "tenure_years", "num_purchases", "label"};
    const DataFrame corr = df[numeric].corr();
    std::printf("%lld rows; correlation of income and age: %.3f\n",
                static_cast<long long>(df.num_rows()), corr.loc("income", "age").as_double());

    auto [fig, axes] = subplots(2, 3, {.figsize = {16, 9}});
    histplot(axes(0, 0), df, "age", {.kde = true});
    axes(0, 0).set_title("Age");
    histplot(axes(0, 1), df, "income", {.kde = true});
    axes(0, 1).set_title("Income");
    kdeplot(axes(0, 2), df, "credit_score", {.hue = "employment_type", .fill = true});
    axes(0, 2).set_title("Credit score by employment type");
    heatmap(axes(1, 0), corr, {.annot = true, .fmt = ".2f", .cmap = "coolwarm", .center = 0.0});
    axes(1, 0).set_title("Correlations");
    countplot(axes(1, 1), df, {.y = "city", .color = "C0"});
    axes(1, 1).set_title("Users per city");
    barplot(axes(1, 2), df, "label", "income", {.seed = 0, .capsize = .1});
    axes(1, 2).set_title("Mean income by label (95% CI)");
    fig.tight_layout();
    fig.savefig(path, {.dpi = 100});
    std::printf("saved %s (1600 x 900 pixels)\n", path.c_str());
}
