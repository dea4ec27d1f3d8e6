// DataFrame::corr() against pandas 1.5.3's pearson (pairwise-complete, Welford): make_eda.py.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "../support/fixtures.hpp"
#include "eda_fixture.hpp"
#include "tabula/frame/dataframe.hpp"

namespace {

using tabula::DataFrame;
using tabula::testing::eda_frame;
using tabula::testing::eda_results;

TEST(Corr, MatchesPandasBitForBit) {
    const DataFrame c = eda_frame("main").corr();
    const auto columns = eda_results("main.tsv", "corr_columns")[0];
    const std::vector<std::string> names(columns.begin() + 3, columns.end());
    EXPECT_EQ(c.columns(), names);
    const auto rows = eda_results("main.tsv", "corr");
    ASSERT_EQ(c.num_rows(), static_cast<std::int64_t>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        EXPECT_EQ(c.index().label_string(static_cast<std::int64_t>(r)), rows[r][1]);
        for (std::size_t k = 0; k < names.size(); ++k) {
            const double v = c.column(k).data<double>()[r];
            tabula::testing::expect_bits(v, rows[r][k + 3], rows[r][1] + " x " + names[k]);
        }
    }
}

TEST(Corr, LeavesTextOutAndNeedsTwoVaryingValues) {
    const DataFrame frame({{"a", {1.0, 2.0, 3.0}}, {"s", {"x", "y", "z"}}, {"k", {5.0, 5.0, 5.0}}});
    const DataFrame c = frame.corr();
    EXPECT_EQ(c.columns(), (std::vector<std::string>{"a", "k"}));
    EXPECT_EQ(c.column("a").data<double>()[0], 1.0);
    EXPECT_TRUE(std::isnan(c.column("k").data<double>()[0]));  // no variance: NaN, as pandas
}

}  // namespace
