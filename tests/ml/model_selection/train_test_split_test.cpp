// train_test_split against scikit-learn 1.2.1's indices (tests/fixtures/ml/model_selection/
// splits/train_test_split.txt), for frames, series and arrays.
#include "tabula/ml/model_selection/train_test_split.hpp"

#include <gtest/gtest.h>

#include "split_fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_error;
using testing::fixture_rows;
using testing::parse_labels;
using testing::parse_positions;
using testing::parse_seed;
using testing::parse_size;
using testing::parse_value;
using testing::sklearn_error;
using testing::split_fixture;

TEST(TrainTestSplit, MatchesScikitLearn) {
    const auto rows = fixture_rows(split_fixture("train_test_split.txt"), "tts");
    EXPECT_GT(rows.size(), 100U);
    for (const auto& row : rows) {
        TrainTestSplitOptions options{.test_size = parse_size(row[2]),
                                      .train_size = parse_size(row[3]),
                                      .random_state = parse_seed(row[4]),
                                      .shuffle = row[5] == "1"};
        if (row[6] != "None") options.stratify = parse_labels(row[6]);
        const Split split = train_test_split_indices(parse_value<std::int64_t>(row[1]), options);
        const std::string context =
            row[1] + "|" + row[2] + "|" + row[3] + "|" + row[4] + "|" + row[5] + "|" + row[6];
        EXPECT_EQ(split.train, parse_positions(row[7])) << context;
        EXPECT_EQ(split.test, parse_positions(row[8])) << context;
    }
}

DataFrame sample_frame() {
    const DataFrame df({"age", "city", "label"},
                       {Column::from_vector(std::vector<std::int64_t>{20, 31, 42, 53, 64}),
                        Column::from_strings({"a", "b", "c", "d", "e"}),
                        Column::from_vector(std::vector<std::int64_t>{0, 1, 0, 1, 0})});
    return df.set_index("city");
}

TEST(TrainTestSplit, FrameAndSeriesKeepTheirLabels) {
    const DataFrame df = sample_frame();
    auto [X_train, X_test, y_train, y_test] =
        train_test_split(df.drop("label"), df["label"], {.test_size = 0.4, .random_state = 42});
    const Split expected = train_test_split_indices(5, {.test_size = 0.4, .random_state = 42});
    ASSERT_EQ(X_train.num_rows(), 3);
    ASSERT_EQ(X_test.num_rows(), 2);
    EXPECT_TRUE(X_train.equals(df.drop("label").take(expected.train)));
    EXPECT_TRUE(X_test.equals(df.drop("label").take(expected.test)));
    ASSERT_EQ(y_test.size(), 2);
    for (std::int64_t i = 0; i < 2; ++i) {
        const auto row = expected.test[static_cast<std::size_t>(i)];
        EXPECT_EQ(y_test.index().label_string(i), df.index().label_string(row));
        EXPECT_EQ(y_test.value(i), df["label"].value(row));
    }
    EXPECT_EQ(y_train.name(), "label");
}

TEST(TrainTestSplit, ArraysAndMixedInputs) {
    const NDArray<double> X({{0, 1}, {2, 3}, {4, 5}, {6, 7}, {8, 9}});
    const NDArray<std::int64_t> y({10, 11, 12, 13, 14});
    auto [X_train, X_test, y_train, y_test] = train_test_split(X, y, {.random_state = 42});
    // scikit-learn's docstring example: train rows [4, 0, 3] (ids [2, 0, 3]), test [1, 4].
    EXPECT_EQ(X_train.to_vector(), (std::vector<double>{4, 5, 0, 1, 6, 7}));
    EXPECT_EQ(X_test.to_vector(), (std::vector<double>{2, 3, 8, 9}));
    EXPECT_EQ(y_train.to_vector(), (std::vector<std::int64_t>{12, 10, 13}));
    EXPECT_EQ(y_test.to_vector(), (std::vector<std::int64_t>{11, 14}));
    const NDArray<double> yd({0.5, 1.5, 2.5, 3.5, 4.5});
    auto [Xa, Xb, ya, yb] = train_test_split(X, yd, {.shuffle = false});
    EXPECT_EQ(Xb.to_vector(), (std::vector<double>{6, 7, 8, 9}));  // ceil(0.25 * 5) test rows
    EXPECT_EQ(ya.to_vector(), (std::vector<double>{0.5, 1.5, 2.5}));
    const DataFrame df = sample_frame();
    auto [F_train, F_test, a_train, a_test] =
        train_test_split(df, y, {.test_size = 2, .random_state = 0});
    EXPECT_EQ(F_test.num_rows(), 2);
    EXPECT_EQ(a_test.shape()[0], 2);
    auto [train, test] = train_test_split(df, {.train_size = 0.6, .random_state = 0});
    EXPECT_EQ(train.num_rows(), 3);
    EXPECT_EQ(test.num_rows(), 2);
}

