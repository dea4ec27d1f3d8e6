#include "donors.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#if defined(__x86_64__)
#include <immintrin.h>
#define TABULA_HAS_AVX512_DONORS 1
#endif

namespace tabula::impute {
namespace {

bool has_row(const Donors& d, std::int64_t j) {
    return ((d.bits[j / 8] >> (j % 8)) & 1U) != 0;
}

// Counts, for each chosen distance, the donors that have it, remembering the last. A distance
// chosen twice is not unique either (in a partition's result, two donors have it).
class Matches {
  public:
    Matches(std::span<const double> chosen, std::int64_t* rows) : chosen_(chosen), rows_(rows) {}

    void add(double v, std::int64_t j) {
        int matched = 0;
        for (std::size_t t = 0; t < chosen_.size(); ++t) {
            if (v != chosen_[t]) continue;
            ++counts_[t];
            ++matched;
            rows_[t] = j;
        }
        repeated_ = repeated_ || matched > 1;
    }

    bool unique() const {
        return !repeated_ &&
               std::all_of(counts_, counts_ + chosen_.size(), [](int c) { return c == 1; });
    }

    static constexpr std::size_t capacity = 64;

  private:
    std::span<const double> chosen_;
    std::int64_t* rows_;
    int counts_[capacity] = {};
    bool repeated_ = false;
};

#if defined(TABULA_HAS_AVX512_DONORS)
// Eight training rows per step: the donors among them are compressed to the front of a vector,
// which is stored whole (the output's slack takes the lanes past the donors).
[[gnu::target("avx512f,popcnt")]] bool compress_donors(const double* distance, const Donors& d,
                                                       double* values) {
    const std::int64_t steps = d.training_rows / 8;
    __mmask8 numbers = 0;
    std::int64_t count = 0;
    for (std::int64_t s = 0; s < steps; ++s) {
        const __mmask8 has = d.bits[s];
        const __m512d v = _mm512_loadu_pd(distance + 8 * s);
        numbers |= _mm512_mask_cmp_pd_mask(has, v, v, _CMP_ORD_Q);
        _mm512_storeu_pd(values + count, _mm512_maskz_compress_pd(has, v));
        count += _mm_popcnt_u32(has);
    }
    bool any = numbers != 0;
    for (std::int64_t j = 8 * steps; j < d.training_rows; ++j) {
        if (!has_row(d, j)) continue;
        values[count++] = distance[j];
        any = any || !std::isnan(distance[j]);
    }
    return any;
}

// The donors at most `largest` away, eight training rows per step.
[[gnu::target("avx512f")]] void match_donors(const double* distance, const Donors& d,
                                             double largest, Matches& matches) {
    const std::int64_t steps = d.training_rows / 8;
    const __m512d bound = _mm512_set1_pd(largest);
    for (std::int64_t s = 0; s < steps; ++s) {
        unsigned near = _mm512_mask_cmp_pd_mask(d.bits[s], _mm512_loadu_pd(distance + 8 * s), bound,
                                                _CMP_LE_OQ);
        for (; near != 0; near &= near - 1) {
            const std::int64_t j = 8 * s + __builtin_ctz(near);
            matches.add(distance[j], j);
        }
    }
    for (std::int64_t j = 8 * steps; j < d.training_rows; ++j) {
        if (has_row(d, j) && distance[j] <= largest) matches.add(distance[j], j);
    }
}

const bool has_avx512 = __builtin_cpu_supports("avx512f") != 0;
#endif

}  // namespace

bool gather_donors(const double* distance, const Donors& donors, double* values) {
#if defined(TABULA_HAS_AVX512_DONORS)
    if (has_avx512) return compress_donors(distance, donors, values);
#endif
    bool any = false;
    for (std::size_t t = 0; t < donors.rows.size(); ++t) {
        values[t] = distance[donors.rows[t]];
        any = any || !std::isnan(values[t]);
    }
    return any;
}

bool unique_donors(const double* distance, const Donors& donors, std::span<const double> chosen,
                   std::int64_t* rows) {
    if (chosen.size() > Matches::capacity) return false;
    double largest = -std::numeric_limits<double>::infinity();
    for (const double c : chosen) {
        if (std::isnan(c)) return false;
        largest = std::max(largest, c);
    }
    Matches matches(chosen, rows);
#if defined(TABULA_HAS_AVX512_DONORS)
    if (has_avx512) {
        match_donors(distance, donors, largest, matches);
        return matches.unique();
    }
#endif
    for (const std::int64_t j : donors.rows) {
        if (distance[j] <= largest) matches.add(distance[j], j);
    }
    return matches.unique();
}

}  // namespace tabula::impute
