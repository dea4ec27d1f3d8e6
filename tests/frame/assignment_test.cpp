// df["x"] = values on a non-const frame (ColumnRef), against pandas 1.5.3 where it has a result.
#include <gtest/gtest.h>

#include <functional>

#include "indexing_cases.hpp"

namespace tabula {
namespace {

using testing::outcome;

template <class Assign>
DataFrame assigned(DataFrame frame, Assign&& assign) {
    assign(frame);
    return frame;
}

TEST(Assignment, MatchesPandas) {
    const DataFrame df = testing::labelled_frame();
    const DataFrame rf = testing::range_frame();
    const Series aligned(Column::from_vector(std::vector<double>{10, 20, 30}), "",
                         Index(std::vector<std::string>{"r2", "r0", "zz"}));
    const Series shorter(std::vector<double>{7, 8, 9});
    const Series duplicated(Column::from_vector(std::vector<std::int64_t>{1, 2}), "",
                            Index(std::vector<std::string>{"r0", "r0"}));
    testing::expect_cases({
        {"assign_scalar_new",
         [&] {
             return outcome([&] { return assigned(df, [](DataFrame& d) { d["flag"] = 1; }); });
         }},
        {"assign_scalar_replace",
         [&] { return outcome([&] { return assigned(df, [](DataFrame& d) { d["b"] = "s"; }); }); }},
        {"assign_values",
         [&] {
             return outcome([&] {
                 return assigned(df, [](DataFrame& d) { d["d"] = {0.5, 1.5, 2.5, 3.5}; });
             });
         }},
        {"assign_series_same_index",
         [&] {
             return outcome([&] { return assigned(df, [](DataFrame& d) { d["d"] = d["a"]; }); });
         }},
        {"assign_series_aligned",
         [&] {
             return outcome([&] { return assigned(df, [&](DataFrame& d) { d["d"] = aligned; }); });
         }},
        {"assign_series_range_shorter",
         [&] {
             return outcome([&] { return assigned(rf, [&](DataFrame& d) { d["d"] = shorter; }); });
         }},
        {"assign_error_length",
         [&] {
             return outcome([&] { return assigned(df, [](DataFrame& d) { d["d"] = {1, 2, 3}; }); });
         }},
        {"assign_error_duplicate_labels",
         [&] {
             return outcome(
                 [&] { return assigned(df, [&](DataFrame& d) { d["d"] = duplicated; }); });
         }},
    });
}

TEST(Assignment, ExpressionsOfOtherColumns) {
    DataFrame df({{"income", {0.0, 9.0, 99.0}}, {"age", {20, 30, 40}}});
    df["income_log"] = log1p(df["income"]);
    df["double_age"] = df["age"] * 2;
    EXPECT_EQ(df.columns(),
              (std::vector<std::string>{"income", "age", "income_log", "double_age"}));
    EXPECT_DOUBLE_EQ(df["income_log"].value(1), std::log1p(9.0));
    EXPECT_EQ(df["double_age"].dtype(), DType::Int64);
    EXPECT_EQ(df["double_age"].value(2), 80.0);
    df["age"] = df["age"] + df["double_age"];  // replaces in place, keeps the position
    EXPECT_EQ(df.columns()[1], "age");
    EXPECT_EQ(df["age"].value(0), 60.0);
}

TEST(Assignment, IntSeriesWithAMissingLabelStaysInt) {
    DataFrame df = testing::labelled_frame();
    df["d"] = Series(Column::from_vector(std::vector<std::int64_t>{10, 20}), "",
                     Index(std::vector<std::string>{"r3", "r1"}));
    const Column& d = df.column("d");
    EXPECT_EQ(d.dtype(), DType::Int64);
    EXPECT_TRUE(d.is_null(0));
    EXPECT_EQ(d.data<std::int64_t>()[1], 20);
    EXPECT_EQ(d.data<std::int64_t>()[3], 10);
}

TEST(Assignment, NullScalarGivesAnAllNullColumn) {
    DataFrame df = testing::range_frame();
    df["d"] = Scalar();
    EXPECT_EQ(df.column("d").null_count(), 4);
}

TEST(Assignment, ReadsThroughANonConstFrame) {
    DataFrame df = testing::range_frame();
    EXPECT_DOUBLE_EQ(df["b"].mean(), 3.0);
    EXPECT_EQ(df["c"].text(2), "z");
    const DataFrame two = df[{"a", "c"}];
    EXPECT_EQ(two.columns(), (std::vector<std::string>{"a", "c"}));
    const DataFrame rows = df[df["a"] > 2];
    EXPECT_EQ(rows.num_rows(), 2);
    const DataFrame named = df[std::vector<std::string>{"b"}];
    EXPECT_EQ(named.num_columns(), 1);
}

TEST(Assignment, MisspeltColumnThrowsOnRead) {
    DataFrame df({{"age", {20, 30}}, {"income", {1.0, 2.0}}});
    testing::expect_error<KeyError>([&] { df["agee"].mean(); }, "'agee' (closest column: 'age')");
    testing::expect_error<KeyError>([&] { static_cast<void>(df["agee"].size()); },
                                    "'agee' (closest column: 'age')");
    testing::expect_error<KeyError>([&] { static_cast<void>(df["agee"] > 1); },
                                    "'agee' (closest column: 'age')");
    testing::expect_error<KeyError>([&] { df["agee"].describe(); },
                                    "'agee' (closest column: 'age')");
    testing::expect_error<KeyError>([&] { df["agee"].value_counts(); },
                                    "'agee' (closest column: 'age')");
    testing::expect_error<KeyError>([&] { df["agee"].head(); }, "'agee' (closest column: 'age')");
    testing::expect_error<KeyError>([&] { df["x"] = df["agee"]; },
                                    "'agee' (closest column: 'age')");
    const Series copy = df["agee"];
    testing::expect_error<KeyError>([&] { copy.sum(); }, "'agee' (closest column: 'age')");
    EXPECT_EQ(df.columns().size(), 2u);  // nothing was created by the reads
}

TEST(Assignment, MisspeltColumnThrowsInEveryMethod) {
    DataFrame df({{"age", {20, 30}}, {"income", {1.0, 2.0}}});
    const std::vector<std::function<void()>> reads = {
        [&] { df["agee"].astype(DType::Float64); },
        [&] { df["agee"].dropna(); },
        [&] { df["agee"].fillna(0); },
        [&] { df["agee"].ffill(); },
        [&] { df["agee"].bfill(); },
        [&] { df["agee"].interpolate(); },
        [&] { df["agee"].sort_index(); },
        [&] { df["agee"].sort_values(); },
        [&] { df["agee"].rank(); },
        [&] { df["agee"].nlargest(); },
        [&] { df["agee"].abs(); },
        [&] { df["agee"].isin({1}); },
        [&] { df["agee"].between(1, 2); },
        [&] { df["agee"].isnull(); },
    };
    for (const auto& read : reads) {
        testing::expect_error<KeyError>(read, "'agee' (closest column: 'age')");
    }
}

TEST(Assignment, DefaultSeriesIsEmptyAndUsable) {
    const Series empty;
    EXPECT_EQ(empty.dropna().size(), 0);
    EXPECT_EQ(empty.fillna(1.5).size(), 0);
    EXPECT_EQ(empty.interpolate().size(), 0);
    EXPECT_EQ(empty.sort_values().size(), 0);
    EXPECT_EQ(empty.sum(), 0.0);
}

TEST(Assignment, CopyIsIndependent) {
    DataFrame df({{"a", {1, 2, 3}}});
    Series s = df["a"];
    df["a"] = 7;
    EXPECT_EQ(s.value(0), 1.0);
    EXPECT_EQ(df["a"].value(0), 7.0);
    auto ref = df["a"];  // a ColumnRef: writes through to df
    ref = {4, 5, 6};
    EXPECT_EQ(df["a"].value(2), 6.0);
    EXPECT_EQ(ref.value(2), 6.0);
}

TEST(Assignment, ColumnToColumnAssignsValues) {
    DataFrame df({{"a", {1, 2}}, {"b", {3, 4}}});
    df["a"] = df["b"];
    df["b"] = 0;
    EXPECT_EQ(df["a"].value(1), 4.0);
    EXPECT_EQ(df["b"].value(1), 0.0);
}

TEST(Assignment, EmptyFrameTakesTheRows) {
    DataFrame df;
    df["a"] = {1, 2, 3};
    EXPECT_EQ(df.num_rows(), 3);
    DataFrame labelled;
    labelled["x"] = Series(Column::from_vector(std::vector<double>{1.5, 2.5}), "",
                           Index(std::vector<std::string>{"p", "q"}));
    EXPECT_EQ(labelled.index().label_string(1), "q");
    DataFrame scalar_only;
    scalar_only["flag"] = true;
    EXPECT_EQ(scalar_only.shape(), (std::pair<std::int64_t, std::int64_t>{0, 1}));
}

TEST(Assignment, VectorsAndStrings) {
    DataFrame df({{"a", {1, 2}}});
    df["s"] = std::vector<std::string>{"p", "q"};
    df["v"] = std::vector<double>{0.25, 0.5};
    df["t"] = std::string("same");
    EXPECT_EQ(df["s"].text(1), "q");
    EXPECT_EQ(df["v"].value(0), 0.25);
    EXPECT_EQ(df["t"].text(0), "same");
    testing::expect_error<ValueError>([&] { df["v"] = std::vector<double>{1.0}; },
                                      "Length of values (1) does not match length of index (2)");
}

}  // namespace
}  // namespace tabula
