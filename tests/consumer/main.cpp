// Built against the installed package (find_package(tabula)): proves the exported targets,
// headers and transitive dependencies are complete. The body is README.md's example.
#include <cmath>
#include <iostream>
#include <tabula/tabula.hpp>

int main() {
    using namespace tabula;
    auto rng = random::default_rng(42);  // same numbers as numpy.random.default_rng(42)
    NDArray<double> X = random::standard_normal(rng, {1000, 20});
    NDArray<double> Z = (X - X.mean(0)) / X.std(0);                    // broadcasting as NumPy
    NDArray<double> X1 = X[random::integers(rng, 0, 2, {1000}) == 1];  // boolean row mask
    std::cout << matmul(Z.T(), Z)(Slice{0, 2}, Slice{0, 2}) << '\n';   // prints like NumPy
    std::cout << "consumer: " << X1.shape()[0] << " rows selected\n";

    DataFrame df({{"age", {25, 31, 67, 72}}, {"city", {"Oslo", "Rome", "Oslo", "Lima"}}});
    DataFrame back = read_csv_string(to_csv_string(df, {.index = false}));  // a round trip
    std::cout << back[back["age"] > 60] << '\n' << back.describe() << '\n';
    std::cout << back["city"].value_counts() << '\n';
    // Z's columns are standardised, so the Gram matrix's diagonal is the row count.
    const bool gram_ok = std::abs(matmul(Z.T(), Z)(0, 0) - 1000.0) < 1e-9;
    return gram_ok && back.equals(df) && back["age"].mean() == 48.75 ? 0 : 1;
}
