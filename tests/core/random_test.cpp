#include "tabula/core/random.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <map>
#include <numeric>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "tabula/core/error.hpp"

// Reference streams come from NumPy 1.24.2 (tests/fixtures/random/make_random_fixtures.py).
// Everything is compared exactly: integers and doubles alike are bit-identical to NumPy,
// including the ziggurat and polar-method paths that go through log, log1p and exp.

namespace tabula::random {
namespace {

using Sections = std::map<std::string, std::vector<std::string>>;

Sections read_fixture(const std::string& name) {
    std::ifstream in = testing::open_fixture("random/" + name);
    Sections sections;
    std::vector<std::string>* current = nullptr;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("# ", 0) == 0) {
            current = &sections[line.substr(2)];
        } else if (current != nullptr && !line.empty()) {
            current->push_back(line);
        }
    }
    return sections;
}

const std::vector<std::string>& section(const Sections& sections, const std::string& key) {
    static const std::vector<std::string> missing;
    const auto found = sections.find(key);
    EXPECT_NE(found, sections.end()) << "fixture has no section " << key;
    return found == sections.end() ? missing : found->second;
}

std::vector<std::int64_t> ints(const Sections& sections, const std::string& key) {
    std::vector<std::int64_t> values;
    for (const std::string& text : section(sections, key)) values.push_back(std::stoll(text));
    return values;
}

std::vector<std::uint64_t> uints(const Sections& sections, const std::string& key) {
    std::vector<std::uint64_t> values;
    for (const std::string& text : section(sections, key)) values.push_back(std::stoull(text));
    return values;
}

std::vector<double> doubles(const Sections& sections, const std::string& key) {
    std::vector<double> values;
    for (const std::string& text : section(sections, key)) {
        values.push_back(std::strtod(text.c_str(), nullptr));
    }
    return values;
}

// Reports the first differing position instead of flooding the log with a long stream.
template <class T>
void expect_same_stream(const std::vector<T>& actual, const std::vector<T>& expected,
                        const std::string& key) {
    ASSERT_EQ(actual.size(), expected.size()) << key;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (!(actual[i] == expected[i])) {
            ADD_FAILURE() << key << ": first difference at " << i << ": got " << actual[i]
                          << ", NumPy gives " << expected[i];
            return;
        }
    }
}

// The sections both generators' fixtures have, each drawn from a fresh generator of `make`.
template <class Make>
void expect_permutation_shuffle_and_choice(Make make, const Sections& expected) {
    expect_same_stream(make().permutation(10), ints(expected, "permutation_10"), "permutation_10");
    expect_same_stream(make().permutation(1000), ints(expected, "permutation_1000"),
                       "permutation_1000");
    std::vector<double> shuffled(10);
    for (std::size_t i = 0; i < shuffled.size(); ++i) shuffled[i] = 1.5 * static_cast<double>(i);
    make().shuffle(shuffled);
    expect_same_stream(shuffled, doubles(expected, "shuffle_10"), "shuffle_10");
    expect_same_stream(make().choice(10, 30), ints(expected, "choice_replace"), "choice_replace");
    expect_same_stream(make().choice(100, 10, false), ints(expected, "choice_no_replace"),
                       "choice_no_replace");
}

const std::vector<std::uint64_t> kGeneratorSeeds = {
    0, 1, 42, 12345, (std::uint64_t{1} << 40) + 7, ~std::uint64_t{0}};
const std::vector<std::int64_t> kLegacySeeds = {0, 1, 42, 12345, 4294967295};

Sections generator_fixture(std::uint64_t seed) {
    return read_fixture("default_rng_" + std::to_string(seed) + ".txt");
}

Sections legacy_fixture(std::int64_t seed) {
    return read_fixture("random_state_" + std::to_string(seed) + ".txt");
}

constexpr std::int64_t kInt64Min = std::numeric_limits<std::int64_t>::min();
constexpr std::int64_t kInt64Max = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kTwoPow32 = std::int64_t{1} << 32;

TEST(SeedSequence, PoolAndStateMatchNumPy) {
    for (std::uint64_t seed : kGeneratorSeeds) {
        SCOPED_TRACE(seed);
        const Sections expected = generator_fixture(seed);
        const SeedSequence sequence(seed);
        const std::vector<std::uint32_t> pool(sequence.pool().begin(), sequence.pool().end());
        std::vector<std::uint32_t> expected_pool;
        for (std::uint64_t word : uints(expected, "seed_sequence_pool")) {
            expected_pool.push_back(static_cast<std::uint32_t>(word));
        }
        expect_same_stream(pool, expected_pool, "pool");
        std::vector<std::uint64_t> state;
        for (std::uint32_t word : sequence.generate_state(6)) state.push_back(word);
        expect_same_stream(state, uints(expected, "seed_sequence_state"), "generate_state");
    }
}

