// The cv holder, check_cv and type_of_target.
#include "tabula/ml/model_selection/cross_validator.hpp"

#include <gtest/gtest.h>

#include <sstream>

#include "split_fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_error;
using testing::sklearn_error;

NDArray<double> zeros(std::int64_t rows) {
    return NDArray<double>::zeros({rows, 2});
}

TEST(CrossValidator, IntMeansKFoldUntilChecked) {
    const CrossValidator cv = 3;
    EXPECT_TRUE(cv.is_int());
    EXPECT_EQ(cv.get_n_splits(), 3);
    EXPECT_EQ(cv.repr(), "3");
    EXPECT_EQ(cv.split(zeros(7)), KFold(3).split(7));
    EXPECT_EQ(CrossValidator().get_n_splits(), 5);
}

TEST(CrossValidator, CheckCvPicksStratifiedForClassifiers) {
    const Target y = std::vector<std::string>{"a", "b", "a", "b", "a", "b"};
    const CrossValidator classifier_cv = check_cv(2, &y, true);
    ASSERT_NE(classifier_cv.target<StratifiedKFold>(), nullptr);
    EXPECT_EQ(*classifier_cv.target<StratifiedKFold>(), StratifiedKFold(2));
    ASSERT_NE(check_cv(2, &y, false).target<KFold>(), nullptr);
    ASSERT_NE(check_cv(2, nullptr, true).target<KFold>(), nullptr);
    const Target continuous = std::vector<double>{0.5, 1.5, 2.5, 0.5};
    ASSERT_NE(check_cv(2, &continuous, true).target<KFold>(), nullptr);
    const CrossValidator shuffled = KFold({.n_splits = 3, .shuffle = true, .random_state = 1});
    EXPECT_EQ(check_cv(shuffled, &y, true), shuffled);
    expect_error<ValueError>([&] { check_cv(1, &y, true); }, sklearn_error("kfold_one_split"));
}

TEST(CrossValidator, HoldsEverySplitter) {
    const Target y = std::vector<std::int64_t>{0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
    const Target groups = std::vector<std::int64_t>{0, 0, 1, 1, 2, 2, 3, 3, 4, 4};
    const NDArray<double> X = zeros(10);
    const StratifiedKFold skf({.n_splits = 2, .shuffle = true, .random_state = 0});
    EXPECT_EQ(CrossValidator(skf).split(X, &y), skf.split(y));
    EXPECT_EQ(CrossValidator(GroupKFold(5)).split(X, &y, &groups), GroupKFold(5).split(groups));
    const ShuffleSplit ss({.n_splits = 3, .test_size = 2, .random_state = 4});
    EXPECT_EQ(CrossValidator(ss).split(X), ss.split(10));
    const StratifiedShuffleSplit sss({.n_splits = 3, .test_size = 0.4, .random_state = 4});
    const CrossValidator held = sss;
    EXPECT_EQ(held.split(X, &y), sss.split(y));
    EXPECT_EQ(held.get_n_splits(), 3);
    EXPECT_EQ(held.repr(), sss.repr());
    std::ostringstream out;
    out << CrossValidator(GroupKFold(3));
    EXPECT_EQ(out.str(), "GroupKFold(n_splits=3)");
}

TEST(CrossValidator, FixedSplits) {
    const std::vector<Split> splits{{{2, 3}, {0, 1}}, {{0, 1}, {2, 3}}};
    const CrossValidator cv = splits;
    EXPECT_EQ(cv.get_n_splits(), 2);
    EXPECT_EQ(cv.split(4), splits);
    EXPECT_EQ(cv.repr(), "[(array([2, 3]), array([0, 1])), (array([0, 1]), array([2, 3]))]");
    expect_error<IndexError>([&] { cv.split(3); },
                             "index 3 is out of bounds for axis 0 with size 3");
}

TEST(CrossValidator, Errors) {
    const Target groups9 = std::vector<std::int64_t>{0, 1, 2, 3, 4, 5, 6, 7, 8};
    expect_error<ValueError>(
        [&] { CrossValidator(GroupKFold(2)).split(zeros(10), nullptr, &groups9); },
        sklearn_error("cv_inconsistent_groups"));
    expect_error<ValueError>([] { CrossValidator(GroupKFold(2)).split(zeros(6)); },
                             sklearn_error("gkf_no_groups"));
    expect_error<ValueError>([] { CrossValidator(GroupKFold(7)).split(zeros(6)); },
                             sklearn_error("gkf_too_many_splits"));
    expect_error<ValueError>([] { CrossValidator(StratifiedKFold(2)).split(zeros(6)); },
                             "The 'y' parameter should not be None.");
    const Target y3 = std::vector<int>{0, 1, 0};
    expect_error<ValueError>([&] { CrossValidator(4).split(zeros(4), &y3); },
                             "Found input variables with inconsistent numbers of samples: [4, 3]");
}

TEST(CrossValidator, TypeOfTarget) {
    EXPECT_EQ(type_of_target(std::vector<int>{1, 2, 1}), "binary");
    EXPECT_EQ(type_of_target(std::vector<int>{7}), "binary");
    EXPECT_EQ(type_of_target(std::vector<int>{1, 2, 3}), "multiclass");
    EXPECT_EQ(type_of_target(std::vector<std::string>{"a", "b", "c"}), "multiclass");
    EXPECT_EQ(type_of_target(std::vector<double>{1.0, 0.0, 1.0}), "binary");
    EXPECT_EQ(type_of_target(std::vector<double>{1.0, 0.5}), "continuous");
    EXPECT_EQ(type_of_target(std::vector<int>{}), "binary");
    expect_error<ValueError>(
        [] {
            type_of_target(std::vector<double>{0.5, NAN});
        },
        "Input y contains NaN.");
    expect_error<ValueError>(
        [] {
            type_of_target(std::vector<double>{0.5, -INFINITY});
        },
        "Input y contains infinity or a value too large for dtype('float64').");
}

}  // namespace
}  // namespace tabula
