// The seed's broadcasting section: NumPy's rule (align shapes from the right; a 1 or a missing
// axis stretches) applied without copying the smaller operand.
#include <iostream>

#include "tabula/array/operators.hpp"
#include "tabula/array/random.hpp"
#include "tabula/array/reductions.hpp"
#include "tabula/array/ufuncs.hpp"
#include "tabula/core/error.hpp"

using namespace tabula;

int main() {
    // (3,3) + (3,) -> (3,3) + (1,3) -> (3,3)
    NDArray<std::int64_t> A{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    NDArray<std::int64_t> b{10, 20, 30};
    std::cout << "A + b =\n" << A + b << '\n';

    // Normalise each feature (column): (1000,20) - (20,) -> (1000,20)
    auto rng = random::default_rng(0);
    auto X = random::standard_normal(rng, {1000, 20});
    auto mean = X.mean(0);  // shape (20,)
    auto std = X.std(0);    // shape (20,)
    auto X_normalized = (X - mean) / std;
    std::cout << "X_normalized.shape = " << shape_to_string(X_normalized.shape()) << '\n';
    std::cout << "max |column mean| after = " << max(abs(X_normalized.mean(0))) << '\n';
    std::cout << "max |column std - 1| after = " << max(abs(X_normalized.std(0) - 1.0)) << '\n';

    // Adding a bias to a batch: (32,128) + (128,) -> (32,128)
    auto output = random::standard_normal(rng, {32, 128});
    auto bias = random::standard_normal(rng, {128});
    auto result = output + bias;
    std::cout << "(output + bias).shape = " << shape_to_string(result.shape()) << '\n';
    std::cout << "result[31, 127] == output[31, 127] + bias[127]: "
              << (result(31, 127) == output(31, 127) + bias(127) ? "yes" : "no") << '\n';

    // Incompatible shapes fail with NumPy's message.
    try {
        auto bad = NDArray<double>::zeros({2, 3}) + NDArray<double>::zeros({3, 2});
    } catch (const ShapeError& e) {
        std::cout << e.python_name() << ": " << e.what() << '\n';
    }
}
