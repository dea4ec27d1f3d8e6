#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/array/random.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

// The call a fixture row names, on a freshly seeded generator, with the arguments
// random_arrays.py uses.
template <class V>
NDArray<V> call(const std::string& source, std::int64_t seed, const std::string& name,
                const Shape& shape);

template <>
NDArray<double> call(const std::string& source, std::int64_t seed, const std::string& name,
                     const Shape& shape) {
    if (source == "default_rng") {
        auto rng = random::default_rng(seed);
        if (name == "random") return random::random(rng, shape);
        if (name == "standard_normal") return random::standard_normal(rng, shape);
        if (name == "normal") return random::normal(rng, 1.5, 2.0, shape);
        if (name == "uniform") return random::uniform(rng, -1.0, 3.0, shape);
    } else {
        random::RandomState rs(seed);
        if (name == "rand") return random::rand(rs, shape);
        if (name == "randn") return random::randn(rs, shape);
        if (name == "random_sample") return random::random_sample(rs, shape);
        if (name == "standard_normal") return random::standard_normal(rs, shape);
        if (name == "normal") return random::normal(rs, -1.0, 0.5, shape);
        if (name == "uniform") return random::uniform(rs, 2.0, 4.0, shape);
    }
    throw ValueError("no double call " + name);
}

template <>
NDArray<std::int64_t> call(const std::string& source, std::int64_t seed, const std::string& name,
                           const Shape& shape) {
    if (source == "default_rng") {
        auto rng = random::default_rng(seed);
        if (name == "integers") return random::integers(rng, -5, 10, shape);
        if (name == "integers_endpoint") return random::integers(rng, 0, 3, shape, true);
    } else {
        random::RandomState rs(seed);
        if (name == "randint") return random::randint(rs, 0, 100, shape);
    }
    throw ValueError("no integer call " + name);
}

TEST(RandomArrays, MatchNumPyFixtures) {
    int rows = 0;
    for (const std::string& line : testing::fixture_lines("array/random_arrays.txt")) {
        ++rows;
        const auto f = testing::split(line, '|');
        ASSERT_EQ(f.size(), 5u) << line;
        const Shape shape = testing::parse_shape(f[3]);
        // Same algorithms as NumPy, so integers and doubles alike are bit-identical.
        const auto check = [&](const auto& a) {
            EXPECT_EQ(a.shape(), shape) << line;
            testing::expect_values(a.to_vector(), testing::words(f[4]), line);
        };
        const std::int64_t seed = std::stoll(f[1]);
        if (f[2].starts_with("integers") || f[2] == "randint") {
            check(call<std::int64_t>(f[0], seed, f[2], shape));
        } else {
            check(call<double>(f[0], seed, f[2], shape));
        }
    }
    EXPECT_EQ(rows, 26);
}

TEST(RandomArrays, AreTheStreamInCOrder) {
    auto a = random::default_rng(7);
    auto b = random::default_rng(7);
    const auto x = random::standard_normal(a, {2, 3});
    EXPECT_EQ(x.shape(), (Shape{2, 3}));
    EXPECT_TRUE(x.is_contiguous());
    EXPECT_EQ(x.to_vector(), b.standard_normal(6));
    // The generator moves on: the next draws continue the same stream.
    EXPECT_EQ(random::random(a, {4}).to_vector(), b.random(4));

    random::RandomState r(3);
    random::RandomState s(3);
    EXPECT_EQ(random::randint(r, -2, 2, {3, 1}).to_vector(), s.randint(-2, 2, 3));
    EXPECT_EQ(random::randn(r, {0, 5}).size(), 0);
    const auto one = random::randn(r, {});
    EXPECT_EQ(one.shape(), Shape{});
    EXPECT_EQ(one.item(), s.randn(1)[0]);
}

TEST(RandomArrays, BadArguments) {
    auto rng = random::default_rng(0);
    try {
        random::random(rng, {2, -1});
        FAIL();
    } catch (const ValueError& e) {
        EXPECT_STREQ(e.what(), "negative dimensions are not allowed");
    }
    try {
        random::integers(rng, 5, 5, {3});
        FAIL();
    } catch (const ValueError& e) {
        EXPECT_STREQ(e.what(), "low >= high");
    }
    random::RandomState rs(0);
    EXPECT_THROW(random::normal(rs, 0.0, -1.0, {2}), ValueError);
}

}  // namespace
}  // namespace tabula
