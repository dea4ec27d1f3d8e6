// sort_values, sort_index, nlargest and nsmallest against pandas 1.5.3 (fixtures written by
// tests/fixtures/frame/sort/make_sort_fixtures.py). Row orders must be identical, including
// the order of ties under pandas' default unstable quicksort.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "sort_fixture.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace {

using tabula::DataFrame;
using tabula::Series;
using tabula::SortOptions;

const DataFrame& input(const std::string& name) {
    static std::map<std::string, DataFrame> cache;
    auto it = cache.find(name);
    if (it == cache.end()) it = cache.emplace(name, tabula::testing::sort_input(name)).first;
    return it->second;
}

std::vector<bool> flags(const std::string& text) {
    std::vector<bool> out;
    for (const std::string& f : tabula::testing::split(text, ',')) out.push_back(f == "1");
    return out;
}

std::vector<std::int64_t> positions(const DataFrame& frame) {
    return tabula::testing::index_positions(frame.index());
}

TEST(SortValues, MatchesPandasOrders) {
    int cases = 0;
    for (const auto& row : tabula::testing::sort_rows("sort_values.tsv")) {
        const auto by = tabula::testing::split(row.at(1), ',');
        SortOptions options;
        options.ascending = flags(row.at(2));
        options.na_position = row.at(3);
        options.kind = row.at(4);
        const DataFrame sorted = input(row.at(0)).sort_values(by, options);
        EXPECT_EQ(positions(sorted), tabula::testing::int_list(row.at(5)))
            << row.at(0) << " by " << row.at(1) << " ascending " << row.at(2) << " " << row.at(3)
            << " " << row.at(4);
        ++cases;
    }
    EXPECT_GT(cases, 400);
}

TEST(SortValues, SeriesMatchesFrameColumnSort) {
    const DataFrame& t = input("T100");
    for (const char* name : {"k", "f", "s", "c"}) {
        const Series sorted = t[name].sort_values({.ascending = {false}, .na_position = "first"});
        const DataFrame by_frame =
            t.sort_values(name, {.ascending = {false}, .na_position = "first"});
        EXPECT_EQ(tabula::testing::index_positions(sorted.index()), positions(by_frame)) << name;
        EXPECT_TRUE(sorted.column().equals(by_frame.column(name))) << name;
    }
}

TEST(SortValues, LabelsMoveWithRowsAndIgnoreIndexRenumbers) {
    const DataFrame frame =
        DataFrame({{"name", {"c", "a", "b"}}, {"v", {3, 1, 2}}}).set_index("name");
    const DataFrame sorted = frame.sort_values("v");
    EXPECT_EQ(sorted.index().label_string(0), "a");
    EXPECT_EQ(sorted.index().label_string(2), "c");
    const DataFrame renumbered = frame.sort_values("v", {.ignore_index = true});
    EXPECT_TRUE(renumbered.index().is_range());
    EXPECT_EQ(renumbered["v"].value(0), 1.0);
    EXPECT_EQ(renumbered["v"].value(2), 3.0);
}

TEST(SortValues, ValuesMoveTogether) {
    const DataFrame& s = input("S");
    const DataFrame sorted = s.sort_values({"g", "v"}, {.ascending = {true, false}});
    // pandas: ids 4 1 0 3 5 2 -> g a a b b c None, v 3.0 NaN 2.0 1.0 NaN 1.0
    EXPECT_EQ(sorted["g"].text(0), "a");
    EXPECT_EQ(sorted["g"].text(4), "c");
    EXPECT_TRUE(sorted["g"].column().is_null(5));
    EXPECT_EQ(sorted["v"].value(0), 3.0);
    EXPECT_EQ(sorted["v"].value(3), 1.0);
}

TEST(SortValues, BadArgumentsRaiseAsPandas) {
    using tabula::testing::expect_pandas_error;
    const DataFrame& s = input("S");
    const Series v = s["v"];
    expect_pandas_error<tabula::ValueError>("series_ascending_length", "ValueError", [&] {
        (void)v.sort_values({.ascending = {true, false}});
    });
    expect_pandas_error<tabula::ValueError>(
        "na_position", "ValueError", [&] { (void)v.sort_values({.na_position = "middle"}); });
    expect_pandas_error<tabula::ValueError>("kind", "ValueError",
                                            [&] { (void)v.sort_values({.kind = "foo"}); });
    expect_pandas_error<tabula::ValueError>("frame_ascending_length", "ValueError", [&] {
        (void)s.sort_values({"v"}, {.ascending = {true, false}});
    });
    // pandas' KeyError('zz'); tabula names the closest column too.
    EXPECT_EQ(tabula::testing::pandas_error("missing_key").first, "KeyError");
    tabula::testing::expect_error<tabula::KeyError>([&] { (void)s.sort_values("vv"); },
                                                    "'vv' (closest column: 'v')");
    // Several keys sort stably whatever the kind, as pandas (which ignores it there).
    EXPECT_EQ(positions(s.sort_values({"k", "g"}, {.kind = "foo"})),
              positions(s.sort_values({"k", "g"})));
}

