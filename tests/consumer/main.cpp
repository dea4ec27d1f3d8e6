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
    // Z's columns are standardised, so the Gram matrix's diagonal is the row count.
    return std::abs(matmul(Z.T(), Z)(0, 0) - 1000.0) < 1e-9 ? 0 : 1;
}
