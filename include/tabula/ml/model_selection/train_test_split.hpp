#pragma once
// scikit-learn's train_test_split, with its indices for an integer random_state:
//   auto [X_train, X_test, y_train, y_test] =
//       train_test_split(df.drop("label"), df["label"], {.test_size = 0.2, .random_state = 42});
//   auto [train, test] = train_test_split(df, {.test_size = 0.25, .random_state = 0});
// X and y may each be a DataFrame, a Series, an NDArray (rows are the first axis), a std::vector
// (Python's list), or the ml module's Features and Target; each part keeps its type, and frames and
// series keep the index labels of the rows they took, as pandas objects do under scikit-learn.
#include <concepts>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "tabula/array/ndarray.hpp"
#include "tabula/frame/dataframe.hpp"
#include "tabula/frame/series.hpp"
#include "tabula/ml/data.hpp"
#include "tabula/ml/labels.hpp"
#include "tabula/ml/model_selection/shuffle_split.hpp"
#include "tabula/ml/model_selection/split.hpp"

namespace tabula {

struct TrainTestSplitOptions {
    SplitSize test_size{};  // None: 0.25 when train_size is None too, else train_size's complement
    SplitSize train_size{};
    RandomStateSeed random_state{};
    // false: the first n_train rows train, the next n_test test (stratify must then be unset:
    // ValueError "Stratified train/test split is not implemented for shuffle=False").
    bool shuffle = true;
    // Class labels to keep the shares of (StratifiedShuffleSplit's split); usually y.
    std::optional<Target> stratify{};
};

// The positions of the training and test rows of n_samples rows, as train_test_split takes
// them. ValueError "Found input variables with inconsistent numbers of samples: [10, 9]" when
// stratify's length differs, and _validate_shuffle_split's and StratifiedShuffleSplit's errors.
Split train_test_split_indices(std::int64_t n_samples, const TrainTestSplitOptions& options = {});

// Rows of each kind of input, by position.
DataFrame take_rows(const DataFrame& data, const std::vector<std::int64_t>& positions);
Series take_rows(const Series& data, const std::vector<std::int64_t>& positions);
// Along the first axis.
template <ArrayElement E>
NDArray<E> take_rows(const NDArray<E>& data, const std::vector<std::int64_t>& positions);
Features take_rows(const Features& data, const std::vector<std::int64_t>& positions);
Target take_rows(const Target& data, const std::vector<std::int64_t>& positions);
template <class T>
std::vector<T> take_rows(const std::vector<T>& data, const std::vector<std::int64_t>& positions) {
    std::vector<T> out;
    out.reserve(positions.size());
    for (std::int64_t p : positions) out.push_back(data[static_cast<std::size_t>(p)]);
    return out;
}

std::int64_t num_samples(const DataFrame& data);
std::int64_t num_samples(const Series& data);
// The first axis' length; TypeError "Singleton array array(5) cannot be considered a valid
// collection." for a 0-d array, as scikit-learn's _num_samples.
template <ArrayElement E>
std::int64_t num_samples(const NDArray<E>& data);
inline std::int64_t num_samples(const Features& data) {
    return data.num_rows();
}
inline std::int64_t num_samples(const Target& data) {
    return data.size();
}
template <class T>
std::int64_t num_samples(const std::vector<T>& data) {
    return static_cast<std::int64_t>(data.size());
}

template <class T>
concept SplittableData = requires(const T& data, const std::vector<std::int64_t>& positions) {
    { take_rows(data, positions) } -> std::same_as<T>;
    { num_samples(data) } -> std::same_as<std::int64_t>;
};

template <class X, class Y>
struct TrainTestSplit {
    X X_train;
    X X_test;
    Y y_train;
    Y y_test;
};

template <SplittableData X>
std::pair<X, X> train_test_split(const X& data, const TrainTestSplitOptions& options = {}) {
    const Split split = train_test_split_indices(num_samples(data), options);
    return {take_rows(data, split.train), take_rows(data, split.test)};
}

// ValueError "Found input variables with inconsistent numbers of samples: [10, 9]" when X and y
// differ in length.
template <SplittableData X, SplittableData Y>
TrainTestSplit<X, Y> train_test_split(const X& x, const Y& y,
                                      const TrainTestSplitOptions& options = {}) {
    const std::int64_t n = num_samples(x);
    check_consistent_length(n, num_samples(y));
    const Split split = train_test_split_indices(n, options);
    return {take_rows(x, split.train), take_rows(x, split.test), take_rows(y, split.train),
            take_rows(y, split.test)};
}

}  // namespace tabula
