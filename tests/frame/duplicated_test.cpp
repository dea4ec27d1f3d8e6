// duplicated and drop_duplicates against pandas 1.5.3 (make_merge_fixtures.py): keep first,
// last and none (pandas' keep=False), a subset, NaN equal to NaN, the original labels kept.
#include <gtest/gtest.h>

#include <string>

#include "../support/fixtures.hpp"
#include "merge_fixture.hpp"
#include "tabula/core/error.hpp"
#include "tabula/frame/dataframe.hpp"

namespace {

using tabula::DataFrame;
using tabula::testing::expect_frame;
using tabula::testing::expect_series;
using tabula::testing::merge_input;

TEST(Duplicated, MatchesPandas) {
    const DataFrame dd = merge_input("DD");
    for (const std::string keep : {"first", "last", "none"}) {
        SCOPED_TRACE(keep);
        expect_series(dd.duplicated({.keep = keep}), "duplicated_" + keep);
        expect_series(dd.duplicated({.subset = {"a"}, .keep = keep}), "duplicated_a_" + keep);
        expect_frame(dd.drop_duplicates({.keep = keep}), "drop_duplicates_" + keep);
        expect_frame(dd.drop_duplicates({.subset = {"a"}, .keep = keep}),
                     "drop_duplicates_a_" + keep);
    }
    expect_frame(dd.drop_duplicates({.keep = "none", .ignore_index = true}),
                 "drop_duplicates_none_ignore");
}

TEST(Duplicated, Errors) {
    const DataFrame dd = merge_input("DD");
    tabula::testing::expect_error<tabula::KeyError>([&] { dd.duplicated({.subset = {"aa"}}); },
                                                    "'aa' (closest column: 'a')");
    tabula::testing::expect_error<tabula::ValueError>(
        [&] { dd.drop_duplicates({.keep = "False"}); },
        "keep must be either \"first\", \"last\" or \"none\"");
}

TEST(Duplicated, ManyRows) {
    std::vector<std::int64_t> k;
    for (std::int64_t i = 0; i < 200000; ++i) k.push_back((i * 31) % 1000);
    const DataFrame f({{"k", k}});
    const DataFrame kept = f.drop_duplicates();
    ASSERT_EQ(kept.num_rows(), 1000);
    EXPECT_EQ(kept.index().label_string(999), "999");
    const DataFrame last = f.drop_duplicates({.keep = "last"});
    EXPECT_EQ(last.index().label_string(0), "199000");
}

}  // namespace
