// DataFrame::loc against pandas 1.5.3 (tests/fixtures/frame/indexing), and its own errors.
#include <gtest/gtest.h>

#include "indexing_cases.hpp"

namespace tabula {
namespace {

using testing::outcome;

TEST(Loc, MatchesPandas) {
    const DataFrame df = testing::labelled_frame();
    const DataFrame rf = testing::range_frame();
    const DataFrame sf = testing::int_index_frame();
    const DataFrame uf = testing::non_unique_frame();
    const Series reordered_mask(Column::from_vector(std::vector<bool>{true, false, true, false}),
                                "", Index(std::vector<std::string>{"r3", "r1", "r2", "r0"}));
    testing::expect_cases({
        {"loc_row", [&] { return outcome([&] { return df.loc("r1"); }); }},
        {"loc_rows", [&] { return outcome([&] {
                               return df.loc({"r3", "r0"});
                           }); }},
        {"loc_slice", [&] { return outcome([&] {
                                return df.loc(LabelSlice{"r1", "r2"});
                            }); }},
        {"loc_slice_open_start",
         [&] { return outcome([&] { return df.loc(LabelSlice{.stop = "r1"}); }); }},
        {"loc_slice_open_stop",
         [&] { return outcome([&] { return df.loc(LabelSlice{.start = "r2"}); }); }},
        {"loc_slice_step",
         [&] { return outcome([&] {
                   return df.loc(LabelSlice{"r0", "r3", 2});
               }); }},
        {"loc_slice_reverse",
         [&] { return outcome([&] {
                   return df.loc(LabelSlice{"r3", "r1", -1});
               }); }},
        {"loc_slice_absent_end_sorted",
         [&] { return outcome([&] {
                   return df.loc(LabelSlice{"r1", "r9"});
               }); }},
        {"loc_slice_empty",
         [&] { return outcome([&] {
                   return df.loc(LabelSlice{"r3", "r1"});
               }); }},
        {"loc_rows_columns",
         [&] { return outcome([&] {
                   return df.loc({"r0", "r2"}, {"c", "a"});
               }); }},
        {"loc_row_columns", [&] { return outcome([&] {
                                      return df.loc("r1", {"a", "b"});
                                  }); }},
        {"loc_row_column_slice",
         [&] { return outcome([&] {
                   return df.loc("r1", LabelSlice{"a", "b"});
               }); }},
        {"loc_rows_column",
         [&] { return outcome([&] {
                   return df.loc(LabelSlice{"r1", "r2"}, "b");
               }); }},
        {"loc_cell", [&] { return outcome([&] { return df.loc("r2", "c"); }); }},
        {"loc_cell_float", [&] { return outcome([&] { return df.loc("r2", "b"); }); }},
        {"loc_mask", [&] { return outcome([&] { return df.loc(df["a"] > 2); }); }},
        {"loc_mask_columns", [&] { return outcome([&] { return df.loc(df["a"] > 2, {"c"}); }); }},
        {"loc_mask_reordered", [&] { return outcome([&] { return df.loc(reordered_mask); }); }},
        {"loc_all_rows_column_slice",
         [&] { return outcome([&] {
                   return df.loc(LabelSlice{}, LabelSlice{"b", "c"});
               }); }},
        {"loc_range_row", [&] { return outcome([&] { return rf.loc(1); }); }},
        {"loc_range_rows", [&] { return outcome([&] {
                                     return rf.loc({2, 0});
                                 }); }},
        {"loc_range_slice", [&] { return outcome([&] {
                                      return rf.loc(LabelSlice{1, 2});
                                  }); }},
        {"loc_range_slice_past_end",
         [&] { return outcome([&] {
                   return rf.loc(LabelSlice{1, 10});
               }); }},
        {"loc_range_cell", [&] { return outcome([&] { return rf.loc(2, "b"); }); }},
        {"loc_int_index_slice_between",
         [&] { return outcome([&] {
                   return sf.loc(LabelSlice{15, 35});
               }); }},
        {"loc_int_index_slice_reversed_bounds",
         [&] { return outcome([&] {
                   return sf.loc(LabelSlice{35, 15});
               }); }},
        {"loc_int_index_row", [&] { return outcome([&] { return sf.loc(20); }); }},
        {"loc_float_label_on_int_index", [&] { return outcome([&] { return sf.loc(20.0); }); }},
        {"loc_non_unique_slice",
         [&] { return outcome([&] {
                   return uf.loc(LabelSlice{"a", "c"});
               }); }},
        {"loc_non_unique_list", [&] { return outcome([&] { return uf.loc({"b"}); }); }},
        {"loc_error_missing_label", [&] { return outcome([&] { return df.loc("zz"); }); }},
        {"loc_error_some_missing", [&] { return outcome([&] {
                                             return df.loc({"r0", "zz"});
                                         }); }},
        {"loc_error_none_found", [&] { return outcome([&] {
                                           return df.loc({"zz", "qq"});
                                       }); }},
        {"loc_error_range_missing", [&] { return outcome([&] { return rf.loc(5); }); }},
        {"loc_error_range_some_missing", [&] { return outcome([&] {
                                                   return rf.loc({1, 5});
                                               }); }},
        {"loc_error_range_none_found", [&] { return outcome([&] {
                                                 return rf.loc({5, 6});
                                             }); }},
        {"loc_error_string_on_range", [&] { return outcome([&] { return rf.loc("x"); }); }},
        {"loc_error_int_on_strings", [&] { return outcome([&] { return df.loc(1); }); }},
        {"loc_error_int_slice_on_strings",
         [&] { return outcome([&] {
                   return df.loc(LabelSlice{1, 2});
               }); }},
        {"loc_error_non_unique_left",
         [&] { return outcome([&] {
                   return uf.loc(LabelSlice{"b", "c"});
               }); }},
        {"loc_error_non_unique_right",
         [&] { return outcome([&] {
                   return uf.loc(LabelSlice{"a", "b"});
               }); }},
        {"loc_error_int_index_missing", [&] { return outcome([&] { return sf.loc(15); }); }},
    });
}

TEST(Loc, ListOfOneLabelGivesAFrame) {
    const DataFrame df = testing::labelled_frame();
    const DataFrame one = df.loc({"r2"});
    EXPECT_EQ(one.shape(), (std::pair<std::int64_t, std::int64_t>{1, 3}));
    const DataFrame from_vector = df.loc(std::vector<std::string>{"r2", "r0"});
    EXPECT_EQ(from_vector.index().label_string(1), "r0");
}

TEST(Loc, RowDtypeIsTheCommonNumericType) {
    const DataFrame ints({{"x", {1, 2}}, {"y", {3, 4}}});
    EXPECT_EQ(ints.loc(1).dtype(), DType::Int64);
    EXPECT_EQ(ints.loc(1).value(1), 4.0);
    const DataFrame mixed({{"x", {1, 2}}, {"y", {0.5, 1.5}}});
    EXPECT_EQ(mixed.loc(0).dtype(), DType::Float64);
    const DataFrame bools({{"x", {true, false}}, {"y", {1, 2}}});
    const Series row = bools.loc(0);
    EXPECT_EQ(row.dtype(), DType::String);
    EXPECT_EQ(row.text(0), "True");
}

TEST(Loc, RowKeepsNullsAndNamesItsColumns) {
    const DataFrame df({{"x", std::vector<std::optional<std::int64_t>>{1, std::nullopt}},
                        {"y", std::vector<std::optional<std::int64_t>>{5, 6}}});
    const Series row = df.loc(1);
    EXPECT_EQ(row.dtype(), DType::Int64);
    EXPECT_TRUE(row.column().is_null(0));
    EXPECT_EQ(row.index().label_string(1), "y");
    EXPECT_EQ(row.name(), "1");
}

TEST(Loc, MaskWithNullCountsAsFalse) {
    const DataFrame df = testing::range_frame();
    const Series mask(
        Column::from_optionals(std::vector<std::optional<bool>>{true, std::nullopt, false, true}));
    const DataFrame picked = df.loc(mask);
    EXPECT_EQ(picked.num_rows(), 2);
    EXPECT_EQ(picked.index().label_string(1), "3");
}

TEST(Loc, SeriesOfLabelsSelectsThoseRows) {
    const DataFrame df = testing::labelled_frame();
    const DataFrame picked = df.loc(Series(std::vector<std::string>{"r3", "r1"}));
    EXPECT_EQ(picked.index().label_string(0), "r3");
    EXPECT_EQ(picked.column("a").data<std::int64_t>()[1], 2);
}

TEST(Loc, Errors) {
    const DataFrame df = testing::labelled_frame();
    testing::expect_error<KeyError>([&] { df.loc("r1", "zz"); }, "'zz' (closest column: 'a')");
    testing::expect_error<KeyError>(
        [&] {
            df.loc(LabelSlice{}, {"a", "bb"});
        },
        "'bb' (closest column: 'b')");
    testing::expect_error<KeyError>([&] { df.loc(LabelSlice{}, "cc"); },
                                    "'cc' (closest column: 'c')");
    testing::expect_error<ValueError>(
        [&] {
            df.loc(LabelSlice{"r0", "r2", 0});
        },
        "slice step cannot be zero");
    // pandas raises its IndexingError (not a ValueError) with this message.
    const Series unaligned(Column::from_vector(std::vector<bool>{true, true, true, true}), "",
                           Index(std::vector<std::string>{"r0", "r1", "r2", "zz"}));
    testing::expect_error<ValueError>(
        [&] { df.loc(unaligned); },
        "Unalignable boolean Series provided as indexer (index of the boolean Series and of the "
        "indexed object do not match).");
    testing::expect_error<ValueError>(
        [&] { testing::non_unique_frame().loc("b"); },
        "label 'b' is held by 2 rows; loc({label}) selects them as a DataFrame");
    testing::expect_error<TypeError>(
        [&] {
            testing::int_index_frame().loc(LabelSlice{"a", "b"});
        },
        "cannot do slice indexing on Int64Index with these indexers "
        "[a] of type str");
}

}  // namespace
}  // namespace tabula
