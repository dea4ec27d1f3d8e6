#include "../../../src/ml/impute/donors.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <vector>

#include "tabula/core/random.hpp"

namespace tabula {
namespace {

// Training rows with distances (a few shared, some NaN) and a random set of donors.
struct Case {
    Case(std::uint32_t seed, std::int64_t n) : distance(static_cast<std::size_t>(n)) {
        random::RandomState rs(seed);
        bits.assign(static_cast<std::size_t>((n + 7) / 8), 0);
        for (std::int64_t j = 0; j < n; ++j) {
            const auto kind = rs.randint(0, 10);
            distance[static_cast<std::size_t>(j)] = kind == 0   ? NAN
                                                    : kind == 1 ? 4.0
                                                                : rs.random_sample() * 10.0;
            if (rs.randint(0, 10) == 0) continue;
            rows.push_back(j);
            bits[static_cast<std::size_t>(j / 8)] |= static_cast<std::uint8_t>(1U << (j % 8));
        }
        donors = {rows, bits.data(), n};
    }
    std::vector<double> distance;
    std::vector<std::int64_t> rows;
    std::vector<std::uint8_t> bits;
    impute::Donors donors;
};

TEST(Donors, GatherTheDonorsDistancesInRowOrder) {
    for (const std::int64_t n : {0, 1, 7, 8, 9, 64, 1001}) {
        const Case c(static_cast<std::uint32_t>(n), n);
        std::vector<double> got(c.rows.size() + impute::donor_slack);
        const bool any = impute::gather_donors(c.distance.data(), c.donors, got.data());
        bool expected_any = false;
        for (std::size_t t = 0; t < c.rows.size(); ++t) {
            const double want = c.distance[static_cast<std::size_t>(c.rows[t])];
            EXPECT_TRUE(got[t] == want || (std::isnan(got[t]) && std::isnan(want)))
                << n << " " << t;
            expected_any = expected_any || !std::isnan(want);
        }
        EXPECT_EQ(any, expected_any) << n;
    }
}

TEST(Donors, AllNanDistancesAreReported) {
    const std::vector<double> distance(20, NAN);
    std::vector<std::int64_t> rows;
    std::vector<std::uint8_t> bits(3, 0);
    for (std::int64_t j = 0; j < 20; j += 3) {
        rows.push_back(j);
        bits[static_cast<std::size_t>(j / 8)] |= static_cast<std::uint8_t>(1U << (j % 8));
    }
    std::vector<double> got(rows.size() + impute::donor_slack);
    EXPECT_FALSE(impute::gather_donors(distance.data(), {rows, bits.data(), 20}, got.data()));
}

TEST(Donors, UniqueDistancesNameTheirDonors) {
    const Case c(5, 1001);
    // The smallest distances that only one donor has, in a shuffled order.
    std::vector<double> chosen;
    std::vector<std::int64_t> expected;
    for (const std::int64_t j : c.rows) {
        const double v = c.distance[static_cast<std::size_t>(j)];
        if (std::isnan(v) || v == 4.0 || v > 0.5) continue;
        chosen.insert(chosen.begin(), v);
        expected.insert(expected.begin(), j);
    }
    ASSERT_GE(chosen.size(), 3U);
    std::vector<std::int64_t> rows(chosen.size());
    ASSERT_TRUE(impute::unique_donors(c.distance.data(), c.donors, chosen, rows.data()));
    EXPECT_EQ(rows, expected);
}

TEST(Donors, SharedRepeatedOrNanDistancesAreNotUnique) {
    const Case c(6, 1001);
    double single = -1.0;
    for (const std::int64_t j : c.rows) {
        const double v = c.distance[static_cast<std::size_t>(j)];
        if (!std::isnan(v) && v != 4.0) single = v;
    }
    std::vector<std::int64_t> rows(2);
    const std::vector<double> shared = {single, 4.0};
    EXPECT_FALSE(impute::unique_donors(c.distance.data(), c.donors, shared, rows.data()));
    const std::vector<double> repeated = {single, single};
    EXPECT_FALSE(impute::unique_donors(c.distance.data(), c.donors, repeated, rows.data()));
    const std::vector<double> with_nan = {single, NAN};
    EXPECT_FALSE(impute::unique_donors(c.distance.data(), c.donors, with_nan, rows.data()));
    const std::vector<double> alone = {single};
    EXPECT_TRUE(impute::unique_donors(c.distance.data(), c.donors, alone, rows.data()));
}

}  // namespace
}  // namespace tabula
