// merge and join against pandas 1.5.3 (tests/fixtures/frame/merge/make_merge_fixtures.py): row
// order for every how with and without sort, duplicate and null keys, several keys, left_on /
// right_on, suffixes, validate, and pandas' errors.
#include "tabula/frame/merge.hpp"

#include <gtest/gtest.h>

#include <cstdint>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

#include "../support/fixtures.hpp"
#include "merge_fixture.hpp"
#include "tabula/core/error.hpp"
#include "tabula/core/parallel.hpp"

namespace {

using tabula::DataFrame;
using tabula::JoinOptions;
using tabula::MergeOptions;
using tabula::testing::expect_frame;
using tabula::testing::expect_merge_error;
using tabula::testing::merge_input;

const std::vector<std::string> hows = {"inner", "left", "right", "outer"};

TEST(Merge, EveryHowAndSortMatchesPandas) {
    struct Case {
        std::string left, right;
        std::vector<std::string> on;
    };
    const std::vector<Case> cases = {
        {"L", "R", {"k"}},        {"L2", "R2", {"k"}}, {"LN", "RN", {"k"}}, {"LS", "RS", {"k"}},
        {"A5", "B5", {"a", "b"}}, {"LI", "RF", {"k"}}, {"RF", "LI", {"k"}}, {"LZ", "RF", {"k"}},
    };
    for (const Case& c : cases) {
        const DataFrame left = merge_input(c.left);
        const DataFrame right = merge_input(c.right);
        for (const auto& how : hows) {
            for (const bool sort : {false, true}) {
                const std::string name =
                    "merge_" + c.left + "_" + c.right + "_" + how + "_" + std::to_string(int(sort));
                SCOPED_TRACE(name);
                expect_frame(left.merge(right, {.on = c.on, .how = how, .sort = sort}), name);
            }
        }
    }
}

TEST(Merge, IntKeysUniqueOnTheRightMatchPandas) {
    // The direct-table shortcut (unique right keys, dense range) and its fallbacks; expected
    // values printed by pandas 1.5.3: pd.merge(l, r, on="k", how=...).to_dict("list").
    const DataFrame right({{"k", {1, 3, -5, 100}}, {"b", {10, 11, 12, 13}}});
    const DataFrame repeated({{"k", {3, 1, 3, 7, -5}}, {"a", {0, 1, 2, 3, 4}}});
    const DataFrame unique({{"k", {3, 1, 7, -5}}, {"a", {0, 1, 3, 4}}});
    auto column = [](const DataFrame& frame, const char* name) {
        std::vector<std::optional<std::int64_t>> out;
        const tabula::Column& c = frame.column(name);
        for (std::int64_t i = 0; i < c.size(); ++i) {
            out.push_back(c.is_null(i) ? std::nullopt
                                       : std::optional<std::int64_t>(c.data<std::int64_t>()[i]));
        }
        return out;
    };
    using V = std::vector<std::optional<std::int64_t>>;
    const DataFrame inner_repeated = repeated.merge(right, {.on = {"k"}});
    EXPECT_EQ(column(inner_repeated, "k"), (V{3, 3, 1, -5}));  // group by group
    EXPECT_EQ(column(inner_repeated, "a"), (V{0, 2, 1, 4}));
    EXPECT_EQ(column(inner_repeated, "b"), (V{11, 11, 10, 12}));
    const DataFrame left_repeated = repeated.merge(right, {.on = {"k"}, .how = "left"});
    EXPECT_EQ(column(left_repeated, "a"), (V{0, 1, 2, 3, 4}));  // left row order
    EXPECT_EQ(column(left_repeated, "b"), (V{11, 10, 11, std::nullopt, 12}));
    const DataFrame inner_unique = unique.merge(right, {.on = {"k"}});
    EXPECT_EQ(column(inner_unique, "a"), (V{0, 1, 4}));
    EXPECT_EQ(column(inner_unique, "b"), (V{11, 10, 12}));
    const DataFrame left_unique = unique.merge(right, {.on = {"k"}, .how = "left"});
    EXPECT_EQ(column(left_unique, "b"), (V{11, 10, std::nullopt, 12}));
}

TEST(Merge, LeftOnRightOnKeepsBothKeys) {
    const DataFrame a = merge_input("A");
    const DataFrame b = merge_input("B");
    for (const auto& how : hows) {
        expect_frame(a.merge(b, {.left_on = {"a"}, .right_on = {"b"}, .how = how}),
                     "merge_lr_A_B_" + how);
    }
    expect_frame(a.merge(b, {.left_on = {"a"}, .right_on = {"b"}, .suffixes = {"_l", "_r"}}),
                 "merge_lr_A_B_suffixes");
    expect_frame(a.merge(b, {.left_on = {"a"}, .right_on = {"b"}, .suffixes = {"", "_r"}}),
                 "merge_lr_A_B_empty_left_suffix");
    // A right non-key column named like a left key gets the suffixes too.
    expect_frame(
        merge_input("A3").merge(merge_input("B3"), {.left_on = {"id"}, .right_on = {"key"}}),
        "merge_lr_A3_B3");
}

TEST(Merge, ColumnsThatReceiveNullsKeepTheirDtype) {
    const DataFrame m = merge_input("T").merge(merge_input("U"), {.on = {"k"}, .how = "outer"});
    expect_frame(m, "merge_T_U_outer");
    EXPECT_EQ(m.column("i").dtype(), tabula::DType::Int64);
    EXPECT_EQ(m.column("b").dtype(), tabula::DType::Bool);
    EXPECT_EQ(m.column("j").dtype(), tabula::DType::Int64);
    EXPECT_EQ(m.column("k").dtype(), tabula::DType::Int64);
}

TEST(Merge, WithoutOnUsesTheCommonColumns) {
    expect_frame(tabula::merge(merge_input("A5"), merge_input("B5")), "merge_common_A5_B5");
}

TEST(Merge, ValidateMessages) {
    for (const std::string l : {"U1", "D1"}) {
        for (const std::string r : {"U1", "D1"}) {
            for (const std::string v : {"one_to_one", "1:m", "many_to_one", "m:m"}) {
                std::string tag = v;
                std::erase(tag, ':');
                const std::string name = "validate_" + l + "_" + r + "_" + tag;
                const auto& expected = tabula::testing::merge_error(name);
                auto call = [&] {
                    return merge_input(l).merge(merge_input(r), {.on = {"k"}, .validate = v});
                };
                if (expected == "no error") {
                    EXPECT_NO_THROW(call()) << name;
                } else {
                    expect_merge_error(call, name);
                }
            }
        }
    }
    const DataFrame u = merge_input("U1");
    const DataFrame d = merge_input("D1");
    expect_merge_error([&] { u.merge(d, {.on = {"k"}, .validate = "one"}); }, "validate_bad");
    // MergeError is a ValueError, as in pandas.
    EXPECT_THROW(d.merge(d, {.on = {"k"}, .validate = "1:1"}), tabula::ValueError);
}

TEST(Merge, BadArgumentsGivePandasErrors) {
    const DataFrame u = merge_input("U1");
    const DataFrame d = merge_input("D1");
    expect_merge_error([&] { u.merge(d, {.on = {"k"}, .left_on = {"k"}}); }, "on_and_left_on");
    expect_merge_error([&] { u.merge(d, {.left_on = {"k"}}); }, "left_on_only");
    expect_merge_error(
        [&] {
            merge_input("A5").merge(merge_input("B5"), {.left_on = {"a", "b"}, .right_on = {"a"}});
        },
        "on_lengths");
    expect_merge_error([&] { u.merge(merge_input("X")); }, "no_common");
    expect_merge_error([&] { u.merge(merge_input("S1"), {.on = {"k"}}); }, "int_and_object");
    expect_merge_error([&] { merge_input("S1").merge(u, {.on = {"k"}}); }, "object_and_int");
    expect_merge_error([&] { merge_input("RF").merge(merge_input("S1"), {.on = {"k"}}); },
                       "float_and_object");
    expect_merge_error(
        [&] {
            merge_input("A").merge(merge_input("B"),
                                   {.left_on = {"a"}, .right_on = {"b"}, .suffixes = {"", ""}});
        },
        "no_suffix");
    // pandas 1.5 raises KeyError('foo') from a dict lookup for an unknown how; tabula raises
    // pandas 2's ValueError.
    tabula::testing::expect_error<tabula::ValueError>(
        [&] { u.merge(d, {.on = {"k"}, .how = "cross_join"}); },
        "'cross_join' is not a valid Merge type: left, right, inner, outer");
    // A missing key names the closest column, as every tabula KeyError does (pandas: 'kk').
    tabula::testing::expect_error<tabula::KeyError>([&] { u.merge(d, {.on = {"kk"}}); },
                                                    "'kk' (closest column: 'k')");
    tabula::testing::expect_error<tabula::KeyError>(
        [&] { u.merge(d, {.left_on = {"k"}, .right_on = {"dd"}}); }, "'dd' (closest column: 'd')");
    // A suffix that makes an existing name is refused, as pandas 2 does (1.5 warns).
    const DataFrame v({{"k", {1, 2}}, {"v", {1, 2}}, {"v_x", {3, 4}}});
    const DataFrame w({{"k", {1, 2}}, {"v", {5, 6}}});
    tabula::testing::expect_error<tabula::MergeError>(
        [&] { v.merge(w, {.on = {"k"}}); },
        "Passing 'suffixes' which cause duplicate columns Index(['v_x'], dtype='object') is not "
        "allowed.");
}

TEST(Merge, EmptyAndUnmatchedInputs) {
    const DataFrame l({{"k", {1, 2}}, {"v", {1.5, 2.5}}});
    const DataFrame r({{"k", {3, 4}}, {"w", {"a", "b"}}});
    const DataFrame inner = l.merge(r);
    EXPECT_EQ(inner.shape(), (std::pair<std::int64_t, std::int64_t>{0, 3}));
    const DataFrame left = l.merge(r, {.how = "left"});
    EXPECT_EQ(left.num_rows(), 2);
    EXPECT_EQ(left.column("w").null_count(), 2);
    const DataFrame none = l.slice(0, 0).merge(r, {.how = "outer"});
    EXPECT_EQ(none.num_rows(), 2);
    EXPECT_EQ(none.column("k").data<std::int64_t>()[1], 4);
    EXPECT_EQ(none.column("v").null_count(), 2);
}

// Many rows through the partitioned hash table: the inner merge of W12's shape (unique ids,
// the right side reversed and thinned) and a many-to-many merge with null keys, against a direct
// count, and the same result on 1 and 2 threads.
TEST(Merge, LargeInputsIndependentOfThreads) {
    const std::int64_t n = 300000;
    std::vector<std::int64_t> ids(n);
    std::iota(ids.begin(), ids.end(), 1);
    std::vector<std::int64_t> right_ids;
    std::vector<double> revenue;
    for (std::int64_t id = n; id >= 1; --id) {
        if (id % 3 != 0) {
            right_ids.push_back(id);
            revenue.push_back(static_cast<double>(id) / 4);
        }
    }
    const DataFrame left({{"id", ids}});
    const DataFrame right({{"id", right_ids}, {"revenue", revenue}});
    const DataFrame m = left.merge(right, {.on = {"id"}});
    ASSERT_EQ(m.num_rows(), static_cast<std::int64_t>(right_ids.size()));
    const auto* out_ids = m.column("id").data<std::int64_t>();
    const auto* out_revenue = m.column("revenue").data<double>();
    std::int64_t expected = 1;
    for (std::int64_t i = 0; i < m.num_rows(); ++i) {
        if (expected % 3 == 0) ++expected;
        ASSERT_EQ(out_ids[i], expected);
        ASSERT_EQ(out_revenue[i], static_cast<double>(expected) / 4);
        ++expected;
    }

    std::vector<std::optional<std::int64_t>> keys;
    for (std::int64_t i = 0; i < 50000; ++i) {
        keys.push_back(i % 97 == 0 ? std::nullopt : std::optional<std::int64_t>((i * 7919) % 1000));
    }
    const std::vector<std::int64_t> i(ids.begin(), ids.begin() + 50000);
    const DataFrame a({{"k", tabula::Column::from_optionals(keys)}, {"i", i}});
    std::vector<std::optional<std::int64_t>> right_keys(keys.begin(), keys.begin() + 3000);
    std::vector<std::int64_t> j(3000);
    std::iota(j.begin(), j.end(), 0);
    const DataFrame b({{"k", tabula::Column::from_optionals(right_keys)}, {"j", j}});
    tabula::set_num_threads(1);
    const DataFrame one = a.merge(b, {.how = "outer"});
    tabula::set_num_threads(2);
    const DataFrame two = a.merge(b, {.how = "outer"});
    tabula::set_num_threads(0);
    EXPECT_TRUE(one.equals(two));
    std::int64_t pairs = 0;
    std::vector<std::int64_t> per_key(1001, 0);
    for (const auto& k : right_keys) ++per_key[k ? static_cast<std::size_t>(*k) : 1000];
    for (const auto& k : keys)
        pairs += std::max<std::int64_t>(1, per_key[k ? static_cast<std::size_t>(*k) : 1000]);
    EXPECT_EQ(one.num_rows(), pairs);
}

TEST(Join, OnTheIndexMatchesPandas) {
    for (const auto& [l, r] : std::vector<std::pair<std::string, std::string>>{
             {"JA", "JB"}, {"JA2", "JB2"}, {"JA2", "JB"}, {"JB", "JA2"}}) {
        for (const auto& how : hows) {
            const std::string name = "join_" + l + "_" + r + "_" + how;
            SCOPED_TRACE(name);
            expect_frame(merge_input(l).join(merge_input(r), {.how = how}), name);
        }
    }
    expect_frame(merge_input("JA").join(merge_input("JB"), {.sort = true}), "join_JA_JB_sort");
}

TEST(Join, OnAColumnKeepsTheCallersIndex) {
    for (const auto& how : hows) {
        SCOPED_TRACE(how);
        expect_frame(merge_input("JC").join(merge_input("JB"), {.on = {"key"}, .how = how}),
                     "join_on_JC_JB_" + how);
    }
}

TEST(Join, Suffixes) {
    const DataFrame jo = merge_input("JO");
    const DataFrame ja = merge_input("JA");
    expect_frame(jo.join(ja, {.lsuffix = "_l", .rsuffix = "_r"}), "join_JO_JA_suffix");
    expect_merge_error([&] { jo.join(ja); }, "join_overlap");
}

}  // namespace
