#include "../../../src/ml/impute/nan_euclidean.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstdint>
#include <vector>

#include "tabula/core/random.hpp"

namespace tabula {
namespace {

// Random training rows, half their values on a grid of halves (exact ties and cancellations to
// 0), with gaps, and a receiver's terms for them, as knn_imputer.cpp forms them.
struct Case {
    Case(std::uint32_t seed, std::int64_t n, std::int64_t features, double scale = 1.0) : rows(n) {
        random::RandomState rs(seed);
        const auto d = static_cast<std::size_t>(features);
        const auto count = static_cast<std::size_t>(n);
        columns.assign(d, std::vector<double>(count));
        squares.assign(d, std::vector<double>(count));
        norms.assign(count, 0.0);
        pattern.resize(count);
        for (std::size_t i = 0; i < count; ++i) {
            // The pattern number stands for the gap in feature (pattern - 1), 0 for none.
            pattern[i] = rs.randint(0, features + 1);
            for (std::size_t k = 0; k < d; ++k) {
                const bool gap = pattern[i] == static_cast<std::int64_t>(k) + 1;
                const double v = gap ? 0.0
                                 : rs.random_sample() < 0.5
                                     ? static_cast<double>(rs.randint(-3, 4)) * 0.5
                                     : rs.random_sample() * 3.0 - 1.5;
                columns[k][i] = v * scale;
                squares[k][i] = columns[k][i] * columns[k][i];
                norms[i] = norms[i] + squares[k][i];
            }
        }
        for (std::size_t k = 0; k < d; ++k) {
            x.push_back(static_cast<double>(rs.randint(1, 4)) * 0.75 * scale);
        }
        // The receiver lacks feature 0 (so a training row lacking only feature 0 as well shares
        // the rest) and, with one feature, has nothing in common with such a row (NaN).
        x[0] = 0.0;
        gap_squares.push_back(squares[0].data());
        for (std::int64_t p = 0; p <= features; ++p) {
            const double lacked = p == 0 ? 0.0 : x[static_cast<std::size_t>(p - 1)];
            const std::int64_t present = features - 1 - (p > 1 ? 1 : 0);
            pattern_terms.push_back(lacked * lacked);
            pattern_terms.push_back(present == 0 ? NAN : static_cast<double>(present));
        }
        for (std::size_t k = 0; k < d; ++k) x_norm = x_norm + x[k] * x[k];
        dots.assign(count, 0.0);
        for (std::size_t k = 0; k < d; ++k) {
            for (std::size_t i = 0; i < count; ++i) dots[i] = dots[i] + x[k] * columns[k][i];
        }
    }

    impute::NanEuclideanTerms terms() const {
        impute::NanEuclideanTerms t;
        t.rows = rows;
        t.x_norm = x_norm;
        t.norms = norms.data();
        t.pattern = pattern.data();
        t.pattern_terms = pattern_terms.data();
        t.gap_squares = gap_squares;
        t.scale = static_cast<double>(columns.size());
        return t;
    }

