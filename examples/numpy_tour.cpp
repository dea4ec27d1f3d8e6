// The seed's tour of essential NumPy operations, line by line in tabula.
#include <iostream>

#include "tabula/array/creation.hpp"
#include "tabula/array/indexing.hpp"
#include "tabula/array/linalg.hpp"
#include "tabula/array/operators.hpp"
#include "tabula/array/random.hpp"
#include "tabula/array/reductions.hpp"

using namespace tabula;

int main() {
    // Array creation
    NDArray<std::int64_t> a{{1, 2, 3}, {4, 5, 6}};  // shape (2, 3)
    auto zeros_ = zeros({3, 4});                    // 3x4 matrix of zeros
    auto legacy = random::RandomState(0);
    auto rand = random::randn(legacy, {100, 10});  // 100 samples, 10 features (Gaussian)
    std::cout << "a =\n" << a << '\n';
    std::cout << "zeros((3, 4)).shape = " << shape_to_string(zeros_.shape()) << '\n';

    // Shape operations
    std::cout << "a.shape = " << shape_to_string(a.shape()) << '\n';
    std::cout << "a.reshape(3, 2).shape = " << shape_to_string(a.reshape({3, 2}).shape()) << '\n';
    std::cout << "a.T.shape = " << shape_to_string(a.T().shape()) << '\n';

    // Matrix operations
    auto rng = random::default_rng(42);
    auto A = random::standard_normal(rng, {4, 3});
    auto B = random::standard_normal(rng, {3, 5});
    auto C = matmul(A, B);  // A @ B
    std::cout << "(A @ B).shape = " << shape_to_string(C.shape()) << '\n';

    // Statistics: per-feature mean and std across 100 samples
    std::cout << "rand.mean(axis=0)[:3] = " << rand.mean(0)(Slice{0, 3}) << '\n';
    std::cout << "rand.std(axis=0)[:3] = " << rand.std(0)(Slice{0, 3}) << '\n';

    // Boolean indexing: the rows whose label is 1
    auto X = random::randn(legacy, {1000, 5});
    auto y = random::randint(legacy, 0, 2, {1000});
    auto X_class1 = X[y == 1];
    std::cout << "X[y == 1].shape = " << shape_to_string(X_class1.shape()) << " ("
              << count_nonzero(y == 1) << " rows with label 1)\n";
}
