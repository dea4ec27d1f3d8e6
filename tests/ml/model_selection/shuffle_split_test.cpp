// ShuffleSplit, StratifiedShuffleSplit and _validate_shuffle_split against scikit-learn 1.2.1
// (tests/fixtures/ml/model_selection/splits).
#include "tabula/ml/model_selection/shuffle_split.hpp"

#include <gtest/gtest.h>

#include "split_fixtures.hpp"
#include "tabula/core/error.hpp"

namespace tabula {
namespace {

using testing::expect_error;
using testing::expect_fixture_folds;
using testing::fixture_rows;
using testing::parse_labels;
using testing::parse_seed;
using testing::parse_size;
using testing::parse_value;
using testing::sklearn_error;
using testing::split_fixture;

ShuffleSplitParams shuffle_params(const std::vector<std::string>& row, std::size_t first) {
    return {.n_splits = parse_value<std::int64_t>(row[first]),
            .test_size = parse_size(row[first + 1]),
            .train_size = parse_size(row[first + 2]),
            .random_state = parse_seed(row[first + 3])};
}

TEST(ShuffleSplit, MatchesScikitLearn) {
    expect_fixture_folds("shuffle_split.txt", "ss", 6, 150, [](const auto& row) {
        return ShuffleSplit(shuffle_params(row, 2)).split(parse_value<std::int64_t>(row[1]));
    });
}

TEST(StratifiedShuffleSplit, MatchesScikitLearn) {
    expect_fixture_folds("stratified_shuffle_split.txt", "sss", 6, 200, [](const auto& row) {
        return StratifiedShuffleSplit(shuffle_params(row, 2)).split(parse_labels(row[1]));
    });
}

TEST(ShuffleSplit, DefaultsAndSizes) {
    const ShuffleSplit cv;
    EXPECT_EQ(cv.get_n_splits(), 10);
    const auto splits = ShuffleSplit({.n_splits = 2, .random_state = 0}).split(25);
    ASSERT_EQ(splits.size(), 2U);
    EXPECT_EQ(splits[0].test.size(), 3U);  // ceil(0.1 * 25)
    EXPECT_EQ(splits[0].train.size(), 22U);
    EXPECT_TRUE(ShuffleSplit({.n_splits = 0}).split(5).empty());
}

TEST(ShuffleSplit, ValidateShuffleSplitCounts) {
    const auto sizes = validate_shuffle_split(10, 0.33, {}, 0.25);
    EXPECT_EQ(sizes.n_test, 4);  // ceil(3.3)
    EXPECT_EQ(sizes.n_train, 6);
    const auto train_only = validate_shuffle_split(10, {}, 0.55, 0.25);
    EXPECT_EQ(train_only.n_train, 5);  // floor(5.5)
    EXPECT_EQ(train_only.n_test, 5);
    const auto both = validate_shuffle_split(10, 2, 3, 0.25);
    EXPECT_EQ(both.n_train, 3);
    EXPECT_EQ(both.n_test, 2);
}

TEST(ShuffleSplit, Errors) {
    expect_error<ValueError>([] { ShuffleSplit({.test_size = std::nan("")}).split(10); },
                             sklearn_error("ss_test_size_nan"));
    expect_error<ValueError>([] { ShuffleSplit({.random_state = -1}).split(10); },
                             sklearn_error("seed_negative"));
    expect_error<ValueError>([] { validate_shuffle_split(10, 1.5, {}, 0.25); },
                             sklearn_error("test_size_float_too_big"));
    expect_error<ValueError>([] { validate_shuffle_split(10, 10, {}, 0.25); },
                             sklearn_error("test_size_int_too_big"));
    expect_error<ValueError>([] { validate_shuffle_split(10, 1.0, {}, 0.25); },
                             sklearn_error("test_size_float_one"));
    expect_error<ValueError>([] { validate_shuffle_split(10, 0, {}, 0.25); },
                             sklearn_error("test_size_zero"));
    expect_error<ValueError>([] { validate_shuffle_split(10, {}, -0.1, 0.25); },
                             sklearn_error("train_size_negative"));
    expect_error<ValueError>([] { validate_shuffle_split(10, 0.8, 0.3, 0.25); },
                             sklearn_error("sizes_sum_float"));
    expect_error<ValueError>([] { validate_shuffle_split(10, 6, 5, 0.25); },
                             sklearn_error("sizes_sum_int"));
    expect_error<ValueError>([] { validate_shuffle_split(1, {}, {}, 0.25); },
                             sklearn_error("train_empty_one_sample"));
    expect_error<ValueError>([] { validate_shuffle_split(3, {}, 0.2, 0.25); },
                             sklearn_error("train_empty_float"));
}

TEST(StratifiedShuffleSplit, Errors) {
    expect_error<ValueError>(
        [] {
            StratifiedShuffleSplit({.n_splits = 2, .random_state = 0})
                .split(std::vector<std::string>{"a", "a", "b", "b", "c"});
        },
        sklearn_error("sss_singleton"));
    expect_error<ValueError>(
        [] {
            StratifiedShuffleSplit({.train_size = 3, .random_state = 0})
                .split(std::vector<int>{0, 0, 1, 1, 2, 2, 3, 3});
        },
        sklearn_error("stratify_train_too_small"));
}

TEST(StratifiedShuffleSplit, Repr) {
    const auto rows = fixture_rows(split_fixture("repr.txt"), "repr");
    // repr.txt writes the line break as the two characters \n.
    const auto unescape = [](const std::string& text) {
        std::string out;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const bool escape = text[i] == '\\' && i + 1 < text.size() && text[i + 1] == 'n';
            out += escape ? '\n' : text[i];
            i += escape ? 1 : 0;
        }
        return out;
    };
    EXPECT_EQ(ShuffleSplit().repr(), rows[4][1]);
    EXPECT_EQ(ShuffleSplit({.n_splits = 5, .test_size = 0.25, .random_state = 0}).repr(),
              rows[5][1]);
    EXPECT_EQ(StratifiedShuffleSplit({.n_splits = 5, .test_size = 0.5, .random_state = 0}).repr(),
              unescape(rows[6][1]));
    EXPECT_EQ(StratifiedShuffleSplit({.n_splits = 100,
                                      .test_size = 1234567,
                                      .train_size = 0.123456789,
                                      .random_state = 4294967295})
                  .repr(),
              unescape(rows[7][1]));
}

}  // namespace
}  // namespace tabula
