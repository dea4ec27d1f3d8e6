#include "sample_without_replacement.hpp"

#include <numeric>
#include <unordered_set>

#include "tabula/core/error.hpp"

namespace tabula::detail {

std::vector<std::int64_t> sample_without_replacement(std::int64_t n_population,
                                                     std::int64_t n_samples,
                                                     random::RandomState& rng) {
    if (n_population < 0) {
        throw ValueError("n_population should be greater than 0, got " +
                         std::to_string(n_population) + ".");
    }
    if (n_samples > n_population) {
        std::string message = "n_population should be greater or equal than n_samples, got ";
        message += "n_samples > n_population (";
        message += std::to_string(n_samples);
        message += " > ";
        message += std::to_string(n_population);
        message += ")";
        throw ValueError(message);
    }
    const double ratio = n_population != 0
                             ? static_cast<double>(n_samples) / static_cast<double>(n_population)
                             : 1.0;
    if (ratio > 0.01 && ratio < 0.99) {
        auto permutation = rng.permutation(n_population);
        permutation.resize(static_cast<std::size_t>(n_samples));
        return permutation;
    }
    std::vector<std::int64_t> out(static_cast<std::size_t>(n_samples));
    if (ratio < 0.2) {
        std::unordered_set<std::int64_t> selected;
        for (auto& value : out) {
            std::int64_t j = rng.randint(n_population);
            while (selected.contains(j)) j = rng.randint(n_population);
            selected.insert(j);
            value = j;
        }
        return out;
    }
    std::iota(out.begin(), out.end(), std::int64_t{0});
    for (std::int64_t i = n_samples; i < n_population; ++i) {
        const std::int64_t j = rng.randint(0, i + 1);
        if (j < n_samples) out[static_cast<std::size_t>(j)] = i;
    }
    return out;
}

}  // namespace tabula::detail
