#include "tabula/array/random.hpp"

#include <type_traits>

namespace tabula::random {

namespace {

// A new array of `shape` filled in C order by the generator's fill form, which checks the
// parameters.
template <class Rng, ArrayElement E, class... Params>
NDArray<E> drawn(Rng& rng, void (Rng::*fill)(E*, std::int64_t, Params...), const Shape& shape,
                 std::type_identity_t<Params>... params) {
    NDArray<E> out = NDArray<E>::empty(shape);
    (rng.*fill)(out.data(), out.size(), params...);
    return out;
}

}  // namespace

NDArray<double> random(Generator& rng, const Shape& shape) {
    return drawn(rng, &Generator::fill_random, shape);
}

NDArray<double> standard_normal(Generator& rng, const Shape& shape) {
    return drawn(rng, &Generator::fill_standard_normal, shape);
}

NDArray<double> normal(Generator& rng, double loc, double scale, const Shape& shape) {
    return drawn(rng, &Generator::fill_normal, shape, loc, scale);
}

NDArray<double> uniform(Generator& rng, double low, double high, const Shape& shape) {
    return drawn(rng, &Generator::fill_uniform, shape, low, high);
}

NDArray<std::int64_t> integers(Generator& rng, std::int64_t low, std::int64_t high,
                               const Shape& shape, bool endpoint) {
    return drawn(rng, &Generator::fill_integers, shape, low, high, endpoint);
}

NDArray<double> random_sample(RandomState& rs, const Shape& shape) {
    return drawn(rs, &RandomState::fill_random_sample, shape);
}

NDArray<double> rand(RandomState& rs, const Shape& shape) {
    return random_sample(rs, shape);
}

NDArray<double> standard_normal(RandomState& rs, const Shape& shape) {
    return drawn(rs, &RandomState::fill_standard_normal, shape);
}

NDArray<double> randn(RandomState& rs, const Shape& shape) {
    return standard_normal(rs, shape);
}

NDArray<double> normal(RandomState& rs, double loc, double scale, const Shape& shape) {
    return drawn(rs, &RandomState::fill_normal, shape, loc, scale);
}

NDArray<double> uniform(RandomState& rs, double low, double high, const Shape& shape) {
    return drawn(rs, &RandomState::fill_uniform, shape, low, high);
}

NDArray<std::int64_t> randint(RandomState& rs, std::int64_t low, std::int64_t high,
                              const Shape& shape) {
    return drawn(rs, &RandomState::fill_randint, shape, low, high);
}

}  // namespace tabula::random
