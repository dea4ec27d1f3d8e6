// scipy.stats.gaussian_kde against gaussian_kde.txt (scipy 1.10.1): the bandwidth factor, the
// kernel's variance, the effective sample size and the densities, with and without weights;
// scipy's errors.
#include "../../src/plot/gaussian_kde.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "plot_fixtures.hpp"
#include "tabula/core/error.hpp"

namespace {

using tabula::ValueError;
using tabula::plot::detail::GaussianKDE;
using tabula::testing::expect_error;
using tabula::testing::fixture_rows;
using tabula::testing::numbers;
using tabula::testing::split;

void expect_close(double actual, double expected, const std::string& context) {
    EXPECT_NEAR(actual, expected, 1e-13 * std::max(1.0, std::abs(expected))) << context;
}

TEST(GaussianKde, MatchesScipy) {
    for (const auto& row : fixture_rows("plot/gaussian_kde.txt", "kde")) {
        const std::string& name = row[1];
        const std::vector<double> data = numbers(row[2]);
        const std::vector<double> weights = numbers(row[3]);
        const std::string& bw = row[4];
        const GaussianKDE kde = bw == "scott" || bw == "silverman"
                                    ? GaussianKDE(data, weights, bw)
                                    : GaussianKDE(data, weights, std::stod(bw));
        expect_close(kde.factor(), std::stod(row[5]), name + " factor");
        expect_close(kde.covariance(), std::stod(row[6]), name + " covariance");
        expect_close(kde.neff(), std::stod(row[7]), name + " neff");
        const std::vector<double> expected = numbers(row[9]);
        const std::vector<double> actual = kde.evaluate(numbers(row[8]));
        ASSERT_EQ(actual.size(), expected.size()) << name;
        for (std::size_t i = 0; i < actual.size(); ++i) {
            expect_close(actual[i], expected[i], name + " density " + std::to_string(i));
        }
    }
}

TEST(GaussianKde, SetBandwidthScalesTheVariance) {
    const std::vector<double> data = {1.0, 2.0, 2.5, 4.0, 7.0};
    GaussianKDE kde(data);
    const double variance = kde.covariance() / (kde.factor() * kde.factor());
    kde.set_bandwidth(kde.factor() * 2);
    EXPECT_NEAR(kde.covariance(), variance * kde.factor() * kde.factor(), 1e-12);
}

TEST(GaussianKde, RejectsWhatScipyRejects) {
    const std::vector<double> one = {1.0};
    const std::vector<double> three = {1.0, 2.0, 3.0};
    const std::vector<double> two_weights = {1.0, 2.0};
    const std::vector<double> constant = {2.0, 2.0, 2.0};
    expect_error<ValueError>([&] { GaussianKDE kde(one); },
                             "`dataset` input should have multiple elements.");
    expect_error<ValueError>([&] { GaussianKDE kde(three, two_weights); },
                             "`weights` input should be of length n");
    expect_error<ValueError>([&] { GaussianKDE kde(three, {}, "foo"); },
                             "`bw_method` should be 'scott', 'silverman', a scalar or a callable.");
    try {
        GaussianKDE kde(constant);
        ADD_FAILURE() << "no exception for zero variance";
    } catch (const ValueError& e) {
        EXPECT_NE(std::string(e.what()).find("singular data covariance matrix"), std::string::npos);
    }
}

}  // namespace
