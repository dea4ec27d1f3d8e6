// The seed's missing-data decision (section 06) on the embedded data set: drop rows when few
// values are missing, drop a column when most are, impute the rest (median for numbers, the
// most frequent value for text). examples/missing_data_expected.py is the same in pandas.
// Pass another CSV file as the first argument to clean that instead.
#include <iostream>
#include <string>
#include <utility>
#include <vector>

#include "tabula/frame/dataframe.hpp"
#include "tabula/io/csv.hpp"

using namespace tabula;

namespace {

// Python's repr of a list of names: ['a', 'b'].
std::string names_repr(const std::vector<std::string>& names) {
    std::string text = "[";
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (k > 0) text += ", ";
        text += '\'';
        text += names[k];
        text += '\'';
    }
    text += ']';
    return text;
}

// Python's repr of df.shape: (6000, 12).
std::string shape_repr(const DataFrame& df) {
    std::string text = "(";
    text += std::to_string(df.num_rows());
    text += ", ";
    text += std::to_string(df.num_columns());
    text += ')';
    return text;
}

}  // namespace

int main(int argc, char** argv) {
    DataFrame df = read_csv(argc > 1 ? argv[1] : TABULA_DATA_DIR "/users.csv");
    std::cout << "df.shape = " << shape_repr(df) << "\n\n";

    // Check missing data
    std::cout << "df.isnull().sum() =\n" << df.isnull().sum() << '\n';
    Series missing = df.isnull().mean() * 100;  // % missing per column
    std::cout << "df.isnull().mean() * 100 =\n" << missing << '\n';
    std::cout << "df.dropna().shape = " << shape_repr(df.dropna())
              << "  (every row with any gap dropped)\n\n";

    // The decision framework: drop rows when few are missing, drop a column when most are,
    // impute the rest.
    std::vector<std::string> few, most, rest;
    for (std::int64_t j = 0; j < missing.size(); ++j) {
        const std::string name = missing.index().label_string(j);
        const double percent = missing.value(j);
        if (percent > 0 && percent < 5) few.push_back(name);
        if (percent > 40) most.push_back(name);
        if (percent >= 5 && percent <= 40) rest.push_back(name);
    }
    std::cout << "drop rows with a gap in " << names_repr(few) << '\n';
    std::cout << "drop columns " << names_repr(most) << '\n';
    std::cout << "impute " << names_repr(rest) << "\n\n";

    DataFrame clean = df.dropna({.subset = few}).drop(most);
    std::vector<std::pair<std::string, Scalar>> fills;
    for (const std::string& name : rest) {
        const Series column = clean[name];
        Scalar value = column.dtype() == DType::String
                           ? Scalar(column.value_counts().index().label_string(0))  // most frequent
                           : Scalar(column.median());  // median: robust to the skew of income
        std::cout << "fill " << name << " with " << value.repr() << '\n';
        fills.emplace_back(name, std::move(value));
    }
    clean = clean.fillna(fills);

    std::cout << "\nbefore: " << shape_repr(df) << ", after: " << shape_repr(clean) << '\n';
    std::cout << "clean.isnull().sum() =\n" << clean.isnull().sum();
}
