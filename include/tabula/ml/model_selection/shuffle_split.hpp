#pragma once
// scikit-learn 1.2.1's random splitters ShuffleSplit and StratifiedShuffleSplit, and the
// test_size / train_size rule they share with train_test_split.
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "tabula/ml/data.hpp"
#include "tabula/ml/model_selection/split.hpp"

namespace tabula {

// test_size / train_size as Python's: a float is a fraction that must lie in (0, 1), an int a
// number of rows (0 < n < n_samples), unset is None. `.test_size = 0.2` and `.test_size = 30`
// therefore mean what they mean in Python, and so does `1.0` (an error) against `1` (one row).
class SplitSize {
  public:
    SplitSize() = default;
    SplitSize(std::nullopt_t) {}                                             // NOLINT
    SplitSize(double fraction) : fraction_(fraction), is_fraction_(true) {}  // NOLINT
    SplitSize(int count) : count_(count), is_count_(true) {}                 // NOLINT
    SplitSize(std::int64_t count) : count_(count), is_count_(true) {}        // NOLINT

    bool is_none() const noexcept { return !is_fraction_ && !is_count_; }
    bool is_fraction() const noexcept { return is_fraction_; }
    bool is_count() const noexcept { return is_count_; }
    double fraction() const noexcept { return fraction_; }
    std::int64_t count() const noexcept { return count_; }
    // Python's repr: "0.25", "30", "None".
    std::string repr() const;
    bool operator==(const SplitSize&) const = default;

  private:
    double fraction_ = 0.0;
    std::int64_t count_ = 0;
    bool is_fraction_ = false;
    bool is_count_ = false;
};

struct TrainTestSizes {
    std::int64_t n_train;
    std::int64_t n_test;
};

// scikit-learn's _validate_shuffle_split: the row counts for n_samples (test = ceil(fraction * n),
// train = floor(fraction * n), an unset side the complement; test_size = default_test_size when
// both are unset), with its ValueErrors ("test_size=1.5 should be either positive and smaller
// than the number of samples 10 or a float in the (0, 1) range", "With n_samples=1,
// test_size=0.25 and train_size=None, the resulting train set will be empty. Adjust any of the
// aforementioned parameters.", ...).
TrainTestSizes validate_shuffle_split(std::int64_t n_samples, const SplitSize& test_size,
                                      const SplitSize& train_size, double default_test_size);

struct ShuffleSplitParams {
    std::int64_t n_splits = 10;
    SplitSize test_size{};  // None: 0.1 when train_size is None too, else train_size's complement
    SplitSize train_size{};
    RandomStateSeed random_state{};
    bool operator==(const ShuffleSplitParams&) const = default;
};

// n_splits independent random splits: each draws a permutation of all rows, the first n_test
// are the test rows and the next n_train the training rows (in permutation order, not sorted).
class ShuffleSplit {
  public:
    using Params = ShuffleSplitParams;
    ShuffleSplit() = default;
    ShuffleSplit(ShuffleSplitParams params) : params_(std::move(params)) {}  // NOLINT

    const ShuffleSplitParams& params() const noexcept { return params_; }
    std::int64_t get_n_splits() const noexcept { return params_.n_splits; }
    std::vector<Split> split(std::int64_t n_samples) const;
    // "ShuffleSplit(n_splits=10, random_state=None, test_size=None, train_size=None)"
    std::string repr() const;

    bool operator==(const ShuffleSplit&) const = default;
    friend std::ostream& operator<<(std::ostream& out, const ShuffleSplit& cv) {
        return out << cv.repr();
    }

  private:
    ShuffleSplitParams params_;
};

// Random splits that keep each class's share of y: per split, scikit-learn's _approximate_mode
// decides how many rows of each class go to train and then to test (ties among equal remainders
// broken by the random state), each class's rows are permuted, and train and test are permuted
// once more. ValueError "The least populated class in y has only 1 member, which is too few. The
// minimum number of groups for any class cannot be less than 2.", and for a train or test side
// smaller than the number of classes.
class StratifiedShuffleSplit {
  public:
    using Params = ShuffleSplitParams;
    StratifiedShuffleSplit() = default;
    StratifiedShuffleSplit(ShuffleSplitParams params) : params_(std::move(params)) {}  // NOLINT

    const ShuffleSplitParams& params() const noexcept { return params_; }
    std::int64_t get_n_splits() const noexcept { return params_.n_splits; }
    std::vector<Split> split(const Target& y) const;
    std::string repr() const;

    bool operator==(const StratifiedShuffleSplit&) const = default;
    friend std::ostream& operator<<(std::ostream& out, const StratifiedShuffleSplit& cv) {
        return out << cv.repr();
    }

  private:
    ShuffleSplitParams params_;
};

}  // namespace tabula
