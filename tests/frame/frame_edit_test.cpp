// assign, insert, drop and rename, against pandas 1.5.3 (tests/fixtures/frame/indexing).
#include <gtest/gtest.h>

#include "indexing_cases.hpp"

namespace tabula {
namespace {

using testing::outcome;

DataFrame inserted(DataFrame frame, std::int64_t loc, std::string name, const Scalar& value,
                   bool allow_duplicates = false) {
    frame.insert(loc, std::move(name), value, allow_duplicates);
    return frame;
}

DataFrame inserted(DataFrame frame, std::int64_t loc, std::string name,
                   const ColumnValues& values) {
    frame.insert(loc, std::move(name), values);
    return frame;
}

DataFrame inserted(DataFrame frame, std::int64_t loc, std::string name, const Series& values) {
    frame.insert(loc, std::move(name), values);
    return frame;
}

TEST(FrameEdit, MatchesPandas) {
    const DataFrame df = testing::labelled_frame();
    const Series aligned(Column::from_vector(std::vector<double>{7, 8}), "",
                         Index(std::vector<std::string>{"r3", "r0"}));
    testing::expect_cases({
        {"drop_one", [&] { return outcome([&] { return df.drop({"b"}); }); }},
        {"drop_two", [&] { return outcome([&] {
                               return df.drop({"c", "a"});
                           }); }},
        {"drop_error_missing", [&] { return outcome([&] { return df.drop("zz"); }); }},
        {"drop_error_some_missing",
         [&] { return outcome([&] {
                   return df.drop({"zz", "a", "qq"});
               }); }},
        {"rename", [&] { return outcome([&] {
                             return df.rename({{"a", "A"}, {"zz", "Q"}});
                         }); }},
        {"rename_to_existing", [&] { return outcome([&] {
                                         return df.rename({{"a", "b"}});
                                     }); }},
        {"insert_scalar", [&] { return outcome([&] { return inserted(df, 1, "d", 7); }); }},
        {"insert_values",
         [&] { return outcome([&] {
                   return inserted(df, 0, "d", {9, 8, 7, 6});
               }); }},
        {"insert_at_end", [&] { return outcome([&] { return inserted(df, 3, "d", "k"); }); }},
        {"insert_series_aligned",
         [&] { return outcome([&] { return inserted(df, 1, "d", aligned); }); }},
        {"insert_duplicate_allowed",
         [&] { return outcome([&] { return inserted(df, 0, "a", 1, true); }); }},
        {"insert_error_exists", [&] { return outcome([&] { return inserted(df, 0, "a", 1); }); }},
        {"insert_error_loc", [&] { return outcome([&] { return inserted(df, 10, "d", 1); }); }},
        {"insert_error_length",
         [&] { return outcome([&] {
                   return inserted(df, 1, "d", {1, 2});
               }); }},
        {"assign_method",
         [&] { return outcome([&] { return df.assign("d", 1.5).assign("e", "q"); }); }},
        {"assign_method_callable",
         [&] {
             return outcome(
                 [&] { return df.assign("d", [](const DataFrame& d) { return d["a"] * 10; }); });
         }},
    });
}

TEST(FrameEdit, AssignLeavesTheOriginal) {
    const DataFrame df = testing::range_frame();
    const DataFrame more = df.assign("d", ColumnValues{true, false, true, false});
    EXPECT_EQ(df.num_columns(), 3);
    EXPECT_EQ(more.column("d").dtype(), DType::Bool);
    const DataFrame chained =
        df.assign("d", 2).assign("e", [](const DataFrame& d) { return d["d"] + d["a"]; });
    EXPECT_EQ(chained["e"].value(3), 6.0);
}

TEST(FrameEdit, InsertNegativeLoc) {
    DataFrame df = testing::range_frame();
    testing::expect_error<ValueError>([&] { df.insert(-1, "d", 1); },
                                      "unbounded slice: loc -1 is negative");
    EXPECT_EQ(df.num_columns(), 3);
}

TEST(FrameEdit, InsertIntoAnEmptyFrame) {
    DataFrame df;
    df.insert(0, "a", ColumnValues{1, 2});
    EXPECT_EQ(df.shape(), (std::pair<std::int64_t, std::int64_t>{2, 1}));
    DataFrame labelled;
    labelled.insert(0, "x",
                    Series(Column::from_vector(std::vector<double>{1.5}), "",
                           Index(std::vector<std::string>{"p"})));
    EXPECT_EQ(labelled.index().label_string(0), "p");
}

TEST(FrameEdit, DropRemovesEveryColumnOfTheName) {
    const DataFrame df = inserted(testing::range_frame(), 0, "a", 1, true);
    const DataFrame out = df.drop("a");
    EXPECT_EQ(out.columns(), (std::vector<std::string>{"b", "c"}));
    EXPECT_EQ(out.index().size(), 4);
}

}  // namespace
}  // namespace tabula