TEST(TrainTestSplit, ListsAndModelInputs) {
    const std::vector<std::string> texts{"a", "b", "c", "d", "e"};
    const std::vector<int> labels{0, 1, 2, 3, 4};
    auto [t_train, t_test, l_train, l_test] = train_test_split(texts, labels, {.random_state = 42});
    EXPECT_EQ(t_train, (std::vector<std::string>{"c", "a", "d"}));
    EXPECT_EQ(l_test, (std::vector<int>{1, 4}));
    const Features X = NDArray<double>({{0, 1}, {2, 3}, {4, 5}, {6, 7}, {8, 9}});
    const Target y = labels;
    auto [X_train, X_test, y_train, y_test] = train_test_split(X, y, {.random_state = 42});
    EXPECT_FALSE(X_train.has_feature_names());
    EXPECT_EQ(X_test.to_numpy().to_vector(), (std::vector<double>{2, 3, 8, 9}));
    EXPECT_EQ(y_train.series().value(0), 2.0);
}

TEST(TrainTestSplit, StratifyKeepsClassShares) {
    std::vector<std::string> labels;
    for (int i = 0; i < 40; ++i) labels.push_back(i % 4 == 0 ? "rare" : "common");
    const Series y(labels, "label");
    auto [train, test] = train_test_split(y, {.test_size = 0.25, .random_state = 7, .stratify = y});
    int rare = 0;
    for (std::int64_t i = 0; i < test.size(); ++i) rare += test.text(i) == "rare" ? 1 : 0;
    EXPECT_EQ(test.size(), 10);
    EXPECT_EQ(rare, 3);  // _approximate_mode: 2.5 rounded by the tie break
}

TEST(TrainTestSplit, Errors) {
    const NDArray<double> X10 = NDArray<double>::zeros({10, 2});
    expect_error<ValueError>([&] { train_test_split(X10, {.test_size = 1.5}); },
                             sklearn_error("test_size_float_too_big"));
    expect_error<ValueError>(
        [] {
            train_test_split(NDArray<double>::zeros({1, 2}));
        },
        sklearn_error("train_empty_one_sample"));
    expect_error<ValueError>(
        [] {
            train_test_split(NDArray<double>::zeros({0, 2}));
        },
        sklearn_error("train_empty_no_sample"));
    expect_error<ValueError>(
        [] {
            train_test_split(NDArray<double>::zeros({6, 1}),
                             {.random_state = 0, .stratify = std::vector<int>{0, 0, 0, 1, 1, 2}});
        },
        sklearn_error("stratify_singleton"));
    expect_error<ValueError>(
        [] {
            train_test_split(NDArray<double>::zeros({8, 1}),
                             {.test_size = 2,
                              .random_state = 0,
                              .stratify = std::vector<int>{0, 0, 1, 1, 2, 2, 3, 3}});
        },
        sklearn_error("stratify_test_too_small"));
    expect_error<ValueError>(
        [&] {
            train_test_split(X10, {.shuffle = false,
                                   .stratify = std::vector<int>{0, 1, 0, 1, 0, 1, 0, 1, 0, 1}});
        },
        sklearn_error("stratify_no_shuffle"));
    expect_error<ValueError>([&] { train_test_split(X10, NDArray<double>::zeros({9})); },
                             sklearn_error("inconsistent_lengths"));
    expect_error<ValueError>(
        [&] {
            train_test_split(
                X10, {.random_state = 0, .stratify = std::vector<int>{0, 1, 0, 1, 0, 1, 0, 1, 0}});
        },
        sklearn_error("stratify_length"));
    expect_error<TypeError>([] { train_test_split(NDArray<double>::scalar(5.0)); },
                            "Singleton array array(5.) cannot be considered a valid collection.");
}

}  // namespace
}  // namespace tabula
