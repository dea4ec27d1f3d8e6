// KFold, StratifiedKFold and GroupKFold against scikit-learn 1.2.1's indices
// (tests/fixtures/ml/model_selection/splits).
#include "tabula/ml/model_selection/kfold.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "split_fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_error;
using testing::expect_fixture_folds;
using testing::fixture_rows;
using testing::parse_labels;
using testing::parse_seed;
using testing::parse_value;
using testing::sklearn_error;
using testing::split_fixture;

KFoldParams kfold_params(const std::vector<std::string>& row, std::size_t first) {
    return {.n_splits = parse_value<std::int64_t>(row[first]),
            .shuffle = row[first + 1] == "1",
            .random_state = parse_seed(row[first + 2])};
}

TEST(KFold, MatchesScikitLearn) {
    expect_fixture_folds("kfold.txt", "kfold", 5, 150, [](const auto& row) {
        const KFold cv(kfold_params(row, 2));
        return cv.split(parse_value<std::int64_t>(row[1]));
    });
}

TEST(KFold, UnshuffledFoldsAreConsecutiveWithLargerFirst) {
    const auto splits = KFold(3).split(7);
    ASSERT_EQ(splits.size(), 3U);
    EXPECT_EQ(splits[0].test, (std::vector<std::int64_t>{0, 1, 2}));
    EXPECT_EQ(splits[1].test, (std::vector<std::int64_t>{3, 4}));
    EXPECT_EQ(splits[2].test, (std::vector<std::int64_t>{5, 6}));
    EXPECT_EQ(splits[2].train, (std::vector<std::int64_t>{0, 1, 2, 3, 4}));
}

TEST(KFold, SameSeedSameFolds) {
    const KFold cv({.n_splits = 4, .shuffle = true, .random_state = 3});
    EXPECT_EQ(cv.split(30), cv.split(30));
    EXPECT_EQ(cv, KFold({.n_splits = 4, .shuffle = true, .random_state = 3}));
    EXPECT_FALSE(cv == KFold(4));
}

TEST(KFold, WithoutSeedEveryRowIsTestedOnce) {
    const auto splits = KFold({.n_splits = 4, .shuffle = true}).split(23);
    std::vector<int> tested(23, 0);
    for (const Split& s : splits) {
        EXPECT_EQ(s.train.size() + s.test.size(), 23U);
        for (std::int64_t i : s.test) ++tested[static_cast<std::size_t>(i)];
    }
    EXPECT_EQ(tested, std::vector<int>(23, 1));
}

TEST(KFold, Errors) {
    expect_error<ValueError>([] { KFold(6).split(5); }, sklearn_error("kfold_too_many_splits"));
    expect_error<ValueError>([] { KFold(1); }, sklearn_error("kfold_one_split"));
    expect_error<ValueError>([] { KFold({.n_splits = 3, .random_state = 0}); },
                             sklearn_error("kfold_seed_without_shuffle"));
    expect_error<ValueError>([] { KFold({.shuffle = true, .random_state = -1}).split(10); },
                             sklearn_error("seed_negative"));
}

TEST(KFold, Repr) {
    const auto rows = fixture_rows(split_fixture("repr.txt"), "repr");
    EXPECT_EQ(KFold().repr(), rows[0][1]);
    EXPECT_EQ(KFold({.n_splits = 3, .shuffle = true, .random_state = 0}).repr(), rows[1][1]);
    std::ostringstream out;
    out << StratifiedKFold({.n_splits = 4, .shuffle = true});
    EXPECT_EQ(out.str(), rows[2][1]);
    EXPECT_EQ(GroupKFold().repr(), rows[3][1]);
}

TEST(StratifiedKFold, MatchesScikitLearn) {
    expect_fixture_folds("stratified_kfold.txt", "skf", 5, 150, [](const auto& row) {
        return StratifiedKFold(kfold_params(row, 2)).split(parse_labels(row[1]));
    });
}

