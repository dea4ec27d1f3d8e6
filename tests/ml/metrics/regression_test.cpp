#include "tabula/ml/metrics/regression.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "metric_fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_error;
using testing::expect_outcome;
using testing::expect_values;
using testing::parse_floats;
using testing::split;

const std::string kFixture = "ml/metrics/regression/cases.txt";

// Squares, differences and NumPy's pairwise sums in the same order: every value is exact.
TEST(MetricsRegression, MatchesScikitLearn) {
    std::map<std::string, std::pair<std::vector<double>, std::vector<double>>> cases;
    const auto check = [&](const std::vector<std::string>& f, const std::string& line) {
        const auto& [yt, yp] = cases.at(f[1]);
        const std::string& kind = f[0];
        const auto metric = [&] {
            if (kind == "mse") return mean_squared_error(yt, yp);
            if (kind == "rmse") return mean_squared_error(yt, yp, false);
            if (kind == "mae") return mean_absolute_error(yt, yp);
            if (kind == "r2") return r2_score(yt, yp);
            if (kind == "r2_nf") return r2_score(yt, yp, false);
            if (kind == "ev") return explained_variance_score(yt, yp);
            return explained_variance_score(yt, yp, false);
        };
        if (expect_outcome(
                f, 2, [&] { metric(); }, line))
            return;
        expect_values(std::vector<double>{metric()}, {f[3]}, line);
    };
    testing::for_each_row(kFixture, "case", [&](const auto& f, const auto&) {
        cases.emplace(f[1], std::pair{parse_floats(f[2]), parse_floats(f[3])});
    });
    int rows = 0;
    for (const char* kind : {"mse", "rmse", "mae", "r2", "r2_nf", "ev", "ev_nf"}) {
        rows += testing::for_each_row(kFixture, kind, check);
    }
    EXPECT_GT(rows, 100);
}

TEST(MetricsRegression, BadInputs) {
    const std::vector<double> y{1, 2, 3};
    expect_error<ValueError>(
        [&] {
            mean_squared_error(y, std::vector<double>{1, 2});
        },
        "Found input variables with inconsistent numbers of samples: [3, 2]");
    expect_error<ValueError>(
        [&] {
            mean_squared_error(y, std::vector<double>{1, NAN, 2});
        },
        "Input contains NaN.");
    expect_error<ValueError>(
        [&] {
            mean_absolute_error(std::vector<double>{INFINITY, 1, 2}, y);
        },
        "Input contains infinity or a value too large for dtype('float64').");
    expect_error<ValueError>(
        [&] {
            r2_score(std::vector<std::string>{"a", "b", "c"}, y);
        },
        "dtype='numeric' is not compatible with arrays of bytes/strings.Convert your data to "
        "numeric values explicitly instead.");
    expect_error<ValueError>(
        [&] { mean_squared_error(std::vector<double>{}, std::vector<double>{}); },
        "Found array with 0 sample(s) (shape=(0,)) while a minimum of 1 is required.");
    // Ints are values too; one sample has no R^2.
    EXPECT_EQ(mean_absolute_error(std::vector<int>{1, 2, 4}, y), 1.0 / 3.0);
    EXPECT_TRUE(std::isnan(r2_score(std::vector<double>{1}, std::vector<double>{2})));
}

}  // namespace
}  // namespace tabula
