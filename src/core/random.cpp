#include "tabula/core/random.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <type_traits>

#include "tabula/core/error.hpp"
#include "tabula/core/random/ziggurat_tables.hpp"

// Floating-point expressions below must round exactly as NumPy's C does (one rounding per
// operation, no fused multiply-add); the project builds for baseline x86-64, which has no FMA.

namespace tabula::random {
namespace {

__extension__ typedef unsigned __int128 uint128;

constexpr std::uint32_t kUint32Max = std::numeric_limits<std::uint32_t>::max();
constexpr std::uint64_t kUint64Max = std::numeric_limits<std::uint64_t>::max();

// ---- SeedSequence constants (NumPy's bit_generator.pyx) ----
constexpr std::uint32_t kHashInitA = 0x43b0d7e5;
constexpr std::uint32_t kHashMultA = 0x931e8875;
constexpr std::uint32_t kHashInitB = 0x8b51f9dd;
constexpr std::uint32_t kHashMultB = 0x58f38ded;
constexpr std::uint32_t kMixMultL = 0xca01f9dd;
constexpr std::uint32_t kMixMultR = 0x4973f715;
constexpr int kXorShift = 16;

std::uint32_t hashmix(std::uint32_t value, std::uint32_t& hash_const) {
    value ^= hash_const;
    hash_const *= kHashMultA;
    value *= hash_const;
    value ^= value >> kXorShift;
    return value;
}

std::uint32_t mix(std::uint32_t x, std::uint32_t y) {
    std::uint32_t result = kMixMultL * x - kMixMultR * y;
    result ^= result >> kXorShift;
    return result;
}

// ---- PCG64 ----
constexpr uint128 kPcgMultiplier =
    (static_cast<uint128>(2549297995355413924ULL) << 64) | 4865540595714422341ULL;

uint128 join(std::uint64_t high, std::uint64_t low) {
    return (static_cast<uint128>(high) << 64) | low;
}

std::uint64_t rotate_right(std::uint64_t value, unsigned rotation) {
    return (value >> rotation) | (value << ((64 - rotation) & 63));
}

constexpr double kTwoPow53 = 9007199254740992.0;

// ---- bounded integers, shared by both generators ----

// The smallest all-ones mask covering max.
std::uint64_t covering_mask(std::uint64_t max) {
    std::uint64_t mask = max;
    mask |= mask >> 1;
    mask |= mask >> 2;
    mask |= mask >> 4;
    mask |= mask >> 8;
    mask |= mask >> 16;
    mask |= mask >> 32;
    return mask;
}

template <class BitGenerator>
std::uint32_t lemire_uint32(BitGenerator& bits, std::uint32_t max) {
    const std::uint32_t range = max + 1;
    std::uint64_t scaled = static_cast<std::uint64_t>(bits.next_uint32()) * range;
    auto leftover = static_cast<std::uint32_t>(scaled);
    if (leftover < range) {
        const std::uint32_t threshold = (kUint32Max - max) % range;
        while (leftover < threshold) {
            scaled = static_cast<std::uint64_t>(bits.next_uint32()) * range;
            leftover = static_cast<std::uint32_t>(scaled);
        }
    }
    return static_cast<std::uint32_t>(scaled >> 32);
}

template <class BitGenerator>
std::uint64_t lemire_uint64(BitGenerator& bits, std::uint64_t max) {
    const std::uint64_t range = max + 1;
    uint128 scaled = static_cast<uint128>(bits.next_uint64()) * range;
    auto leftover = static_cast<std::uint64_t>(scaled);
    if (leftover < range) {
        const std::uint64_t threshold = (kUint64Max - max) % range;
        while (leftover < threshold) {
            scaled = static_cast<uint128>(bits.next_uint64()) * range;
            leftover = static_cast<std::uint64_t>(scaled);
        }
    }
    return static_cast<std::uint64_t>(scaled >> 64);
}

enum class Bounding { lemire, masked };

// A uniform integer on [0, max]. Ranges that fit in 32 bits consume 32-bit draws; the two
// full-width ranges take a raw draw because neither method handles a range of 2^32 or 2^64.
template <class BitGenerator>
std::uint64_t bounded(BitGenerator& bits, std::uint64_t max, Bounding method) {
    if (max == 0) return 0;
    if (max <= kUint32Max) {
        if (max == kUint32Max) return bits.next_uint32();
        if (method == Bounding::lemire) return lemire_uint32(bits, static_cast<std::uint32_t>(max));
        const auto mask = static_cast<std::uint32_t>(covering_mask(max));
        std::uint32_t value;
        while ((value = bits.next_uint32() & mask) > max) {
        }
        return value;
    }
    if (max == kUint64Max) return bits.next_uint64();
    if (method == Bounding::lemire) return lemire_uint64(bits, max);
    const std::uint64_t mask = covering_mask(max);
    std::uint64_t value;
    while ((value = bits.next_uint64() & mask) > max) {
    }
    return value;
}

template <class BitGenerator>
std::uint64_t masked_interval(BitGenerator& bits, std::uint64_t max) {
    if (max == 0) return 0;
    const std::uint64_t mask = covering_mask(max);
    std::uint64_t value;
    if (max <= kUint32Max) {
        while ((value = bits.next_uint32() & mask) > max) {
        }
    } else {
        while ((value = bits.next_uint64() & mask) > max) {
        }
    }
    return value;
}

// ---- argument checks with NumPy's messages ----

std::size_t checked_size(std::int64_t size) {
    if (size < 0) throw ValueError("negative dimensions are not allowed");
    return static_cast<std::size_t>(size);
}

// Turns [low, high) or [low, high] into the offset and inclusive span that the bounded
// samplers take; the messages are those of NumPy's integer samplers.
struct IntegerSpan {
    std::uint64_t offset;
    std::uint64_t max;
};

IntegerSpan integer_span(std::int64_t low, std::int64_t high, bool endpoint) {
    const bool empty = endpoint ? low > high : low >= high;
    if (empty) {
        if (low == 0) throw ValueError(endpoint ? "high < 0" : "high <= 0");
        throw ValueError(endpoint ? "low > high" : "low >= high");
    }
    const std::uint64_t inclusive_high = static_cast<std::uint64_t>(high) - (endpoint ? 0 : 1);
    return {static_cast<std::uint64_t>(low), inclusive_high - static_cast<std::uint64_t>(low)};
}

template <class BitGenerator>
void fill_bounded(BitGenerator& bits, std::int64_t* out, std::size_t count, IntegerSpan span,
                  Bounding method) {
    for (std::size_t i = 0; i < count; ++i) {
        out[i] = static_cast<std::int64_t>(span.offset + bounded(bits, span.max, method));
    }
}

void check_scale(double scale) {
    if (!std::isnan(scale) && std::signbit(scale)) throw ValueError("scale < 0");
}

std::vector<std::int64_t> arange(std::int64_t n) {
    std::vector<std::int64_t> values(n > 0 ? static_cast<std::size_t>(n) : 0);
    for (std::size_t i = 0; i < values.size(); ++i) values[i] = static_cast<std::int64_t>(i);
    return values;
}

template <class Rng>
std::vector<std::int64_t> shuffled_range(Rng& rng, std::int64_t n) {
    std::vector<std::int64_t> values = arange(n);
    rng.shuffle(values);
    return values;
}

// ---- the vector and scalar forms, both generators: the fill form over new memory ----

// A negative size is refused before the fill form looks at the distribution's parameters.
template <class Rng, class T, class... Params>
std::vector<T> draw_vector(Rng& rng, void (Rng::*fill)(T*, std::int64_t, Params...),
                           std::int64_t size, std::type_identity_t<Params>... params) {
    std::vector<T> out(checked_size(size));
    (rng.*fill)(out.data(), size, params...);
    return out;
}

template <class Rng, class T, class... Params>
T draw_value(Rng& rng, void (Rng::*fill)(T*, std::int64_t, Params...),
             std::type_identity_t<Params>... params) {
    T value;
    (rng.*fill)(&value, 1, params...);
    return value;
}

template <class T, class Draw>
void fill_draws(T* out, std::int64_t size, Draw draw) {
    const std::size_t count = checked_size(size);
    for (std::size_t i = 0; i < count; ++i) out[i] = draw();
}

// offset + scale * draw(), rounded as NumPy's normal and uniform round it: one product, one sum.
template <class Draw>
void fill_affine(double* out, std::int64_t size, double offset, double scale, Draw draw) {
    fill_draws(out, size, [&] { return offset + scale * draw(); });
}

// ---- NumPy's 256-layer ziggurat for the standard normal ----
double ziggurat_normal(PCG64& bits) {
    const detail::ZigguratTables& table = detail::normal_ziggurat;
    const double inverse_r = 1.0 / table.r;
    for (;;) {
        std::uint64_t draw = bits.next_uint64();
        const auto layer = static_cast<std::size_t>(draw & 0xff);
        draw >>= 8;
        const bool negative = (draw & 1) != 0;
        const std::uint64_t mantissa = (draw >> 1) & 0x000fffffffffffffULL;
        double x = static_cast<double>(mantissa) * table.w[layer];
        if (negative) x = -x;
        if (mantissa < table.k[layer]) return x;
        if (layer == 0) {
            // 1 - U keeps log away from zero; the tail sign reuses a bit of the first draw.
            for (;;) {
                const double xx = -inverse_r * std::log1p(-bits.next_double());
                const double yy = -std::log1p(-bits.next_double());
                if (yy + yy > xx * xx) {
                    return ((mantissa >> 8) & 1) != 0 ? -(table.r + xx) : table.r + xx;
                }
            }
        }
        const double wedge = (table.f[layer - 1] - table.f[layer]) * bits.next_double();
        if (wedge + table.f[layer] < std::exp(-0.5 * x * x)) return x;
    }
}

}  // namespace

// ---------------------------------------------------------------- SeedSequence

SeedSequence::SeedSequence(std::uint64_t entropy) {
    // The integer becomes 32-bit words, least significant first; zero is one zero word.
    std::vector<std::uint32_t> words{static_cast<std::uint32_t>(entropy)};
    if (entropy > kUint32Max) words.push_back(static_cast<std::uint32_t>(entropy >> 32));

    std::uint32_t hash_const = kHashInitA;
    for (std::size_t i = 0; i < pool_.size(); ++i) {
        pool_[i] = hashmix(i < words.size() ? words[i] : 0, hash_const);
    }
    for (std::size_t source = 0; source < pool_.size(); ++source) {
        for (std::size_t target = 0; target < pool_.size(); ++target) {
            if (source != target) {
                pool_[target] = mix(pool_[target], hashmix(pool_[source], hash_const));
            }
        }
    }
}

std::vector<std::uint32_t> SeedSequence::generate_state(std::size_t n_words) const {
    std::vector<std::uint32_t> state(n_words);
    std::uint32_t hash_const = kHashInitB;
    for (std::size_t i = 0; i < n_words; ++i) {
        std::uint32_t value = pool_[i % pool_.size()];
        value ^= hash_const;
        hash_const *= kHashMultB;
        value *= hash_const;
        value ^= value >> kXorShift;
        state[i] = value;
    }
    return state;
}

std::vector<std::uint64_t> SeedSequence::generate_state64(std::size_t n_words) const {
    const std::vector<std::uint32_t> halves = generate_state(2 * n_words);
    std::vector<std::uint64_t> state(n_words);
    for (std::size_t i = 0; i < n_words; ++i) {
        state[i] = static_cast<std::uint64_t>(halves[2 * i]) |
                   (static_cast<std::uint64_t>(halves[2 * i + 1]) << 32);
    }
    return state;
}

// ---------------------------------------------------------------- PCG64

PCG64::PCG64(const SeedSequence& seed_sequence) {
    const std::vector<std::uint64_t> words = seed_sequence.generate_state64(4);
    const uint128 initial_state = join(words[0], words[1]);
    const uint128 increment = (join(words[2], words[3]) << 1) | 1;
    uint128 state = increment;
    state += initial_state;
    state = state * kPcgMultiplier + increment;
    state_high_ = static_cast<std::uint64_t>(state >> 64);
    state_low_ = static_cast<std::uint64_t>(state);
    increment_high_ = static_cast<std::uint64_t>(increment >> 64);
    increment_low_ = static_cast<std::uint64_t>(increment);
}

std::uint64_t PCG64::next_uint64() noexcept {
    const uint128 state =
        join(state_high_, state_low_) * kPcgMultiplier + join(increment_high_, increment_low_);
    state_high_ = static_cast<std::uint64_t>(state >> 64);
    state_low_ = static_cast<std::uint64_t>(state);
    return rotate_right(state_high_ ^ state_low_, static_cast<unsigned>(state_high_ >> 58));
}

std::uint32_t PCG64::next_uint32() noexcept {
    if (has_uint32_) {
        has_uint32_ = false;
        return buffered_uint32_;
    }
    const std::uint64_t draw = next_uint64();
    has_uint32_ = true;
    buffered_uint32_ = static_cast<std::uint32_t>(draw >> 32);
    return static_cast<std::uint32_t>(draw);
}

double PCG64::next_double() noexcept {
    return static_cast<double>(next_uint64() >> 11) * (1.0 / kTwoPow53);
}

std::array<std::uint64_t, 4> PCG64::state() const noexcept {
    return {state_high_, state_low_, increment_high_, increment_low_};
}

// ---------------------------------------------------------------- Generator

double Generator::random() {
    return bit_generator_.next_double();
}

std::vector<double> Generator::random(std::int64_t size) {
    return draw_vector(*this, &Generator::fill_random, size);
}

void Generator::fill_random(double* out, std::int64_t size) {
    fill_draws(out, size, [this] { return bit_generator_.next_double(); });
}

std::int64_t Generator::integers(std::int64_t low, std::int64_t high) {
    return integers(low, high, false);
}

std::vector<std::int64_t> Generator::integers(std::int64_t low, std::int64_t high,
                                              std::int64_t size, bool endpoint) {
    return draw_vector(*this, &Generator::fill_integers, size, low, high, endpoint);
}

void Generator::fill_integers(std::int64_t* out, std::int64_t size, std::int64_t low,
                              std::int64_t high, bool endpoint) {
    const std::size_t count = checked_size(size);
    // NumPy returns an empty array before it looks at the bounds.
    if (count == 0) return;
    fill_bounded(bit_generator_, out, count, integer_span(low, high, endpoint), Bounding::lemire);
}

double Generator::standard_normal() {
    return ziggurat_normal(bit_generator_);
}

std::vector<double> Generator::standard_normal(std::int64_t size) {
    return draw_vector(*this, &Generator::fill_standard_normal, size);
}

void Generator::fill_standard_normal(double* out, std::int64_t size) {
    fill_draws(out, size, [this] { return ziggurat_normal(bit_generator_); });
}

double Generator::normal(double loc, double scale) {
    return draw_value(*this, &Generator::fill_normal, loc, scale);
}

std::vector<double> Generator::normal(double loc, double scale, std::int64_t size) {
    return draw_vector(*this, &Generator::fill_normal, size, loc, scale);
}

void Generator::fill_normal(double* out, std::int64_t size, double loc, double scale) {
    check_scale(scale);
    fill_affine(out, size, loc, scale, [this] { return ziggurat_normal(bit_generator_); });
}

double Generator::uniform(double low, double high) {
    return draw_value(*this, &Generator::fill_uniform, low, high);
}

std::vector<double> Generator::uniform(double low, double high, std::int64_t size) {
    return draw_vector(*this, &Generator::fill_uniform, size, low, high);
}

void Generator::fill_uniform(double* out, std::int64_t size, double low, double high) {
    const double range = high - low;
    // NumPy raises OverflowError here; tabula has no such class and ValueError is the closest.
    if (!std::isfinite(range)) throw ValueError("high - low range exceeds valid bounds");
    if (std::signbit(range)) throw ValueError("high - low < 0");
    fill_affine(out, size, low, range, [this] { return bit_generator_.next_double(); });
}

std::vector<std::int64_t> Generator::choice(std::int64_t population, std::int64_t size,
                                            bool replace, bool shuffle) {
    if (population <= 0 && size != 0) {
        throw ValueError("a must be a positive integer unless no samples are taken");
    }
    if (replace) return integers(0, population, size);
    if (size > population) {
        throw ValueError("Cannot take a larger sample than population when replace is False");
    }
    const std::size_t count = checked_size(size);
    const auto pool_size = static_cast<std::uint64_t>(population);

    // NumPy's heuristic: for a large population and a sizeable sample, shuffling the tail of
    // range(population) beats Floyd's algorithm.
    const std::int64_t cutoff = shuffle ? 50 : 20;
    if (population > 10000 && size > population / cutoff) {
        std::vector<std::int64_t> all = arange(population);
        const std::uint64_t first = std::max<std::uint64_t>(pool_size - count, 1);
        for (std::uint64_t i = pool_size - 1; i >= first; --i) {
            std::swap(all[i], all[bounded(bit_generator_, i, Bounding::lemire)]);
        }
        return {all.end() - static_cast<std::ptrdiff_t>(count), all.end()};
    }

    // Floyd's algorithm with an open-addressing set of the values taken so far.
    std::vector<std::int64_t> sample(count);
    const auto set_size_hint = static_cast<std::uint64_t>(1.2 * static_cast<double>(count));
    const std::uint64_t mask = covering_mask(set_size_hint);
    constexpr std::uint64_t kEmpty = kUint64Max;
    std::vector<std::uint64_t> taken(mask + 1, kEmpty);
    auto slot_for = [&](std::uint64_t value) {
        std::uint64_t slot = value & mask;
        while (taken[slot] != kEmpty && taken[slot] != value) slot = (slot + 1) & mask;
        return slot;
    };
    std::size_t filled = 0;
    for (std::uint64_t j = pool_size - count; j < pool_size; ++j) {
        // Draw from [0, j]; if that value is taken, j itself (never taken yet) goes in.
        std::uint64_t value = bounded(bit_generator_, j, Bounding::lemire);
        std::uint64_t slot = slot_for(value);
        if (taken[slot] != kEmpty) {
            value = j;
            slot = slot_for(j);
        }
        taken[slot] = value;
        sample[filled++] = static_cast<std::int64_t>(value);
    }
    if (shuffle) {
        for (std::size_t i = count; i-- > 1;) {
            std::swap(sample[i], sample[bounded(bit_generator_, i, Bounding::lemire)]);
        }
    }
    return sample;
}

std::vector<std::int64_t> Generator::permutation(std::int64_t n) {
    return shuffled_range(*this, n);
}

std::uint64_t Generator::random_interval(std::uint64_t max) {
    return masked_interval(bit_generator_, max);
}

std::uint64_t detail::non_negative_seed(std::int64_t seed) {
    if (seed < 0) throw ValueError("expected non-negative integer");
    return static_cast<std::uint64_t>(seed);
}

Generator default_rng(std::uint64_t seed) {
    return Generator(PCG64(SeedSequence(seed)));
}

// ---------------------------------------------------------------- MT19937

namespace {
constexpr std::size_t kMtStateWords = 624;
constexpr std::size_t kMtShift = 397;
constexpr std::uint32_t kMtMatrixA = 0x9908b0df;
constexpr std::uint32_t kMtUpperBit = 0x80000000;
constexpr std::uint32_t kMtLowerBits = 0x7fffffff;
}  // namespace

MT19937::MT19937(std::uint32_t seed) noexcept : position_(kMtStateWords) {
    // Knuth's linear congruential fill from the Mersenne Twister reference (init_genrand).
    key_[0] = seed;
    for (std::size_t i = 1; i < kMtStateWords; ++i) {
        const std::uint32_t previous = key_[i - 1];
        key_[i] = 1812433253U * (previous ^ (previous >> 30)) + static_cast<std::uint32_t>(i);
    }
}

void MT19937::regenerate() noexcept {
    for (std::size_t i = 0; i < kMtStateWords; ++i) {
        const std::uint32_t y =
            (key_[i] & kMtUpperBit) | (key_[(i + 1) % kMtStateWords] & kMtLowerBits);
        key_[i] = key_[(i + kMtShift) % kMtStateWords] ^ (y >> 1) ^ ((y & 1) != 0 ? kMtMatrixA : 0);
    }
    position_ = 0;
}

std::uint32_t MT19937::next_uint32() noexcept {
    if (position_ == kMtStateWords) regenerate();
    std::uint32_t y = key_[position_++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

std::uint64_t MT19937::next_uint64() noexcept {
    const std::uint64_t high = next_uint32();
    return (high << 32) | next_uint32();
}

double MT19937::next_double() noexcept {
    const std::uint32_t high_bits = next_uint32() >> 5;
    const std::uint32_t low_bits = next_uint32() >> 6;
    return (high_bits * 67108864.0 + low_bits) / kTwoPow53;
}

// ---------------------------------------------------------------- RandomState

namespace {
std::uint32_t legacy_seed(std::int64_t seed) {
    if (seed < 0 || seed > static_cast<std::int64_t>(kUint32Max)) {
        throw ValueError("Seed must be between 0 and 2**32 - 1");
    }
    return static_cast<std::uint32_t>(seed);
}
}  // namespace

RandomState::RandomState(std::int64_t seed) : bit_generator_(legacy_seed(seed)) {}

double RandomState::random_sample() {
    return bit_generator_.next_double();
}

std::vector<double> RandomState::random_sample(std::int64_t size) {
    return draw_vector(*this, &RandomState::fill_random_sample, size);
}

void RandomState::fill_random_sample(double* out, std::int64_t size) {
    fill_draws(out, size, [this] { return bit_generator_.next_double(); });
}

double RandomState::standard_normal() {
    if (has_gauss_) {
        has_gauss_ = false;
        return gauss_;
    }
    double x1;
    double x2;
    double radius_squared;
    do {
        x1 = 2.0 * bit_generator_.next_double() - 1.0;
        x2 = 2.0 * bit_generator_.next_double() - 1.0;
        radius_squared = x1 * x1 + x2 * x2;
    } while (radius_squared >= 1.0 || radius_squared == 0.0);
    const double factor = std::sqrt(-2.0 * std::log(radius_squared) / radius_squared);
    gauss_ = factor * x1;
    has_gauss_ = true;
    return factor * x2;
}

std::vector<double> RandomState::standard_normal(std::int64_t size) {
    return draw_vector(*this, &RandomState::fill_standard_normal, size);
}

void RandomState::fill_standard_normal(double* out, std::int64_t size) {
    fill_draws(out, size, [this] { return standard_normal(); });
}

double RandomState::normal(double loc, double scale) {
    return draw_value(*this, &RandomState::fill_normal, loc, scale);
}

std::vector<double> RandomState::normal(double loc, double scale, std::int64_t size) {
    return draw_vector(*this, &RandomState::fill_normal, size, loc, scale);
}

void RandomState::fill_normal(double* out, std::int64_t size, double loc, double scale) {
    check_scale(scale);
    fill_affine(out, size, loc, scale, [this] { return standard_normal(); });
}

double RandomState::uniform(double low, double high) {
    return draw_value(*this, &RandomState::fill_uniform, low, high);
}

std::vector<double> RandomState::uniform(double low, double high, std::int64_t size) {
    return draw_vector(*this, &RandomState::fill_uniform, size, low, high);
}

void RandomState::fill_uniform(double* out, std::int64_t size, double low, double high) {
    const double range = high - low;
    // NumPy raises OverflowError here; tabula has no such class and ValueError is the closest.
    if (!std::isfinite(range)) throw ValueError("Range exceeds valid bounds");
    fill_affine(out, size, low, range, [this] { return bit_generator_.next_double(); });
}

std::int64_t RandomState::randint(std::int64_t low, std::int64_t high) {
    return draw_value(*this, &RandomState::fill_randint, low, high);
}

std::vector<std::int64_t> RandomState::randint(std::int64_t low, std::int64_t high,
                                               std::int64_t size) {
    return draw_vector(*this, &RandomState::fill_randint, size, low, high);
}

void RandomState::fill_randint(std::int64_t* out, std::int64_t size, std::int64_t low,
                               std::int64_t high) {
    const std::size_t count = checked_size(size);
    // NumPy returns an empty array before it looks at the bounds.
    if (count == 0) return;
    fill_bounded(bit_generator_, out, count, integer_span(low, high, false), Bounding::masked);
}

std::vector<std::int64_t> RandomState::choice(std::int64_t population, std::int64_t size,
                                              bool replace) {
    if (population <= 0 && size != 0) {
        throw ValueError("a must be greater than 0 unless no samples are taken");
    }
    if (replace) return randint(0, population, size);
    if (size > population) {
        throw ValueError("Cannot take a larger sample than population when 'replace=False'");
    }
    if (size < 0) throw ValueError("Negative dimensions are not allowed");
    std::vector<std::int64_t> values = permutation(population);
    values.resize(static_cast<std::size_t>(size));
    return values;
}

std::vector<std::int64_t> RandomState::permutation(std::int64_t n) {
    return shuffled_range(*this, n);
}

std::uint64_t RandomState::random_interval(std::uint64_t max) {
    return masked_interval(bit_generator_, max);
}

}  // namespace tabula::random
