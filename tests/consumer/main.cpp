// Built against the installed package (find_package(tabula)): proves the exported targets,
// headers and transitive dependencies are complete.
#include <iostream>
#include <tabula/tabula.hpp>

int main() {
    using namespace tabula;
    NDArray<double> X{{1, 2}, {3, 4}};
    const NDArray<double> Z = (X - X.mean(0)) / X.std(0);
    const double check = sum(matmul(Z, Z.T()));
    std::cout << "consumer: sum(Z @ Z.T) = " << check << '\n';
    return check == 0.0 ? 0 : 1;
}