TEST(StratifiedKFold, RelabellingKeepsTheFolds) {
    const std::vector<std::string> words{"happy", "sad", "sad", "happy", "sad", "happy", "sad"};
    const std::vector<std::int64_t> codes{1, 0, 0, 1, 0, 1, 0};
    const StratifiedKFold cv({.n_splits = 3, .shuffle = true, .random_state = 5});
    EXPECT_EQ(cv.split(words), cv.split(codes));
}

TEST(StratifiedKFold, ClassSmallerThanNSplitsStillSplits) {
    // scikit-learn warns here and splits anyway; so does tabula, without the warning.
    const std::vector<std::int64_t> y{0, 0, 0, 0, 0, 0, 1, 1};
    const auto splits = StratifiedKFold(3).split(y);
    ASSERT_EQ(splits.size(), 3U);
    EXPECT_EQ(splits[0].test, (std::vector<std::int64_t>{0, 1, 6}));
    EXPECT_EQ(splits[1].test, (std::vector<std::int64_t>{2, 3, 7}));
    EXPECT_EQ(splits[2].test, (std::vector<std::int64_t>{4, 5}));
}

TEST(StratifiedKFold, Errors) {
    expect_error<ValueError>([] { StratifiedKFold({.n_splits = 3, .random_state = 1}); },
                             sklearn_error("skf_seed_without_shuffle"));
    expect_error<ValueError>(
        [] {
            StratifiedKFold(3).split(std::vector<std::int64_t>{0, 0, 1, 1});
        },
        sklearn_error("skf_all_classes_small"));
    expect_error<ValueError>(
        [] {
            StratifiedKFold(2).split(std::vector<double>{0.5, 1.5, 0.5, 2.0});
        },
        sklearn_error("skf_continuous"));
    expect_error<ValueError>(
        [] {
            StratifiedKFold(2).split(std::vector<double>{0.0, std::nan(""), 1.0, 1.0});
        },
        sklearn_error("skf_nan"));
    expect_error<ValueError>(
        [] {
            StratifiedKFold(6).split(std::vector<int>{0, 1, 0, 1, 0});
        },
        "Cannot have number of splits n_splits=6 greater than the number of "
        "samples: n_samples=5.");
}

TEST(GroupKFold, MatchesScikitLearn) {
    expect_fixture_folds("group_kfold.txt", "gkf", 3, 40, [](const auto& row) {
        return GroupKFold(parse_value<std::int64_t>(row[2])).split(parse_labels(row[1]));
    });
}

TEST(GroupKFold, EachGroupInOneTestFold) {
    const std::vector<std::string> groups{"a", "b", "a", "c", "c", "d", "b", "a"};
    const auto splits = GroupKFold(2).split(groups);
    std::vector<int> tested(groups.size(), 0);
    for (const Split& s : splits) {
        for (std::int64_t i : s.test) {
            ++tested[static_cast<std::size_t>(i)];
            for (std::int64_t j : s.train) {
                EXPECT_NE(groups[static_cast<std::size_t>(i)], groups[static_cast<std::size_t>(j)]);
            }
        }
    }
    EXPECT_EQ(tested, std::vector<int>(groups.size(), 1));
}

TEST(GroupKFold, Errors) {
    expect_error<ValueError>(
        [] {
            GroupKFold(4).split(std::vector<int>{0, 0, 1, 1, 2, 2});
        },
        sklearn_error("gkf_too_few_groups"));
    expect_error<ValueError>(
        [] {
            GroupKFold(7).split(std::vector<int>{0, 1, 2, 3, 4, 5});
        },
        sklearn_error("gkf_too_many_splits"));
    expect_error<ValueError>([] { GroupKFold(1); }, sklearn_error("gkf_one_split"));
    expect_error<ValueError>(
        [] {
            GroupKFold(2).split(std::vector<double>{1.0, std::nan(""), 2.0});
        },
        sklearn_error("gkf_nan"));
}

}  // namespace
}  // namespace tabula
