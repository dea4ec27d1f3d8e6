// The seed's DataFrame tour (section 05) on the embedded data set, line by line in tabula.
// Pass another CSV file as the first argument to tour that instead.
#include <iostream>

#include "tabula/core/float_repr.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/io/csv.hpp"

using namespace tabula;

int main(int argc, char** argv) {
    // Load data
    DataFrame df = read_csv(argc > 1 ? argv[1] : TABULA_DATA_DIR "/users.csv");
    const auto [rows, cols] = df.shape();
    std::cout << "df.shape = (" << rows << ", " << cols << ")\n\n";
    std::cout << "df.head() =\n" << df.head() << '\n';            // first 5 rows
    df.info();                                                    // column types, null counts
    std::cout << "\ndf.describe() =\n" << df.describe() << '\n';  // mean, std, min, max ...

    // Selecting data
    Series ages = df["age"];                   // select one column (Series)
    DataFrame subset = df[{"age", "income"}];  // select multiple columns
    DataFrame seniors = df[df["age"] > 60];    // filter rows where age > 60
    std::cout << "df[\"age\"].head(3) =\n" << ages.head(3) << '\n';
    std::cout << "df[[\"age\", \"income\"]].describe() =\n" << subset.describe() << '\n';
    std::cout << "df[df[\"age\"] > 60].shape = (" << seniors.num_rows() << ", "
              << seniors.num_columns() << ")\n";
    std::cout << "mean income: seniors " << float_repr(seniors["income"].mean()) << ", everyone "
              << float_repr(df["income"].mean()) << "\n\n";

    // Value counts: frequency of each category
    std::cout << "df[\"city\"].value_counts() =\n" << df["city"].value_counts() << '\n';
    std::cout << "df[\"label\"].value_counts() =\n"
              << df["label"].value_counts() << '\n';  // check class imbalance

    // Missing values per column
    std::cout << "df.isnull().sum() =\n" << df.isnull().sum();
}
