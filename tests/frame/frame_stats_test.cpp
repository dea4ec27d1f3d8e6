// DataFrame's per-column reductions (count, sum, mean, nunique, isnull().sum()/.mean()) and
// memory_usage against pandas 1.5.3: make_eda.py.
#include <gtest/gtest.h>

#include <string>

#include "../support/fixtures.hpp"
#include "eda_fixture.hpp"
#include "tabula/frame/dataframe.hpp"

namespace {

using tabula::DataFrame;
using tabula::DType;
using tabula::Series;
using tabula::testing::eda_results;
using tabula::testing::main_frame;

// A result row: kind, "", dtype, then name=value for each entry in order.
void expect_series(const Series& s, const std::string& kind) {
    const auto row = eda_results("main.tsv", kind)[0];
    EXPECT_EQ(std::string(tabula::dtype_name(s.dtype())), row[2]) << kind;
    ASSERT_EQ(s.size(), static_cast<std::int64_t>(row.size() - 3)) << kind;
    for (std::int64_t i = 0; i < s.size(); ++i) {
        const std::string& entry = row[static_cast<std::size_t>(i) + 3];
        const auto eq = entry.find('=');
        EXPECT_EQ(s.index().label_string(i), entry.substr(0, eq)) << kind;
        tabula::testing::expect_bits(s.value(i), entry.substr(eq + 1),
                                     kind + " " + entry.substr(0, eq));
    }
}

TEST(FrameStats, SumAndMeanOfNumericAndBoolColumns) {
    expect_series(main_frame().sum(), "frame_sum");
    expect_series(main_frame().mean(), "frame_mean");
}

TEST(FrameStats, CountAndNuniqueCoverEveryColumn) {
    expect_series(main_frame().count(), "frame_count");
    expect_series(main_frame().nunique(), "frame_nunique");
}

TEST(FrameStats, IsnullSumCountsAndMeanGivesFractions) {
    expect_series(main_frame().isnull().sum(), "isnull_sum");
    expect_series(main_frame().isnull().mean(), "isnull_mean");
}

TEST(FrameStats, IntegerColumnsSumToInt64) {
    const DataFrame frame({{"a", {1, 2, 3}}, {"b", {true, false, true}}, {"s", {"x", "y", "z"}}});
    const Series s = frame.sum();
    EXPECT_EQ(s.dtype(), DType::Int64);
    EXPECT_EQ(s.column().data<std::int64_t>()[0], 6);
    EXPECT_EQ(s.column().data<std::int64_t>()[1], 2);
    EXPECT_EQ(s.size(), 2);
}

TEST(FrameStats, MemoryUsageIndexFirst) {
    const DataFrame& frame = main_frame();
    const Series m = frame.memory_usage();
    EXPECT_EQ(m.dtype(), DType::Int64);
    EXPECT_EQ(m.index().label_string(0), "Index");
    EXPECT_EQ(std::to_string(static_cast<std::int64_t>(m.value(0))),
              eda_results("main.tsv", "memory_index")[0][3]);
    for (std::int64_t c = 0; c < frame.num_columns(); ++c) {
        EXPECT_EQ(m.index().label_string(c + 1), frame.columns()[static_cast<std::size_t>(c)]);
        EXPECT_EQ(m.value(c + 1),
                  static_cast<double>(frame.column(static_cast<std::size_t>(c)).memory_usage()));
    }
    const Series deep = frame.memory_usage(false, true);
    EXPECT_EQ(deep.size(), frame.num_columns());
    EXPECT_GT(deep.value(7), m.value(8));  // the city strings' characters count when deep
}

TEST(FrameStats, RangeIndexBytesAsPandas) {
    const auto expected = eda_results("edge.tsv", "memory_range")[0];
    const std::int64_t ranges[][3] = {
        {0, 0, 1}, {0, 10, 1}, {5, 10, 1}, {0, 1LL << 31, 1}, {0, 10, -1}};
    for (std::size_t k = 0; k < 5; ++k) {
        if (k == 3) continue;  // a series over 2^31 rows would need 16 GB of values
        const auto& r = ranges[k];
        const tabula::Index index = tabula::Index::range(r[0], r[1], r[2]);
        const Series s(tabula::Column::nulls(DType::Float64, index.size()), "x", index);
        EXPECT_EQ(std::to_string(s.memory_usage() - s.memory_usage(false)), expected[k + 3])
            << r[0] << " " << r[1] << " " << r[2];
    }
}

}  // namespace
