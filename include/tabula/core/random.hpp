#pragma once
// Random numbers that reproduce NumPy's streams bit for bit, so a seed gives the same split,
// sample or forest as the Python code it replaces:
//   Generator    = numpy.random.default_rng(seed): SeedSequence -> PCG64, NumPy's algorithms.
//   RandomState  = numpy.random.RandomState(seed): MT19937 and the legacy algorithms, which is
//                  what scikit-learn's integer random_state means (check_random_state).
// Every distribution has a scalar form, a vector form and a fill form that writes into memory
// the caller owns (for NDArray wrappers that must not copy). Generators are not synchronised
// (NumPy's lock is not reproduced): give each thread its own.
#include <array>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace tabula::random {

// numpy.random.SeedSequence(entropy) for a non-negative integer entropy and no spawn key,
// with NumPy's default pool of four 32-bit words.
class SeedSequence {
  public:
    explicit SeedSequence(std::uint64_t entropy);

    // generate_state(n_words, dtype=np.uint32)
    std::vector<std::uint32_t> generate_state(std::size_t n_words) const;
    // generate_state(n_words, dtype=np.uint64): pairs of 32-bit words, low word first.
    std::vector<std::uint64_t> generate_state64(std::size_t n_words) const;

    const std::array<std::uint32_t, 4>& pool() const noexcept { return pool_; }

  private:
    std::array<std::uint32_t, 4> pool_;
};

// numpy.random.PCG64: a 128-bit LCG with the XSL-RR output function. A 64-bit draw can also
// serve two 32-bit requests (low half first); that half-word buffer is part of the state and
// persists across calls, exactly as in NumPy, so mixing 32- and 64-bit consumers stays in step.
class PCG64 {
  public:
    explicit PCG64(const SeedSequence& seed_sequence);

    std::uint64_t next_uint64() noexcept;
    std::uint32_t next_uint32() noexcept;
    // Uniform on [0, 1) with 53 random bits.
    double next_double() noexcept;

    // NumPy's bit_generator.state["state"] as {state >> 64, state & mask, inc >> 64, inc & mask}.
    std::array<std::uint64_t, 4> state() const noexcept;

  private:
    std::uint64_t state_high_;
    std::uint64_t state_low_;
    std::uint64_t increment_high_;
    std::uint64_t increment_low_;
    bool has_uint32_ = false;
    std::uint32_t buffered_uint32_ = 0;
};

namespace detail {
// shuffle for both generators: in-place Fisher-Yates from the back, as Generator.shuffle and
// RandomState.shuffle do for a 1-d array, with the swap index from Derived::random_interval.
template <class Derived>
class Shuffle {
  public:
    template <class T>
    void shuffle(std::span<T> values) {
        Derived& generator = static_cast<Derived&>(*this);
        for (std::size_t i = values.size(); i-- > 1;) {
            using std::swap;
            swap(values[i], values[generator.random_interval(i)]);
        }
    }
    template <class T>
    void shuffle(std::vector<T>& values) {
        shuffle(std::span<T>(values));
    }
};
}  // namespace detail

// numpy.random.Generator over PCG64.
class Generator : public detail::Shuffle<Generator> {
  public:
    explicit Generator(const PCG64& bit_generator) noexcept : bit_generator_(bit_generator) {}

    PCG64& bit_generator() noexcept { return bit_generator_; }

    // Uniform on [0, 1).
    double random();
    std::vector<double> random(std::int64_t size);
    void fill_random(double* out, std::int64_t size);

    // Uniform integers on [low, high), or [low, high] with endpoint = true.
    std::int64_t integers(std::int64_t low, std::int64_t high);
    // Only a real bool selects this overload, so integers(0, 10, 5) means five draws.
    template <std::same_as<bool> Endpoint>
    std::int64_t integers(std::int64_t low, std::int64_t high, Endpoint endpoint) {
        std::int64_t value;
        fill_integers(&value, 1, low, high, endpoint);
        return value;
    }
    std::vector<std::int64_t> integers(std::int64_t low, std::int64_t high, std::int64_t size,
                                       bool endpoint = false);
    void fill_integers(std::int64_t* out, std::int64_t size, std::int64_t low, std::int64_t high,
                       bool endpoint = false);

    double standard_normal();
    std::vector<double> standard_normal(std::int64_t size);
    void fill_standard_normal(double* out, std::int64_t size);