TEST(SortIndex, MatchesPandasOrders) {
    int cases = 0;
    for (const auto& row : tabula::testing::sort_rows("sort_index.tsv")) {
        const DataFrame& t = input(row.at(0));
        std::vector<std::int64_t> ids(static_cast<std::size_t>(t.num_rows()));
        for (std::size_t i = 0; i < ids.size(); ++i) ids[i] = static_cast<std::int64_t>(i);
        const DataFrame indexed =
            t.with_column("pos", tabula::Column::from_vector(ids)).set_index(row.at(1));
        const DataFrame sorted =
            indexed.sort_index({.ascending = {row.at(2) == "1"}, .na_position = row.at(3)});
        const tabula::Column pos = sorted.column("pos");
        const std::int64_t* p = pos.data<std::int64_t>();
        EXPECT_EQ(std::vector<std::int64_t>(p, p + pos.size()),
                  tabula::testing::int_list(row.at(4)))
            << row.at(0) << " index " << row.at(1) << " ascending " << row.at(2) << " "
            << row.at(3);
        ++cases;
    }
    EXPECT_EQ(cases, 24);
}

TEST(SortIndex, RangeIndexAndNotes) {
    // The notes' example: index [3, 1, NaN, 2, 1], v = 1..5.
    const DataFrame frame =
        DataFrame({{"i", std::vector<std::optional<double>>{3.0, 1.0, std::nullopt, 2.0, 1.0}},
                   {"v", {1, 2, 3, 4, 5}}})
            .set_index("i");
    auto values = [](const DataFrame& f) {
        std::vector<double> out;
        for (std::int64_t r = 0; r < f.num_rows(); ++r) out.push_back(f["v"].value(r));
        return out;
    };
    EXPECT_EQ(values(frame.sort_index()), (std::vector<double>{2, 5, 4, 1, 3}));
    EXPECT_EQ(values(frame.sort_index({.ascending = {false}})),
              (std::vector<double>{1, 4, 2, 5, 3}));
    EXPECT_EQ(values(frame.sort_index({.na_position = "first"})),
              (std::vector<double>{3, 2, 5, 4, 1}));
    const Series s(std::vector<double>{5.0, 6.0, 7.0}, "s");
    EXPECT_TRUE(s.sort_index().index().is_range());
    EXPECT_EQ(tabula::testing::index_positions(s.sort_index({.ascending = {false}}).index()),
              (std::vector<std::int64_t>{2, 1, 0}));
}

TEST(NLargest, MatchesPandas) {
    int cases = 0;
    for (const auto& row : tabula::testing::sort_rows("nlargest.tsv")) {
        const DataFrame& in = input(row.at(0));
        const std::int64_t n = std::stoll(row.at(2));
        const std::string& keep = row.at(3);
        const bool largest = row.at(1) == "nlargest";
        std::vector<std::int64_t> got;
        if (row.at(4).empty()) {
            const Series s = in[in.columns().front()];
            got = tabula::testing::index_positions(
                (largest ? s.nlargest(n, keep) : s.nsmallest(n, keep)).index());
        } else {
            const auto columns = tabula::testing::split(row.at(4), ',');
            got =
                positions(largest ? in.nlargest(n, columns, keep) : in.nsmallest(n, columns, keep));
        }
        EXPECT_EQ(got, tabula::testing::int_list(row.at(5)))
            << row.at(0) << " " << row.at(1) << "(" << n << ", " << row.at(4) << ", keep=" << keep
            << ")";
        ++cases;
    }
    EXPECT_GT(cases, 200);
}

TEST(NLargest, BadArgumentsRaiseAsPandas) {
    using tabula::testing::expect_pandas_error;
    const DataFrame& ns = input("NS");
    expect_pandas_error<tabula::ValueError>("nlargest_keep", "ValueError",
                                            [&] { (void)ns["x"].nlargest(2, "foo"); });
    expect_pandas_error<tabula::TypeError>("nlargest_object", "TypeError", [&] {
        (void)Series(std::vector<std::string>{"a"}).nlargest(1);
    });
    expect_pandas_error<tabula::TypeError>("nsmallest_category", "TypeError", [&] {
        (void)Series(tabula::Column::from_strings({"a"}).astype(tabula::DType::Categorical))
            .nsmallest(1);
    });
    expect_pandas_error<tabula::TypeError>("frame_nlargest_object", "TypeError",
                                           [&] { (void)input("S").nlargest(1, {"g"}); });
    tabula::testing::expect_error<tabula::KeyError>([&] { (void)input("S").nlargest(1, {"vv"}); },
                                                    "'vv' (closest column: 'v')");
}

}  // namespace