TEST(PCG64, SeededStateMatchesNumPy) {
    for (std::uint64_t seed : kGeneratorSeeds) {
        SCOPED_TRACE(seed);
        const std::array<std::uint64_t, 4> state = PCG64(SeedSequence(seed)).state();
        expect_same_stream(std::vector<std::uint64_t>(state.begin(), state.end()),
                           uints(generator_fixture(seed), "pcg64_state"), "pcg64_state");
    }
}

TEST(RandomGenerator, FloatStreamsMatchNumPy) {
    for (std::uint64_t seed : kGeneratorSeeds) {
        SCOPED_TRACE(seed);
        const Sections expected = generator_fixture(seed);
        expect_same_stream(default_rng(seed).random(20), doubles(expected, "random"), "random");
        expect_same_stream(default_rng(seed).standard_normal(1000),
                           doubles(expected, "standard_normal"), "standard_normal");
        expect_same_stream(default_rng(seed).normal(3.0, 2.5, 20), doubles(expected, "normal"),
                           "normal");
        expect_same_stream(default_rng(seed).uniform(-2.0, 5.0, 20), doubles(expected, "uniform"),
                           "uniform");
    }
}

TEST(RandomGenerator, ScalarAndFillFormsFollowTheSameStream) {
    Generator scalar = default_rng(7);
    Generator filled = default_rng(7);
    std::vector<double> normals(5);
    filled.fill_standard_normal(normals.data(), 5);
    for (double value : normals) EXPECT_EQ(scalar.standard_normal(), value);
    std::vector<std::int64_t> integers(5);
    filled.fill_integers(integers.data(), 5, -3, 1000);
    for (std::int64_t value : integers) EXPECT_EQ(scalar.integers(-3, 1000), value);
    std::vector<double> uniforms(3);
    filled.fill_uniform(uniforms.data(), 3, 2.0, 4.0);
    for (double value : uniforms) EXPECT_EQ(scalar.uniform(2.0, 4.0), value);
    std::vector<double> gaussians(3);
    filled.fill_normal(gaussians.data(), 3, -1.0, 0.5);
    for (double value : gaussians) EXPECT_EQ(scalar.normal(-1.0, 0.5), value);
    std::vector<double> randoms(3);
    filled.fill_random(randoms.data(), 3);
    for (double value : randoms) EXPECT_EQ(scalar.random(), value);
}

TEST(RandomGenerator, IntegerStreamsMatchNumPy) {
    struct Range {
        const char* key;
        std::int64_t low;
        std::int64_t high;
        bool endpoint;
    };
    const std::vector<Range> ranges = {
        {"integers_small", 0, 10, false},
        {"integers_negative_low", -7, 5, false},
        {"integers_endpoint", -3, 3, true},
        {"integers_2pow32", 0, kTwoPow32, false},
        {"integers_above_2pow32", -5, kTwoPow32 + 5, false},
        {"integers_2pow40", 0, std::int64_t{1} << 40, false},
        {"integers_wide", -(std::int64_t{1} << 62), std::int64_t{1} << 62, false},
        {"integers_full", kInt64Min, kInt64Max, true},
        {"integers_single_value", 9, 9, true},
    };
    for (std::uint64_t seed : kGeneratorSeeds) {
        SCOPED_TRACE(seed);
        const Sections expected = generator_fixture(seed);
        for (const Range& range : ranges) {
            expect_same_stream(
                default_rng(seed).integers(range.low, range.high, 50, range.endpoint),
                ints(expected, range.key), range.key);
        }
        Generator rng = default_rng(seed);
        std::vector<std::int64_t> scalars;
        for (int i = 0; i < 9; ++i) scalars.push_back(rng.integers(0, 1000));
        expect_same_stream(scalars, ints(expected, "integers_scalar"), "integers_scalar");
    }
}

TEST(RandomGenerator, PermutationShuffleAndChoiceMatchNumPy) {
    for (std::uint64_t seed : kGeneratorSeeds) {
        SCOPED_TRACE(seed);
        const Sections expected = generator_fixture(seed);
        expect_permutation_shuffle_and_choice([seed] { return default_rng(seed); }, expected);
        expect_same_stream(default_rng(seed).choice(20000, 300, false),
                           ints(expected, "choice_floyd_large"), "choice_floyd_large");
        expect_same_stream(default_rng(seed).choice(20000, 1000, false),
                           ints(expected, "choice_tail_shuffle"), "choice_tail_shuffle");
        expect_same_stream(default_rng(seed).choice(20000, 1000, false, false),
                           ints(expected, "choice_floyd_unshuffled"), "choice_floyd_unshuffled");
    }
}

