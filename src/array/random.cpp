#include "tabula/array/random.hpp"

#include <utility>

namespace tabula::random {

namespace {

// A new array of `shape` filled in C order by fill(data, size).
template <ArrayElement E, class Fill>
NDArray<E> drawn(const Shape& shape, Fill&& fill) {
    NDArray<E> out = NDArray<E>::empty(shape);
    std::forward<Fill>(fill)(out.data(), out.size());
    return out;
}

}  // namespace

NDArray<double> random(Generator& rng, const Shape& shape) {
    return drawn<double>(shape, [&](double* out, std::int64_t n) { rng.fill_random(out, n); });
}

NDArray<double> standard_normal(Generator& rng, const Shape& shape) {
    return drawn<double>(shape,
                         [&](double* out, std::int64_t n) { rng.fill_standard_normal(out, n); });
}

NDArray<double> normal(Generator& rng, double loc, double scale, const Shape& shape) {
    return drawn<double>(shape,
                         [&](double* out, std::int64_t n) { rng.fill_normal(out, n, loc, scale); });
}

NDArray<double> uniform(Generator& rng, double low, double high, const Shape& shape) {
    return drawn<double>(shape,
                         [&](double* out, std::int64_t n) { rng.fill_uniform(out, n, low, high); });
}

NDArray<std::int64_t> integers(Generator& rng, std::int64_t low, std::int64_t high,
                               const Shape& shape, bool endpoint) {
    return drawn<std::int64_t>(shape, [&](std::int64_t* out, std::int64_t n) {
        rng.fill_integers(out, n, low, high, endpoint);
    });
}

NDArray<double> random_sample(RandomState& rs, const Shape& shape) {
    return drawn<double>(shape,
                         [&](double* out, std::int64_t n) { rs.fill_random_sample(out, n); });
}

NDArray<double> rand(RandomState& rs, const Shape& shape) {
    return random_sample(rs, shape);
}

NDArray<double> standard_normal(RandomState& rs, const Shape& shape) {
    return drawn<double>(shape,
                         [&](double* out, std::int64_t n) { rs.fill_standard_normal(out, n); });
}

NDArray<double> randn(RandomState& rs, const Shape& shape) {
    return standard_normal(rs, shape);
}

NDArray<double> normal(RandomState& rs, double loc, double scale, const Shape& shape) {
    return drawn<double>(shape,
                         [&](double* out, std::int64_t n) { rs.fill_normal(out, n, loc, scale); });
}

NDArray<double> uniform(RandomState& rs, double low, double high, const Shape& shape) {
    return drawn<double>(shape,
                         [&](double* out, std::int64_t n) { rs.fill_uniform(out, n, low, high); });
}

NDArray<std::int64_t> randint(RandomState& rs, std::int64_t low, std::int64_t high,
                              const Shape& shape) {
    return drawn<std::int64_t>(
        shape, [&](std::int64_t* out, std::int64_t n) { rs.fill_randint(out, n, low, high); });
}

}  // namespace tabula::random