    double normal(double loc = 0.0, double scale = 1.0);
    std::vector<double> normal(double loc, double scale, std::int64_t size);
    void fill_normal(double* out, std::int64_t size, double loc, double scale);

    double uniform(double low = 0.0, double high = 1.0);
    std::vector<double> uniform(double low, double high, std::int64_t size);
    void fill_uniform(double* out, std::int64_t size, double low, double high);

    // Indices drawn from range(population); without replacement, NumPy's Floyd / tail-shuffle
    // algorithm, optionally leaving the sample in Floyd's order (shuffle = false).
    std::vector<std::int64_t> choice(std::int64_t population, std::int64_t size,
                                     bool replace = true, bool shuffle = true);

    // A shuffled range(n); empty for n <= 0, like np.arange.
    std::vector<std::int64_t> permutation(std::int64_t n);

    // Uniform integer on [0, max] by masked rejection (NumPy's random_interval).
    std::uint64_t random_interval(std::uint64_t max);

  private:
    PCG64 bit_generator_;
};

namespace detail {
std::uint64_t non_negative_seed(std::int64_t seed);
}

// numpy.random.default_rng(seed).
Generator default_rng(std::uint64_t seed);
// A negative seed is a ValueError, as in NumPy, rather than a silent wrap to a huge one.
template <std::signed_integral Seed>
Generator default_rng(Seed seed) {
    return default_rng(detail::non_negative_seed(seed));
}

// NumPy's MT19937 with the legacy integer seeding that RandomState(int) uses.
class MT19937 {
  public:
    explicit MT19937(std::uint32_t seed) noexcept;

    std::uint32_t next_uint32() noexcept;
    // The first 32-bit draw becomes the high word.
    std::uint64_t next_uint64() noexcept;
    // Uniform on [0, 1) with 53 bits from two 32-bit draws.
    double next_double() noexcept;

  private:
    void regenerate() noexcept;

    std::array<std::uint32_t, 624> key_;
    std::size_t position_;
};

// numpy.random.RandomState(seed), the legacy generator.
class RandomState : public detail::Shuffle<RandomState> {
  public:
    // seed must lie in [0, 2**32 - 1].
    explicit RandomState(std::int64_t seed);

    MT19937& bit_generator() noexcept { return bit_generator_; }

    // Uniform on [0, 1); rand(n) is random_sample(n).
    double random_sample();
    std::vector<double> random_sample(std::int64_t size);
    std::vector<double> rand(std::int64_t size) { return random_sample(size); }
    void fill_random_sample(double* out, std::int64_t size);

    // Polar Box-Muller; every second value comes from the pair cached by the previous call.
    double standard_normal();
    std::vector<double> standard_normal(std::int64_t size);
    std::vector<double> randn(std::int64_t size) { return standard_normal(size); }
    void fill_standard_normal(double* out, std::int64_t size);

    double normal(double loc = 0.0, double scale = 1.0);
    std::vector<double> normal(double loc, double scale, std::int64_t size);
    void fill_normal(double* out, std::int64_t size, double loc, double scale);

    // The legacy uniform accepts high < low (it then samples (high, low]).
    double uniform(double low = 0.0, double high = 1.0);
    std::vector<double> uniform(double low, double high, std::int64_t size);
    void fill_uniform(double* out, std::int64_t size, double low, double high);

    // Uniform int64 on [low, high) by masked rejection; randint(high) is randint(0, high).
    std::int64_t randint(std::int64_t high) { return randint(0, high); }
    std::int64_t randint(std::int64_t low, std::int64_t high);
    std::vector<std::int64_t> randint(std::int64_t low, std::int64_t high, std::int64_t size);
    void fill_randint(std::int64_t* out, std::int64_t size, std::int64_t low, std::int64_t high);

    // Indices from range(population); without replacement it is permutation(population)[:size].
    std::vector<std::int64_t> choice(std::int64_t population, std::int64_t size,
                                     bool replace = true);

    // A shuffled range(n); empty for n <= 0, like np.arange.
    std::vector<std::int64_t> permutation(std::int64_t n);

    // Uniform integer on [0, max] by masked rejection (NumPy's random_interval).
    std::uint64_t random_interval(std::uint64_t max);

  private:
    MT19937 bit_generator_;
    bool has_gauss_ = false;
    double gauss_ = 0.0;
};

}  // namespace tabula::random