// One generator, methods interleaved: the buffered upper half of a PCG64 draw must survive
// from one 32-bit consumer to the next across 64-bit consumers, as it does in NumPy.
TEST(RandomGenerator, InterleavedCallsShareStateLikeNumPy) {
    for (std::uint64_t seed : kGeneratorSeeds) {
        SCOPED_TRACE(seed);
        const Sections fixture = generator_fixture(seed);
        const std::vector<std::string>& expected = section(fixture, "mixed");
        ASSERT_EQ(expected.size(), 14u);
        Generator rng = default_rng(seed);
        std::size_t at = 0;
        auto next_int = [&] { return std::stoll(expected[at++]); };
        auto next_double = [&] { return std::strtod(expected[at++].c_str(), nullptr); };
        EXPECT_EQ(rng.integers(0, 10), next_int());
        EXPECT_EQ(rng.random(), next_double());
        for (std::int64_t value : rng.integers(0, 10, 3)) EXPECT_EQ(value, next_int());
        EXPECT_EQ(rng.standard_normal(), next_double());
        for (std::int64_t value : rng.permutation(5)) EXPECT_EQ(value, next_int());
        EXPECT_EQ(rng.integers(0, std::int64_t{1} << 40), next_int());
        EXPECT_EQ(rng.integers(0, 100), next_int());
        EXPECT_EQ(rng.uniform(1.0, 2.0), next_double());
    }
}

TEST(RandomGenerator, EndpointOverloadTakesOnlyABool) {
    Generator rng = default_rng(3);
    EXPECT_EQ(rng.integers(0, 10, 4).size(), 4u);
    for (int i = 0; i < 50; ++i) {
        const std::int64_t value = rng.integers(0, 1, true);
        EXPECT_TRUE(value == 0 || value == 1);
    }
}

TEST(RandomGenerator, ErrorsMatchNumPy) {
    Generator rng = default_rng(0);
    auto message = [](auto&& call) {
        try {
            call();
        } catch (const ValueError& error) {
            return std::string(error.what());
        }
        return std::string("no ValueError");
    };
    EXPECT_EQ(message([&] { rng.integers(5, 5); }), "low >= high");
    EXPECT_EQ(message([&] { rng.integers(0, 0); }), "high <= 0");
    EXPECT_EQ(message([&] { rng.integers(5, 4, true); }), "low > high");
    EXPECT_EQ(message([&] { rng.integers(0, -1, true); }), "high < 0");
    EXPECT_EQ(message([&] { rng.integers(0, kInt64Min); }), "high <= 0");
    EXPECT_EQ(message([&] { rng.choice(3, 5, false); }),
              "Cannot take a larger sample than population when replace is False");
    EXPECT_EQ(message([&] { rng.choice(0, 5); }),
              "a must be a positive integer unless no samples are taken");
    EXPECT_EQ(message([&] { rng.normal(0.0, -1.0); }), "scale < 0");
    EXPECT_EQ(message([&] { rng.normal(0.0, -0.0); }), "scale < 0");
    EXPECT_EQ(message([&] { rng.uniform(5.0, 1.0); }), "high - low < 0");
    EXPECT_EQ(message([&] { rng.uniform(0.0, INFINITY); }),
              "high - low range exceeds valid bounds");
    EXPECT_EQ(message([&] { rng.random(-1); }), "negative dimensions are not allowed");
    EXPECT_EQ(message([&] { default_rng(-1); }), "expected non-negative integer");
    EXPECT_TRUE(rng.integers(5, 5, 0).empty());
    EXPECT_TRUE(rng.choice(0, 0).empty());
    EXPECT_TRUE(rng.permutation(-1).empty());
}

TEST(MT19937, LegacyIntegerSeedMatchesReference) {
    // The Mersenne Twister reference output for init_genrand(5489).
    MT19937 mt(5489);
    EXPECT_EQ(mt.next_uint32(), 3499211612u);
    EXPECT_EQ(mt.next_uint32(), 581869302u);
    for (int i = 2; i < 9999; ++i) mt.next_uint32();
    EXPECT_EQ(mt.next_uint32(), 4123659995u);
}

TEST(RandomState, FloatStreamsMatchNumPy) {
    for (std::int64_t seed : kLegacySeeds) {
        SCOPED_TRACE(seed);
        const Sections expected = legacy_fixture(seed);
        expect_same_stream(RandomState(seed).random_sample(20), doubles(expected, "random_sample"),
                           "random_sample");
        expect_same_stream(RandomState(seed).randn(1001), doubles(expected, "randn"), "randn");
        expect_same_stream(RandomState(seed).normal(3.0, 2.5, 21), doubles(expected, "normal"),
                           "normal");
        expect_same_stream(RandomState(seed).uniform(-2.0, 5.0, 20), doubles(expected, "uniform"),
                           "uniform");
    }
}

