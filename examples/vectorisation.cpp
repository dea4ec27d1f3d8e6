// The seed's vectorisation comparison: 10M elements times 2, once as a loop over boxed values
// (what a Python list holds: a pointer per element, each to its own heap object) and once as one
// NDArray expression over contiguous doubles.
#include <chrono>
#include <cstdint>
#include <iostream>
#include <memory>
#include <vector>

#include "tabula/array/creation.hpp"
#include "tabula/array/operators.hpp"
#include "tabula/array/reductions.hpp"

using namespace tabula;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main() {
    constexpr std::int64_t n = 10'000'000;

    std::vector<std::unique_ptr<double>> boxed_list;
    boxed_list.reserve(n);
    for (std::int64_t i = 0; i < n; ++i) boxed_list.push_back(std::make_unique<double>(i));
    const NDArray<double> numpy_array = arange(0.0, double(n));

    auto start = std::chrono::steady_clock::now();
    std::vector<std::unique_ptr<double>> boxed_result;
    boxed_result.reserve(n);
    for (const auto& x : boxed_list) boxed_result.push_back(std::make_unique<double>(*x * 2));
    const double boxed_seconds = seconds_since(start);

    start = std::chrono::steady_clock::now();
    const NDArray<double> result = numpy_array * 2;
    const double array_seconds = seconds_since(start);

    double boxed_sum = 0;
    for (const auto& x : boxed_result) boxed_sum += *x;
    std::cout << std::fixed;
    std::cout.precision(3);
    std::cout << "boxed loop: " << boxed_seconds << "s\n";
    std::cout << "NDArray:    " << array_seconds << "s\n";
    std::cout.precision(0);
    std::cout << "both sums equal " << boxed_sum << ": "
              << (boxed_sum == sum(result) ? "yes" : "no") << '\n';
    std::cout.precision(1);
    std::cout << "NDArray is " << boxed_seconds / array_seconds << "x faster\n";
}
