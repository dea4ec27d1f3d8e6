#include "tabula/ml/model_selection/train_test_split.hpp"

#include "splitter_support.hpp"
#include "tabula/array/indexing.hpp"
#include "tabula/array/print.hpp"
#include "tabula/core/error.hpp"

namespace tabula {

Split train_test_split_indices(std::int64_t n_samples, const TrainTestSplitOptions& options) {
    const auto [n_train, n_test] =
        validate_shuffle_split(n_samples, options.test_size, options.train_size, 0.25);
    if (!options.shuffle) {
        if (options.stratify) {
            throw ValueError("Stratified train/test split is not implemented for shuffle=False");
        }
        Split split;
        for (std::int64_t i = 0; i < n_train; ++i) split.train.push_back(i);
        for (std::int64_t i = n_train; i < n_train + n_test; ++i) split.test.push_back(i);
        return split;
    }
    // scikit-learn takes the first split of a splitter sized to exactly these counts; one split
    // draws the same numbers as the first of ten.
    const ShuffleSplitParams params{.n_splits = 1,
                                    .test_size = n_test,
                                    .train_size = n_train,
                                    .random_state = options.random_state};
    if (options.stratify) {
        detail::check_consistent_lengths({n_samples, options.stratify->size()});
        return StratifiedShuffleSplit(params).split(*options.stratify).front();
    }
    return ShuffleSplit(params).split(n_samples).front();
}

DataFrame take_rows(const DataFrame& data, const std::vector<std::int64_t>& positions) {
    return data.take(positions);
}

Series take_rows(const Series& data, const std::vector<std::int64_t>& positions) {
    return take_rows(Target(data), positions).series();
}

template <ArrayElement E>
NDArray<E> take_rows(const NDArray<E>& data, const std::vector<std::int64_t>& positions) {
    const NDArray<std::int64_t> indices(positions, {static_cast<std::int64_t>(positions.size())});
    return take(data, indices, 0);
}

Features take_rows(const Features& data, const std::vector<std::int64_t>& positions) {
    return data.take(positions);
}

Target take_rows(const Target& data, const std::vector<std::int64_t>& positions) {
    return data.take(positions);
}

std::int64_t num_samples(const DataFrame& data) {
    return data.num_rows();
}
std::int64_t num_samples(const Series& data) {
    return data.size();
}

template <ArrayElement E>
std::int64_t num_samples(const NDArray<E>& data) {
    if (data.ndim() == 0) {
        throw TypeError("Singleton array " + array_repr(data) +
                        " cannot be considered a valid collection.");
    }
    return data.shape()[0];
}

#define TABULA_SPLIT_ARRAY(E)                                                           \
    template NDArray<E> take_rows(const NDArray<E>&, const std::vector<std::int64_t>&); \
    template std::int64_t num_samples(const NDArray<E>&);
TABULA_SPLIT_ARRAY(bool)
TABULA_SPLIT_ARRAY(std::int32_t)
TABULA_SPLIT_ARRAY(std::int64_t)
TABULA_SPLIT_ARRAY(float)
TABULA_SPLIT_ARRAY(double)
#undef TABULA_SPLIT_ARRAY

}  // namespace tabula