TEST(RandomState, RandintStreamsMatchNumPy) {
    struct Range {
        const char* key;
        std::int64_t low;
        std::int64_t high;
    };
    const std::vector<Range> ranges = {
        {"randint_small", 0, 10},
        {"randint_negative_low", -7, 5},
        {"randint_2pow32", 0, kTwoPow32},
        {"randint_above_2pow32", -5, kTwoPow32 + 5},
        {"randint_2pow40", 0, std::int64_t{1} << 40},
        {"randint_wide", -(std::int64_t{1} << 62), std::int64_t{1} << 62},
        {"randint_int32_max", 0, 2147483647},
    };
    for (std::int64_t seed : kLegacySeeds) {
        SCOPED_TRACE(seed);
        const Sections expected = legacy_fixture(seed);
        for (const Range& range : ranges) {
            expect_same_stream(RandomState(seed).randint(range.low, range.high, 50),
                               ints(expected, range.key), range.key);
        }
        RandomState rng(seed);
        std::vector<std::int64_t> scalars;
        for (int i = 0; i < 9; ++i) scalars.push_back(rng.randint(1000));
        expect_same_stream(scalars, ints(expected, "randint_scalar"), "randint_scalar");
    }
}

TEST(RandomState, PermutationShuffleAndChoiceMatchNumPy) {
    for (std::int64_t seed : kLegacySeeds) {
        SCOPED_TRACE(seed);
        const Sections expected = legacy_fixture(seed);
        expect_permutation_shuffle_and_choice([seed] { return RandomState(seed); }, expected);
    }
}

// The cached second Gaussian of the polar method must carry across calls and methods.
TEST(RandomState, InterleavedCallsShareStateLikeNumPy) {
    for (std::int64_t seed : kLegacySeeds) {
        SCOPED_TRACE(seed);
        const Sections fixture = legacy_fixture(seed);
        const std::vector<std::string>& expected = section(fixture, "mixed");
        ASSERT_EQ(expected.size(), 12u);
        RandomState rng(seed);
        std::size_t at = 0;
        auto next_int = [&] { return std::stoll(expected[at++]); };
        auto next_double = [&] { return std::strtod(expected[at++].c_str(), nullptr); };
        EXPECT_EQ(rng.standard_normal(), next_double());
        EXPECT_EQ(rng.random_sample(), next_double());
        EXPECT_EQ(rng.standard_normal(), next_double());
        EXPECT_EQ(rng.standard_normal(), next_double());
        EXPECT_EQ(rng.randint(0, 10), next_int());
        EXPECT_EQ(rng.normal(1.0, 2.0), next_double());
        for (std::int64_t value : rng.permutation(5)) EXPECT_EQ(value, next_int());
        EXPECT_EQ(rng.normal(1.0, 2.0), next_double());
    }
}

TEST(RandomState, ErrorsMatchNumPy) {
    auto message = [](auto&& call) {
        try {
            call();
        } catch (const ValueError& error) {
            return std::string(error.what());
        }
        return std::string("no ValueError");
    };
    EXPECT_EQ(message([] { RandomState(std::int64_t{1} << 32); }),
              "Seed must be between 0 and 2**32 - 1");
    EXPECT_EQ(message([] { RandomState(-1); }), "Seed must be between 0 and 2**32 - 1");
    RandomState rng(0);
    EXPECT_EQ(message([&] { rng.randint(5, 5); }), "low >= high");
    EXPECT_EQ(message([&] { rng.randint(0); }), "high <= 0");
    EXPECT_EQ(message([&] { rng.choice(3, 5, false); }),
              "Cannot take a larger sample than population when 'replace=False'");
    EXPECT_EQ(message([&] { rng.choice(0, 3); }),
              "a must be greater than 0 unless no samples are taken");
    EXPECT_EQ(message([&] { rng.normal(0.0, -1.0); }), "scale < 0");
    EXPECT_EQ(message([&] { rng.uniform(-1e308, 1e308); }), "Range exceeds valid bounds");
    EXPECT_EQ(message([&] { rng.rand(-2); }), "negative dimensions are not allowed");
    // The legacy uniform takes high < low and samples between them.
    const double reversed = rng.uniform(5.0, 1.0);
    EXPECT_GT(reversed, 1.0);
    EXPECT_LE(reversed, 5.0);
}

}  // namespace
}  // namespace tabula::random
