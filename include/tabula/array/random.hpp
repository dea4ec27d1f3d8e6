#pragma once
// NDArray forms of tabula::random's distributions, as NumPy's `size=shape` argument: the values
// are drawn straight into the new array in C order, the same stream NumPy draws, e.g.
//   auto rng = random::default_rng(42);
//   NDArray<double> x = random::standard_normal(rng, {2, 3});  // rng.standard_normal((2, 3))
// A negative dimension is a ValueError ("negative dimensions are not allowed"); a bad
// distribution argument raises what the scalar form raises.
#include <cstdint>

#include "tabula/array/ndarray.hpp"
#include "tabula/core/random.hpp"

namespace tabula::random {

// Generator (np.random.default_rng).
NDArray<double> random(Generator& rng, const Shape& shape);
NDArray<double> standard_normal(Generator& rng, const Shape& shape);
NDArray<double> normal(Generator& rng, double loc, double scale, const Shape& shape);
NDArray<double> uniform(Generator& rng, double low, double high, const Shape& shape);
NDArray<std::int64_t> integers(Generator& rng, std::int64_t low, std::int64_t high,
                               const Shape& shape, bool endpoint = false);

// RandomState (np.random.RandomState); rand(rs, shape) is rs.rand(*shape).
NDArray<double> random_sample(RandomState& rs, const Shape& shape);
NDArray<double> rand(RandomState& rs, const Shape& shape);
NDArray<double> standard_normal(RandomState& rs, const Shape& shape);
NDArray<double> randn(RandomState& rs, const Shape& shape);
NDArray<double> normal(RandomState& rs, double loc, double scale, const Shape& shape);
NDArray<double> uniform(RandomState& rs, double low, double high, const Shape& shape);
NDArray<std::int64_t> randint(RandomState& rs, std::int64_t low, std::int64_t high,
                              const Shape& shape);

}  // namespace tabula::random
