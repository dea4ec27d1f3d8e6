// concat against pandas 1.5.3 (tests/fixtures/frame/merge/make_merge_fixtures.py): by rows with
// differing columns, by columns with differing indexes, and pandas' errors.
#include <gtest/gtest.h>

#include <string>

#include "../support/fixtures.hpp"
#include "merge_fixture.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/merge.hpp"

namespace {

using tabula::concat;
using tabula::DataFrame;
using tabula::Series;
using tabula::testing::expect_frame;
using tabula::testing::expect_merge_error;
using tabula::testing::merge_input;

TEST(Concat, RowsMatchPandas) {
    const DataFrame ca = merge_input("CA");
    const DataFrame cb = merge_input("CB");
    expect_frame(concat({ca, cb}), "concat_CA_CB");
    expect_frame(concat({ca, cb, merge_input("CC")}), "concat_CA_CB_CC");
    expect_frame(concat({ca, cb}, {.ignore_index = true}), "concat_CA_CB_ignore");
    expect_frame(concat({ca, cb}, {.join = "inner"}), "concat_CA_CB_inner");
    expect_frame(concat({ca, ca}), "concat_CA_CA");
    // An int column with gaps stays int64 (pandas: float64), a bool one stays bool.
    const DataFrame all = concat({ca, cb, merge_input("CC")});
    EXPECT_EQ(all.column("b").dtype(), tabula::DType::Int64);
    EXPECT_EQ(all.column("d").dtype(), tabula::DType::Bool);
}

TEST(Concat, ColumnsMatchPandas) {
    const DataFrame x = merge_input("X");
    const DataFrame y = merge_input("Y");
    expect_frame(concat({x, y}, {.axis = 1}), "concat_X_Y_axis1");
    expect_frame(concat({x, y, merge_input("Z")}, {.axis = 1}), "concat_X_Y_Z_axis1");
    expect_frame(concat({x, y}, {.axis = 1, .join = "inner"}), "concat_X_Y_axis1_inner");
    expect_frame(concat({x, x}, {.axis = 1}), "concat_X_X_axis1");
    expect_frame(concat({x, y}, {.axis = 1, .ignore_index = true}), "concat_X_Y_axis1_ignore");
}

TEST(Concat, DtypePromotion) {
    const DataFrame ints({{"a", {1, 2}}});
    const DataFrame floats({{"a", {0.5}}});
    const DataFrame texts({{"a", {"x"}}});
    const DataFrame both = concat({ints, floats});
    EXPECT_EQ(both.column("a").dtype(), tabula::DType::Float64);
    EXPECT_EQ(both.column("a").data<double>()[1], 2.0);
    EXPECT_EQ(both.column("a").data<double>()[2], 0.5);
    tabula::testing::expect_error<tabula::TypeError>(
        [&] {
            concat({ints, texts});
        },
        "cannot concatenate column 'a' of dtype int64 with one of dtype object: pandas would "
        "make an object column, which tabula does not have; convert one with astype first");
}

TEST(Concat, Errors) {
    const DataFrame x = merge_input("X");
    expect_merge_error([&] { concat(std::vector<DataFrame>{}); }, "concat_empty");
    expect_merge_error([&] { concat({x}, {.axis = 2}); }, "concat_axis2");
    expect_merge_error([&] { concat({x}, {.join = "left"}); }, "concat_join");
    // pandas' InvalidIndexError, a ValueError in tabula.
    const DataFrame repeated(
        {"q"}, {tabula::Column::from_vector(std::vector<std::int64_t>{1, 2})},
        tabula::Index(tabula::Column::from_vector(std::vector<std::int64_t>{1, 1})));
    tabula::testing::expect_error<tabula::ValueError>(
        [&] {
            concat({x, repeated}, {.axis = 1});
        },
        "Reindexing only valid with uniquely valued Index objects");
}

TEST(Concat, Series) {
    const Series a(std::vector<std::int64_t>{1, 2}, "s");
    const Series b(std::vector<double>{3.5}, "s");
    const Series s = concat({a, b});
    EXPECT_EQ(s.name(), "s");
    ASSERT_EQ(s.size(), 3);
    EXPECT_EQ(s.value(2), 3.5);
    EXPECT_EQ(s.index().label_string(2), "0");
    const Series renumbered = concat({a, b.rename("t")}, true);
    EXPECT_EQ(renumbered.name(), "");
    EXPECT_TRUE(renumbered.index().is_range());
    EXPECT_EQ(renumbered.index().stop(), 3);
}

}  // namespace
