// Series.rank against pandas 1.5.3: every method, na_option, direction and pct on numbers with
// ties and NaN, strings with nulls, ints and bools. Ranks compare exactly: pandas divides the
// same integer sums and counts.
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "sort_fixture.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace {

using tabula::RankOptions;
using tabula::Series;

TEST(Rank, MatchesPandas) {
    const tabula::DataFrame rk = tabula::testing::sort_input("RK");
    int cases = 0;
    for (const auto& row : tabula::testing::sort_rows("rank.tsv")) {
        RankOptions options;
        options.method = row.at(1);
        options.na_option = row.at(2);
        options.ascending = row.at(3) == "1";
        options.pct = row.at(4) == "1";
        const Series ranks = rk[row.at(0)].rank(options);
        ASSERT_EQ(ranks.dtype(), tabula::DType::Float64);
        const auto expected = tabula::testing::split(row.at(5), ',');
        ASSERT_EQ(static_cast<std::size_t>(ranks.size()), expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i) {
            const double want = tabula::testing::float_cell(expected[i]);
            const double got = ranks.value(static_cast<std::int64_t>(i));
            if (std::isnan(want)) {
                EXPECT_TRUE(std::isnan(got)) << row.at(0) << " " << row.at(1) << " at " << i;
            } else {
                EXPECT_EQ(got, want) << row.at(0) << " " << row.at(1) << " " << row.at(2) << " asc "
                                     << row.at(3) << " pct " << row.at(4) << " at " << i;
            }
        }
        ++cases;
    }
    EXPECT_EQ(cases, 4 * 5 * 3 * 2 * 2);
}

TEST(Rank, KeepsNameAndIndex) {
    const Series s = Series(std::vector<double>{3.0, 1.0, 2.0}, "score");
    const Series r = s.rank();
    EXPECT_EQ(r.name(), "score");
    EXPECT_TRUE(r.index().equals(s.index()));
    EXPECT_EQ(r.value(0), 3.0);
}

TEST(Rank, BadArgumentsRaiseAsPandas) {
    const Series s(std::vector<double>{1.0, 2.0});
    // pandas lets the KeyError of its method lookup through: KeyError('foo').
    EXPECT_EQ(tabula::testing::pandas_error("rank_method").first, "KeyError");
    std::string quoted = "'";
    quoted += tabula::testing::pandas_error("rank_method").second;
    quoted += "'";
    tabula::testing::expect_error<tabula::KeyError>([&] { (void)s.rank({.method = "foo"}); },
                                                    quoted);
    tabula::testing::expect_pandas_error<tabula::ValueError>(
        "rank_na_option", "ValueError", [&] { (void)s.rank({.na_option = "foo"}); });
}

}  // namespace