    std::int64_t rows;
    std::vector<std::vector<double>> columns;
    std::vector<std::vector<double>> squares;
    std::vector<double> norms;
    std::vector<std::int64_t> pattern;
    std::vector<double> x;
    std::vector<double> pattern_terms;
    std::vector<const double*> gap_squares;
    double x_norm = 0.0;
    std::vector<double> dots;
};

// The squared distances one at a time, as scikit-learn's nan_euclidean_distances orders the
// operations before its root.
std::vector<double> by_definition(const Case& c) {
    std::vector<double> out;
    for (std::size_t j = 0; j < static_cast<std::size_t>(c.rows); ++j) {
        double v = (-2.0 * c.dots[j] + c.x_norm) + c.norms[j];
        v = v >= 0.0 ? v : 0.0;
        const auto p = static_cast<std::size_t>(c.pattern[j]);
        v = v - c.pattern_terms[2 * p];
        v = v - (0.0 + c.squares[0][j]);
        v = v > 0.0 ? v : 0.0;
        out.push_back(v / c.pattern_terms[2 * p + 1] * static_cast<double>(c.columns.size()));
    }
    return out;
}

void expect_same_bits(const std::vector<double>& got, const std::vector<double>& expected) {
    ASSERT_EQ(got.size(), expected.size());
    for (std::size_t j = 0; j < got.size(); ++j) {
        ASSERT_EQ(std::bit_cast<std::uint64_t>(got[j]), std::bit_cast<std::uint64_t>(expected[j]))
            << j << ": " << got[j] << " vs " << expected[j];
    }
}

constexpr impute::Kernel kernels[] = {impute::Kernel::Baseline, impute::Kernel::Avx2,
                                      impute::Kernel::Avx512};

// Every kernel gives the definition's bits on row counts that leave every kind of remainder after
// the vector steps.
TEST(NanEuclidean, EveryKernelGivesTheDefinitionsBits) {
    for (const auto kernel : kernels) {
        if (!impute::supports(kernel)) continue;
        for (const std::int64_t features : {1, 3, 10}) {
            for (const std::int64_t rows : {0, 1, 7, 16, 37, 64, 1003}) {
                SCOPED_TRACE(testing::Message()
                             << static_cast<int>(kernel) << " " << features << " " << rows);
                const Case c(static_cast<std::uint32_t>(rows * 31 + features), rows, features);
                std::vector<double> got(static_cast<std::size_t>(rows));
                impute::nan_euclidean_row(c.terms(), c.dots.data(), got.data(), kernel);
                expect_same_bits(got, by_definition(c));
            }
        }
    }
}

// Squares small enough to be subnormal, large, and overflowing to infinity: every kernel still
// rounds as the definition does.
TEST(NanEuclidean, EveryKernelGivesTheDefinitionsBitsAtTheExtremes) {
    for (const auto kernel : kernels) {
        if (!impute::supports(kernel)) continue;
        for (const double scale : {1e-160, 1e-155, 1e-150, 1e-145, 1e150, 1e154, 1e155}) {
            SCOPED_TRACE(testing::Message() << static_cast<int>(kernel) << " " << scale);
            const Case c(11, 1003, 10, scale);
            std::vector<double> got(1003);
            impute::nan_euclidean_row(c.terms(), c.dots.data(), got.data(), kernel);
            expect_same_bits(got, by_definition(c));
        }
    }
}

// The dot products of one to dot_block receivers, whose zeros (+0 and -0, as gaps and as values)
// must add nothing, are the sums in feature order with each product rounded.
TEST(NanEuclidean, EveryKernelSumsTheDotProductsInFeatureOrder) {
    for (const auto kernel : kernels) {
        if (!impute::supports(kernel)) continue;
        for (const std::int64_t features : {1, 3, 10}) {
            for (const std::int64_t rows : {0, 1, 7, 16, 37, 64, 1003}) {
                for (std::int64_t receivers = 1; receivers <= impute::dot_block; ++receivers) {
                    SCOPED_TRACE(testing::Message() << static_cast<int>(kernel) << " " << features
                                                    << " " << rows << " " << receivers);
                    const Case c(static_cast<std::uint32_t>(rows * 7 + features), rows, features);
                    random::RandomState rs(static_cast<std::uint32_t>(receivers));
                    const auto d = static_cast<std::size_t>(features);
                    std::vector<double> x(static_cast<std::size_t>(receivers) * d);
                    for (auto& v : x) {
                        const auto kind = rs.randint(0, 4);
                        v = kind == 0 ? 0.0 : kind == 1 ? -0.0 : rs.random_sample() * 4.0 - 2.0;
                    }
                    std::vector<const double*> columns;
                    for (const auto& column : c.columns) columns.push_back(column.data());
                    std::vector<double> got(x.size() / d * static_cast<std::size_t>(rows));
                    impute::nan_euclidean_dots(columns, rows, x, got.data(), kernel);
                    std::vector<double> expected;
                    for (std::int64_t r = 0; r < receivers; ++r) {
                        for (std::int64_t j = 0; j < rows; ++j) {
                            double sum = 0.0;
                            for (std::size_t k = 0; k < d; ++k) {
                                sum = sum + x[static_cast<std::size_t>(r) * d + k] *
                                                c.columns[k][static_cast<std::size_t>(j)];
                            }
                            expected.push_back(sum);
                        }
                    }
                    expect_same_bits(got, expected);
                }
            }
        }
    }
}

TEST(NanEuclidean, TheBaselineKernelRunsEverywhere) {
    EXPECT_TRUE(impute::supports(impute::Kernel::Baseline));
}

}  // namespace
}  // namespace tabula
