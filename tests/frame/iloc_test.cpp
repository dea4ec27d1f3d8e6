// DataFrame::iloc against pandas 1.5.3 (tests/fixtures/frame/indexing), and its own checks.
#include <gtest/gtest.h>

#include "indexing_cases.hpp"

namespace tabula {
namespace {

using testing::outcome;

TEST(Iloc, MatchesPandas) {
    const DataFrame df = testing::labelled_frame();
    const DataFrame rf = testing::range_frame();
    testing::expect_cases({
        {"iloc_row", [&] { return outcome([&] { return df.iloc(1); }); }},
        {"iloc_row_negative", [&] { return outcome([&] { return df.iloc(-1); }); }},
        {"iloc_rows", [&] { return outcome([&] {
                                return df.iloc({2, 0});
                            }); }},
        {"iloc_rows_negative", [&] { return outcome([&] {
                                         return df.iloc({-1, 0});
                                     }); }},
        {"iloc_slice", [&] { return outcome([&] {
                                 return df.iloc(Slice{1, 3});
                             }); }},
        {"iloc_slice_open_stop", [&] { return outcome([&] {
                                           return df.iloc(Slice{1, {}});
                                       }); }},
        {"iloc_slice_negative_stop",
         [&] { return outcome([&] {
                   return df.iloc(Slice{{}, -1});
               }); }},
        {"iloc_slice_step", [&] { return outcome([&] {
                                      return df.iloc(Slice{{}, {}, 2});
                                  }); }},
        {"iloc_slice_reverse", [&] { return outcome([&] {
                                         return df.iloc(Slice{{}, {}, -1});
                                     }); }},
        {"iloc_slice_negative", [&] { return outcome([&] {
                                          return df.iloc(Slice{-3, -1});
                                      }); }},
        {"iloc_slice_past_end", [&] { return outcome([&] {
                                          return df.iloc(Slice{1, 10});
                                      }); }},
        {"iloc_slice_empty", [&] { return outcome([&] {
                                       return df.iloc(Slice{5, {}});
                                   }); }},
        {"iloc_range_reverse_step",
         [&] { return outcome([&] {
                   return rf.iloc(Slice{{}, {}, -2});
               }); }},
        {"iloc_cell", [&] { return outcome([&] { return df.iloc(0, 1); }); }},
        {"iloc_cell_negative", [&] { return outcome([&] { return df.iloc(-1, -1); }); }},
        {"iloc_rows_columns",
         [&] { return outcome([&] {
                   return df.iloc(Slice{1, 3}, {0, 2});
               }); }},
        {"iloc_all_rows_column_slice",
         [&] { return outcome([&] {
                   return df.iloc(Slice{}, Slice{1, {}});
               }); }},
        {"iloc_rows_column", [&] { return outcome([&] {
                                       return df.iloc({0, 2}, 1);
                                   }); }},
        {"iloc_row_columns", [&] { return outcome([&] {
                                       return df.iloc(1, {0, 1});
                                   }); }},
        {"iloc_row_ints", [&] { return outcome([&] { return rf[{"a"}].iloc(2); }); }},
        {"iloc_error_row", [&] { return outcome([&] { return df.iloc(7); }); }},
        {"iloc_error_row_negative", [&] { return outcome([&] { return df.iloc(-5); }); }},
        {"iloc_error_rows", [&] { return outcome([&] {
                                      return df.iloc({0, 7});
                                  }); }},
        {"iloc_error_rows_negative", [&] { return outcome([&] { return df.iloc({-5}); }); }},
        {"iloc_error_column", [&] { return outcome([&] { return df.iloc(Slice{}, 5); }); }},
        {"iloc_error_columns", [&] { return outcome([&] { return df.iloc(Slice{}, {5}); }); }},
        {"iloc_error_cell_row", [&] { return outcome([&] { return df.iloc(7, 0); }); }},
        {"iloc_error_cell_column", [&] { return outcome([&] { return df.iloc(0, -4); }); }},
        {"iloc_error_step_zero",
         [&] { return outcome([&] {
                   return df.iloc(Slice{{}, {}, 0});
               }); }},
    });
}

TEST(Iloc, ListOfOnePositionGivesAFrame) {
    const DataFrame df = testing::labelled_frame();
    const DataFrame one = df.iloc({1});
    EXPECT_EQ(one.shape(), (std::pair<std::int64_t, std::int64_t>{1, 3}));
}

TEST(Iloc, SlicesKeepARangeIndexAndShareStorage) {
    const DataFrame rf = testing::range_frame();
    const DataFrame part = rf.iloc(Slice{1, 3});
    ASSERT_TRUE(part.index().is_range());
    EXPECT_EQ(part.index().start(), 1);
    EXPECT_EQ(part.column("b").data<double>(), rf.column("b").data<double>() + 1);
    const DataFrame stepped = rf.iloc(Slice{{}, {}, -2});
    ASSERT_TRUE(stepped.index().is_range());
    EXPECT_EQ(stepped.index().start(), 3);
    EXPECT_EQ(stepped.index().step(), -2);
    EXPECT_EQ(stepped.num_rows(), 2);
}

TEST(Iloc, LargeSlicesClipAsPython) {
    const DataFrame rf = testing::range_frame();
    EXPECT_EQ(rf.iloc(Slice{-100, 100}).num_rows(), 4);
    EXPECT_EQ(rf.iloc(Slice{100, -100, -1}).num_rows(), 4);
    EXPECT_EQ(rf.iloc(Slice{2, 1}).num_rows(), 0);
}

TEST(Iloc, RowOfFloat32AndInt32IsFloat64) {
    const DataFrame df({{"x", Column::from_vector(std::vector<std::int32_t>{1, 2})},
                        {"y", Column::from_vector(std::vector<float>{1.5f, 2.25f})}});
    const Series row = df.iloc(1);
    EXPECT_EQ(row.dtype(), DType::Float64);
    EXPECT_EQ(row.value(0), 2.0);
    EXPECT_EQ(row.value(1), 2.25);
}

TEST(Iloc, EmptyFrame) {
    const DataFrame empty;
    testing::expect_error<IndexError>([&] { empty.iloc(0); },
                                      "single positional indexer is out-of-bounds");
    EXPECT_EQ(empty.iloc(Slice{}).num_rows(), 0);
}

}  // namespace
}  // namespace tabula
